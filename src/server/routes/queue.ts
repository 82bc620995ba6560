import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { CobelError } from '../../domain/errors.js'
import { queueStatus } from '../../queue/queue-status.js'
import { addFeed, listFeedPolls, listFeeds, MIN_FEED_SECONDS, removeFeed, type FeedRow } from '../../store/feeds.js'
import type { Store } from '../../store/open-store.js'
import { FeedBody, FeedRemovedBody, FeedsBody, QueueBody } from '../api-schemas.js'
import { addRoute } from '../api-route.js'


const iso = (d: Date | null): string | null => (d ? d.toISOString() : null)

/** The job queue and the watched feeds (PostgreSQL stores): what `cobel queue` and `cobel feeds` show; editors add and remove feeds. */
export const queueRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  const feedOf = async (f: FeedRow) => ({
    ...f,
    addedAt: f.addedAt.toISOString(),
    nextPollAt: f.nextPollAt.toISOString(),
    lastPolledAt: iso(f.lastPolledAt),
    lastOkAt: iso(f.lastOkAt),
    recentPolls: (await listFeedPolls(store, f.id, 5)).map((p) => ({ ...p, at: p.at.toISOString() })),
  })
  const needsPostgres = (): void => {
    if (store.engine !== 'postgres') throw new CobelError('ERR_CONFLICT', 'feeds are polled by the job queue, which needs a PostgreSQL store (DATABASE_URL)')
  }

  addRoute(app, { method: 'GET', url: '/queue', summary: 'Job queue counts per queue and state, and the latest failed jobs with their errors', tag: 'queue', role: 'viewer', response: QueueBody }, async () => {
    const status = await queueStatus(store)
    return { available: store.engine === 'postgres', ...status, failed: status.failed.map((f) => ({ ...f, failedAt: iso(f.failedAt) })) }
  })
  addRoute(app, { method: 'GET', url: '/feeds', summary: 'Watched feeds with their last polls and errors', tag: 'queue', role: 'viewer', response: FeedsBody }, async () => ({
    available: store.engine === 'postgres',
    items: await Promise.all((await listFeeds(store)).map(feedOf)),
  }))
  addRoute(
    app,
    {
      method: 'POST',
      url: '/feeds',
      summary: 'Watch a feed; its first poll is due at once',
      tag: 'queue',
      role: 'editor',
      body: z.strictObject({ url: z.url({ protocol: /^https?$/ }), everySeconds: z.number().int().min(MIN_FEED_SECONDS).max(30 * 86400).default(900) }),
      response: FeedBody,
      status: 201,
      rateLimit: 30,
    },
    async ({ body, user }) => {
      needsPostgres()
      return feedOf(await addFeed(store, body.url, body.everySeconds, user.name))
    },
  )
  addRoute(
    app,
    { method: 'DELETE', url: '/feeds/:id', summary: 'Stop watching a feed', tag: 'queue', role: 'editor', params: z.strictObject({ id: z.coerce.number().int().positive() }), response: FeedRemovedBody },
    async ({ params }) => {
      if (!(await removeFeed(store, String(params.id)))) throw new CobelError('ERR_NOT_FOUND', `no feed ${params.id}`)
      return { removed: params.id }
    },
  )
}
