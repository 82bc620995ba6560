import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import type { Store } from '../../store/open-store.js'
import { searchStore } from '../../store/search-store.js'
import { addRoute } from '../api-route.js'
import { DATES_IN_ORDER, datesInOrder, FilterParams, PageParams, SearchBody, windowOf } from '../api-schemas.js'
import type { ReadCache } from '../read-cache.js'

const SearchQuery = z
  .strictObject({
    q: z.string().trim().min(1, 'q is required').max(500).describe('words (all required), "a phrase", -excluded, or'),
    in: z.enum(['documents', 'quotes', 'all']).default('all'),
    ...FilterParams,
    page: PageParams.page,
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine(datesInOrder, DATES_IN_ORDER)


/** Full-text search over documents and quotes, each in its own language. */
export const searchRoutes: FastifyPluginAsync<{ store: Store; cache: ReadCache }> = async (app, { store, cache }) => {
  addRoute(
    app,
    { method: 'GET', url: '/search', summary: 'Ranked full-text search with snippets (matched words between ** marks)', tag: 'search', role: 'viewer', query: SearchQuery, response: SearchBody, cache },
    async ({ query }) => {
      const { limit, offset } = windowOf(query)
      const items = await searchStore(store, query.q, { ...query, limit, offset })
      return { items, page: query.page, pageSize: query.pageSize }
    },
  )
}
