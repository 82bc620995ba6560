import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { CompiledQuery, sql, type Transaction } from 'kysely'
import type PgBoss from 'pg-boss'
import { isCobelError, type ErrorCode } from '../domain/errors.js'
import { startExtractPool, type ExtractPool } from '../ingest/extract-pool.js'
import type { FetchOptions } from '../ingest/fetch-url.js'
import type { AnalyzerSource } from '../ingest/load-analyzer.js'
import { readFeedItem, readSources, type SourceItem } from '../ingest/read-sources.js'
import { refreshClaimTallies } from '../store/claim-tallies.js'
import { documentIdOf } from '../store/document-id.js'
import type { Database } from '../store/database.js'
import type { Store } from '../store/open-store.js'
import { optimizeStore } from '../store/optimize-store.js'
import { findingsOf, findStoredDocuments, saveDocuments, type DocumentToSave } from '../store/save-documents.js'
import { enqueueFeedPolls, enqueueUrls, type FeedItemToQueue } from './enqueue-sources.js'
import { FEED_POLL_QUEUE, FEEDS_DUE_QUEUE, INGEST_QUEUE, QUEUE_SCHEMA, DOCUMENTS_PER_JOB, ingestJobInsert, type QueuedDocument, type FeedPollJob, type IngestJob, type JobQueue } from './job-queue.js'
import { pollFeed } from './poll-feed.js'
import { isQueueIdle } from './queue-status.js'
import { retryWhileDisconnected } from './retry-while-disconnected.js'

export interface WorkerOptions {
  /** Extraction worker threads (0: in this thread). */
  readonly concurrency: number
  /** Exit once no job is waiting, retrying or running in any queue. */
  readonly untilIdle?: boolean
  /** Documents taken at once (default 100), stored in one transaction. */
  readonly batchSize?: number
  /** Milliseconds between looks at an empty queue (default 1000). */
  readonly pollMs?: number
  readonly analyzer?: AnalyzerSource
  readonly fetch?: FetchOptions
  /** Stops taking jobs; those taken are finished. */
  readonly signal?: AbortSignal
  readonly onProgress?: (progress: WorkerProgress) => void
}

export interface WorkerProgress {
  readonly jobs: number
  readonly stored: number
  /** Already stored (same text or canonical URL), by an earlier run or another worker. */
  readonly skipped: number
  readonly failed: number
  readonly enqueued: number
  readonly feedsPolled: number
  readonly claims: number
  readonly quotes: number
  readonly elapsedMs: number
}

export interface WorkerSummary extends WorkerProgress {
  readonly extractor: string
  readonly dataVersion: string
  /** The last errors of failed jobs (at most 20). */
  readonly failures: readonly { readonly job: string; readonly subject: string; readonly code: ErrorCode; readonly message: string }[]
}

/** `final`: the document's own fault (unreadable, extraction throws): a retry would fail alike. */
type Failure = { code: ErrorCode; message: string; final?: boolean; item?: Extract<SourceItem, { ok: true }> }
type Outcome = { stored: true; id: string; claims: number; quotes: number } | { skipped: true; id?: string } | { enqueued: number } | { failed: Failure }

/**
 * Takes ingest jobs in batches (SKIP LOCKED: any number of workers on any number of machines
 * share them), reads what a URL job points to, extracts in worker threads and stores each
 * batch in one transaction, then marks the jobs done or failed. A document is stored once
 * whichever workers take it: the store's keys (text hash, canonical URL) decide, inside the
 * transaction. A worker killed mid-batch commits nothing of it; its jobs expire and are taken
 * again. A lost connection (the server restarting) is waited out and the batch written again.
 * Feed polls and the cron that schedules them run in the same process.
 */
