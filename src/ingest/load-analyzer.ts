import { CobelError } from '../domain/errors.js'
import type { Analysis, SourceDocument } from '../domain/records.js'

/** What ingest needs from the analyzer: one pure function with its knowledge loaded once. */
export interface Analyzer {
  analyze(source: SourceDocument): Analysis
  /** EXTRACTOR_VERSION of the analyzer. */
  readonly version: string
  /** Version of the knowledge data (lexicons, actors) it was loaded with. */
  readonly dataVersion: string
}

/**
 * Where the analyzer comes from. By default the project's own pipeline; tests and other
 * front ends may name a module that exports `analyzeDocument`, `loadKnowledge` and
 * `EXTRACTOR_VERSION` itself.
 */
export interface AnalyzerSource {
  /** URL (file:) of a module exporting all three names; default: the project's pipeline. */
  readonly module?: string
  /** Knowledge data folder passed to loadKnowledge; default: the folder that ships with cobel. */
  readonly dataDir?: string
}

interface AnalyzerExports {
  analyzeDocument(source: SourceDocument, knowledge: unknown): Analysis
  loadKnowledge(dataDir?: string): unknown
  EXTRACTOR_VERSION: string
}

// Resolved at run time so that the store builds before the analyzer lands.
const DEFAULT_MODULES = {
  analyzeDocument: '../pipeline/analyze-document.js',
  loadKnowledge: '../node/load-knowledge.js',
  EXTRACTOR_VERSION: '../pipeline/version.js',
} as const

/** Imports the analyzer and loads its knowledge once (call it once per thread). */
export async function loadAnalyzer(source: AnalyzerSource = {}): Promise<Analyzer> {
  const exports = source.module ? await importModule(source.module) : await importDefault()
  if (typeof exports.analyzeDocument !== 'function' || typeof exports.loadKnowledge !== 'function' || typeof exports.EXTRACTOR_VERSION !== 'string')
    throw new CobelError('ERR_INTERNAL', 'the analyzer module must export analyzeDocument, loadKnowledge and EXTRACTOR_VERSION', source.module)
  const knowledge = exports.loadKnowledge(source.dataDir)
  const version = exports.EXTRACTOR_VERSION
  const kv = (knowledge as { version?: unknown } | null)?.version
  return {
    analyze: (doc) => exports.analyzeDocument(doc, knowledge),
    version,
    dataVersion: typeof kv === 'string' && kv ? kv : version,
  }
}

async function importDefault(): Promise<AnalyzerExports> {
  const parts = await Promise.all(
    Object.entries(DEFAULT_MODULES).map(async ([name, path]) => [name, (await importModule(new URL(path, import.meta.url).href))[name as keyof AnalyzerExports]] as const),
  )
  return Object.fromEntries(parts) as unknown as AnalyzerExports
}

async function importModule(url: string): Promise<AnalyzerExports> {
  try {
    return (await import(url)) as AnalyzerExports
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND')
      throw new CobelError('ERR_INTERNAL', `the analyzer is not available: ${(error as Error).message}`, url)
    throw error
  }
}
