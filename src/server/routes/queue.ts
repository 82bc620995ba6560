import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { CobelError } from '../../domain/errors.js'
import { QUEUE_NAMES } from '../../queue/job-queue.js'
import { queueStatus } from '../../queue/queue-status.js'
import { addFeed, listFeedPolls, listFeeds, MIN_FEED_SECONDS, removeFeed, type FeedRow } from '../../store/feeds.js'
import { FEED_POLL_STATUSES } from '../../store/database.js'
import type { Store } from '../../store/open-store.js'
import { addRoute } from '../api-route.js'

const Counts = z.object({ queue: z.enum(QUEUE_NAMES), waiting: z.number(), active: z.number(), failed: z.number(), done: z.number() })
const FailedJob = z.object({ id: z.string(), queue: z.string(), subject: z.string(), code: z.string(), message: z.string(), attempts: z.number(), failedAt: z.string().nullable() })
const QueueBody = z.object({
  /** False on PGlite: no queue, ingest runs in process. */
  available: z.boolean(),
  installed: z.boolean(),
  queues: z.array(Counts),
  failed: z.array(FailedJob),
  failedTotal: z.number(),
})
const Poll = z.object({ at: z.string(), status: z.enum(FEED_POLL_STATUSES), httpStatus: z.number().nullable(), items: z.number(), newItems: z.number(), error: z.string().nullable(), durationMs: z.number() })
const FeedBody = z.object({
  id: z.number(),
  url: z.string(),
  everySeconds: z.number(),
  title: z.string().nullable(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
  nextPollAt: z.string(),
  lastPolledAt: z.string().nullable(),
  lastStatus: z.enum(FEED_POLL_STATUSES).nullable(),
  lastError: z.string().nullable(),
  lastOkAt: z.string().nullable(),
  itemsSeen: z.number(),
  polls: z.number(),
  recentPolls: z.array(Poll),
})

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
  addRoute(app, { method: 'GET', url: '/feeds', summary: 'Watched feeds with their last polls and errors', tag: 'queue', role: 'viewer', response: z.object({ available: z.boolean(), items: z.array(FeedBody) }) }, async () => ({
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
    { method: 'DELETE', url: '/feeds/:id', summary: 'Stop watching a feed', tag: 'queue', role: 'editor', params: z.strictObject({ id: z.coerce.number().int().positive() }), response: z.object({ removed: z.number() }) },
    async ({ params }) => {
      if (!(await removeFeed(store, String(params.id)))) throw new CobelError('ERR_NOT_FOUND', `no feed ${params.id}`)
      return { removed: params.id }
    },
  )
}
