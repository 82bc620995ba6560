// Shapes of the HTTP API's answers (see /api/openapi.json): the server's own types where the
// route sends them as they are, declared here where a route reshapes them. Types only.
import type { ErrorCode } from '../../src/domain/errors.js'
import type { Category, Status } from '../../src/domain/vocabulary.js'
import type { ClaimRef } from '../../src/assess/aggregate-facts.js'
import type { FiredRule } from '../../src/assess/assess-actor.js'
import type { TierChange } from '../../src/assess/assess-timeline.js'
import type { StateSummary, Timeline } from '../../src/server/assessor.js'
import type { StoredQuote as StoredQuoteOfDocument } from '../../src/store/get-document.js'
import type { Highlight } from '../../src/server/find-highlights.js'
import type { IngestJob } from '../../src/server/ingest-jobs.js'
import type { GradedClaim } from '../../src/server/grade-stored-claims.js'
import type { SourceGrade } from '../../src/assess/grade-claim.js'
import type { EvidenceSummary } from '../../src/assess/aggregate-facts.js'
import type { DocumentSummary } from '../../src/store/list-documents.js'
import type { MergedClaim } from '../../src/store/list-merged-claims.js'
import type { Network, NetworkEdge } from '../../src/store/list-network-edges.js'
import type { ReviewLogEntry } from '../../src/store/list-review-log.js'
import type { ClaimMonth, MonthClaim } from '../../src/store/list-claims-by-month.js'
import type { TimelineMonth } from '../../src/server/month-timeline.js'
import type { SearchHit } from '../../src/store/search-store.js'

export type { Category, ErrorCode, Status }
// Answers whose shape is the server's own type.
export type { ClaimMonth, ClaimRef, DocumentSummary, MonthClaim, TimelineMonth, EvidenceSummary, FiredRule, Highlight, IngestJob, MergedClaim, Network, NetworkEdge, ReviewLogEntry, SearchHit, SourceGrade, StateSummary, TierChange, Timeline }
/** A stored claim with its source grade and the conflict it belongs to (the claims and document routes). */
export type StoredClaim = GradedClaim
export type Role = 'viewer' | 'editor' | 'admin'
export type ReviewState = 'pending' | 'accepted' | 'rejected' | 'corrected'

export interface Paged<T> {
  readonly items: T[]
  readonly total: number
  readonly page: number
  readonly pageSize: number
}

export interface Session {
  readonly mode: 'open' | 'token'
  readonly user: { readonly name: string; readonly role: Role } | null
}

export interface FrameworkInfo {
  readonly id: string
  readonly title: string
  readonly axis: string
  readonly summary: readonly string[]
  readonly tiers: readonly string[]
  readonly default: string
}

export interface ConflictInfo {
  readonly id: string
  readonly title: string
  readonly default: boolean
  readonly start: string
  readonly end: string | null
  readonly classification: { readonly value: string; readonly views: readonly { readonly classification: string; readonly held_by: string; readonly cite: readonly string[] }[]; readonly cite: readonly string[]; readonly note?: string }
  readonly parties: readonly { readonly actor: string; readonly role: string }[]
  readonly theatre: readonly string[]
}

export interface Meta {
  readonly disclaimer: string
  readonly categories: readonly Category[]
  readonly statuses: readonly Status[]
  readonly reviewStates: readonly ReviewState[]
  readonly frameworks: readonly FrameworkInfo[]
  readonly conflicts: readonly ConflictInfo[]
}

export interface Stats {
  readonly documents: number
  readonly statements: number
  readonly claims: number
  readonly outlets: number
  readonly reviews: number
  readonly lastIngest: string | null
  readonly engine: string
}

export interface SourceRef {
  readonly title: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
}

/** A quote; lists of quotes also give its document. */
export type StoredQuote = StoredQuoteOfDocument & { readonly document?: SourceRef }

export interface StoredDocument extends SourceRef {
  readonly id: string
  readonly canonicalUrl: string | null
  readonly publishedRaw: string | null
  readonly capturedAt: string
  readonly sha256: string
  readonly rawSha256: string
  readonly lang: string
  readonly supported: boolean
  readonly source: string
  readonly sourceFormat: string
  readonly extractor: string
  readonly warnings: readonly string[]
  readonly text: string
  readonly quotes: readonly StoredQuote[]
  readonly claims: readonly StoredClaim[]
  readonly highlights: readonly Highlight[]
}

export interface ActorItem {
  readonly code: string
  readonly label: string
  readonly kind: string | null
  readonly asSupplier: number
  readonly asRecipient: number
  readonly claims: number
}

export interface Overview {
  readonly disclaimer: string
  readonly lastIngest: string | null
  readonly documents: number
  readonly claims: number
  readonly evidence: EvidenceSummary
  readonly states: readonly StateSummary[]
}

export interface FrameworkAssessment {
  readonly framework: string
  readonly title: string
  readonly axis: string
  readonly tiers: readonly string[]
  /** One of tiers, or `not_applicable`. */
  readonly tier: string
  readonly applicability: { readonly status: 'applies' | 'contested' | 'not_applicable'; readonly reason: string | null; readonly cite: readonly string[] }
  readonly defaultTier: string
  readonly confidence: 'established' | 'alleged' | null
  readonly grounds: readonly string[]
  readonly fired: readonly FiredRule[]
  readonly flags: readonly string[]
  /** The first claims and denials behind the tier (in ActorAssessment.claims), and how many there are in all. */
  readonly claimIds: readonly string[]
  readonly counterEvidenceIds: readonly string[]
  readonly claimCount: number
  readonly counterEvidenceCount: number
  readonly interval: { readonly from: string | null; readonly to: string | null } | null
  readonly citations: readonly { readonly key: string; readonly reference: string; readonly url: string | null; readonly doi: string | null }[]
  readonly next: { readonly tier: string; readonly options: readonly { readonly ruleId: string; readonly label: string; readonly row: string | null; readonly missing: readonly string[] }[] } | null
  readonly confidenceNote: string | null
  /** What would lower the tier. */
  readonly lower: readonly string[]
  readonly prospective: { readonly tier: string; readonly rows: readonly string[] } | null
}

export interface ActorAssessment {
  readonly disclaimer: string
  readonly actor: string
  readonly actorKind: string | null
  readonly conflict: string
  readonly asOf: string | null
  readonly undated: number
  readonly organs: readonly string[]
  readonly frameworks: readonly FrameworkAssessment[]
  /** Every claim the frameworks list, by id. */
  readonly claims: Readonly<Record<string, ClaimRef>>
  readonly flags: readonly { readonly id: string; readonly meaning: string; readonly frameworks: readonly string[] }[]
  readonly notes: readonly string[]
}

export interface ClaimWithHistory extends StoredClaim {
  readonly history: readonly ReviewLogEntry[]
}

export interface UserItem {
  readonly name: string
  readonly role: Role
  readonly createdAt: string
  readonly lastSeenAt: string | null
}

export interface QuoteWithHistory extends StoredQuote {
  readonly history: readonly ReviewLogEntry[]
}

/** GET /timeline/months: a state's or a pair's claims month by month and the state's tier at each month's end. */
export interface TimelineMonths {
  readonly actor: string
  readonly recipient: string | null
  readonly framework: string
  readonly conflict: string
  readonly until: string | null
  readonly tiers: readonly string[]
  readonly months: readonly TimelineMonth[]
  readonly undated: ClaimMonth | null
}
