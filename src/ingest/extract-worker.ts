import { parentPort, workerData } from 'node:worker_threads'
import { ERROR_CODES } from '../domain/errors.js'
import type { SourceDocument } from '../domain/records.js'
import { loadAnalyzer, type AnalyzerSource } from './load-analyzer.js'

// One analyzer (and one copy of the knowledge) per worker, loaded before the first document.
const port = parentPort!
try {
  const analyzer = await loadAnalyzer((workerData as { analyzer: AnalyzerSource }).analyzer)
  port.on('message', (message: { id: number; doc: SourceDocument }) => {
    try {
      port.postMessage({ id: message.id, analysis: analyzer.analyze(message.doc) })
    } catch (error) {
      port.postMessage({ id: message.id, error: describe(error) })
    }
  })
  port.postMessage({ ready: true, version: analyzer.version, dataVersion: analyzer.dataVersion })
} catch (error) {
  port.postMessage({ ready: false, error: describe(error) })
}

function describe(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown }
  return { code: (ERROR_CODES as readonly unknown[]).includes(e?.code) ? (e.code as string) : 'ERR_INTERNAL', message: String(e?.message ?? error) }
}
