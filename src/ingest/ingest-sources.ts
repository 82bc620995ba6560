import { isCobelError, type ErrorCode } from '../domain/errors.js'
import { documentIdOf } from '../store/document-id.js'
import type { Store } from '../store/open-store.js'
import { refreshClaimTallies } from '../store/claim-tallies.js'
import { optimizeStore } from '../store/optimize-store.js'
import { createNearDuplicateIndex, type NearDuplicateIndex } from '../store/near-duplicate-index.js'
import { findingsOf, findStoredDocuments, saveDocuments, type DocumentToSave } from '../store/save-documents.js'
import { defaultJobs, startExtractPool, type ExtractPool, type PreparedDocument } from './extract-pool.js'
import type { AnalyzerSource } from './load-analyzer.js'
import type { IngestProgress } from './progress-reporter.js'
import { readSources, type ReadSourcesOptions, type SourceItem } from './read-sources.js'

export interface IngestOptions extends ReadSourcesOptions {
  /** Extraction worker threads; 0 runs the analyzer in this thread. */
  readonly jobs?: number
  readonly analyzer?: AnalyzerSource
  /** An extraction pool to reuse (it is left open). */
  readonly pool?: ExtractPool
  /** Documents per transaction (default 100). */
  readonly batchSize?: number
  readonly onProgress?: (progress: IngestProgress) => void
  /** Stops reading new sources; what was read is still analysed and stored. */
  readonly signal?: AbortSignal
}

export interface IngestFailure {
  /** File, file:line, or URL. */
  readonly origin: string
  readonly code: ErrorCode
  readonly message: string
}

export interface IngestSummary {
  /** Documents read from the sources. */
  readonly read: number
  readonly ingested: number
  /** Already stored (same text or canonical URL), or repeated within this run. */
  readonly skipped: number
  readonly failed: readonly IngestFailure[]
  readonly claims: number
  readonly quotes: number
  /** Documents stored with warnings (fallback encoding, unreadable date…). */
  readonly warned: number
  readonly elapsedMs: number
  readonly extractor: string
  readonly dataVersion: string
  /** True when the run was stopped before all sources were read. */
  readonly interrupted: boolean
}

type Ok = Extract<SourceItem, { ok: true }>

/** Documents from which a run ends by refreshing index and planner statistics (about a second per 20,000 documents). */
const OPTIMIZE_AFTER = 100

/** What one run counts and remembers while it reads, analyses and stores. */
interface IngestRun {
  readonly started: number
  readonly counts: { read: number; ingested: number; skipped: number; claims: number; quotes: number; warned: number }
  readonly failures: IngestFailure[]
  /** Document ids and `url:`canonical URLs taken in this run. */
  readonly seen: Set<string>
  reading: boolean
  progress(): void
  fail(origin: string, error: unknown): void
}

/**
 * Reads sources, skips documents already stored, extracts claims and quotes (in worker threads
 * with jobs ≥ 1) and stores them in batches, each batch one transaction. A run that is killed
 * loses at most the batches not yet committed; the next run skips what was stored and goes on.
 */
export async function ingestSources(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const run = startRun(options.onProgress)
  const pool = options.pool ?? (await startExtractPool(options.jobs ?? defaultJobs(), options.analyzer))
  const batchSize = options.batchSize ?? 100
  const index = await createNearDuplicateIndex(store)
  const writer = batchWriter(store, batchSize, index, writerEventsOf(run))
  const dispatcher = startDispatcher(store, pool, writer, run, batchSize, index.storedBefore)
  let interrupted = false
  try {
    interrupted = await readAndDispatch(store, inputs, options, run, dispatcher.dispatch, batchSize)
    run.reading = false
    await dispatcher.drain()
    await writer.close()
    if (run.counts.ingested >= OPTIMIZE_AFTER) await optimizeStore(store)
    // The legal engine's summary is brought up to date now rather than by the next assessment.
    await refreshClaimTallies(store)
  } finally {
    writer.stop()
    if (!options.pool) await pool.close()
  }
  run.progress()
  return {
    ...run.counts,
    failed: run.failures,
    elapsedMs: Date.now() - run.started,
    extractor: pool.version,
    dataVersion: pool.dataVersion,
    interrupted,
  }
}

