import { z } from 'zod'
import { SOURCE_CLASSES } from '../domain/evidence.js'
import { CobelError } from '../domain/errors.js'
import { ActorCode } from '../domain/values.js'
import { CATEGORIES, STATUSES } from '../domain/vocabulary.js'
import type { Transaction } from 'kysely'
import type { ClaimCorrection, ClaimReviewRow, Database, QuoteCorrection, ReviewState } from './database.js'
import { sha256Hex } from './document-id.js'
import type { Store } from './open-store.js'
import { refreshFacets } from './index-for-search.js'

const Code = ActorCode
const Name = z.string().trim().min(1).max(300)
const Offset = z.number().int().min(0)
const Reviewer = z.string().trim().min(1)

/** What may be corrected on a claim: the roles, what and how sure, who says it (name, state or organisation, standing, role, organisation) and the evidence span. */
export const ClaimCorrectionInput = z
  .strictObject({
    supplier: Code.optional(),
    recipient: Code.optional(),
    category: z.enum(CATEGORIES).optional(),
    status: z.enum(STATUSES).optional(),
    attributed_to: Name.nullable().optional(),
    source_actor: Code.nullable().optional(),
    source_class: z.enum(SOURCE_CLASSES).optional(),
    speaker_role: Name.nullable().optional(),
    speaker_org: Name.nullable().optional(),
    via: Code.nullable().optional(),
    evidence_start: Offset.optional(),
    evidence_end: Offset.optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'a correction changes at least one field')

export const SPEAKER_TYPES = ['person', 'institution', 'unnamed', 'outlet', 'unknown'] as const
export const STANDINGS = ['official', 'expert', 'media', 'other'] as const

/** What may be corrected on a quote: its speaker (name, role, organisation, state, kind, standing) and its span. */
export const QuoteCorrectionInput = z
  .strictObject({
    speaker: Name.nullable().optional(),
    role: Name.nullable().optional(),
    org: Name.nullable().optional(),
    speaker_actor: Code.nullable().optional(),
    speaker_type: z.enum(SPEAKER_TYPES).optional(),
    standing: z.enum(STANDINGS).nullable().optional(),
    span_start: Offset.optional(),
    span_end: Offset.optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'a correction changes at least one field')

/** A reviewer's decision on one claim, as the web workbench or an API sends it. */
export const ClaimReviewInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), claimId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional() }),
  z.object({ action: z.literal('reject'), claimId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional() }),
  z.object({ action: z.literal('reset'), claimId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional() }),
  z.object({ action: z.literal('correct'), claimId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional(), correction: ClaimCorrectionInput }),
])
export type ClaimReviewInput = z.input<typeof ClaimReviewInput>

/** A reviewer's decision on one quote. */
export const QuoteReviewInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), quoteId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional() }),
  z.object({ action: z.literal('reject'), quoteId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional() }),
  z.object({ action: z.literal('reset'), quoteId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional() }),
  z.object({ action: z.literal('correct'), quoteId: z.string().min(1), reviewer: Reviewer, reason: z.string().optional(), correction: QuoteCorrectionInput }),
])
export type QuoteReviewInput = z.input<typeof QuoteReviewInput>

export interface ClaimReviewResult {
  readonly claimId: string
  readonly state: ReviewState
  readonly corrected: ClaimCorrection | null
  readonly logId: number
}

export interface QuoteReviewResult {
  readonly quoteId: string
  readonly state: ReviewState
  readonly corrected: QuoteCorrection | null
  readonly logId: number
}

const NEXT_STATE: Readonly<Record<ClaimReviewInput['action'], ReviewState>> = {
  accept: 'accepted',
  reject: 'rejected',
  correct: 'corrected',
  reset: 'pending',
}

type Trx = Transaction<Database>

/** The words of a span of a document, or ERR_BAD_REQUEST when the span is not inside it. */
async function wordsOf(trx: Trx, documentId: string, start: number, end: number): Promise<string> {
  const doc = await trx.selectFrom('documents').select('text').where('id', '=', documentId).executeTakeFirst()
  if (!doc) throw new CobelError('ERR_NOT_FOUND', `no document ${documentId}`)
  if (!(start < end && end <= doc.text.length)) throw new CobelError('ERR_BAD_REQUEST', `the span ${start}–${end} is not inside the document (${doc.text.length} characters)`)
  const words = doc.text.slice(start, end)
  if (!words.trim()) throw new CobelError('ERR_BAD_REQUEST', 'the span holds no words')
  return words
}

