import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { isUrl } from '../ingest/fetch-url.js'
import type { IngestFailure } from '../ingest/ingest-sources.js'
import type { FeedItem } from '../ingest/parse-feed.js'
import { readSources, type ReadSourcesOptions } from '../ingest/read-sources.js'
import { canonicalUrl } from '../domain/urls.js'
import { documentIdOf, sha256Hex } from '../store/document-id.js'
import { takeDueFeeds } from '../store/feeds.js'
import type { Store } from '../store/open-store.js'
import { findStoredDocuments, chunks } from '../store/save-documents.js'
import { DOCUMENTS_PER_JOB, FEED_POLL_QUEUE, INGEST_QUEUE, QUEUE_SCHEMA, ingestJobInsert, type DocumentJob, type IngestJob, type JobQueue, type UrlJob } from './job-queue.js'

export interface EnqueueSummary {
  /** Documents read, URLs named and feed items found. */
  readonly read: number
  /** Documents and URLs enqueued. */
  readonly enqueued: number
  /** Jobs they make (documents go DOCUMENTS_PER_JOB a job). */
  readonly jobs: number
  /** The same document or URL is waiting in the queue already. */
  readonly alreadyQueued: number
  /** The same text, raw bytes or canonical URL is stored already. */
  readonly alreadyStored: number
  readonly failed: readonly IngestFailure[]
  readonly elapsedMs: number
}

export interface EnqueueOptions extends Pick<ReadSourcesOptions, 'format' | 'maxBytes'> {
  /** Seconds a worker may hold a job before it is taken as lost and retried (pg-boss expiry). */
  readonly jobTimeout?: number
  readonly signal?: AbortSignal
}

/** A feed item to enqueue: the item with the feed it came from. */
export type FeedItemToQueue = FeedItem & { readonly feed: string; readonly feedTitle: string | null }

interface Pending {
  readonly job: IngestJob
  readonly key: string
  readonly id?: string
  readonly rawSha256?: string
  readonly canonicalUrl: string | null
}

/**
 * `cobel ingest --queue`: reads files, folders, JSONL and standard input here and enqueues each
 * document with its text (a worker on another machine cannot read this one's files); URLs are
 * enqueued as they are, for a worker to fetch, and a feed's items become one job each.
 * Documents and URLs already stored are counted, not enqueued.
 */
export async function enqueueSources(store: Store, queue: JobQueue, inputs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const started = Date.now()
  const failed: IngestFailure[] = []
  const totals = { read: 0, enqueued: 0, jobs: 0, alreadyQueued: 0, alreadyStored: 0 }
  let pending: Pending[] = []
  const flush = async (): Promise<void> => {
    const result = await insertJobs(store, queue, pending, options.jobTimeout)
    pending = []
    totals.enqueued += result.enqueued
    totals.jobs += result.jobs
    totals.alreadyQueued += result.alreadyQueued
    totals.alreadyStored += result.alreadyStored
  }
  const feedItems: FeedItemToQueue[] = []
  for (const input of inputs) {
    if (options.signal?.aborted) break
    if (isUrl(input)) {
      totals.read++
      pending.push(urlPending({ kind: 'url', url: input }))
      continue
    }
    for await (const item of readSources([input], { format: options.format, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), onFeed: (feed, source) => void feedItems.push(...feed.items.map((i) => ({ ...i, feed: source, feedTitle: feed.title }))) })) {
      if (item.ok === 'known') continue
      if (!item.ok) {
        failed.push({ ...item.problem })
        continue
      }
      totals.read++
      const document = item.record.document
      const id = documentIdOf(document.text)
      const job: DocumentJob = {
        kind: 'document',
        origin: item.record.origin,
        format: item.record.format,
        rawSha256: item.record.rawSha256,
        capturedAt: item.capturedAt.toISOString(),
        url: item.url,
        canonicalUrl: item.canonicalUrl,
        warnings: item.record.warnings,
        document,
      }
      pending.push({ job, key: `doc:${id}`, id, rawSha256: item.record.rawSha256, canonicalUrl: item.canonicalUrl })
      if (pending.length >= 500) await flush()
      if (options.signal?.aborted) break
    }
  }
  totals.read += feedItems.length
  pending.push(...feedItems.map(feedItemPending))
  await flush()
  return { ...totals, failed, elapsedMs: Date.now() - started }
}