export async function runWorker(store: Store, queue: JobQueue, options: WorkerOptions): Promise<WorkerSummary> {
  const started = Date.now()
  const boss = queue.boss
  const pool = await startExtractPool(options.concurrency, options.analyzer)
  const counts = { jobs: 0, stored: 0, skipped: 0, failed: 0, enqueued: 0, feedsPolled: 0, claims: 0, quotes: 0 }
  const failures: { job: string; subject: string; code: ErrorCode; message: string }[] = []
  const progress = (): void => options.onProgress?.({ ...counts, elapsedMs: Date.now() - started })
  const batchSize = options.batchSize ?? 100
  const pollMs = options.pollMs ?? 1000
  const knownOutlets = new Set<string>()
  let sinceOptimize = 0
  let tallied = true

  const fail = (job: string, subject: string, error: Failure): void => {
    counts.failed++
    failures.push({ job, subject, ...error })
    if (failures.length > 20) failures.shift()
  }

  // Feeds: the cron sends FEEDS_DUE_QUEUE every minute; its handler enqueues one poll per due feed.
  const workIds: string[] = []
  workIds.push(
    await boss.work<FeedPollJob>(FEED_POLL_QUEUE, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, pollMs / 1000) }, async ([job]) => {
      const result = await pollFeed(store, queue, job!.data.feedId, options.fetch)
      counts.feedsPolled++
      counts.enqueued += result.newItems
      progress()
      return result
    }),
    await boss.work(FEEDS_DUE_QUEUE, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, pollMs / 1000) }, async () => ({ polls: await enqueueFeedPolls(store, queue) })),
  )
  await boss.schedule(FEEDS_DUE_QUEUE, '* * * * *', {}, { singletonKey: 'cron' }).catch(() => undefined)

  const processBatch = async (jobs: PgBoss.Job<IngestJob>[]): Promise<void> => {
    // What became of each document of each job (a job of enqueued documents carries many).
    const results = new Map<string, Outcome[]>(jobs.map((job) => [job.id, []]))
    const record = (job: PgBoss.Job<IngestJob>, outcome: Outcome): void => void results.get(job.id)!.push(outcome)
    type Item = { job: PgBoss.Job<IngestJob>; item: Extract<SourceItem, { ok: true }> }
    const toSave: (Item & { doc: DocumentToSave })[] = []
    // 1. Sources: a document job carries its documents; a URL job is fetched (a feed becomes item jobs).
    const items: Item[] = []
    await forEachLimited(jobs, 8, async (job) => {
      try {
        for (const item of await sourceItemsOf(job.data, store, queue, options.fetch)) {
          if ('enqueued' in item) record(job, { enqueued: item.enqueued })
          else if (item.ok === true) items.push({ job, item })
          else if (item.ok === 'known') record(job, { skipped: true })
          else record(job, { failed: { code: item.problem.code, message: item.problem.message, final: item.problem.code !== 'ERR_FETCH_FAILED' } })
        }
      } catch (error) {
        record(job, { failed: errorOf(error) })
      }
    })
    // 2. Documents stored already (by anyone) or twice in this batch are done without extraction.
    const keyed = items.map((x) => ({ ...x, id: documentIdOf(x.item.record.document.text) }))
    const stored = await retryWhileDisconnected(() =>
      findStoredDocuments(store.db, {
        ids: keyed.map((k) => k.id),
        canonicalUrls: keyed.flatMap((k) => (k.item.canonicalUrl ? [k.item.canonicalUrl] : [])),
        rawSha256s: keyed.map((k) => k.item.record.rawSha256),
      }),
    )
    const seen = new Set<string>()
    const fresh = keyed.filter(({ job, item, id }) => {
      const url = item.canonicalUrl
      const duplicate = stored.ids.has(id) || stored.rawSha256s.has(item.record.rawSha256) || (url !== null && stored.canonicalUrls.has(url)) || seen.has(id) || (url !== null && seen.has(`url:${url}`))
      seen.add(id)
      if (url) seen.add(`url:${url}`)
      if (duplicate) record(job, { skipped: true, id })
      return !duplicate
    })
    // 3. Extraction in the worker threads; a document that makes it throw is failed, not retried.
    await Promise.all(
      fresh.map(async ({ job, item, id }) => {
        try {
          const prepared = await pool.prepare({ ...item.record.document, id })
          toSave.push({ job, item, doc: documentToSave(item, id, prepared, pool.dataVersion) })
        } catch (error) {
          record(job, { failed: { ...errorOf(error), final: true, item } })
        }
      }),
    )
    // 4. One transaction for the batch (sorted by id: two workers lock the same keys in the same
    // order), which also marks done the jobs whose documents it holds all: stored and done commit
    // together, or neither.
    const committed = new Set<string>()
    const pending = new Map<string, number>()
    for (const { job } of toSave) pending.set(job.id, (pending.get(job.id) ?? 0) + 1)
    toSave.sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0))
    const write = async (part: typeof toSave): Promise<void> => {
      if (part.length === 0) return
      const inPart = new Map<string, number>()
      for (const { job } of part) inPart.set(job.id, (inPart.get(job.id) ?? 0) + 1)
      const whole = [...inPart].filter(([id, n]) => n === pending.get(id) && !results.get(id)!.some((o) => 'failed' in o)).map(([id]) => id)
      try {
        const result = await retryWhileDisconnected(() =>
          saveDocuments(
            store,
            part.map((p) => p.doc),
            { knownOutlets, relaxedCommit: true, beforeCommit: async (trx) => void (await completeJobs(boss, whole, trx)) },
          ),
        )
        const inserted = new Set(result.inserted)
        for (const id of whole) committed.add(id)
        for (const { job, doc } of part) record(job, inserted.has(doc.id) ? { stored: true, id: doc.id, ...findingsOf(doc) } : { skipped: true, id: doc.id })
      } catch (error) {
        // One bad document costs only itself.
        if (part.length === 1) record(part[0]!.job, { failed: { ...errorOf(error), item: part[0]!.item } })
        else for (const p of part) await write([p])
      }
    }
    await write(toSave)
    // 5. Done and failed. A job of several documents is done once its good ones are stored; each
    // one that failed goes back to the queue as a job of its own, to fail there with its error.
    const done: string[] = []
    for (const job of jobs) {
      const outcomes = results.get(job.id)!
      if (outcomes.length === 0) outcomes.push({ failed: { code: 'ERR_INTERNAL', message: 'the job gave no document' } })
      const failed = outcomes.flatMap((o) => ('failed' in o ? [o.failed] : []))
      counts.jobs++
      if (failed.length && (job.data.kind !== 'documents' || outcomes.length === 1)) {
        const { final, item: _item, ...error } = failed[0]!
        fail(job.id, subjectOf(job.data), error)
        await retryWhileDisconnected(async () => {
          // No retries left: the job goes straight to failed, with its error, instead of failing again later.
          if (final && failed.every((f) => f.final)) await sql`update ${sql.id(QUEUE_SCHEMA)}.job set retry_limit = retry_count where name = ${INGEST_QUEUE} and id = ${job.id}::uuid`.execute(store.db)
          await boss.fail(INGEST_QUEUE, job.id, error)
        }).catch(() => undefined)
        continue
      }
      if (failed.length) {
        const alone = failed.flatMap((f, i) => (f.item ? [ingestJobInsert({ kind: 'document', ...queuedDocumentOf(f.item) }, `alone:${job.id}:${i}`, randomUUID())] : []))
        await retryWhileDisconnected(() => queue.boss.insert(alone)).catch(() => undefined)
        counts.enqueued += alone.length
      }
      if (!committed.has(job.id)) done.push(job.id)
      for (const outcome of outcomes) {
        if ('stored' in outcome) {
          counts.stored++
          counts.claims += outcome.claims
          counts.quotes += outcome.quotes
          sinceOptimize++
          tallied = false
        } else if ('skipped' in outcome) counts.skipped++
        else if ('enqueued' in outcome) counts.enqueued += outcome.enqueued
      }
    }
    if (done.length) await retryWhileDisconnected(() => completeJobs(boss, done)).catch(() => undefined)
    progress()
  }

  // Once the queue runs dry: planner statistics after a bulk write, and the legal engine's tallies —
  // at most every few minutes (a rebuild reads every claim: minutes on a store of millions) and
  // when the worker stops. Readers rebuild stale tallies themselves anyway.
  let lastSettled = Date.now()
  const settle = async (final = false): Promise<void> => {
    if (!final && Date.now() - lastSettled < SETTLE_EVERY_MS) return
    lastSettled = Date.now()
    if (sinceOptimize >= 100) {
      await optimizeStore(store).catch(() => undefined)
      sinceOptimize = 0
    }
    if (!tallied) {
      await refreshClaimTallies(store).catch(() => undefined)
      tallied = true
    }
  }

  // Two batches in flight: one in extraction while the other is written.
  const inflight = new Set<Promise<void>>()
  let perJob = DOCUMENTS_PER_JOB
  try {
    while (!options.signal?.aborted) {
      if (inflight.size >= 2) {
        await Promise.race(inflight)
        continue
      }
      let jobs: PgBoss.Job<IngestJob>[]
      try {
        // --batch-size counts documents: as many jobs as make about that many, judged by the last ones taken.
        jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: Math.max(1, Math.round(batchSize / perJob)) })
        if (jobs.length) perJob = jobs.reduce((n, j) => n + (j.data.kind === 'documents' ? j.data.documents.length : 1), 0) / jobs.length
      } catch {
        await sleep(pollMs)
        continue
      }
      if (jobs.length) {
        const task: Promise<void> = processBatch(jobs).finally(() => inflight.delete(task))
        inflight.add(task)
        continue
      }
      if (inflight.size) {
        await Promise.race(inflight)
        continue
      }
      await settle(options.untilIdle)
      if (options.untilIdle) {
        // Jobs of a worker that went silent are failed (and retried) once their time is up.
        await boss.expire().catch(() => undefined)
        if (await isQueueIdle(store).catch(() => false)) break
      }
      await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined)
    }
    await Promise.all(inflight)
    await settle(true)
  } finally {
    for (const id of workIds) await boss.offWork({ id }).catch(() => undefined)
    await pool.close()
  }
  return { ...counts, elapsedMs: Date.now() - started, extractor: pool.version, dataVersion: pool.dataVersion, failures }

  function documentToSave(item: Extract<SourceItem, { ok: true }>, id: string, prepared: Awaited<ReturnType<ExtractPool['prepare']>>, dataVersion: string): DocumentToSave {
    const doc = item.record.document
    return {
      id,
      analysis: prepared.analysis,
      rows: prepared.rows,
      sourceId: doc.id,
      source: item.record.origin,
      sourceFormat: item.record.format,
      rawSha256: item.record.rawSha256,
      capturedAt: item.capturedAt,
      url: item.url,
      canonicalUrl: item.canonicalUrl,
      outlet: doc.outlet ?? null,
      publishedAt: doc.publishedAt ?? null,
      dataVersion,
      warnings: item.record.warnings,
    }
  }
}

