import { randomUUID } from 'node:crypto'
import { isCobelError, type ErrorCode } from '../domain/errors.js'
import type { SourceDocument } from '../domain/records.js'
import { startExtractPool, type ExtractPool } from '../ingest/extract-pool.js'
import type { AnalyzerSource } from '../ingest/load-analyzer.js'
import { parseInput, type InputFormat, type InputRecord } from '../input/parse-input.js'
import { canonicalUrl } from '../domain/urls.js'
import { documentIdOf } from '../store/document-id.js'
import type { Store } from '../store/open-store.js'
import { findingsOf, findStoredDocuments, saveDocuments, type DocumentToSave } from '../store/save-documents.js'

/** One text to ingest: a pasted article or an uploaded file. */
export interface IngestItem {
  /** File name, or a label for pasted text; decides the format when none is given. */
  readonly name: string
  readonly bytes: Uint8Array
  readonly format?: InputFormat
  /** Metadata typed next to pasted text; wins over what the text itself says. */
  readonly meta?: Partial<Pick<SourceDocument, 'title' | 'url' | 'outlet' | 'publishedAt' | 'lang'>>
}

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const
export type JobState = (typeof JOB_STATES)[number]

export interface IngestJob {
  readonly id: string
  state: JobState
  readonly createdBy: string
  readonly createdAt: string
  finishedAt: string | null
  /** Documents read from the items, analysed, stored, and skipped as already stored. */
  readonly progress: { read: number; analysed: number; stored: number; skipped: number; failed: number }
  readonly documents: { id: string; title: string | null; origin: string; outcome: 'stored' | 'skipped'; claims: number; quotes: number }[]
  readonly failures: { origin: string; code: ErrorCode; message: string }[]
  error: { code: ErrorCode; message: string } | null
}

export interface IngestQueue {
  submit(items: readonly IngestItem[], user: string): IngestJob
  get(id: string): IngestJob | undefined
  list(): IngestJob[]
  close(): Promise<void>
}

export interface IngestQueueOptions {
  readonly store: Store
  readonly analyzer?: AnalyzerSource
  /** Extraction worker threads (0: in the server's thread). */
  readonly jobs?: number
  /** Called after documents were stored, so cached readings are dropped. */
  readonly onStored?: () => void
  /** Finished jobs kept for polling. */
  readonly keep?: number
}

/**
 * Ingest jobs run one after another (PGlite has one session; on PostgreSQL it keeps the
 * server responsive): each job parses its items, skips what is stored, analyses the rest and
 * stores everything in one transaction. Progress is read by polling the job.
 */
export function createIngestQueue(options: IngestQueueOptions): IngestQueue {
  const jobs = new Map<string, IngestJob>()
  let chain: Promise<void> = Promise.resolve()
  let pool: Promise<ExtractPool> | null = null
  const poolOf = (): Promise<ExtractPool> => (pool ??= startExtractPool(options.jobs ?? 0, options.analyzer))

  const forget = (): void => {
    const finished = [...jobs.values()].filter((job) => job.state === 'done' || job.state === 'failed')
    for (const job of finished.slice(0, Math.max(0, finished.length - (options.keep ?? 100)))) jobs.delete(job.id)
  }

  return {
    submit(items, user) {
      const job: IngestJob = {
        id: randomUUID(),
        state: 'queued',
        createdBy: user,
        createdAt: new Date().toISOString(),
        finishedAt: null,
        progress: { read: 0, analysed: 0, stored: 0, skipped: 0, failed: 0 },
        documents: [],
        failures: [],
        error: null,
      }
      jobs.set(job.id, job)
      chain = chain.then(() => runJob(job, items, options, poolOf)).finally(forget)
      return job
    },
    get: (id) => jobs.get(id),
    list: () => [...jobs.values()].reverse(),
    async close() {
      await chain.catch(() => undefined)
      if (pool) await (await pool).close()
    },
  }
}

async function runJob(job: IngestJob, items: readonly IngestItem[], options: IngestQueueOptions, poolOf: () => Promise<ExtractPool>): Promise<void> {
  job.state = 'running'
  try {
    const records = items.flatMap((item) => readItem(item, job))
    job.progress.read = records.length
    const pool = await poolOf()
    const keyed = records.map((record) => ({ record, id: documentIdOf(record.document.text), url: canonicalUrl(record.document.url) }))
    const stored = await findStoredDocuments(options.store.db, {
      ids: keyed.map((k) => k.id),
      canonicalUrls: keyed.flatMap((k) => (k.url ? [k.url] : [])),
      rawSha256s: keyed.map((k) => k.record.rawSha256),
    })
    const seen = new Set<string>()
    const toSave: DocumentToSave[] = []
    for (const { record, id, url } of keyed) {
      if (stored.ids.has(id) || stored.rawSha256s.has(record.rawSha256) || (url && stored.canonicalUrls.has(url)) || seen.has(id)) {
        job.progress.skipped++
        job.documents.push({ id, title: record.document.title ?? null, origin: record.origin, outcome: 'skipped', claims: 0, quotes: 0 })
        continue
      }
      seen.add(id)
      try {
        const analysis = await pool.analyze({ ...record.document, id })
        job.progress.analysed++
        toSave.push({
          id,
          analysis,
          sourceId: record.document.id,
          source: record.origin,
          sourceFormat: record.format,
          rawSha256: record.rawSha256,
          capturedAt: new Date(),
          url: record.document.url ?? null,
          canonicalUrl: url,
          outlet: record.document.outlet ?? null,
          publishedAt: record.document.publishedAt ?? null,
          dataVersion: pool.dataVersion,
          warnings: record.warnings,
        })
      } catch (error) {
        fail(job, record.origin, error)
      }
    }
    const result = await saveDocuments(options.store, toSave)
    const inserted = new Set(result.inserted)
    for (const doc of toSave) {
      const outcome = inserted.has(doc.id) ? 'stored' : 'skipped'
      job.progress[outcome]++
      job.documents.push({ id: doc.id, title: doc.analysis.title, origin: doc.source, outcome, ...findingsOf(doc) })
    }
    if (inserted.size) options.onStored?.()
    job.state = 'done'
  } catch (error) {
    job.state = 'failed'
    job.error = { code: isCobelError(error) ? error.code : 'ERR_INTERNAL', message: (error as Error)?.message ?? String(error) }
  } finally {
    job.finishedAt = new Date().toISOString()
  }
}

/** Parses one item into documents; unreadable parts become failures of the job. */
function readItem(item: IngestItem, job: IngestJob): InputRecord[] {
  const records: InputRecord[] = []
  for (const parsed of parseInput(item.bytes, { name: item.name, ...(item.format ? { format: item.format } : {}) })) {
    if (!parsed.ok) {
      job.failures.push({ ...parsed.problem })
      job.progress.failed++
      continue
    }
    const meta = Object.fromEntries(Object.entries(item.meta ?? {}).filter(([, value]) => value !== undefined && value !== ''))
    records.push({ ...parsed.record, document: { ...parsed.record.document, ...meta } })
  }
  return records
}

function fail(job: IngestJob, origin: string, error: unknown): void {
  job.failures.push({ origin, code: isCobelError(error) ? error.code : 'ERR_INTERNAL', message: (error as Error)?.message ?? String(error) })
  job.progress.failed++
}
