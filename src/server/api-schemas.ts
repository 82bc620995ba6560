import { z } from 'zod'
import { ERROR_CODES } from '../domain/errors.js'
import { SOURCE_CLASSES } from '../domain/evidence.js'
import { ACTOR_KINDS, CATEGORIES, STATUSES } from '../domain/vocabulary.js'
import { QUEUE_NAMES } from '../queue/job-queue.js'
import { ClaimFiltersInput } from '../store/claim-filters.js'
import { FEED_POLL_STATUSES, REVIEW_STATES, ROW_ORIGINS } from '../store/database.js'
import { ROLES } from '../store/users.js'

/** `?page=2&pageSize=50`; pages start at 1. */
export const PageParams = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(500).default(50).describe('rows per page (at most 500)'),
}

export const windowOf = (query: { page: number; pageSize: number }) => ({ limit: query.pageSize, offset: (query.page - 1) * query.pageSize })

export const paged = <T>(result: { items: T[]; total: number }, query: { page: number; pageSize: number }) => ({ ...result, page: query.page, pageSize: query.pageSize })

/** The claim filters of the command line (`--supplier IRN,PRK`, `--as-of`…), as query parameters. */
export const FilterParams = ClaimFiltersInput.shape

/** `since` after `until` matches nothing and is surely a mistake. */
export const datesInOrder = (q: { since?: string | undefined; until?: string | undefined }) => !(q.since && q.until && q.since > q.until)
export const DATES_IN_ORDER = { message: 'since is after until', path: ['since'] }

export { ClaimId, Day, DocumentId } from '../domain/values.js'
/** Actor codes in paths and queries: ` irn ` reads as IRN. */
export { ActorCodeInput as ActorCode } from '../domain/values.js'
export const ReviewStates = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(REVIEW_STATES)))

// Response bodies: the source of the OpenAPI document and of the web app's types (the z.infer
// types at the end). The API tests check every answer against these, undocumented fields included.
const int = () => z.number().int()
const Category = z.enum(CATEGORIES)
const Status = z.enum(STATUSES)
const ReviewState = z.enum(REVIEW_STATES)
const Role = z.enum(ROLES)

export const ErrorBody = z.object({ code: z.enum(ERROR_CODES), message: z.string() })
/** One page of a list. */
export const Paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: int(), page: int(), pageSize: int() })
const SourceRef = z.object({ title: z.string().nullable(), url: z.string().nullable(), outlet: z.string().nullable(), publishedAt: z.string().nullable() })

export const SessionBody = z.object({ mode: z.enum(['open', 'token']), user: z.object({ name: z.string(), role: Role }).nullable() })
export const HealthBody = z.object({ ok: z.boolean(), engine: z.string() })
const Cites = z.array(z.string())
const FrameworkInfoBody = z.object({
  id: z.string(),
  title: z.string(),
  axis: z.string(),
  summary: z.array(z.string()),
  tiers: z.array(z.string()),
  default: z.string(),
  appliesTo: z.object({ actor_kinds: z.array(z.enum(ACTOR_KINDS)), classifications: z.array(z.string()), note: z.string(), cite: Cites }).describe('the kinds of actor and of conflict the framework applies to'),
})
const ConflictInfoBody = z.object({
  id: z.string(),
  title: z.string(),
  default: z.boolean(),
  start: z.string(),
  end: z.string().nullable(),
  classification: z.object({
    value: z.string(),
    views: z.array(z.object({ classification: z.string(), held_by: z.string(), cite: Cites, note: z.string().optional() })),
    cite: Cites,
    note: z.string().optional(),
  }),
  parties: z.array(z.object({ actor: z.string(), role: z.string() })),
  theatre: z.array(z.string()),
})
export const MetaBody = z.object({
  extractor: z.string(),
  disclaimer: z.string(),
  categories: z.array(Category),
  statuses: z.array(Status),
  reviewStates: z.array(ReviewState),
  roles: z.array(Role),
  frameworks: z.array(FrameworkInfoBody),
  conflicts: z.array(ConflictInfoBody),
  sourceKinds: z.record(z.string(), z.object({ reliability: z.string(), label: z.string() })).describe('who may say a claim, with the reliability (A–F) of each kind of source'),
})
export const StatsBody = z.object({
  documents: int(),
  statements: int(),
  claims: int(),
  outlets: int(),
  clusters: int(),
  reviews: int(),
  databaseBytes: z.number(),
  engine: z.string(),
  lastIngest: z.string().nullable(),
})

