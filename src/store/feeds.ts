import { sql } from 'kysely'
import { CobelError } from '../domain/errors.js'
import type { FeedPollStatus } from './database.js'
import type { Store } from './open-store.js'

export interface FeedRow {
  readonly id: number
  readonly url: string
  readonly everySeconds: number
  readonly title: string | null
  readonly addedBy: string | null
  readonly addedAt: Date
  readonly nextPollAt: Date
  readonly lastPolledAt: Date | null
  readonly lastStatus: FeedPollStatus | null
  readonly lastError: string | null
  readonly lastOkAt: Date | null
  readonly itemsSeen: number
  readonly polls: number
}

/** Shortest polling interval: the queue's cron looks for due feeds once a minute. */
export const MIN_FEED_SECONDS = 60

/** Adds a feed to watch, due at once; the same URL twice is a conflict. */
export async function addFeed(store: Store, url: string, everySeconds: number, addedBy: string | null = null): Promise<FeedRow> {
  if (!/^https?:\/\//i.test(url)) throw new CobelError('ERR_BAD_REQUEST', 'a feed is an http(s) URL', url)
  if (!Number.isInteger(everySeconds) || everySeconds < MIN_FEED_SECONDS) throw new CobelError('ERR_BAD_REQUEST', `a feed is polled at most once a minute (--every 1m or more)`)
  const row = await store.db
    .insertInto('feeds')
    .values({ url, every_seconds: everySeconds, added_by: addedBy })
    .onConflict((oc) => oc.column('url').doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!row) throw new CobelError('ERR_CONFLICT', 'this feed is already watched', url)
  return (await getFeed(store, row.id))!
}

/** Removes a feed (by id or URL) with its items and polls; false when there is none. */
export async function removeFeed(store: Store, idOrUrl: string): Promise<boolean> {
  const query = store.db.deleteFrom('feeds')
  const result = await (/^\d+$/.test(idOrUrl) ? query.where('id', '=', Number(idOrUrl)) : query.where('url', '=', idOrUrl)).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

export async function listFeeds(store: Store): Promise<FeedRow[]> {
  const rows = await feedQuery(store).orderBy('f.id').execute()
  return rows.map(toFeed)
}

export async function getFeed(store: Store, id: number): Promise<FeedRow | null> {
  const row = await feedQuery(store).where('f.id', '=', id).executeTakeFirst()
  return row ? toFeed(row) : null
}

/** The feed's validators for a conditional request, or null when it was removed. */
export async function feedForPoll(store: Store, id: number): Promise<{ url: string; etag: string | null; lastModified: string | null } | null> {
  const row = await store.db.selectFrom('feeds').select(['url', 'etag', 'last_modified']).where('id', '=', id).executeTakeFirst()
  return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified } : null
}

/**
 * Feeds due for a poll, each moved to its next slot in the same statement, so that two workers'
 * crons never pick the same feed twice. A feed keeps its schedule whatever its polls give.
 */
export async function takeDueFeeds(store: Store): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    update feeds set next_poll_at = now() + every_seconds * interval '1 second'
    where id in (select id from feeds where next_poll_at <= now() for update skip locked)
    returning id`.execute(store.db)
  return rows.map((r) => r.id)
}

/** Makes feeds due now (all, or one by id or URL); returns their ids. */
export async function makeFeedsDue(store: Store, idOrUrl?: string): Promise<number[]> {
  let query = store.db.updateTable('feeds').set({ next_poll_at: sql<Date>`now()` as never })
  if (idOrUrl) query = /^\d+$/.test(idOrUrl) ? query.where('id', '=', Number(idOrUrl)) : query.where('url', '=', idOrUrl)
  return (await query.returning('id').execute()).map((r) => r.id)
}

/** Keeps the item keys not seen before for this feed (GUID or canonical URL), and remembers them. */
export async function rememberFeedItems(store: Store, feedId: number, items: readonly { key: string; url: string | null }[]): Promise<Set<string>> {
  if (items.length === 0) return new Set()
  const unique = [...new Map(items.map((i) => [i.key, i])).values()]
  const rows = await store.db
    .insertInto('feed_items')
    .values(unique.map((i) => ({ feed_id: feedId, key: i.key, url: i.url })))
    .onConflict((oc) => oc.columns(['feed_id', 'key']).doNothing())
    .returning('key')
    .execute()
  return new Set(rows.map((r) => r.key))
}

/** Forgets item keys (their jobs could not be enqueued), so that the next poll tries them again. */
export async function forgetFeedItems(store: Store, feedId: number, keys: readonly string[]): Promise<void> {
  if (keys.length) await store.db.deleteFrom('feed_items').where('feed_id', '=', feedId).where('key', 'in', keys).execute()
}

export interface FeedPollResult {
  readonly status: FeedPollStatus
  readonly httpStatus: number | null
  readonly items: number
  readonly newItems: number
  readonly error: string | null
  readonly durationMs: number
  readonly etag?: string | null
  readonly lastModified?: string | null
  readonly title?: string | null
}

/** Records one poll and its outcome on the feed (validators kept from the last full answer). */
export async function recordFeedPoll(store: Store, feedId: number, result: FeedPollResult): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('feed_polls')
      .values({ feed_id: feedId, status: result.status, http_status: result.httpStatus, items: result.items, new_items: result.newItems, error: result.error, duration_ms: Math.round(result.durationMs) })
      .execute()
    await trx
      .updateTable('feeds')
      .set({
        last_polled_at: sql<Date>`now()` as never,
        last_status: result.status,
        last_error: result.error,
        ...(result.status === 'failed' ? {} : { last_ok_at: sql<Date>`now()` as never }),
        ...(result.status === 'ok' ? { etag: result.etag ?? null, last_modified: result.lastModified ?? null } : {}),
        ...(result.title ? { title: result.title } : {}),
        items_seen: sql<number>`items_seen + ${result.newItems}` as never,
      })
      .where('id', '=', feedId)
      .execute()
  })
}

export interface FeedPollRow {
  readonly at: Date
  readonly status: FeedPollStatus
  readonly httpStatus: number | null
  readonly items: number
  readonly newItems: number
  readonly error: string | null
  readonly durationMs: number
}

export async function listFeedPolls(store: Store, feedId: number, limit = 20): Promise<FeedPollRow[]> {
  const rows = await store.db.selectFrom('feed_polls').selectAll().where('feed_id', '=', feedId).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute()
  return rows.map((r) => ({ at: r.at, status: r.status, httpStatus: r.http_status, items: r.items, newItems: r.new_items, error: r.error, durationMs: r.duration_ms }))
}

const feedQuery = (store: Store) =>
  store.db
    .selectFrom('feeds as f')
    .selectAll('f')
    .select((eb) => eb.selectFrom('feed_polls as p').select(eb.fn.countAll<string>().as('n')).whereRef('p.feed_id', '=', 'f.id').as('polls'))

function toFeed(row: Awaited<ReturnType<ReturnType<typeof feedQuery>['executeTakeFirstOrThrow']>>): FeedRow {
  return {
    id: row.id,
    url: row.url,
    everySeconds: row.every_seconds,
    title: row.title,
    addedBy: row.added_by,
    addedAt: row.added_at,
    nextPollAt: row.next_poll_at,
    lastPolledAt: row.last_polled_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastOkAt: row.last_ok_at,
    itemsSeen: row.items_seen,
    polls: Number(row.polls ?? 0),
  }
}
