// Shapes of the HTTP API's answers (see /api/openapi.json). Vocabularies come from src/domain, as types only.
import type { ErrorCode } from '../../src/domain/errors.js'
import type { Category, Status } from '../../src/domain/vocabulary.js'

export type { Category, ErrorCode, Status }
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

export interface Meta {
  readonly disclaimer: string
  readonly categories: readonly Category[]
  readonly statuses: readonly Status[]
  readonly reviewStates: readonly ReviewState[]
  readonly frameworks: readonly FrameworkInfo[]
  readonly conflicts: readonly { readonly id: string; readonly title: string }[]
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

export interface StoredClaim {
  readonly id: string
  readonly documentId: string
  readonly idx: number
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  readonly status: Status
  readonly attributedTo: string | null
  readonly via: string | null
  readonly extracted: { readonly supplier: string; readonly recipient: string; readonly category: Category; readonly status: Status }
  readonly evidenceStart: number
  readonly evidenceEnd: number
  readonly evidenceText: string
  readonly sentenceText: string | null
  readonly statementId: string | null
  readonly materiel: readonly string[]
  readonly rule: string
  readonly statusRule: string
  readonly review: { readonly state: ReviewState; readonly by: string | null; readonly at: string | null }
  readonly document: SourceRef
}

export interface StoredQuote {
  readonly id: string
  readonly documentId: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: string
  readonly speaker: string | null
  readonly role: string | null
  readonly org: string | null
  readonly speakerActor: string | null
  readonly document?: SourceRef
}

export interface Highlight {
  readonly start: number
  readonly end: number
  readonly kind: 'actor' | 'materiel'
  readonly actor?: string
  readonly category?: string
  readonly entryId: string
}

export interface DocumentSummary extends SourceRef {
  readonly id: string
  readonly capturedAt: string
  readonly lang: string
  readonly claims: number
  readonly quotes: number
}

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

export interface MergedClaim {
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  readonly strongestStatus: Status
  readonly claims: number
  readonly documents: number
  readonly independentOutlets: number
  readonly denials: number
  readonly firstSeen: string | null
  readonly lastSeen: string | null
}

export interface NetworkEdge {
  readonly supplier: string
  readonly recipient: string
  readonly categories: readonly Category[]
  readonly strongestStatus: Status
  readonly claims: number
  readonly documents: number
  readonly independentOutlets: number
  readonly denials: number
  readonly firstSeen: string | null
  readonly lastSeen: string | null
}

export interface Network {
  readonly edges: readonly NetworkEdge[]
  readonly first: string | null
  readonly last: string | null
}

export interface ActorItem {
  readonly code: string
  readonly label: string
  readonly kind: string | null
  readonly asSupplier: number
  readonly asRecipient: number
  readonly claims: number
}

export interface StateSummary {
  readonly actor: string
  readonly label: string
  readonly frameworks: readonly { readonly framework: string; readonly tier: string; readonly rank: number; readonly confidence: string | null }[]
  readonly conduct: readonly { readonly counterpart: string | null; readonly conduct: string | null; readonly level: string | null; readonly categories: readonly string[] }[]
  readonly claims: number
  readonly sources: number
  readonly denials: number
  readonly lastSeen: string | null
}

export interface Overview {
  readonly disclaimer: string
  readonly lastIngest: string | null
  readonly documents: number
  readonly claims: number
  readonly states: readonly StateSummary[]
}

/** A claim as an assessment trace shows it. */
export interface ClaimRef {
  readonly id: string
  readonly documentId: string
  readonly documentTitle: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly status: Status
  readonly category: Category | null
  readonly supplier: string
  readonly recipient: string | null
  readonly via: string | null
  readonly attributedTo: string | null
  readonly evidence: string
  readonly sentence: string | null
}

export interface FiredRule {
  readonly ruleId: string
  readonly label: string
  readonly then: string | null
  readonly grounds: string | null
  readonly flags: readonly string[]
  readonly note: string | null
  readonly cite: readonly string[]
  readonly row: string
  readonly counterpart: string | null
  readonly conduct: string | null
  readonly level: string | null
  readonly conditions: readonly { readonly field: string; readonly words: string; readonly basis: string | null; readonly overridden: boolean }[]
}

export interface FrameworkAssessment {
  readonly framework: string
  readonly title: string
  readonly axis: string
  readonly tiers: readonly string[]
  readonly tier: string
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
  readonly prospective: { readonly tier: string; readonly rows: readonly string[] } | null
}

export interface ActorAssessment {
  readonly disclaimer: string
  readonly actor: string
  readonly conflict: string
  readonly asOf: string | null
  readonly organs: readonly string[]
  readonly frameworks: readonly FrameworkAssessment[]
  /** Every claim the frameworks list, by id. */
  readonly claims: Readonly<Record<string, ClaimRef>>
  readonly flags: readonly { readonly id: string; readonly meaning: string; readonly frameworks: readonly string[] }[]
  readonly notes: readonly string[]
}

export interface TierChange {
  readonly date: string
  readonly actor: string
  readonly framework: string
  readonly from: string
  readonly to: string
  readonly confidence: string | null
  readonly rules: readonly string[]
}

export interface Timeline {
  /** Dates are the last day of their week or month when a state has too many dates to replay each. */
  readonly granularity: 'day' | 'week' | 'month'
  readonly changes: readonly TierChange[]
  readonly claimDates: readonly { readonly date: string; readonly claims: number; readonly denials: number }[]
}

export interface SearchHit {
  readonly kind: 'document' | 'quote'
  readonly documentId: string
  readonly statementId: string | null
  readonly speaker: string | null
  readonly title: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly lang: string
  readonly snippet: string
}

export interface ReviewLogEntry {
  readonly id: number
  readonly claimId: string
  readonly documentId: string
  readonly reviewer: string
  readonly at: string
  readonly action: string
  readonly reason: string | null
  readonly before: Readonly<Record<string, unknown>>
  readonly after: Readonly<Record<string, unknown>>
}

export interface ClaimWithHistory extends StoredClaim {
  readonly history: readonly ReviewLogEntry[]
}

export interface IngestJob {
  readonly id: string
  readonly state: 'queued' | 'running' | 'done' | 'failed'
  readonly createdBy: string
  readonly createdAt: string
  readonly finishedAt: string | null
  readonly progress: { readonly read: number; readonly analysed: number; readonly stored: number; readonly skipped: number; readonly failed: number }
  readonly documents: readonly { readonly id: string; readonly title: string | null; readonly origin: string; readonly outcome: 'stored' | 'skipped'; readonly claims: number; readonly quotes: number }[]
  readonly failures: readonly { readonly origin: string; readonly code: string; readonly message: string }[]
  readonly error: { readonly code: string; readonly message: string } | null
}

export interface UserItem {
  readonly name: string
  readonly role: Role
  readonly createdAt: string
  readonly lastSeenAt: string | null
}
