import type { Analysis, SourceDocument } from './records.js'

/**
 * What ingest, re-extraction and the job queue need from the analyzer: one pure function with its
 * knowledge loaded once. The project's own is `loadProjectAnalyzer` (src/ingest/load-analyzer.ts).
 */
export interface Analyzer {
  analyze(source: SourceDocument): Analysis
  /** EXTRACTOR_VERSION of the analyzer. */
  readonly version: string
  /** Version of the knowledge data (lexicons, actors) it was loaded with. */
  readonly dataVersion: string
}
