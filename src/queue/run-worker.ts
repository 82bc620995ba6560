import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Transaction } from 'kysely'
import type PgBoss from 'pg-boss'
import { isCobelError, type ErrorCode } from '../domain/errors.js'
import { startExtractPool, type ExtractPool } from '../ingest/extract-pool.js'
import { documentToSave } from '../ingest/ingest-sources.js'
import type { FetchOptions } from '../ingest/fetch-url.js'
import type { AnalyzerSource } from '../ingest/load-analyzer.js'
import { readFeedItem, readSources, type SourceItem } from '../ingest/read-sources.js'
import { refreshClaimTallies } from '../store/claim-tallies.js'
import { documentIdOf } from '../store/document-id.js'
import type { Database } from '../store/database.js'
import type { Store } from '../store/open-store.js'
import { optimizeStore } from '../store/optimize-store.js'
import { exhaustJobRetries, statementRunnerOn } from '../store/queue-jobs.js'
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

type Ok = Extract<SourceItem, { ok: true }>
type Job = PgBoss.Job<IngestJob>
/** A document read from a job. */
type Item = { job: Job; item: Ok }
type ItemToSave = Item & { doc: DocumentToSave }

/** What one worker counts and remembers from job to job. */
interface WorkerRun {
  readonly store: Store
  readonly queue: JobQueue
  readonly options: WorkerOptions
  readonly pool: ExtractPool
  readonly started: number
  readonly counts: { jobs: number; stored: number; skipped: number; failed: number; enqueued: number; feedsPolled: number; claims: number; quotes: number }
  readonly failures: { job: string; subject: string; code: ErrorCode; message: string }[]
  readonly knownOutlets: Set<string>
  /** Documents stored since the planner statistics were last refreshed. */
  sinceOptimize: number
  /** False once a document was stored after the claim tallies were last rebuilt. */
  tallied: boolean
  progress(): void
  fail(job: string, subject: string, error: Failure): void
}

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
  const pool = await startExtractPool(options.concurrency, options.analyzer)
  const run = startRun(store, queue, options, pool)
  const workIds = await workOnFeeds(run)
  try {
    await takeJobs(run)
  } finally {
    for (const id of workIds) await queue.boss.offWork({ id }).catch(() => undefined)
    await pool.close()
  }
  return { ...run.counts, elapsedMs: Date.now() - run.started, extractor: pool.version, dataVersion: pool.dataVersion, failures: run.failures }
}

function startRun(store: Store, queue: JobQueue, options: WorkerOptions, pool: ExtractPool): WorkerRun {
  const run: WorkerRun = {
    store,
    queue,
    options,
    pool,
    started: Date.now(),
    counts: { jobs: 0, stored: 0, skipped: 0, failed: 0, enqueued: 0, feedsPolled: 0, claims: 0, quotes: 0 },
    failures: [],
    knownOutlets: new Set<string>(),
    sinceOptimize: 0,
    tallied: true,
    progress: () => options.onProgress?.({ ...run.counts, elapsedMs: Date.now() - run.started }),
    fail(job, subject, error) {
      run.counts.failed++
      run.failures.push({ job, subject, ...error })
      if (run.failures.length > 20) run.failures.shift()
    },
  }
  return run
}

/** Feeds: the cron sends FEEDS_DUE_QUEUE every minute; its handler enqueues one poll per due feed. The ids of the handlers. */
async function workOnFeeds(run: WorkerRun): Promise<string[]> {
  const { store, queue, options } = run
  const boss = queue.boss
  const pollingIntervalSeconds = Math.max(0.5, (options.pollMs ?? 1000) / 1000)
  const workIds: string[] = []
  workIds.push(
    await boss.work<FeedPollJob>(FEED_POLL_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
      const result = await pollFeed(store, queue, job!.data.feedId, options.fetch)
      run.counts.feedsPolled++
      run.counts.enqueued += result.newItems
      run.progress()
      return result
    }),
    await boss.work(FEEDS_DUE_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async () => ({ polls: await enqueueFeedPolls(store, queue) })),
  )
  await boss.schedule(FEEDS_DUE_QUEUE, '* * * * *', {}, { singletonKey: 'cron' }).catch(() => undefined)
  return workIds
}

/** Takes batches of jobs until stopped (or, with untilIdle, until every queue is idle), two batches in flight. */
async function takeJobs(run: WorkerRun): Promise<void> {
  const { options } = run
  const boss = run.queue.boss
  const batchSize = options.batchSize ?? 100
  const pollMs = options.pollMs ?? 1000
  const settle = settler(run)
  // Two batches in flight: one in extraction while the other is written.
  const inflight = new Set<Promise<void>>()
  let perJob = DOCUMENTS_PER_JOB
  while (!options.signal?.aborted) {
    if (inflight.size >= 2) {
      await Promise.race(inflight)
      continue
    }
    let jobs: Job[]
    try {
      // --batch-size counts documents: as many jobs as make about that many, judged by the last ones taken.
      jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: Math.max(1, Math.round(batchSize / perJob)) })
      if (jobs.length) perJob = jobs.reduce((n, j) => n + (j.data.kind === 'documents' ? j.data.documents.length : 1), 0) / jobs.length
    } catch {
      await sleep(pollMs)
      continue
    }
    if (jobs.length) {
      const task: Promise<void> = processBatch(run, jobs).finally(() => inflight.delete(task))
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
      if (await isQueueIdle(run.store).catch(() => false)) break
    }
    await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined)
  }
  await Promise.all(inflight)
  await settle(true)
}