/**
 * Records a review decision: updates the claim's state (and corrected values) and appends
 * the before/after to the audit log, in one transaction. A corrected span takes its words from
 * the document. Throws ERR_BAD_REQUEST on invalid input and ERR_NOT_FOUND for an unknown claim.
 */
export async function reviewClaim(store: Store, input: ClaimReviewInput): Promise<ClaimReviewResult> {
  const parsed = ClaimReviewInput.safeParse(input)
  if (!parsed.success) throw new CobelError('ERR_BAD_REQUEST', z.prettifyError(parsed.error))
  const review = parsed.data
  return store.db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('claims')
      .select(['id', 'document_id', 'evidence_start', 'evidence_end', 'review_state', 'corrected'])
      .where('id', '=', review.claimId)
      .forUpdate()
      .executeTakeFirst()
    if (!claim) throw new CobelError('ERR_NOT_FOUND', `no claim ${review.claimId}`)
    const state = NEXT_STATE[review.action]
    // A correction builds on earlier ones; accept/reject keep them; reset clears them.
    let corrected: ClaimCorrection | null = review.action === 'correct' ? { ...(claim.corrected ?? {}), ...withoutUndefined(review.correction) } : review.action === 'reset' ? null : claim.corrected
    if (review.action === 'correct' && (review.correction.evidence_start !== undefined || review.correction.evidence_end !== undefined)) {
      const start = corrected?.evidence_start ?? claim.evidence_start
      const end = corrected?.evidence_end ?? claim.evidence_end
      corrected = { ...corrected, evidence_start: start, evidence_end: end, evidence_text: await wordsOf(trx, claim.document_id, start, end) }
    }
    const now = new Date()
    await trx
      .updateTable('claims')
      .set({ review_state: state, corrected: corrected ? JSON.stringify(corrected) : null, reviewed_by: review.reviewer, reviewed_at: now })
      .where('id', '=', claim.id)
      .execute()
    // Search filters read the document's facets, which follow its live claims.
    await refreshFacets(trx, [claim.document_id])
    const log = await trx
      .insertInto('claim_reviews')
      .values({
        claim_id: claim.id,
        document_id: claim.document_id,
        reviewer: review.reviewer,
        at: now,
        action: review.action,
        before: JSON.stringify({ review_state: claim.review_state, corrected: claim.corrected }),
        after: JSON.stringify({ review_state: state, corrected }),
        reason: review.reason ?? null,
        target: 'claim',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { claimId: claim.id, state, corrected, logId: log.id }
  })
}