/** Enqueues feed items (one URL job each), skipping those whose page is stored already. */
export async function enqueueUrls(store: Store, queue: JobQueue, items: readonly FeedItemToQueue[]): Promise<InsertTotals> {
  return insertJobs(store, queue, items.map(feedItemPending))
}

/** The cron's task: one poll job for each feed that is due (a feed waits in the queue once). */
export async function enqueueFeedPolls(store: Store, queue: JobQueue): Promise<number> {
  const ids = await takeDueFeeds(store)
  if (ids.length) await queue.boss.insert(ids.map((feedId) => ({ name: FEED_POLL_QUEUE, data: { feedId }, singletonKey: `feed:${feedId}` })))
  return ids.length
}

function feedItemPending(item: FeedItemToQueue, index: number): Pending {
  const job: UrlJob = {
    kind: 'url',
    url: item.link ?? `${item.feed}#${item.guid ?? `item-${index + 1}`}`,
    item: { feed: item.feed, feedTitle: item.feedTitle, link: item.link, title: item.title, publishedAt: item.publishedAt, content: item.content, guid: item.guid },
  }
  return urlPending(job)
}

function urlPending(job: UrlJob): Pending {
  const canonical = job.item && !job.item.link ? null : canonicalUrl(job.url)
  return { job, key: `url:${canonical ?? job.url}`, canonicalUrl: canonical }
}

interface InsertTotals {
  enqueued: number
  jobs: number
  alreadyQueued: number
  alreadyStored: number
}

/**
 * Inserts jobs (500 a statement), leaving out what is stored already; documents go
 * DOCUMENTS_PER_JOB a job. Counts the documents and URLs whose job the queue held already.
 */
async function insertJobs(store: Store, queue: JobQueue, pending: readonly Pending[], timeout?: number): Promise<InsertTotals> {
  const totals = { enqueued: 0, jobs: 0, alreadyQueued: 0, alreadyStored: 0 }
  for (const part of chunks(pending, 500)) {
    const stored = await findStoredDocuments(store.db, {
      ids: part.flatMap((p) => (p.id ? [p.id] : [])),
      canonicalUrls: part.flatMap((p) => (p.canonicalUrl ? [p.canonicalUrl] : [])),
      rawSha256s: part.flatMap((p) => (p.rawSha256 ? [p.rawSha256] : [])),
    })
    const seen = new Set<string>()
    const unique: Pending[] = []
    for (const p of part) {
      if ((p.id && stored.ids.has(p.id)) || (p.rawSha256 && stored.rawSha256s.has(p.rawSha256)) || (p.canonicalUrl && stored.canonicalUrls.has(p.canonicalUrl))) totals.alreadyStored++
      else if (seen.has(p.key)) totals.alreadyQueued++
      else {
        seen.add(p.key)
        unique.push(p)
      }
    }
    if (unique.length === 0) continue
    // Documents together, a job per DOCUMENTS_PER_JOB, keyed by their ids: the same file enqueued twice makes the same keys.
    const documents = unique.filter((p) => p.job.kind === 'document')
    const grouped: { job: IngestJob; key: string; size: number }[] = unique.filter((p) => p.job.kind !== 'document').map((p) => ({ job: p.job, key: p.key, size: 1 }))
    for (const group of chunks(documents, DOCUMENTS_PER_JOB)) {
      if (group.length === 1) grouped.push({ job: group[0]!.job, key: group[0]!.key, size: 1 })
      else
        grouped.push({
          job: { kind: 'documents', documents: group.map((p) => { const { kind: _kind, ...doc } = p.job as DocumentJob; return doc }) },
          key: `docs:${sha256Hex(group.map((p) => p.key).join('\n'))}`,
          size: group.length,
        })
    }
    const inserts = grouped.map((g) => ingestJobInsert(g.job, g.key, randomUUID(), timeout))
    await queue.boss.insert(inserts)
    // pg-boss leaves out a job whose singleton key is already waiting: the ids that made it in tell which.
    const { rows } = await sql<{ id: string }>`
      select id::text as id from ${sql.id(QUEUE_SCHEMA)}.job where name = ${INGEST_QUEUE} and id = any(${sql.val(inserts.map((i) => i.id))}::uuid[])`.execute(store.db)
    const inserted = new Set(rows.map((r) => r.id))
    grouped.forEach((g, i) => {
      if (inserted.has(inserts[i]!.id!)) {
        totals.enqueued += g.size
        totals.jobs++
      } else totals.alreadyQueued += g.size
    })
  }
  return totals
}
