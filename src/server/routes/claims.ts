import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import type { ActorInfo, LegalData } from '../../assess/index.js'
import { CobelError } from '../../domain/errors.js'
import { STATUS_STRENGTH } from '../../domain/vocabulary.js'
import { CLAIM_SEARCH_DOCUMENTS, CLAIM_SORTS, getClaimRows, listClaimRows } from '../../store/list-claim-rows.js'
import { listMergedClaims, type MergedClaim } from '../../store/list-merged-claims.js'
import { listNetworkEdges } from '../../store/list-network-edges.js'
import type { Store } from '../../store/open-store.js'
import { listReviewLog } from '../../store/list-review-log.js'
import { addRoute } from '../api-route.js'
import { ClaimBody, ClaimId, ClaimWithHistoryBody, DATES_IN_ORDER, datesInOrder, FilterParams, MergedClaimBody, NetworkBody, Paged, paged, PageParams, ReviewStates, windowOf } from '../api-schemas.js'
import { gradeStoredClaims } from '../grade-stored-claims.js'
import type { ReadCache } from '../read-cache.js'

const MERGED_SORTS = ['independent', 'supplier', 'recipient', 'category', 'status', 'documents', '-last', 'first'] as const

const MergedQuery = z
  .strictObject({ ...PageParams, ...FilterParams, sort: z.enum(MERGED_SORTS).default('independent') })
  .refine(datesInOrder, DATES_IN_ORDER)
const ClaimQuery = z
  .strictObject({
    ...PageParams,
    ...FilterParams,
    sort: z.enum(CLAIM_SORTS).default('-published'),
    review: ReviewStates.optional().describe('review states, comma-separated: pending, accepted, rejected, corrected'),
    q: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .describe(`full-text query on the claim sentence (words, "a phrase", -excluded, or), among the claims of the ${CLAIM_SEARCH_DOCUMENTS} most recent matching documents`),
  })
  .refine(datesInOrder, DATES_IN_ORDER)
const NetworkQuery = z.strictObject({ ...FilterParams }).refine(datesInOrder, DATES_IN_ORDER)

const MERGED_ORDER: Readonly<Record<(typeof MERGED_SORTS)[number], ((a: MergedClaim, b: MergedClaim) => number) | null>> = {
  independent: null,
  supplier: (a, b) => a.supplier.localeCompare(b.supplier) || a.recipient.localeCompare(b.recipient),
  recipient: (a, b) => a.recipient.localeCompare(b.recipient) || a.supplier.localeCompare(b.supplier),
  category: (a, b) => a.category.localeCompare(b.category),
  status: (a, b) => STATUS_STRENGTH[b.strongestStatus] - STATUS_STRENGTH[a.strongestStatus],
  documents: (a, b) => b.documents - a.documents,
  '-last': (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
  first: (a, b) => (a.firstSeen ?? '9').localeCompare(b.firstSeen ?? '9'),
}

export interface ClaimRoutesOptions {
  readonly store: Store
  readonly cache: ReadCache
  /** For the source grade of each claim. */
  readonly legal: Pick<LegalData, 'grading' | 'conflicts'>
  readonly actors: readonly ActorInfo[]
}

/** Claims: merged per (supplier, recipient, category), raw with review state, one with its history, and the network. */
export const claimRoutes: FastifyPluginAsync<ClaimRoutesOptions> = async (app, { store, cache, legal, actors }) => {
  addRoute(
    app,
    {
      method: 'GET',
      url: '/claims/merged',
      summary: 'Claims merged per (supplier, recipient, category): strongest status, independent outlets, denials, first and last dates',
      tag: 'claims',
      role: 'viewer',
      query: MergedQuery,
      response: Paged(MergedClaimBody),
      cache,
    },
    async ({ query }) => {
      const rows = await listMergedClaims(store, query)
      const order = MERGED_ORDER[query.sort]
      const sorted = order ? [...rows].sort(order) : rows
      const { limit, offset } = windowOf(query)
      return paged({ items: sorted.slice(offset, offset + limit), total: rows.length }, query)
    },
  )
  addRoute(
    app,
    {
      method: 'GET',
      url: '/claims',
      summary: 'Stored claims with reviewed values applied, rejected ones included (filter with review=…)',
      tag: 'claims',
      role: 'viewer',
      query: ClaimQuery,
      response: Paged(ClaimBody),
      cache,
    },
    async ({ query }) => {
      const page = await listClaimRows(store, { ...query, ...windowOf(query) })
      return paged({ ...page, items: gradeStoredClaims(page.items, legal, actors) }, query)
    },
  )
  addRoute(
    app,
    {
      method: 'GET',
      url: '/claims/:id',
      summary: 'One claim with its review history',
      tag: 'claims',
      role: 'viewer',
      params: z.strictObject({ id: ClaimId }),
      response: ClaimWithHistoryBody,
      cache,
    },
    async ({ params }) => {
      const [claim] = gradeStoredClaims(await getClaimRows(store, [params.id]), legal, actors)
      if (!claim) throw new CobelError('ERR_NOT_FOUND', `no claim ${params.id}`)
      return { ...claim, history: (await listReviewLog(store, { claimId: params.id })).items }
    },
  )
  addRoute(
    app,
    {
      method: 'GET',
      url: '/network',
      summary: 'The supplier → recipient graph: one edge per pair, with categories, strongest status, independent outlets and denials',
      tag: 'claims',
      role: 'viewer',
      query: NetworkQuery,
      response: NetworkBody,
      cache,
    },
    async ({ query }) => listNetworkEdges(store, query),
  )
}