function startRun(onProgress: IngestOptions['onProgress']): IngestRun {
  const run: IngestRun = {
    started: Date.now(),
    counts: { read: 0, ingested: 0, skipped: 0, claims: 0, quotes: 0, warned: 0 },
    failures: [],
    seen: new Set<string>(),
    reading: true,
    progress: () =>
      onProgress?.({
        read: run.counts.read,
        ingested: run.counts.ingested,
        skipped: run.counts.skipped,
        failed: run.failures.length,
        reading: run.reading,
        elapsedMs: Date.now() - run.started,
      }),
    fail(origin, error) {
      run.failures.push({ origin, code: isCobelError(error) ? error.code : 'ERR_INTERNAL', message: messageOf(error, origin) })
      run.progress()
    },
  }
  return run
}

/** Counts what each batch stored (claims, quotes, documents with warnings) and what failed. */
function writerEventsOf(run: IngestRun): WriterEvents {
  return {
    stored(saved, duplicates) {
      run.counts.ingested += saved.length
      run.counts.skipped += duplicates
      for (const doc of saved) {
        const found = findingsOf(doc)
        run.counts.claims += found.claims
        run.counts.quotes += found.quotes
        if ((doc.warnings?.length ?? 0) + doc.analysis.warnings.length > 0) run.counts.warned++
      }
      run.progress()
    },
    failed: (doc, error) => run.fail(doc.source, error),
  }
}

/**
 * Reads the sources and hands what was read to `dispatch` a batch at a time; true when the run
 * was stopped by the signal before all sources were read.
 */
async function readAndDispatch(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions,
  run: IngestRun,
  dispatch: (items: Ok[]) => Promise<void>,
  batchSize: number,
): Promise<boolean> {
  let interrupted = false
  let pending: Ok[] = []
  let firstAt = 0
  const isKnownUrl = async (canonical: string): Promise<boolean> =>
    run.seen.has(`url:${canonical}`) || (await findStoredDocuments(store.db, { canonicalUrls: [canonical] })).canonicalUrls.size > 0
  for await (const item of readSources(inputs, { ...options, isKnownUrl })) {
    if (item.ok === 'known') {
      run.counts.read++
      run.counts.skipped++
      run.progress()
      continue
    }
    if (!item.ok) {
      run.failures.push({ ...item.problem })
      run.progress()
      continue
    }
    run.counts.read++
    pending.push(item)
    if (pending.length === 1) firstAt = Date.now()
    // Duplicates are looked up a batch at a time (at least 50), or sooner when the sources are slow (URLs).
    if (pending.length >= Math.max(50, batchSize) || Date.now() - firstAt > 250) {
      await dispatch(pending)
      pending = []
    }
    if (options.signal?.aborted) {
      interrupted = true
      break
    }
  }
  await dispatch(pending)
  return interrupted
}

/**
 * Passes over documents already stored or repeated in this run and sends the others to the
 * extraction pool, whose results go to the writer; `drain` waits for those in flight.
 */
function startDispatcher(store: Store, pool: ExtractPool, writer: BatchWriter, run: IngestRun, batchSize: number, storedBefore: boolean) {
  const inflight = new Set<Promise<void>>()
  // Workers keep analysing while this thread writes a batch (on PGlite the database runs in this
  // thread and a batch blocks it): a batch's worth of documents in flight keeps them busy.
  const window = pool.capacity > 1 ? Math.max(pool.capacity, batchSize) : pool.capacity
  // A PGlite folder has one writer (it is locked): when it held nothing at the start, what this
  // run stored is in `seen`, and asking the database (whose one session the writes hold) only stalls.
  const lookUp = storedBefore || store.engine !== 'pglite'
  const dispatch = async (items: Ok[]): Promise<void> => {
    if (items.length === 0) return
    const keyed = items.map((item) => ({ item, id: documentIdOf(item.record.document.text) }))
    let stored: StoredKeys = { ids: new Set<string>(), canonicalUrls: new Set<string>(), rawSha256s: new Set<string>() }
    try {
      if (lookUp)
        stored = await findStoredDocuments(store.db, {
          ids: keyed.map((k) => k.id),
          canonicalUrls: keyed.flatMap((k) => (k.item.canonicalUrl ? [k.item.canonicalUrl] : [])),
          rawSha256s: keyed.map((k) => k.item.record.rawSha256),
        })
    } catch (error) {
      for (const { item } of keyed) run.fail(item.record.origin, error)
      return
    }
    for (const { item, id } of keyed) {
      if (isDuplicate(item, id, stored, run.seen)) {
        run.counts.skipped++
        run.progress()
        continue
      }
      run.seen.add(id)
      if (item.canonicalUrl) run.seen.add(`url:${item.canonicalUrl}`)
      while (inflight.size >= window) await Promise.race(inflight)
      const task: Promise<void> = pool
        .prepare({ ...item.record.document, id })
        .then((prepared) => writer.add(documentToSave(item, id, prepared, pool.dataVersion)))
        .catch((error: unknown) => run.fail(item.record.origin, error))
        .finally(() => inflight.delete(task))
      inflight.add(task)
    }
  }
  return { dispatch, drain: (): Promise<unknown> => Promise.all(inflight) }
}

