import type { Category, Status } from './vocabulary.js'

/**
 * Who makes a claim, in classes that do not depend on the conflict: an official or an official
 * body, a named expert, lawmaker or other person, an outlet, an unnamed source, or the
 * journalist's own voice. The legal engine grades each claim from its class and the speaker's
 * state relative to the transfer (assess/grade-claim.ts).
 */
export const SOURCE_CLASSES = ['official', 'institution', 'expert', 'named', 'media', 'unnamed', 'journalist'] as const
export type SourceClass = (typeof SOURCE_CLASSES)[number]

/** Extraction rule of claims that infer supply from the recipient's use of the materiel (find-support-claims). */
export const ORIGIN_USE_RULE = 'support.origin-use'

/** The speaker behind a claim, as far as the store knows it. */
export interface ClaimSource {
  /** Actor code the speaker stands for (a minister of Iran → IRN; the White House → USA), when known. */
  readonly actor: string | null
  readonly class: SourceClass | null
}

/** Where a claim places the conduct, when the text says so. */
export interface ClaimContext {
  /** in_theatre: in the war zone, occupied territory included (Crimea); out_of_theatre: elsewhere. */
  readonly location?: 'in_theatre' | 'out_of_theatre'
  /** The supplier is a private firm or person rather than the state or an organ. */
  readonly private?: boolean
  /** The text ties the conduct to specific operations or strikes. */
  readonly specificOperation?: boolean
  /** The text says the materiel was used against civilians or civilian objects. */
  readonly civilianHarm?: boolean
}

/**
 * A stored claim as the assessment engine reads it: one extracted (or reviewed) support
 * claim with the provenance needed to weigh it.
 */
export interface EvidenceClaim {
  readonly id: string
  readonly documentId: string
  /** Supplier as extracted; may be an organ or group (IRGC) that rolls up to a state. */
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  readonly status: Status
  readonly attributedTo: string | null
  readonly evidence: string
  readonly sentence: string | null
  readonly documentTitle: string | null
  readonly url: string | null
  /** ISO date (YYYY-MM-DD) the document was published, when known. */
  readonly publishedAt: string | null
  readonly outlet: string | null
  /** Claims whose documents share this key are copies of one story and count once. */
  readonly independenceKey: string
  readonly via: string | null
  readonly context: ClaimContext
  /** Who says it; absent when the store does not know (claims saved before sources were kept). */
  readonly source?: ClaimSource
  /**
   * The supply is implied by the recipient's use of the materiel ("Iranian drones used by
   * Russia to strike Kyiv"): what the sentence says about operations is the user's conduct.
   */
  readonly impliedByUse?: boolean
  /** The document has no publication date: publishedAt holds the day it was captured. */
  readonly undated?: boolean
  /** Review state; rejected claims never reach the engine. */
  readonly review: 'pending' | 'accepted' | 'corrected'
  /**
   * Claims this one stands for (1 when absent): a store summary counts together the claims that
   * agree in everything the engine weighs, and lists one of them.
   */
  readonly count?: number
  /** With a count: up to three of the independence keys of those claims (three when they come from three sources or more). */
  readonly independenceKeys?: readonly string[]
  /** With a count: the last publication day of those claims (publishedAt is the first). */
  readonly lastPublishedAt?: string | null
}

/** How many claims an entry stands for. */
export const claimCount = (claim: Pick<EvidenceClaim, 'count'>): number => claim.count ?? 1

/** A sentence of a stored support claim, as the legal engine's status finder reads it. */
export interface ClaimSentence {
  readonly claimId: string
  readonly documentId: string
  readonly supplier: string
  readonly recipient: string
  readonly via: string | null
  readonly sentence: string
  /** Publication day, or capture day for an undated document. */
  readonly day: string | null
}

/**
 * What the store fills in with the words of claims listed by id (store/fill-claim-texts.ts):
 * an assessment's claims by id and, when kept, its evidence rows. The legal engine's compact
 * assessment is one.
 */
export interface ClaimListing<C extends { readonly id: string }> {
  readonly claims: Readonly<Record<string, C>>
  readonly rows?: readonly { readonly claims: readonly C[]; readonly counterEvidence: readonly C[]; readonly notCounted: readonly C[] }[] | undefined
}