/**
 * Once the queue runs dry: planner statistics after a bulk write, and the legal engine's tallies —
 * at most every few minutes (a rebuild reads every claim: minutes on a store of millions) and
 * when the worker stops. Readers rebuild stale tallies themselves anyway.
 */
function settler(run: WorkerRun): (final?: boolean) => Promise<void> {
  let lastSettled = Date.now()
  return async (final = false) => {
    if (!final && Date.now() - lastSettled < SETTLE_EVERY_MS) return
    lastSettled = Date.now()
    if (run.sinceOptimize >= 100) {
      await optimizeStore(run.store).catch(() => undefined)
      run.sinceOptimize = 0
    }
    if (!run.tallied) {
      await refreshClaimTallies(run.store).catch(() => undefined)
      run.tallied = true
    }
  }
}

/** What became of each document of each job (a job of enqueued documents carries many), by job id. */
class BatchOutcomes {
  readonly byJob: Map<string, Outcome[]>
  constructor(jobs: readonly Job[]) {
    this.byJob = new Map(jobs.map((job) => [job.id, []]))
  }
  record(job: Job, outcome: Outcome): void {
    this.of(job.id).push(outcome)
  }
  of(jobId: string): Outcome[] {
    const outcomes = this.byJob.get(jobId)
    if (!outcomes) throw new Error(`job ${jobId} is not of this batch`)
    return outcomes
  }
}

async function processBatch(run: WorkerRun, jobs: Job[]): Promise<void> {
  const outcomes = new BatchOutcomes(jobs)
  const items = await readJobs(run, jobs, outcomes)
  const fresh = await skipStored(run, items, outcomes)
  const toSave = await extract(run, fresh, outcomes)
  const committed = await writeBatch(run, toSave, outcomes)
  await settleJobs(run, jobs, outcomes, committed)
}

/** 1. Sources: a document job carries its documents; a URL job is fetched (a feed becomes item jobs). */
async function readJobs(run: WorkerRun, jobs: readonly Job[], outcomes: BatchOutcomes): Promise<Item[]> {
  const items: Item[] = []
  await forEachLimited(jobs, 8, async (job) => {
    try {
      for (const item of await sourceItemsOf(job.data, run.store, run.queue, run.options.fetch)) {
        if ('enqueued' in item) outcomes.record(job, { enqueued: item.enqueued })
        else if (item.ok === true) items.push({ job, item })
        else if (item.ok === 'known') outcomes.record(job, { skipped: true })
        else outcomes.record(job, { failed: { code: item.problem.code, message: item.problem.message, final: item.problem.code !== 'ERR_FETCH_FAILED' } })
      }
    } catch (error) {
      outcomes.record(job, { failed: errorOf(error) })
    }
  })
  return items
}

/** 2. Documents stored already (by anyone) or twice in this batch are done without extraction. */
async function skipStored(run: WorkerRun, items: readonly Item[], outcomes: BatchOutcomes): Promise<(Item & { id: string })[]> {
  const keyed = items.map((x) => ({ ...x, id: documentIdOf(x.item.record.document.text) }))
  const stored = await retryWhileDisconnected(() =>
    findStoredDocuments(run.store.db, {
      ids: keyed.map((k) => k.id),
      canonicalUrls: keyed.flatMap((k) => (k.item.canonicalUrl ? [k.item.canonicalUrl] : [])),
      rawSha256s: keyed.map((k) => k.item.record.rawSha256),
    }),
  )
  const seen = new Set<string>()
  return keyed.filter(({ job, item, id }) => {
    const url = item.canonicalUrl
    const duplicate = stored.ids.has(id) || stored.rawSha256s.has(item.record.rawSha256) || (url !== null && stored.canonicalUrls.has(url)) || seen.has(id) || (url !== null && seen.has(`url:${url}`))
    seen.add(id)
    if (url) seen.add(`url:${url}`)
    if (duplicate) outcomes.record(job, { skipped: true, id })
    return !duplicate
  })
}

