import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { getQuoteOrThrow, listQuotes } from '../../store/list-quotes.js'
import { listReviewLog } from '../../store/list-review-log.js'
import type { Store } from '../../store/open-store.js'
import { addRoute } from '../api-route.js'
import { ActorCode, ClaimId, DATES_IN_ORDER, datesInOrder, DocumentId, FilterParams, Paged, paged, PageParams, QuoteBody, QuoteWithHistoryBody, ReviewStates, windowOf } from '../api-schemas.js'
import type { ReadCache } from '../read-cache.js'

const QuoteQuery = z
  .strictObject({
    ...PageParams,
    since: FilterParams.since,
    until: FilterParams.until,
    asOf: FilterParams.asOf,
    outlet: FilterParams.outlet,
    speaker: z.string().trim().min(1).max(200).optional().describe('speaker name, any part of it'),
    speakerActor: ActorCode.optional().describe('actor the speaker stands for'),
    about: ActorCode.optional().describe('quotes said by the actor, stating a claim about it, or in documents where it supplies someone'),
    documentId: DocumentId.optional(),
    q: z.string().trim().min(1).max(500).optional().describe('full-text query on the quote and its speaker'),
    review: ReviewStates.optional().describe('review states, comma-separated (default: all but rejected)'),
  })
  .refine(datesInOrder, DATES_IN_ORDER)

/** Attributed quotes: who said what, where and when. */
export const quoteRoutes: FastifyPluginAsync<{ store: Store; cache: ReadCache }> = async (app, { store, cache }) => {
  addRoute(
    app,
    { method: 'GET', url: '/quotes', summary: 'Quotes with their speakers and source documents, newest first', tag: 'quotes', role: 'viewer', query: QuoteQuery, response: Paged(QuoteBody), cache },
    async ({ query }) => paged(await listQuotes(store, { ...query, ...windowOf(query) }), query),
  )
  addRoute(
    app,
    { method: 'GET', url: '/quotes/:id', summary: 'One quote (any review state) with its source and its review history', tag: 'quotes', role: 'viewer', params: z.strictObject({ id: ClaimId }), response: QuoteWithHistoryBody, cache },
    async ({ params }) => ({ ...(await getQuoteOrThrow(store, params.id)), history: (await listReviewLog(store, { claimId: params.id })).items }),
  )
}
