import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { CobelError, type ErrorCode } from '../domain/errors.js'
import type { Analysis, SourceDocument } from '../domain/records.js'
import { documentRowsOf, type DocumentRows } from '../store/document-rows.js'
import { ftsConfigFor } from '../store/fts-config-for.js'
import { analyzerOf, type Analyzer, type AnalyzerSource } from './load-analyzer.js'

/** An analysis with the store rows computed from it (for the document id given). */
export interface PreparedDocument {
  readonly analysis: Analysis
  readonly rows: DocumentRows
}

/** Runs the analyzer in this thread (jobs 0, or an analyzer instance) or in worker threads (jobs ≥ 1). */
export interface ExtractPool {
  analyze(doc: SourceDocument): Promise<Analysis>
  /** Analyses and computes the document's store rows, in the worker: the caller's thread is left to write. */
  prepare(doc: SourceDocument): Promise<PreparedDocument>
  readonly version: string
  readonly dataVersion: string
  /** Documents a caller may keep in flight to keep every worker busy. */
  readonly capacity: number
  close(): Promise<void>
}

export const defaultJobs = (): number => Math.max(1, Math.min(4, availableParallelism() - 1))

export async function startExtractPool(jobs: number, analyzer: AnalyzerSource = {}): Promise<ExtractPool> {
  if (jobs <= 0 || analyzer.instance) return inlinePool(analyzerOf(analyzer))
  const dataDir = analyzer.dataDir
  const workers = await Promise.all(Array.from({ length: jobs }, () => spawnWorker(dataDir)))
  let closed = false
  const run = (doc: SourceDocument, rows: boolean): Promise<WorkerResult> => {
    if (closed) return Promise.reject(new CobelError('ERR_INTERNAL', 'the extraction pool is closed'))
    // Least busy worker first; a worker that died is replaced on the spot.
    let index = 0
    for (let i = 1; i < workers.length; i++) if (workers[i]!.pending.size < workers[index]!.pending.size) index = i
    const slot = workers[index]!
    if (slot.dead) {
      return spawnWorker(dataDir).then((fresh) => {
        workers[index] = fresh
        return fresh.run(doc, rows)
      })
    }
    return slot.run(doc, rows)
  }
  const pool: ExtractPool = {
    version: workers[0]!.version,
    dataVersion: workers[0]!.dataVersion,
    capacity: jobs * 8,
    analyze: (doc) => run(doc, false).then((result) => result.analysis),
    prepare: (doc) => run(doc, true) as Promise<PreparedDocument>,
    async close() {
      closed = true
      await Promise.all(workers.map((w) => w.worker.terminate()))
    },
  }
  return pool
}

function inlinePool(analyzer: Analyzer): ExtractPool {
  let count = 0
  const analyze = async (doc: SourceDocument): Promise<Analysis> => {
    // Let I/O (database writes, progress) run between documents.
    if (++count % 16 === 0) await new Promise((resolve) => setImmediate(resolve))
    return analyzer.analyze(doc)
  }
  return {
    version: analyzer.version,
    dataVersion: analyzer.dataVersion,
    capacity: 1,
    analyze,
    async prepare(doc) {
      const analysis = await analyze(doc)
      return { analysis, rows: documentRowsOf(doc.id, analysis, ftsConfigFor(analysis.lang)) }
    },
    close: async () => undefined,
  }
}

interface WorkerResult {
  readonly analysis: Analysis
  readonly rows?: DocumentRows
}

interface WorkerSlot {
  readonly worker: Worker
  readonly version: string
  readonly dataVersion: string
  readonly pending: Map<number, { resolve(result: WorkerResult): void; reject(e: Error): void }>
  dead: boolean
  run(doc: SourceDocument, rows: boolean): Promise<WorkerResult>
}

/**
 * The worker entry (extract-worker), found from dist/ingest/ and from the bundle in dist/bundle/
 * alike; from the sources (tsx, vitest) a small module registers tsx in the worker and imports
 * extract-worker.ts.
 */
function workerFor(dataDir: string | undefined): Worker {
  const fromSource = import.meta.url.endsWith('.ts')
  const entry = new URL(fromSource ? '../ingest/extract-worker-from-source.mjs' : '../ingest/extract-worker.js', import.meta.url)
  return new Worker(entry, { workerData: { dataDir }, ...(fromSource ? { execArgv: [] } : {}) })
}

let nextId = 0

function spawnWorker(dataDir: string | undefined): Promise<WorkerSlot> {
  return new Promise((resolveReady, rejectReady) => {
    const worker = workerFor(dataDir)
    const pending: WorkerSlot['pending'] = new Map()
    let ready = false
    const slot: WorkerSlot = {
      worker,
      version: '',
      dataVersion: '',
      pending,
      dead: false,
      run(doc, rows) {
        const id = ++nextId
        return new Promise<WorkerResult>((resolve, reject) => {
          pending.set(id, { resolve, reject })
          worker.postMessage({ id, doc, rows })
        })
      },
    }
    const fail = (error: Error): void => {
      slot.dead = true
      for (const { reject } of pending.values()) reject(error)
      pending.clear()
      if (!ready) rejectReady(error)
    }
    worker.on('message', (message: { ready?: boolean; version?: string; dataVersion?: string; id?: number; analysis?: Analysis; rows?: DocumentRows; error?: { code: string; message: string } }) => {
      if (message.ready !== undefined) {
        if (!message.ready) return fail(new CobelError((message.error?.code ?? 'ERR_INTERNAL') as ErrorCode, message.error?.message ?? 'the worker failed to start'))
        ready = true
        Object.assign(slot, { version: message.version, dataVersion: message.dataVersion })
        return resolveReady(slot)
      }
      const job = pending.get(message.id!)
      if (!job) return
      pending.delete(message.id!)
      if (message.error) job.reject(new CobelError(message.error.code as ErrorCode, message.error.message))
      else job.resolve({ analysis: message.analysis!, rows: message.rows })
    })
    worker.on('error', (error) => fail(new CobelError('ERR_INTERNAL', `extraction worker crashed: ${error.message}`)))
    worker.on('exit', (code) => fail(new CobelError('ERR_INTERNAL', `extraction worker exited (${code})`)))
  })
}
