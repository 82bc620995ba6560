import type { Quote } from '../../domain/records.js'
import type { Category, StateStyle } from '../../domain/vocabulary.js'
import type { SpeakerMemory } from '../attribute-quotes.js'
import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { QuoteSpan } from '../find-quote-spans.js'
import type { ActorMention } from '../mark-actors.js'
import type { PeopleIndex } from '../read-speaker.js'

/** A claim before status and attribution: who, to whom, what, and the words that say so. */
export interface DraftClaim {
  readonly supplier: string
  readonly recipient: string
  readonly categories: readonly Category[]
  readonly materiel: readonly Lex[]
  readonly anchor: Lex
  readonly supplierMention: ActorMention | null
  readonly recipientMention: ActorMention | null
  readonly sentence: number
  /** Extraction rule id: "support." and the frame's id, e.g. "support.supply.active", "support.origin-use". */
  readonly rule: string
  /** Fixed status: a contrast ("ce sont les Russes qui pilotent") or a rebuttal is a denial; origin-implied supply is reported; a request is an opinion; a transfer under a condition is to come. */
  readonly forcedStatus: 'denied' | 'reported' | 'opinion' | 'alleged_future' | null
  /** Roles filled from the rest of the document rather than the sentence. */
  readonly inferred: readonly ('supplier' | 'recipient')[]
  /** A place in the sentence that locates the conduct, if any. */
  readonly location: string | null
  /** The transfer whose status this claim shares: the package whose contents it lists. */
  readonly statusFrom?: DraftClaim
}

/** How an open supplier may be filled from outside the sentence: "nous" (the speaker's state), "le pays" (a state named before), an announcer. */
export type Hint = 'first_person' | 'anaphor' | 'speaker' | null

/** A draft whose roles may still be open, with what the document may use to complete them. */
export type Draft = Omit<DraftClaim, 'supplier' | 'recipient'> & {
  supplier: string | null
  recipient: string | null
  hint: Hint
  /** How an open recipient may be filled: "Le pays a reçu…", "Elle a acheté…", "nous avons reçu…". */
  recipientHint?: Hint
  /** The kind of state the recipient's anaphor names ("à l'île": an island). */
  recipientStyle?: StateStyle | null
  /** A conflict party the conduct is aimed at ("fired … at Ukraine Army positions"). */
  facing: string | null
  /** Whoever the conduct is aimed at, party or not ("drones fired at Israel"): never its recipient. */
  aimedAt: string | null
  /** Actors the document may not complete as recipient: the attacker whose drones were shot down. */
  notRecipients: readonly string[]
  /** The recipient is only where the personnel are (the theatre): the document may know better. */
  weakRecipient: boolean
  /** How open roles are completed: from the document, never, first as the opponent of the party faced, or from the transfer the subject names. */
  completion: 'document' | 'never' | 'opponent' | 'contents'
}

/** A stretch of a sentence between clause breaks (";", "mais", "while"). */
export interface Clause {
  readonly start: number
  readonly end: number
}

/** What the support stages read about the document besides its words. */
export interface Scope {
  readonly ctx: DocumentContext
  readonly people: PeopleIndex
  readonly quotes: readonly Quote[]
  readonly spans: readonly QuoteSpan[]
  readonly memory: SpeakerMemory
  /** Collects the ids of the frames applied, for `cobel check-data` and the frame tests. */
  readonly firedFrames?: Set<string>
}