/** 3. Extraction in the worker threads; a document that makes it throw is failed, not retried. */
async function extract(run: WorkerRun, fresh: readonly (Item & { id: string })[], outcomes: BatchOutcomes): Promise<ItemToSave[]> {
  const toSave: ItemToSave[] = []
  await Promise.all(
    fresh.map(async ({ job, item, id }) => {
      try {
        const prepared = await run.pool.prepare({ ...item.record.document, id })
        toSave.push({ job, item, doc: documentToSave(item, id, prepared, run.pool.dataVersion) })
      } catch (error) {
        outcomes.record(job, { failed: { ...errorOf(error), final: true, item } })
      }
    }),
  )
  return toSave
}

/**
 * 4. One transaction for the batch (sorted by id: two workers lock the same keys in the same
 * order), which also marks done the jobs whose documents it holds all: stored and done commit
 * together, or neither. The ids of the jobs so marked.
 */
async function writeBatch(run: WorkerRun, toSave: ItemToSave[], outcomes: BatchOutcomes): Promise<Set<string>> {
  const committed = new Set<string>()
  const pending = new Map<string, number>()
  for (const { job } of toSave) pending.set(job.id, (pending.get(job.id) ?? 0) + 1)
  toSave.sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0))
  const write = async (part: readonly ItemToSave[]): Promise<void> => {
    if (part.length === 0) return
    const inPart = new Map<string, number>()
    for (const { job } of part) inPart.set(job.id, (inPart.get(job.id) ?? 0) + 1)
    const whole = [...inPart].filter(([id, n]) => n === pending.get(id) && !outcomes.of(id).some((o) => 'failed' in o)).map(([id]) => id)
    try {
      const result = await retryWhileDisconnected(() =>
        saveDocuments(
          run.store,
          part.map((p) => p.doc),
          { knownOutlets: run.knownOutlets, relaxedCommit: true, beforeCommit: async (trx) => void (await completeJobs(run.queue.boss, whole, trx)) },
        ),
      )
      const inserted = new Set(result.inserted)
      for (const id of whole) committed.add(id)
      for (const { job, doc } of part) outcomes.record(job, inserted.has(doc.id) ? { stored: true, id: doc.id, ...findingsOf(doc) } : { skipped: true, id: doc.id })
    } catch (error) {
      // One bad document costs only itself.
      const [only] = part
      if (part.length === 1 && only) outcomes.record(only.job, { failed: { ...errorOf(error), item: only.item } })
      else for (const p of part) await write([p])
    }
  }
  await write(toSave)
  return committed
}

/**
 * 5. Done and failed. A job of several documents is done once its good ones are stored; each
 * one that failed goes back to the queue as a job of its own, to fail there with its error.
 */
async function settleJobs(run: WorkerRun, jobs: readonly Job[], outcomes: BatchOutcomes, committed: ReadonlySet<string>): Promise<void> {
  const done: string[] = []
  for (const job of jobs) {
    const settled = await settleJob(run, job, outcomes.of(job.id))
    if (settled && !committed.has(job.id)) done.push(job.id)
  }
  if (done.length) await retryWhileDisconnected(() => completeJobs(run.queue.boss, done)).catch(() => undefined)
  run.progress()
}

/** Counts one job's outcomes, fails it or sends its failed documents back alone; true when the job is done. */
async function settleJob(run: WorkerRun, job: Job, outcomes: Outcome[]): Promise<boolean> {
  const { counts } = run
  if (outcomes.length === 0) outcomes.push({ failed: { code: 'ERR_INTERNAL', message: 'the job gave no document' } })
  const failed = outcomes.flatMap((o) => ('failed' in o ? [o.failed] : []))
  counts.jobs++
  const [first] = failed
  if (first && (job.data.kind !== 'documents' || outcomes.length === 1)) {
    const { final, item: _item, ...error } = first
    run.fail(job.id, subjectOf(job.data), error)
    await retryWhileDisconnected(async () => {
      // No retries left: the job goes straight to failed, with its error, instead of failing again later.
      if (final && failed.every((f) => f.final)) await exhaustJobRetries(run.store.db, QUEUE_SCHEMA, INGEST_QUEUE, job.id)
      await run.queue.boss.fail(INGEST_QUEUE, job.id, error)
    }).catch(() => undefined)
    return false
  }
  if (failed.length) {
    const alone = failed.flatMap((f, i) => (f.item ? [ingestJobInsert({ kind: 'document', ...queuedDocumentOf(f.item) }, `alone:${job.id}:${i}`, randomUUID())] : []))
    await retryWhileDisconnected(() => run.queue.boss.insert(alone)).catch(() => undefined)
    counts.enqueued += alone.length
  }
  for (const outcome of outcomes) {
    if ('stored' in outcome) {
      counts.stored++
      counts.claims += outcome.claims
      counts.quotes += outcome.quotes
      run.sinceOptimize++
      run.tallied = false
    } else if ('skipped' in outcome) counts.skipped++
    else if ('enqueued' in outcome) counts.enqueued += outcome.enqueued
  }
  return true
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
  const db = trx ? statementRunnerOn(trx) : undefined
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