/** Least time between two rounds of statistics and tally rebuilds in a long-running worker. */
const SETTLE_EVERY_MS = 5 * 60_000

type JobSource = SourceItem | { readonly enqueued: number }

/** The documents a job stands for: its own, or the page at its URL; a feed URL becomes one job per item. */
async function sourceItemsOf(job: IngestJob, store: Store, queue: JobQueue, fetch?: FetchOptions): Promise<JobSource[]> {
  if (job.kind === 'document') return [sourceItemOf(job)]
  if (job.kind === 'documents') return job.documents.map(sourceItemOf)
  const isKnownUrl = async (canonical: string): Promise<boolean> => (await findStoredDocuments(store.db, { canonicalUrls: [canonical] })).canonicalUrls.size > 0
  if (job.item) {
    const { item } = job
    return readFeedItem({ guid: item.guid, link: item.link, title: item.title, publishedAt: item.publishedAt, content: item.content }, item.feedTitle, item.feed, 0, { fetch, isKnownUrl })
  }
  const out: JobSource[] = []
  const feedItems: FeedItemToQueue[] = []
  for await (const item of readSources([job.url], { fetch, isKnownUrl, onFeed: (feed, source) => void feedItems.push(...feed.items.map((i) => ({ ...i, feed: source, feedTitle: feed.title }))) })) out.push(item)
  if (feedItems.length) return [{ enqueued: (await enqueueUrls(store, queue, feedItems)).enqueued }]
  return out
}

