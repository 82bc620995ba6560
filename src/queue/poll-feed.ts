import { fetchUrl, type FetchOptions } from '../ingest/fetch-url.js'
import { looksLikeFeed, parseFeed } from '../ingest/parse-feed.js'
import { canonicalUrl } from '../domain/urls.js'
import { feedForPoll, forgetFeedItems, recordFeedPoll, rememberFeedItems, type FeedPollResult } from '../store/feeds.js'
import type { Store } from '../store/open-store.js'
import { enqueueUrls } from './enqueue-sources.js'
import type { JobQueue } from './job-queue.js'

/**
 * One poll of a watched feed: a conditional GET (If-None-Match / If-Modified-Since with the
 * validators of the last full answer); on 304, nothing to do; otherwise the items not seen
 * before — by GUID, else canonical URL — are enqueued, one job each. Every poll is recorded,
 * failed ones with their error; the feed's schedule does not depend on the outcome.
 */
export async function pollFeed(store: Store, queue: JobQueue, feedId: number, fetch: FetchOptions = {}): Promise<FeedPollResult> {
  const feed = await feedForPoll(store, feedId)
  if (!feed) return { status: 'failed', httpStatus: null, items: 0, newItems: 0, error: 'the feed was removed', durationMs: 0 }
  const started = performance.now()
  let result: FeedPollResult
  try {
    const answer = await fetchUrl(feed.url, { ...fetch, ifNoneMatch: feed.etag, ifModifiedSince: feed.lastModified })
    if (answer.notModified) {
      result = { status: 'not_modified', httpStatus: 304, items: 0, newItems: 0, error: null, durationMs: performance.now() - started }
    } else {
      const text = Buffer.from(answer.bytes).toString('utf8')
      if (!looksLikeFeed(text)) throw new Error(`not an RSS or Atom feed (HTTP ${answer.status}, ${answer.contentType ?? 'no content type'})`)
      const parsed = parseFeed(text, feed.url)
      const keyed = parsed.items.map((item) => ({ item, key: item.guid ?? canonicalUrl(item.link) ?? item.link }))
      const withKeys = keyed.filter((k): k is { item: (typeof keyed)[number]['item']; key: string } => k.key !== null)
      const fresh = await rememberFeedItems(store, feedId, withKeys.map((k) => ({ key: k.key, url: k.item.link })))
      const items = withKeys.filter((k) => fresh.has(k.key))
      try {
        await enqueueUrls(store, queue, items.map((k) => ({ ...k.item, feed: feed.url, feedTitle: parsed.title })))
      } catch (error) {
        // Not enqueued: not seen either, so that the next poll tries them again.
        await forgetFeedItems(store, feedId, [...fresh])
        throw error
      }
      result = {
        status: 'ok',
        httpStatus: answer.status,
        items: parsed.items.length,
        newItems: items.length,
        error: null,
        durationMs: performance.now() - started,
        etag: answer.etag,
        lastModified: answer.lastModified,
        title: parsed.title,
      }
    }
  } catch (error) {
    result = { status: 'failed', httpStatus: null, items: 0, newItems: 0, error: String((error as Error)?.message ?? error), durationMs: performance.now() - started }
  }
  await recordFeedPoll(store, feedId, result)
  return result
}
