import type { ClaimContext } from './evidence.js'
import type { Category, CueKind, Status } from './vocabulary.js'

/** A half-open range of UTF-16 offsets into a document's normalised text. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** What the pipeline is given: one document's text and whatever metadata came with it. */
export interface SourceDocument {
  readonly id: string
  readonly text: string
  readonly lang?: string | null
  readonly url?: string | null
  readonly title?: string | null
  readonly outlet?: string | null
  readonly publishedAt?: string | null
}

export interface Sentence extends Span {
  readonly index: number
  readonly paragraph: number
}

/** A word of the text. `key` is lower-cased and stripped of diacritics, for lexicon lookup. */
export interface Token extends Span {
  readonly text: string
  readonly key: string
  /** The first letter is upper-case. */
  readonly upper: boolean
  readonly sentence: number
}

export type MentionKind = 'actor' | 'materiel' | 'cue' | 'place' | 'outlet' | 'role' | 'person'

/** A lexicon match: the words, the entry behind them and what the entry says. */
export interface Mention extends Span {
  readonly kind: MentionKind
  readonly entryId: string
  readonly text: string
  /** Index of the first and one past the last token. */
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly sentence: number
  /** Actor code (actors, places, people) */
  readonly actor?: string
  /** How an actor is named: its name, a demonym, its capital, a metonym, a leader. */
  readonly form?: 'name' | 'demonym' | 'capital' | 'metonym' | 'leader' | 'place'
  readonly category?: Category
  readonly cue?: CueKind
  /** Grammatical hint carried by a cue form (e.g. a future or conditional form). */
  readonly tense?: 'past' | 'present' | 'future' | 'conditional' | 'infinitive' | 'participle' | 'noun' | 'agent'
  /** Materiel origin implied by a designation (Shahed-136 → IRN). */
  readonly origin?: string
}

export type QuoteKind = 'direct' | 'partial' | 'continuation' | 'indirect'
export type SpeakerType = 'person' | 'institution' | 'unnamed' | 'outlet' | 'unknown'

/** A quotation and who said it. `start`/`end` span the quoted words, inside the marks. */
export interface Quote extends Span {
  readonly text: string
  readonly kind: QuoteKind
  readonly speaker: string | null
  readonly role: string | null
  readonly org: string | null
  readonly outlet: string | null
  readonly speakerType: SpeakerType
  /** Actor code the speaker stands for, when known (a minister of Iran → IRN). */
  readonly speakerActor: string | null
  /** How much the speaker's word weighs: an official can confirm, an expert asserts, media report. */
  readonly standing: 'official' | 'expert' | 'media' | 'other' | null
  readonly verb: string | null
  /** Ids of the cues and the rule that attributed the quote. */
  readonly cues: readonly string[]
  readonly rule: string
  readonly paragraph: number
}

/** One extracted support claim, tied to the exact words that state it. */
export interface SupportClaim {
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  /** The materiel or service words behind the category. */
  readonly materiel: readonly string[]
  readonly status: Status
  readonly attributedTo: string | null
  readonly evidence: Span & { readonly text: string }
  readonly sentence: number
  /** Index into the document's quotes when the claim is stated inside a quotation. */
  readonly quote: number | null
  /** Organ or group the supplier rolls up from (IRGC → IRN). */
  readonly via: string | null
  /** Extraction rule, status rule, lexicon entries and cues behind the finding. */
  readonly rule: string
  readonly statusRule: string
  readonly entries: readonly string[]
  readonly cues: readonly string[]
  /** Roles the sentence left open and the document filled in (e.g. the recipient named earlier). */
  readonly inferred: readonly ('supplier' | 'recipient')[]
  /** What the sentence says about location, operations, civilian harm and private suppliers. */
  readonly context: ClaimContext
}

/** The analyzer's result for one document. */
export interface Analysis {
  readonly id: string
  readonly lang: string
  readonly langSource: 'given' | 'detected' | 'default'
  /** True when cobel has lexicons for the language; otherwise findings are not extracted. */
  readonly supported: boolean
  readonly text: string
  readonly title: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly sentences: readonly Sentence[]
  readonly quotes: readonly Quote[]
  readonly support: readonly SupportClaim[]
  readonly warnings: readonly string[]
  readonly extractor: string
}