export const DocumentSummaryBody = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  capturedAt: z.string(),
  lang: z.string(),
  supported: z.boolean(),
  claims: int(),
  quotes: int(),
})
const SourceGradeBody = z
  .object({ kind: z.string(), reliability: z.string(), credibility: int(), code: z.string(), sourceActor: z.string().nullable(), basis: z.string() })
  .describe('source grade, Admiralty style: reliability A–F of who says it relative to the transfer × credibility 1–6 of how it is said')
export const ClaimBody = z.object({
  id: z.string(),
  documentId: z.string(),
  idx: int().describe('the claim\'s rank among its document\'s claims'),
  supplier: z.string(),
  recipient: z.string(),
  category: Category,
  status: Status,
  attributedTo: z.string().nullable(),
  via: z.string().nullable(),
  extracted: z.object({ supplier: z.string(), recipient: z.string(), category: Category, status: Status }),
  evidenceStart: int(),
  evidenceEnd: int(),
  evidenceText: z.string(),
  sentenceText: z.string().nullable(),
  statementId: z.string().nullable(),
  materiel: z.array(z.string()),
  context: z
    .object({ location: z.enum(['in_theatre', 'out_of_theatre']).optional(), private: z.boolean().optional(), specificOperation: z.boolean().optional(), civilianHarm: z.boolean().optional() })
    .describe('where the text places the conduct: in or out of the war zone, by a private supplier, tied to operations, harming civilians'),
  rule: z.string(),
  statusRule: z.string(),
  source: z.object({ actor: z.string().nullable(), class: z.enum(SOURCE_CLASSES).nullable() }).describe('who says it: the speaker\'s actor and class (official, institution, expert, named, media, unnamed, journalist)'),
  grade: SourceGradeBody,
  conflict: z.string().nullable().describe('the conflict the claim belongs to by its parties and date, in which it is graded'),
  review: z.object({ state: ReviewState, by: z.string().nullable(), at: z.string().nullable() }),
  document: SourceRef,
})
export const QuoteBody = z.object({
  id: z.string(),
  documentId: z.string(),
  idx: int().describe('the quote\'s rank among its document\'s quotes'),
  start: int(),
  end: int(),
  text: z.string(),
  kind: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  org: z.string().nullable(),
  speakerActor: z.string().nullable(),
  speakerType: z.string(),
  standing: z.string().nullable(),
  verb: z.string().nullable().describe('the reporting verb (said, told), when there is one'),
  rule: z.string().describe('the extraction rule that found the quote'),
  extracted: z
    .object({ speaker: z.string().nullable(), role: z.string().nullable(), org: z.string().nullable(), speakerActor: z.string().nullable(), start: int(), end: int() })
    .describe('what the extraction found, before any correction'),
  origin: z.enum(ROW_ORIGINS).describe('extracted, added by an editor, or kept for its review after re-extraction'),
  reviewState: ReviewState,
  document: SourceRef.optional().describe('the source document, in lists of quotes'),
})
export const MergedClaimBody = z.object({
  supplier: z.string(),
  recipient: z.string(),
  category: Category,
  strongestStatus: Status,
  claims: int(),
  documents: int(),
  independentOutlets: int(),
  denials: int(),
  blanketDenials: int().describe('documents denying the pair in generic words ("weapons", "military aid"), counted against each weapons category'),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
})
const HighlightBody = z.object({ start: int(), end: int(), kind: z.enum(['actor', 'materiel']), actor: z.string().optional(), category: Category.optional(), entryId: z.string() })
export const DocumentBody = DocumentSummaryBody.omit({ claims: true, quotes: true }).extend({
  sourceId: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  outletId: z.string().nullable(),
  publishedRaw: z.string().nullable().describe('the publication date as the source wrote it'),
  sha256: z.string(),
  rawSha256: z.string(),
  langSource: z.string().describe('how the language was found'),
  source: z.string(),
  sourceFormat: z.string(),
  extractor: z.string(),
  dataVersion: z.string().describe('the version of the knowledge the extraction used'),
  clusterKey: z.string().describe('copies of one story share it'),
  warnings: z.array(z.string()),
  text: z.string(),
  quotes: z.array(QuoteBody.omit({ document: true })),
  claims: z.array(ClaimBody),
  highlights: z.array(HighlightBody),
})
export const ReviewLogBody = z.object({
  id: int(),
  target: z.enum(['claim', 'quote']).describe('what the decision is about; claimId is the quote id for a quote'),
  claimId: z.string(),
  documentId: z.string(),
  reviewer: z.string(),
  at: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
})
/** The whole audit log, as ?format=json downloads it (CSV by default). */
export const ReviewLogExportBody = z.array(ReviewLogBody)
export const ClaimWithHistoryBody = ClaimBody.extend({ history: z.array(ReviewLogBody) })
export const QuoteWithHistoryBody = QuoteBody.extend({ history: z.array(ReviewLogBody) })
/** What a review decision on a claim, or an added claim, leaves: its state, corrected values and audit log entry. */
export const ClaimReviewResultBody = z.object({ claimId: z.string(), state: ReviewState, corrected: z.record(z.string(), z.unknown()).nullable(), logId: int() })
export const QuoteReviewResultBody = z.object({ quoteId: z.string(), state: ReviewState, corrected: z.record(z.string(), z.unknown()).nullable(), logId: int() })
const NetworkEdgeBody = MergedClaimBody.omit({ category: true, blanketDenials: true }).extend({ categories: z.array(Category) })
export const NetworkBody = z.object({
  first: z.string().nullable(),
  last: z.string().nullable(),
  edges: z.array(NetworkEdgeBody),
})
export const ActorBody = z.object({
  code: z.string(),
  label: z.string(),
  kind: z.string().nullable(),
  parent: z.string().nullable(),
  asSupplier: int(),
  asRecipient: int(),
  claims: int(),
})
export const ActorsBody = z.object({ items: z.array(ActorBody) })
const SearchHitBody = z.object({
  kind: z.enum(['document', 'quote']),
  documentId: z.string(),
  statementId: z.string().nullable(),
  speaker: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lang: z.string(),
  rank: z.number(),
  snippet: z.string().describe('matched words between ** marks'),
})
export const SearchBody = z.object({ items: z.array(SearchHitBody), page: z.number(), pageSize: z.number() })