/** Records a review decision on a quote, as reviewClaim does for claims (same audit log, target `quote`). */
export async function reviewQuote(store: Store, input: QuoteReviewInput): Promise<QuoteReviewResult> {
  const parsed = QuoteReviewInput.safeParse(input)
  if (!parsed.success) throw new CobelError('ERR_BAD_REQUEST', z.prettifyError(parsed.error))
  const review = parsed.data
  return store.db.transaction().execute(async (trx) => {
    const quote = await trx
      .selectFrom('statements')
      .select(['id', 'document_id', 'span_start', 'span_end', 'review_state', 'corrected'])
      .where('id', '=', review.quoteId)
      .forUpdate()
      .executeTakeFirst()
    if (!quote) throw new CobelError('ERR_NOT_FOUND', `no quote ${review.quoteId}`)
    const state = NEXT_STATE[review.action]
    let corrected: QuoteCorrection | null = review.action === 'correct' ? { ...(quote.corrected ?? {}), ...withoutUndefined(review.correction) } : review.action === 'reset' ? null : quote.corrected
    if (review.action === 'correct' && (review.correction.span_start !== undefined || review.correction.span_end !== undefined)) {
      const start = corrected?.span_start ?? quote.span_start
      const end = corrected?.span_end ?? quote.span_end
      corrected = { ...corrected, span_start: start, span_end: end, text: await wordsOf(trx, quote.document_id, start, end) }
    }
    const now = new Date()
    const before = await quoteValues(trx, quote.id)
    await trx
      .updateTable('statements')
      .set({ review_state: state, corrected: corrected ? JSON.stringify(corrected) : null, reviewed_by: review.reviewer, reviewed_at: now })
      .where('id', '=', quote.id)
      .execute()
    const after = await quoteValues(trx, quote.id)
    const log = await trx
      .insertInto('claim_reviews')
      .values({
        claim_id: quote.id,
        document_id: quote.document_id,
        reviewer: review.reviewer,
        at: now,
        action: review.action,
        before: JSON.stringify({ review_state: quote.review_state, corrected: quote.corrected, quote: before }),
        after: JSON.stringify({ review_state: state, corrected, quote: after }),
        reason: review.reason ?? null,
        target: 'quote',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { quoteId: quote.id, state, corrected, logId: log.id }
  })
}

/** What a reader sees of a quote, corrections applied: the audit log keeps it before and after a decision. */
function quoteValues(trx: Trx, id: string) {
  return trx
    .selectFrom('reviewed_statements')
    .select(['speaker', 'role', 'org', 'speaker_actor', 'speaker_type', 'standing', 'span_start', 'span_end', 'text'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
}

/** A claim an editor marks in a document's text: the extraction missed it. */
export const AddedClaimInput = z.strictObject({
  documentId: z.string().min(1),
  start: Offset,
  end: Offset,
  supplier: Code,
  recipient: Code,
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  attributedTo: Name.nullable().optional(),
  sourceActor: Code.nullable().optional(),
  sourceClass: z.enum(SOURCE_CLASSES).optional(),
  reviewer: Reviewer,
  reason: z.string().optional(),
})
export type AddedClaimInput = z.input<typeof AddedClaimInput>

/** A quote an editor marks in a document's text. */
export const AddedQuoteInput = z.strictObject({
  documentId: z.string().min(1),
  start: Offset,
  end: Offset,
  speaker: Name.nullable().optional(),
  role: Name.nullable().optional(),
  org: Name.nullable().optional(),
  speakerActor: Code.nullable().optional(),
  speakerType: z.enum(SPEAKER_TYPES).optional(),
  standing: z.enum(STANDINGS).nullable().optional(),
  reviewer: Reviewer,
  reason: z.string().optional(),
})
export type AddedQuoteInput = z.input<typeof AddedQuoteInput>

/** The sentence around a span: from the last sentence end (. ! ? or a line break) before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !/[.!?\n]/.test(text[to - 1] ?? '')) to++
  return text.slice(from, to).trim()
}

/** Ids of added rows: 32 hex characters like extracted ones, from other inputs, so they never collide. */
const addedIdOf = (...parts: (string | number)[]): string => sha256Hex(['added', ...parts].join('\u0000')).slice(0, 32)

/**
 * Adds a claim an editor marked in the text, with origin `added` (re-extraction never replaces
 * it) and review state `accepted`, and logs it. The evidence words are read from the document.
 */
export async function addClaim(store: Store, input: AddedClaimInput): Promise<ClaimReviewResult> {
  const parsed = AddedClaimInput.safeParse(input)
  if (!parsed.success) throw new CobelError('ERR_BAD_REQUEST', z.prettifyError(parsed.error))
  const a = parsed.data
  return store.db.transaction().execute(async (trx) => {
    const words = await wordsOf(trx, a.documentId, a.start, a.end)
    const doc = await trx.selectFrom('documents').select(['text', 'extractor']).where('id', '=', a.documentId).executeTakeFirstOrThrow()
    const id = addedIdOf(a.documentId, a.supplier, a.recipient, a.category, a.start, a.end)
    const exists = await trx.selectFrom('claims').select('id').where('id', '=', id).executeTakeFirst()
    if (exists) throw new CobelError('ERR_CONFLICT', `this claim was added already (${id})`)
    const last = await trx.selectFrom('claims').select((eb) => eb.fn.max('idx').as('idx')).where('document_id', '=', a.documentId).executeTakeFirst()
    const now = new Date()
    await trx
      .insertInto('claims')
      .values({
        id,
        document_id: a.documentId,
        idx: Number(last?.idx ?? -1) + 1,
        supplier: a.supplier,
        recipient: a.recipient,
        category: a.category,
        status: a.status,
        attributed_to: a.attributedTo ?? null,
        evidence_start: a.start,
        evidence_end: a.end,
        evidence_text: words,
        sentence_index: -1,
        sentence_text: sentenceAround(doc.text, a.start, a.end),
        statement_id: null,
        materiel: '[]',
        via: null,
        rule: 'review.added',
        status_rule: 'review.added',
        entries: '[]',
        cues: '[]',
        extractor: 'review',
        context: '{}',
        source_actor: a.sourceActor ?? null,
        source_class: a.sourceClass ?? (a.attributedTo ? 'named' : 'journalist'),
        review_state: 'accepted',
        reviewed_by: a.reviewer,
        reviewed_at: now,
        origin: 'added',
      })
      .execute()
    await refreshFacets(trx, [a.documentId])
    const after = { review_state: 'accepted', origin: 'added', supplier: a.supplier, recipient: a.recipient, category: a.category, status: a.status, attributed_to: a.attributedTo ?? null, source_actor: a.sourceActor ?? null, evidence: words }
    const log = await trx
      .insertInto('claim_reviews')
      .values({ claim_id: id, document_id: a.documentId, reviewer: a.reviewer, at: now, action: 'add', before: '{}', after: JSON.stringify(after), reason: a.reason ?? null, target: 'claim' })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { claimId: id, state: 'accepted', corrected: null, logId: log.id }
  })
}

/** Adds a quote an editor marked in the text (origin `added`, accepted), and logs it. */
export async function addQuote(store: Store, input: AddedQuoteInput): Promise<QuoteReviewResult> {
  const parsed = AddedQuoteInput.safeParse(input)
  if (!parsed.success) throw new CobelError('ERR_BAD_REQUEST', z.prettifyError(parsed.error))
  const a = parsed.data
  return store.db.transaction().execute(async (trx) => {
    const words = await wordsOf(trx, a.documentId, a.start, a.end)
    const doc = await trx.selectFrom('documents').select(['fts_config']).where('id', '=', a.documentId).executeTakeFirstOrThrow()
    const id = addedIdOf(a.documentId, 'quote', a.start, a.end)
    const exists = await trx.selectFrom('statements').select('id').where('id', '=', id).executeTakeFirst()
    if (exists) throw new CobelError('ERR_CONFLICT', `this quote was added already (${id})`)
    const last = await trx.selectFrom('statements').select((eb) => eb.fn.max('idx').as('idx')).where('document_id', '=', a.documentId).executeTakeFirst()
    const now = new Date()
    await trx
      .insertInto('statements')
      .values({
        id,
        document_id: a.documentId,
        idx: Number(last?.idx ?? -1) + 1,
        span_start: a.start,
        span_end: a.end,
        text: words,
        kind: 'direct',
        speaker: a.speaker ?? null,
        role: a.role ?? null,
        org: a.org ?? null,
        outlet: null,
        speaker_type: a.speakerType ?? (a.speaker ? 'person' : 'unnamed'),
        speaker_actor: a.speakerActor ?? null,
        standing: a.standing ?? null,
        verb: null,
        cues: '[]',
        rule: 'review.added',
        paragraph: 0,
        fts_config: doc.fts_config,
        origin: 'added',
        review_state: 'accepted',
        reviewed_by: a.reviewer,
        reviewed_at: now,
      })
      .execute()
    const after = { review_state: 'accepted', origin: 'added', speaker: a.speaker ?? null, role: a.role ?? null, org: a.org ?? null, speaker_actor: a.speakerActor ?? null, text: words }
    const log = await trx
      .insertInto('claim_reviews')
      .values({ claim_id: id, document_id: a.documentId, reviewer: a.reviewer, at: now, action: 'add', before: '{}', after: JSON.stringify(after), reason: a.reason ?? null, target: 'quote' })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { quoteId: id, state: 'accepted', corrected: null, logId: log.id }
  })
}

const withoutUndefined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

/** The audit log of one claim, oldest first. */
export function listClaimReviews(store: Store, claimId: string): Promise<ClaimReviewRow[]> {
  return store.db.selectFrom('claim_reviews').selectAll().where('claim_id', '=', claimId).orderBy('id').execute()
}
