import { parentPort, workerData } from 'node:worker_threads'
import { ERROR_CODES } from '../domain/errors.js'
import type { SourceDocument } from '../domain/records.js'
import { documentRowsOf, packDocumentRows } from '../store/document-rows.js'
import { ftsConfigFor } from '../store/fts-config-for.js'
import { loadProjectAnalyzer } from './load-analyzer.js'

// One analyzer (and one copy of the knowledge) per worker, loaded before the first document.
// Only the project's analyzer runs in workers: an analyzer object cannot cross threads.
const port = parentPort!
try {
  const analyzer = loadProjectAnalyzer((workerData as { dataDir?: string }).dataDir)
  port.on('message', (message: { id: number; doc: SourceDocument; rows?: boolean }) => {
    try {
      const analysis = analyzer.analyze(message.doc)
      // The store rows are computed here too, off the thread that writes (see DocumentRows).
      if (!message.rows) return port.postMessage({ id: message.id, analysis })
      // The writing thread needs the document's own fields and the packed rows, not the findings as objects.
      const rows = packDocumentRows(documentRowsOf(message.doc.id, analysis, ftsConfigFor(analysis.lang)))
      port.postMessage({ id: message.id, analysis: { ...analysis, sentences: [], quotes: [], support: [] }, rows })
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