type StoredKeys = Awaited<ReturnType<typeof findStoredDocuments>>

/** Stored already (same id, raw bytes or canonical URL), or taken earlier in this run. */
function isDuplicate(item: Ok, id: string, stored: StoredKeys, seen: ReadonlySet<string>): boolean {
  const canonical = item.canonicalUrl
  return (
    stored.ids.has(id) ||
    stored.rawSha256s.has(item.record.rawSha256) ||
    (canonical !== null && stored.canonicalUrls.has(canonical)) ||
    seen.has(id) ||
    (canonical !== null && seen.has(`url:${canonical}`))
  )
}

/** The document read from a source, as the store saves it with its analysis and rows. */
export function documentToSave(item: Ok, id: string, { analysis, rows }: PreparedDocument, dataVersion: string): DocumentToSave {
  const doc = item.record.document
  return {
    id,
    analysis,
    rows,
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

interface WriterEvents {
  stored(saved: DocumentToSave[], duplicates: number): void
  failed(doc: DocumentToSave, error: unknown): void
}

/**
 * Collects analysed documents and writes them one batch per transaction. PGlite has one
 * session, so batches go one at a time; a PostgreSQL server computes two batches' text-search
 * vectors in parallel on two connections. A batch that fails is retried document by document,
 * so one bad document costs only itself. A timer flushes a partial batch so slow sources
 * still get stored as they come.
 */
type BatchWriter = ReturnType<typeof batchWriter>

function batchWriter(store: Store, size: number, index: NearDuplicateIndex, events: WriterEvents) {
  const lanes = store.engine === 'postgres' ? 2 : 1
  const knownOutlets = new Set<string>()
  let buffer: DocumentToSave[] = []
  const chains: Promise<void>[] = Array.from({ length: lanes }, () => Promise.resolve())
  let turn = 0
  let queued = 0
  let lastFlush = Date.now()
  const write = async (batch: DocumentToSave[]): Promise<void> => {
    try {
      const result = await saveDocuments(store, batch, { index, knownOutlets, relaxedCommit: true })
      const inserted = new Set(result.inserted)
      events.stored(batch.filter((d) => inserted.has(d.id)), result.duplicates.length)
    } catch (error) {
      if (batch.length === 1) return events.failed(batch[0]!, error)
      for (const doc of batch) await write([doc])
    }
  }
  const all = (): Promise<unknown> => Promise.all(chains)
  const flush = (): Promise<unknown> => {
    if (buffer.length === 0) return all()
    const batch = buffer
    buffer = []
    lastFlush = Date.now()
    queued++
    const lane = turn++ % lanes
    chains[lane] = chains[lane]!.then(() => write(batch)).finally(() => void queued--)
    return chains[lane]!
  }
  const timer = setInterval(() => {
    if (buffer.length && Date.now() - lastFlush >= 1000) void flush()
  }, 250)
  timer.unref()
  return {
    /** Resolves once the document is buffered; waits while every lane has a batch queued behind the one it writes. */
    async add(doc: DocumentToSave): Promise<void> {
      buffer.push(doc)
      if (buffer.length >= size) void flush()
      while (queued >= 2 * lanes) await Promise.race(chains)
    },
    async close(): Promise<void> {
      await flush()
      await all()
    },
    stop(): void {
      clearInterval(timer)
    },
  }
}

function messageOf(error: unknown, origin: string): string {
  return String((error as { message?: unknown })?.message ?? error).replace(`${origin}: `, '')
}