/** A claim as an assessment's trace shows it: what was said, by whom, where. */
const ClaimRefBody = z.object({
  id: z.string(),
  documentId: z.string(),
  documentTitle: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  status: Status,
  category: Category.nullable(),
  supplier: z.string(),
  recipient: z.string().nullable(),
  via: z.string().nullable(),
  attributedTo: z.string().nullable(),
  evidence: z.string(),
  sentence: z.string().nullable(),
  count: int().optional().describe('claims this one stands for when the evidence was read summarised (absent: 1)'),
  grade: SourceGradeBody.optional(),
  undated: z.boolean().optional().describe('the document has no publication date: publishedAt is the day it was captured'),
  blanket: z.boolean().optional().describe('a denial in generic words, counted against every weapons category of the pair'),
  impliedByUse: z.boolean().optional().describe("supply inferred from the recipient's use of the materiel"),
})
const FiredRuleBody = z.object({
  ruleId: z.string(),
  label: z.string(),
  then: z.string().nullable().describe('the tier it yields; null for rules that only raise flags'),
  grounds: z.string().nullable(),
  flags: z.array(z.string()),
  note: z.string().nullable(),
  cite: Cites,
  row: z.string(),
  counterpart: z.string().nullable(),
  conduct: z.string().nullable(),
  level: z.string().nullable(),
  conditions: z.array(
    z.object({
      field: z.string(),
      value: z.union([z.string(), z.boolean()]).nullable(),
      set: z.string().nullable(),
      implicit: z.boolean(),
      words: z.string(),
      basis: z.string().nullable(),
      overridden: z.boolean(),
    }),
  ),
})
const FrameworkAssessmentBody = z.object({
  framework: z.string(),
  title: z.string(),
  axis: z.string(),
  tiers: z.array(z.string()),
  tier: z.string().describe('one of tiers, or not_applicable'),
  applicability: z.object({ status: z.enum(['applies', 'contested', 'not_applicable']), reason: z.string().nullable(), cite: Cites }),
  defaultTier: z.string(),
  confidence: z.enum(['established', 'alleged']).nullable(),
  grounds: z.array(z.string()),
  fired: z.array(FiredRuleBody),
  flags: z.array(z.string()),
  claimIds: z.array(z.string()).describe('the first claims behind the tier (see claims)'),
  counterEvidenceIds: z.array(z.string()).describe('the first denials against it'),
  claimCount: int(),
  counterEvidenceCount: int(),
  interval: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
  citations: z.array(z.object({ key: z.string(), reference: z.string(), url: z.string().nullable(), doi: z.string().nullable() })),
  next: z.object({ tier: z.string(), options: z.array(z.object({ ruleId: z.string(), label: z.string(), row: z.string().nullable(), missing: z.array(z.string()) })) }).nullable(),
  confidenceNote: z.string().nullable().describe('how the confidence could rise'),
  lower: z.array(z.string()).describe('what would lower the tier'),
  prospective: z.object({ tier: z.string(), rows: z.array(z.string()) }).nullable().describe('the tier pledged or planned support would reach if carried out, when higher'),
})
const LeftOutBody = z.object({ afterAsOf: int(), afterAsOfUndated: int(), outsidePeriod: int(), notParty: int() })
const AssessmentItemBody = z.object({
  actor: z.string(),
  actorKind: z.string().nullable(),
  conflict: z.string(),
  asOf: z.string().nullable(),
  undated: int(),
  leftOut: LeftOutBody,
  organs: z.array(z.string()),
  frameworks: z.array(FrameworkAssessmentBody),
  flags: z.array(z.object({ id: z.string(), meaning: z.string(), frameworks: z.array(z.string()) })),
  notes: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())).optional().describe('the evidence rows (facts with all their claims), with rows=true'),
  claims: z.record(z.string(), ClaimRefBody).describe('the claims the frameworks list, by id'),
})
export const AssessmentBody = AssessmentItemBody.extend({ disclaimer: z.string() })
/** What an assessment counted and left out. */
export const EvidenceBody = z
  .object({
    conflict: z.string(),
    asOf: z.string().nullable(),
    counted: int(),
    undated: int().describe('counted claims without a publication date, counted at their capture day'),
    latest: z.string().nullable(),
    leftOut: LeftOutBody,
  })
  .describe('the as-of day, the claims counted and those left out, by reason')
