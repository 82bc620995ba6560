import { z } from 'zod'
import { ERROR_CODES } from '../domain/errors.js'
import { CATEGORIES, STATUSES } from '../domain/vocabulary.js'
import { ClaimFiltersInput } from '../store/claim-filters.js'
import { REVIEW_STATES, ROW_ORIGINS } from '../store/database.js'

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

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`)
    // Date.parse accepts 2022-02-30 and rolls it over; a real day reads back unchanged.
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s
  }, 'not a calendar date')
export const ActorCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/, 'actor codes are ISO alpha-3 or upper-case organisation codes'))
export const DocumentId = z.string().regex(/^[0-9a-f]{64}$/, 'document ids are SHA-256 hex (64 characters)')
export const ClaimId = z.string().regex(/^[0-9a-f]{32}(-\d+)?$/, 'claim ids are 32 hex characters')
export const ReviewStates = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(REVIEW_STATES)))

// Response bodies, for the OpenAPI document.
export const ErrorBody = z.object({ code: z.enum(ERROR_CODES), message: z.string() })
export const Paged = (item: z.ZodType) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
const SourceRef = z.object({ title: z.string().nullable(), url: z.string().nullable(), outlet: z.string().nullable(), publishedAt: z.string().nullable() })
export const DocumentSummaryBody = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  capturedAt: z.string(),
  lang: z.string(),
  supported: z.boolean(),
  claims: z.number().int(),
  quotes: z.number().int(),
})
export const ClaimBody = z.object({
  id: z.string(),
  documentId: z.string(),
  supplier: z.string(),
  recipient: z.string(),
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  attributedTo: z.string().nullable(),
  via: z.string().nullable(),
  extracted: z.object({ supplier: z.string(), recipient: z.string(), category: z.enum(CATEGORIES), status: z.enum(STATUSES) }),
  evidenceStart: z.number().int(),
  evidenceEnd: z.number().int(),
  evidenceText: z.string(),
  sentenceText: z.string().nullable(),
  statementId: z.string().nullable(),
  materiel: z.array(z.string()),
  rule: z.string(),
  statusRule: z.string(),
  source: z.object({ actor: z.string().nullable(), class: z.string().nullable() }).describe('who says it: the speaker\'s actor and class (official, institution, expert, named, media, unnamed, journalist)'),
  grade: z
    .object({ kind: z.string(), reliability: z.string(), credibility: z.number().int(), code: z.string(), sourceActor: z.string().nullable(), basis: z.string() })
    .optional()
    .describe('source grade, Admiralty style: reliability A–F of who says it relative to the transfer × credibility 1–6 of how it is said'),
  conflict: z.string().nullable().optional().describe('the conflict the claim belongs to by its parties and date, in which it is graded'),
  review: z.object({ state: z.enum(REVIEW_STATES), by: z.string().nullable(), at: z.string().nullable() }),
  document: SourceRef,
})
export const QuoteBody = z.object({
  id: z.string(),
  documentId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  org: z.string().nullable(),
  speakerActor: z.string().nullable(),
  speakerType: z.string(),
  standing: z.string().nullable(),
  extracted: z
    .object({ speaker: z.string().nullable(), role: z.string().nullable(), org: z.string().nullable(), speakerActor: z.string().nullable(), start: z.number().int(), end: z.number().int() })
    .describe('what the extraction found, before any correction'),
  origin: z.enum(ROW_ORIGINS).describe('extracted, added by an editor, or kept for its review after re-extraction'),
  reviewState: z.enum(REVIEW_STATES),
  document: SourceRef.optional(),
})
export const MergedClaimBody = z.object({
  supplier: z.string(),
  recipient: z.string(),
  category: z.enum(CATEGORIES),
  strongestStatus: z.enum(STATUSES),
  claims: z.number().int(),
  documents: z.number().int(),
  independentOutlets: z.number().int(),
  denials: z.number().int(),
  blanketDenials: z.number().int().describe('documents denying the pair in generic words ("weapons", "military aid"), counted against each weapons category'),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
})
export const DocumentBody = DocumentSummaryBody.omit({ claims: true, quotes: true }).extend({
  canonicalUrl: z.string().nullable(),
  sha256: z.string(),
  rawSha256: z.string(),
  source: z.string(),
  sourceFormat: z.string(),
  extractor: z.string(),
  warnings: z.array(z.string()),
  text: z.string(),
  quotes: z.array(QuoteBody),
  claims: z.array(ClaimBody),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.enum(['actor', 'materiel']), actor: z.string().optional(), category: z.string().optional(), entryId: z.string() })),
})
export const ReviewLogBody = z.object({
  id: z.number().int(),
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
/** What a review decision on a claim, or an added claim, leaves: its state, corrected values and audit log entry. */
export const ClaimReviewResultBody = z.object({ claimId: z.string(), state: z.enum(REVIEW_STATES), corrected: z.record(z.string(), z.unknown()).nullable(), logId: z.number().int() })
export const QuoteReviewResultBody = z.object({ quoteId: z.string(), state: z.enum(REVIEW_STATES), corrected: z.record(z.string(), z.unknown()).nullable(), logId: z.number().int() })
export const NetworkBody = z.object({
  first: z.string().nullable(),
  last: z.string().nullable(),
  edges: z.array(
    MergedClaimBody.omit({ category: true }).extend({ categories: z.array(z.enum(CATEGORIES)) }),
  ),
})
const FrameworkVerdict = z.looseObject({
  framework: z.string(),
  title: z.string(),
  tiers: z.array(z.string()),
  tier: z.string().describe('one of tiers, or not_applicable'),
  applicability: z.looseObject({ status: z.enum(['applies', 'contested', 'not_applicable']), reason: z.string().nullable() }),
  lower: z.array(z.string()).describe('what would lower the tier'),
  confidence: z.enum(['established', 'alleged']).nullable(),
  fired: z.array(z.looseObject({ ruleId: z.string(), label: z.string(), then: z.string().nullable(), row: z.string() })),
  claimIds: z.array(z.string()).describe('the first claims behind the tier (see claims)'),
  counterEvidenceIds: z.array(z.string()).describe('the first denials against it'),
  claimCount: z.number().int(),
  counterEvidenceCount: z.number().int(),
  next: z.looseObject({ tier: z.string(), options: z.array(z.looseObject({ ruleId: z.string(), missing: z.array(z.string()) })) }).nullable(),
})
export const AssessmentBody = z.looseObject({
  actor: z.string(),
  actorKind: z.string().nullable(),
  conflict: z.string(),
  asOf: z.string().nullable(),
  undated: z.number().int(),
  frameworks: z.array(FrameworkVerdict),
  claims: z.record(z.string(), z.looseObject({ id: z.string(), documentId: z.string(), status: z.enum(STATUSES), evidence: z.string() })).describe('the claims the frameworks list, by id'),
})
/** What an assessment counted and left out. */
export const EvidenceBody = z
  .object({
    conflict: z.string(),
    asOf: z.string().nullable(),
    counted: z.number().int(),
    undated: z.number().int().describe('counted claims without a publication date, counted at their capture day'),
    latest: z.string().nullable(),
    leftOut: z.object({ afterAsOf: z.number().int(), afterAsOfUndated: z.number().int(), outsidePeriod: z.number().int(), notParty: z.number().int() }),
  })
  .describe('the as-of day, the claims counted and those left out, by reason')
export const OverviewBody = z.object({
  disclaimer: z.string(),
  lastIngest: z.string().nullable(),
  documents: z.number().int(),
  claims: z.number().int(),
  evidence: EvidenceBody,
  states: z.array(
    z.object({
      actor: z.string(),
      label: z.string(),
      frameworks: z.array(z.object({ framework: z.string(), tier: z.string(), rank: z.number().int(), confidence: z.string().nullable(), applicability: z.string() })),
      conduct: z.array(z.object({ counterpart: z.string().nullable(), conduct: z.string().nullable(), level: z.string().nullable(), categories: z.array(z.string()) })),
      claims: z.number().int(),
      sources: z.number().int(),
      denials: z.number().int(),
      lastSeen: z.string().nullable(),
    }),
  ),
})
export const TimelineBody = z.object({
  granularity: z.enum(['day', 'week', 'month']),
  changes: z.array(z.object({ date: z.string(), actor: z.string(), framework: z.string(), from: z.string(), to: z.string(), confidence: z.string().nullable(), rules: z.array(z.string()) })),
  claimDates: z.array(z.object({ date: z.string(), claims: z.number().int(), denials: z.number().int() })),
})
const TierChangeBody = TimelineBody.shape.changes.element
const MonthClaimBody = z.object({
  id: z.string(),
  documentId: z.string(),
  supplier: z.string(),
  recipient: z.string(),
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  reviewState: z.enum(REVIEW_STATES),
  publishedAt: z.string().nullable(),
  title: z.string().nullable(),
  evidence: z.string(),
})
const StatusCounts = z.partialRecord(z.enum(STATUSES), z.number().int()).describe('live claims by status (whole counts)')
/** A state's or a pair's claims month by month, with the state's tier at the end of each month under one framework. */
export const TimelineMonthsBody = z.object({
  actor: z.string(),
  recipient: z.string().nullable().describe('the recipient of a pair timeline; null for a whole state'),
  framework: z.string(),
  conflict: z.string(),
  until: z.string().nullable(),
  tiers: z.array(z.string()).describe("the framework's tiers, weakest first"),
  months: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      end: z.string().describe('the last day of the month (or until)'),
      tier: z.string().describe("the state's tier with the evidence up to end"),
      previousTier: z.string(),
      changes: z.array(TierChangeBody),
      total: z.number().int(),
      statuses: StatusCounts,
      claims: z.array(MonthClaimBody).describe('the first claims of the month, oldest first'),
    }),
  ),
  undated: z
    .object({ total: z.number().int(), statuses: StatusCounts, claims: z.array(MonthClaimBody) })
    .nullable()
    .describe('claims whose documents carry no publication date; the assessment counts them at their capture day'),
})