/** Marks jobs done, within a transaction of the store when one is given (pg-boss runs its statement on it). */
function completeJobs(boss: PgBoss, ids: readonly string[], trx?: Transaction<Database>): Promise<unknown> {
  if (ids.length === 0) return Promise.resolve()
  const db = trx ? { executeSql: (text: string, values: unknown[]) => trx.executeQuery(CompiledQuery.raw(text, values)) as Promise<{ rows: unknown[] }> } : undefined
  return (boss.complete as (name: string, ids: string[], data?: object, options?: { db?: PgBoss.Db }) => Promise<unknown>)(INGEST_QUEUE, [...ids], undefined, db ? { db: db as PgBoss.Db } : {})
}

function sourceItemOf(doc: QueuedDocument): Extract<SourceItem, { ok: true }> {
  return {
    ok: true,
    record: { origin: doc.origin, format: doc.format as never, rawSha256: doc.rawSha256, warnings: [...doc.warnings], document: doc.document },
    capturedAt: new Date(doc.capturedAt),
    url: doc.url,
    canonicalUrl: doc.canonicalUrl,
  }
}

function queuedDocumentOf(item: Extract<SourceItem, { ok: true }>): QueuedDocument {
  return {
    origin: item.record.origin,
    format: item.record.format,
    rawSha256: item.record.rawSha256,
    capturedAt: item.capturedAt.toISOString(),
    url: item.url,
    canonicalUrl: item.canonicalUrl,
    warnings: item.record.warnings,
    document: item.record.document,
  }
}

function subjectOf(job: IngestJob): string {
  if (job.kind === 'document') return job.origin
  if (job.kind === 'documents') return `${job.documents.length} documents from ${job.documents[0]?.origin ?? '?'}`
  return job.url
}

function errorOf(error: unknown): { code: ErrorCode; message: string } {
  return { code: isCobelError(error) ? error.code : 'ERR_INTERNAL', message: String((error as Error)?.message ?? error) }
}

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!)
    }),
  )
}