export const AssessmentsBody = z.object({ disclaimer: z.string(), evidence: EvidenceBody, items: z.array(AssessmentItemBody) })
const StateSummaryBody = z.object({
  actor: z.string(),
  label: z.string(),
  frameworks: z.array(z.object({ framework: z.string(), tier: z.string(), rank: int(), confidence: z.string().nullable(), applicability: z.string() })),
  conduct: z.array(z.object({ counterpart: z.string().nullable(), conduct: z.string().nullable(), level: z.string().nullable(), categories: z.array(z.string()) })),
  claims: int(),
  sources: int(),
  denials: int(),
  lastSeen: z.string().nullable(),
})
export const OverviewBody = z.object({
  disclaimer: z.string(),
  lastIngest: z.string().nullable(),
  documents: int(),
  claims: int(),
  evidence: EvidenceBody,
  states: z.array(StateSummaryBody),
})
const TierChangeBody = z.object({ date: z.string(), actor: z.string(), framework: z.string(), from: z.string(), to: z.string(), confidence: z.enum(['established', 'alleged']).nullable(), rules: z.array(z.string()) })
export const TimelineBody = z.object({
  granularity: z.enum(['day', 'week', 'month']),
  changes: z.array(TierChangeBody),
  claimDates: z.array(z.object({ date: z.string(), claims: int(), denials: int() })),
})
const MonthClaimBody = z.object({
  id: z.string(),
  documentId: z.string(),
  supplier: z.string(),
  recipient: z.string(),
  category: Category,
  status: Status,
  reviewState: ReviewState,
  publishedAt: z.string().nullable(),
  title: z.string().nullable(),
  evidence: z.string(),
})
const StatusCounts = z.partialRecord(Status, int()).describe('live claims by status (whole counts)')
const ClaimMonthBody = z.object({ month: z.string().nullable(), total: int(), statuses: StatusCounts, claims: z.array(MonthClaimBody) })
const TimelineMonthBody = ClaimMonthBody.extend({
  month: z.string().describe('YYYY-MM'),
  end: z.string().describe('the last day of the month (or until)'),
  tier: z.string().describe("the state's tier with the evidence up to end"),
  previousTier: z.string(),
  changes: z.array(TierChangeBody),
  claims: z.array(MonthClaimBody).describe('the first claims of the month, oldest first'),
})
/** A state's or a pair's claims month by month, with the state's tier at the end of each month under one framework. */
export const TimelineMonthsBody = z.object({
  actor: z.string(),
  recipient: z.string().nullable().describe('the recipient of a pair timeline; null for a whole state'),
  framework: z.string(),
  conflict: z.string(),
  until: z.string().nullable(),
  tiers: z.array(z.string()).describe("the framework's tiers, weakest first"),
  months: z.array(TimelineMonthBody),
  undated: ClaimMonthBody.nullable().describe('claims whose documents carry no publication date (month null); the assessment counts them at their capture day'),
})

