import type { Analyzer } from '../domain/analyzer.js'
import { loadKnowledge } from '../load/load-knowledge.js'
import { analyzeDocument } from '../pipeline/analyze-document.js'
import { EXTRACTOR_VERSION } from '../pipeline/version.js'

export type { Analyzer } from '../domain/analyzer.js'

/**
 * Which analyzer a command or the server runs. By default the project's pipeline with the
 * knowledge folder given (worker threads load the same one each); an `instance` (a test's, another
 * front end's) is an object and cannot cross threads, so it runs in the calling thread.
 */
export interface AnalyzerSource {
  /** Knowledge data folder for the project's analyzer; default: the folder that ships with cobel. */
  readonly dataDir?: string
  /** An analyzer to run as it is, in the calling thread, instead of the project's. */
  readonly instance?: Analyzer
}

/** The project's pipeline with its knowledge loaded once (call it once per thread). */
export function loadProjectAnalyzer(dataDir?: string): Analyzer {
  const knowledge = loadKnowledge(dataDir)
  return {
    analyze: (doc) => analyzeDocument(doc, knowledge),
    version: EXTRACTOR_VERSION,
    dataVersion: knowledge.version || EXTRACTOR_VERSION,
  }
}

/** The analyzer a source names, loaded in this thread. */
export function analyzerOf(source: AnalyzerSource = {}): Analyzer {
  return source.instance ?? loadProjectAnalyzer(source.dataDir)
}
