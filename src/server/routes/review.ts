import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { listReviewLog, type ReviewLogEntry } from '../../store/list-review-log.js'
import type { Store } from '../../store/open-store.js'
import { addClaim, AddedClaimInput, AddedQuoteInput, addQuote, ClaimCorrectionInput, QuoteCorrectionInput, reviewClaim, reviewQuote } from '../../store/review-claim.js'
import { addRoute } from '../api-route.js'
import { ClaimId, ClaimReviewResultBody, DocumentId, Paged, paged, PageParams, QuoteReviewResultBody, ReviewLogBody, ReviewLogExportBody, windowOf } from '../api-schemas.js'
import type { ReadCache } from '../read-cache.js'

const Reason = z.string().trim().min(1, 'give a reason').max(2000)

/** A decision as the workbench sends it; the reviewer is the signed-in user, never the body. */
const ReviewBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), claimId: ClaimId, reason: Reason.optional() }),
  z.strictObject({ action: z.literal('reject'), claimId: ClaimId, reason: Reason }),
  z.strictObject({ action: z.literal('reset'), claimId: ClaimId, reason: Reason }),
  z.strictObject({ action: z.literal('correct'), claimId: ClaimId, reason: Reason, correction: ClaimCorrectionInput }),
])

/** A decision on a quote: accept, reject, reset, or correct its speaker and span. */
const QuoteReviewBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), quoteId: ClaimId, reason: Reason.optional() }),
  z.strictObject({ action: z.literal('reject'), quoteId: ClaimId, reason: Reason }),
  z.strictObject({ action: z.literal('reset'), quoteId: ClaimId, reason: Reason }),
  z.strictObject({ action: z.literal('correct'), quoteId: ClaimId, reason: Reason, correction: QuoteCorrectionInput }),
])

/** A claim or quote an editor marks over words of a document (the reviewer is the signed-in user). */
const AddedClaimBody = AddedClaimInput.omit({ reviewer: true, reason: true }).extend({ documentId: DocumentId, reason: Reason })
const AddedQuoteBody = AddedQuoteInput.omit({ reviewer: true, reason: true }).extend({ documentId: DocumentId, reason: Reason })

const LogQuery = z.strictObject({
  ...PageParams,
  claimId: ClaimId.optional(),
  documentId: DocumentId.optional(),
  reviewer: z.string().trim().min(1).max(64).optional(),
  action: z.enum(['accept', 'reject', 'correct', 'reset', 'add']).optional(),
})
const ExportQuery = z.strictObject({ format: z.enum(['csv', 'json']).default('csv') })

const CSV_COLUMNS = ['id', 'at', 'reviewer', 'action', 'claim_id', 'document_id', 'reason', 'before', 'after'] as const

/** Review decisions on claims, and the audit log they leave. */
export const reviewRoutes: FastifyPluginAsync<{ store: Store; cache: ReadCache }> = async (app, { store, cache }) => {
  addRoute(
    app,
    {
      method: 'POST',
      url: '/review',
      summary: 'Accept, reject, correct (roles, category, status, who says it, evidence span) or reset a claim, with a reason; grades and assessments use it at once',
      tag: 'review',
      role: 'editor',
      body: ReviewBody,
      response: ClaimReviewResultBody,
      rateLimit: 300,
    },
    async ({ body, user }) => {
      const result = await reviewClaim(store, { ...body, reviewer: user.name })
      cache.invalidate()
      return result
    },
  )
  addRoute(
    app,
    { method: 'POST', url: '/review/quote', summary: "Accept, reject, correct (speaker, role, organisation, state, standing, span) or reset a quote, with a reason", tag: 'review', role: 'editor', body: QuoteReviewBody, response: QuoteReviewResultBody, rateLimit: 300 },
    async ({ body, user }) => {
      const result = await reviewQuote(store, { ...body, reviewer: user.name })
      cache.invalidate()
      return result
    },
  )
  addRoute(
    app,
    { method: 'POST', url: '/review/claims', summary: 'Add a claim the extraction missed, over words of a document; re-extraction never replaces it', tag: 'review', role: 'editor', body: AddedClaimBody, response: ClaimReviewResultBody, status: 201, rateLimit: 300 },
    async ({ body, user }) => {
      const result = await addClaim(store, { ...body, reviewer: user.name })
      cache.invalidate()
      return result
    },
  )
  addRoute(
    app,
    { method: 'POST', url: '/review/quotes', summary: 'Add a quote the extraction missed, over words of a document, with its speaker', tag: 'review', role: 'editor', body: AddedQuoteBody, response: QuoteReviewResultBody, status: 201, rateLimit: 300 },
    async ({ body, user }) => {
      const result = await addQuote(store, { ...body, reviewer: user.name })
      cache.invalidate()
      return result
    },
  )
  addRoute(
    app,
    { method: 'GET', url: '/review/log', summary: 'The audit log: who decided what, when, before and after; newest first', tag: 'review', role: 'viewer', query: LogQuery, response: Paged(ReviewLogBody), cache },
    async ({ query }) => paged(await listReviewLog(store, { ...query, ...windowOf(query) }), query),
  )
  addRoute(
    app,
    { method: 'GET', url: '/review/export', summary: 'The whole audit log as CSV or JSON, for download', tag: 'review', role: 'viewer', query: ExportQuery, response: ReviewLogExportBody, produces: ['text/csv', 'application/json'] },
    async ({ query, reply }) => {
      const { items } = await listReviewLog(store)
      const stamp = new Date().toISOString().slice(0, 10)
      reply.header('content-disposition', `attachment; filename="cobel-review-log-${stamp}.${query.format}"`)
      if (query.format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(items, null, 2))
      return reply.type('text/csv; charset=utf-8').send(toCsv(items))
    },
  )
}

function toCsv(entries: readonly ReviewLogEntry[]): string {
  const cell = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const rows = entries.map((e) => [e.id, e.at, e.reviewer, e.action, e.claimId, e.documentId, e.reason, e.before, e.after].map(cell).join(','))
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`
}