const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const
export const JobBody = z.object({
  id: z.string(),
  state: z.enum(JOB_STATES),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  progress: z.object({ read: int(), analysed: int(), stored: int(), skipped: int(), failed: int() }),
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable(), origin: z.string(), outcome: z.enum(['stored', 'skipped']), claims: int(), quotes: int() })),
  failures: z.array(z.object({ origin: z.string(), code: z.enum(ERROR_CODES), message: z.string() })),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).nullable().describe('why the whole job failed'),
})
export const JobsBody = z.object({ items: z.array(JobBody) })
const QueueCountsBody = z.object({ queue: z.enum(QUEUE_NAMES), waiting: int(), active: int(), failed: int(), done: int() })
const FailedJobBody = z.object({ id: z.string(), queue: z.string(), subject: z.string(), code: z.string(), message: z.string(), attempts: int(), failedAt: z.string().nullable() })
export const QueueBody = z.object({
  available: z.boolean().describe('the job queue runs on PostgreSQL only'),
  installed: z.boolean(),
  queues: z.array(QueueCountsBody),
  failed: z.array(FailedJobBody),
  failedTotal: int(),
})
const FeedPollBody = z.object({ at: z.string(), status: z.enum(FEED_POLL_STATUSES), httpStatus: int().nullable(), items: int(), newItems: int(), error: z.string().nullable(), durationMs: z.number() })
export const FeedBody = z.object({
  id: int(),
  url: z.string(),
  everySeconds: int(),
  title: z.string().nullable(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
  nextPollAt: z.string(),
  lastPolledAt: z.string().nullable(),
  lastStatus: z.enum(FEED_POLL_STATUSES).nullable(),
  lastError: z.string().nullable(),
  lastOkAt: z.string().nullable(),
  itemsSeen: int(),
  polls: int(),
  recentPolls: z.array(FeedPollBody),
})
export const FeedsBody = z.object({ available: z.boolean(), items: z.array(FeedBody) })
export const FeedRemovedBody = z.object({ removed: int() })
export const UserBody = z.object({ name: z.string(), role: Role, createdAt: z.string(), lastSeenAt: z.string().nullable() })
export const UsersBody = z.object({ items: z.array(UserBody) })
export const AddedUserBody = z.object({ user: UserBody, token: z.string().describe('shown once') })
export const UserRemovedBody = z.object({ removed: z.string() })

// The types of the answers, for the web app: derived from the schemas above, never written twice.
export type ErrorBody = z.infer<typeof ErrorBody>
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number }
export type Session = z.infer<typeof SessionBody>
export type Meta = z.infer<typeof MetaBody>
export type FrameworkInfo = z.infer<typeof FrameworkInfoBody>
export type ConflictInfo = z.infer<typeof ConflictInfoBody>
export type Stats = z.infer<typeof StatsBody>
export type DocumentSummary = z.infer<typeof DocumentSummaryBody>
export type StoredDocument = z.infer<typeof DocumentBody>
export type Highlight = z.infer<typeof HighlightBody>
export type SourceGrade = z.infer<typeof SourceGradeBody>
export type StoredClaim = z.infer<typeof ClaimBody>
export type ClaimWithHistory = z.infer<typeof ClaimWithHistoryBody>
export type StoredQuote = z.infer<typeof QuoteBody>
export type QuoteWithHistory = z.infer<typeof QuoteWithHistoryBody>
export type MergedClaim = z.infer<typeof MergedClaimBody>
export type Network = z.infer<typeof NetworkBody>
export type NetworkEdge = z.infer<typeof NetworkEdgeBody>
export type ReviewLogEntry = z.infer<typeof ReviewLogBody>
export type ClaimReviewResult = z.infer<typeof ClaimReviewResultBody>
export type QuoteReviewResult = z.infer<typeof QuoteReviewResultBody>
export type ActorItem = z.infer<typeof ActorBody>
export type SearchHit = z.infer<typeof SearchHitBody>
export type ClaimRef = z.infer<typeof ClaimRefBody>
export type FiredRule = z.infer<typeof FiredRuleBody>
export type FrameworkAssessment = z.infer<typeof FrameworkAssessmentBody>
export type ActorAssessment = z.infer<typeof AssessmentBody>
export type Assessments = z.infer<typeof AssessmentsBody>
export type EvidenceSummary = z.infer<typeof EvidenceBody>
export type StateSummary = z.infer<typeof StateSummaryBody>
export type Overview = z.infer<typeof OverviewBody>
export type TierChange = z.infer<typeof TierChangeBody>
export type Timeline = z.infer<typeof TimelineBody>
export type MonthClaim = z.infer<typeof MonthClaimBody>
export type ClaimMonth = z.infer<typeof ClaimMonthBody>
export type TimelineMonth = z.infer<typeof TimelineMonthBody>
export type TimelineMonths = z.infer<typeof TimelineMonthsBody>
export type IngestJob = z.infer<typeof JobBody>
export type QueueStatus = z.infer<typeof QueueBody>
export type Feed = z.infer<typeof FeedBody>
export type UserItem = z.infer<typeof UserBody>
export type Role = z.infer<typeof Role>
export type ReviewState = z.infer<typeof ReviewState>
export type Category = z.infer<typeof Category>
export type Status = z.infer<typeof Status>
export type ErrorCode = ErrorBody['code']
export type Actors = z.infer<typeof ActorsBody>
export type SearchResults = z.infer<typeof SearchBody>
export type Users = z.infer<typeof UsersBody>
export type AddedUser = z.infer<typeof AddedUserBody>
export type Feeds = z.infer<typeof FeedsBody>
