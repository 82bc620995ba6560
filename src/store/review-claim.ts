import { z } from 'zod'
import { CobelError } from '../domain/errors.js'
import { CATEGORIES, STATUSES } from '../domain/vocabulary.js'
import type { ClaimCorrection, ClaimReviewRow, ReviewState } from './database.js'
import type { Store } from './open-store.js'
import { refreshFacets } from './index-for-search.js'

const Code = z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/)

/** A reviewer's decision on one claim, as the web workbench or an API sends it. */
export const ClaimReviewInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), claimId: z.string().min(1), reviewer: z.string().trim().min(1), reason: z.string().optional() }),
  z.object({ action: z.literal('reject'), claimId: z.string().min(1), reviewer: z.string().trim().min(1), reason: z.string().optional() }),
  z.object({ action: z.literal('reset'), claimId: z.string().min(1), reviewer: z.string().trim().min(1), reason: z.string().optional() }),
  z.object({
    action: z.literal('correct'),
    claimId: z.string().min(1),
    reviewer: z.string().trim().min(1),
    reason: z.string().optional(),
    correction: z
      .strictObject({
        supplier: Code.optional(),
        recipient: Code.optional(),
        category: z.enum(CATEGORIES).optional(),
        status: z.enum(STATUSES).optional(),
        attributed_to: z.string().nullable().optional(),
        via: Code.nullable().optional(),
      })
      .refine((c) => Object.keys(c).length > 0, 'a correction changes at least one field'),
  }),
])
export type ClaimReviewInput = z.input<typeof ClaimReviewInput>

export interface ClaimReviewResult {
  readonly claimId: string
  readonly state: ReviewState
  readonly corrected: ClaimCorrection | null
  readonly logId: number
}

const NEXT_STATE: Readonly<Record<ClaimReviewInput['action'], ReviewState>> = {
  accept: 'accepted',
  reject: 'rejected',
  correct: 'corrected',
  reset: 'pending',
}

/**
 * Records a review decision: updates the claim's state (and corrected values) and appends
 * the before/after to the audit log, in one transaction. Throws ERR_BAD_REQUEST on invalid
 * input and ERR_NOT_FOUND for an unknown claim.
 */
export async function reviewClaim(store: Store, input: ClaimReviewInput): Promise<ClaimReviewResult> {
  const parsed = ClaimReviewInput.safeParse(input)
  if (!parsed.success) throw new CobelError('ERR_BAD_REQUEST', z.prettifyError(parsed.error))
  const review = parsed.data
  return store.db.transaction().execute(async (trx) => {
    const claim = await trx
      .selectFrom('claims')
      .select(['id', 'document_id', 'supplier', 'recipient', 'category', 'status', 'attributed_to', 'via', 'review_state', 'corrected'])
      .where('id', '=', review.claimId)
      .forUpdate()
      .executeTakeFirst()
    if (!claim) throw new CobelError('ERR_NOT_FOUND', `no claim ${review.claimId}`)
    const state = NEXT_STATE[review.action]
    // A correction builds on earlier ones; accept/reject keep them; reset clears them.
    const corrected: ClaimCorrection | null =
      review.action === 'correct' ? { ...(claim.corrected ?? {}), ...review.correction } : review.action === 'reset' ? null : claim.corrected
    const now = new Date()
    await trx
      .updateTable('claims')
      .set({
        review_state: state,
        corrected: corrected ? JSON.stringify(corrected) : null,
        reviewed_by: review.reviewer,
        reviewed_at: now,
      })
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
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return { claimId: claim.id, state, corrected, logId: log.id }
  })
}

/** The audit log of one claim, oldest first. */
export function listClaimReviews(store: Store, claimId: string): Promise<ClaimReviewRow[]> {
  return store.db.selectFrom('claim_reviews').selectAll().where('claim_id', '=', claimId).orderBy('id').execute()
}
