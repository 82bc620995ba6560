import PgBoss from 'pg-boss'
import { CobelError } from '../domain/errors.js'
import type { SourceDocument } from '../domain/records.js'
import type { Store } from '../store/open-store.js'

/** Documents, URLs and feed items to read, extract and store: one job each. */
export const INGEST_QUEUE = 'cobel-ingest'
/** One poll of one watched feed. */
export const FEED_POLL_QUEUE = 'cobel-feed-poll'
/** Sent by the queue's cron every minute: enqueues a poll for every feed that is due. */
export const FEEDS_DUE_QUEUE = 'cobel-feeds-due'
export const QUEUE_NAMES = [INGEST_QUEUE, FEED_POLL_QUEUE, FEEDS_DUE_QUEUE] as const
export type QueueName = (typeof QUEUE_NAMES)[number]

/** pg-boss keeps its tables in this schema of the store's own database. */
export const QUEUE_SCHEMA = 'pgboss'

/** Seconds after which an active job whose worker went silent (killed, cut off) is failed and retried. */
export const DEFAULT_JOB_TIMEOUT = 300

/** What one ingest job carries: a document read by `cobel ingest --queue`, or a URL for the worker to fetch. */
export type IngestJob = DocumentJob | DocumentsJob | UrlJob

/** A document as enqueued: the text with what the store keeps about its capture. */
export interface QueuedDocument {
  /** File, file:line, or URL the document was read from. */
  readonly origin: string
  readonly format: string
  readonly rawSha256: string
  /** ISO time of capture. */
  readonly capturedAt: string
  readonly url: string | null
  readonly canonicalUrl: string | null
  readonly warnings: readonly string[]
  readonly document: SourceDocument
}

export interface DocumentJob extends QueuedDocument {
  readonly kind: 'document'
}

/**
 * Documents read by one `ingest --queue`, up to DOCUMENTS_PER_JOB a job: the queue's own cost
 * (a row, its index entries and two updates per job) is then shared by all of them.
 */
export interface DocumentsJob {
  readonly kind: 'documents'
  readonly documents: readonly QueuedDocument[]
}

export const DOCUMENTS_PER_JOB = 25

export interface UrlJob {
  readonly kind: 'url'
  readonly url: string
  /** Set for an item of a feed: its defaults and its content, used when the page cannot be reached. */
  readonly item?: {
    readonly feed: string
    readonly feedTitle: string | null
    /** The item's link; null when the feed carries only its content (`url` then names the item within the feed). */
    readonly link: string | null
    readonly title: string | null
    readonly publishedAt: string | null
    readonly content: string | null
    readonly guid: string | null
  }
}

export interface FeedPollJob {
  readonly feedId: number
}

export interface JobQueue {
  readonly boss: PgBoss
  /** The last error pg-boss reported from its own background work (polling, maintenance). */
  lastError(): Error | null
  close(): Promise<void>
}

export interface OpenQueueOptions {
  /**
   * A worker: runs the cron (feed polling) and the maintenance that fails and retries the
   * jobs of workers that went silent. Commands that only enqueue or read leave both off.
   */
  readonly worker?: boolean
  /** Connections pg-boss may open (default 4). */
  readonly connections?: number
}

/**
 * The job queue of a PostgreSQL store (pg-boss, in schema `pgboss` of the same database):
 * created and migrated on first use, its three queues with their retry and expiry policies.
 * PGlite has one session inside one process: there is nothing to share a queue with.
 */
export async function openJobQueue(store: Store, databaseUrl: string | undefined, options: OpenQueueOptions = {}): Promise<JobQueue> {
  if (store.engine !== 'postgres' || !databaseUrl) throw queueNeedsPostgres()
  const worker = options.worker ?? false
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: QUEUE_SCHEMA,
    max: options.connections ?? 4,
    application_name: worker ? 'cobel-worker' : 'cobel',
    schedule: worker,
    supervise: worker,
    // Maintenance (expiring the jobs of silent workers) runs every 15 s somewhere among the workers.
    maintenanceIntervalSeconds: 15,
    // Finished jobs stay an hour in the job table (cobel queue counts them), then a week in the archive.
    archiveCompletedAfterSeconds: 3600,
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 7,
  })
  let last: Error | null = null
  // Background errors (the server restarting, a lost connection) are retried by pg-boss itself.
  boss.on('error', (error) => void (last = error))
  try {
    await boss.start()
    await ensureQueues(boss)
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined)
    throw new CobelError('ERR_STORE', `cannot start the job queue: ${(error as Error).message}`)
  }
  return {
    boss,
    lastError: () => last,
    close: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => undefined),
  }
}

export function queueNeedsPostgres(): CobelError {
  return new CobelError(
    'ERR_USAGE',
    'the job queue lives in a PostgreSQL store: set DATABASE_URL (and no --data). With PGlite, `cobel ingest SOURCES` ingests in this process.',
  )
}

const QUEUE_OPTIONS: Readonly<Record<QueueName, PgBoss.Queue>> = {
  // 'short': a document or URL waits in the queue once, however often it is enqueued.
  [INGEST_QUEUE]: { name: INGEST_QUEUE, policy: 'short', retryLimit: 3, retryDelay: 2, retryBackoff: true, expireInSeconds: DEFAULT_JOB_TIMEOUT },
  [FEED_POLL_QUEUE]: { name: FEED_POLL_QUEUE, policy: 'short', retryLimit: 0, expireInSeconds: 120 },
  [FEEDS_DUE_QUEUE]: { name: FEEDS_DUE_QUEUE, policy: 'short', retryLimit: 0, expireInSeconds: 60 },
}

async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const name of QUEUE_NAMES) {
    if (await boss.getQueue(name)) continue
    try {
      await boss.createQueue(name, QUEUE_OPTIONS[name])
    } catch (error) {
      // Another process created it at the same moment.
      if (!(await boss.getQueue(name))) throw error
    }
  }
}

/** One ingest job for pg-boss: the singleton key keeps one copy of a document or URL waiting. */
export function ingestJobInsert(job: IngestJob, key: string, id: string, timeoutSeconds?: number): PgBoss.JobInsert<IngestJob> {
  return { id, name: INGEST_QUEUE, data: job, singletonKey: key, ...(timeoutSeconds ? { expireInSeconds: timeoutSeconds } : {}) }
}
