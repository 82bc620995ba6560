import { isCobelError } from '../domain/errors.js'
import type { Analysis, SourceDocument } from '../domain/records.js'
import type { Store } from '../store/open-store.js'
import { refreshClaimTallies } from '../store/claim-tallies.js'
import { countStaleDocuments, listStaleDocumentPage, type StaleSelection } from '../store/list-stale-documents.js'
import { optimizeStore } from '../store/optimize-store.js'
import { replaceAnalyses, type ReanalysedDocument } from '../store/replace-analyses.js'
import { defaultJobs, startExtractPool, type ExtractPool } from './extract-pool.js'
import type { IngestFailure } from './ingest-sources.js'
import type { AnalyzerSource } from './load-analyzer.js'
import type { IngestProgress } from './progress-reporter.js'

export interface ReextractOptions {
  readonly jobs?: number
  readonly analyzer?: AnalyzerSource
  readonly pool?: ExtractPool
  /** Re-run on every document, not only those analysed by another extractor or data version. */
  readonly all?: boolean
  /** Documents per transaction (default 100). */
  readonly batchSize?: number
  /** Only look at what would be re-extracted. */
  readonly dryRun?: boolean
  readonly onProgress?: (progress: IngestProgress) => void
  readonly signal?: AbortSignal
}

export interface ReextractSummary {
  /** Documents whose extractor or data version differs from the current one (all with `all`). */
  readonly selected: number
  readonly reextracted: number
  readonly failed: readonly IngestFailure[]
  readonly claims: number
  readonly reviewsKept: number
  /** Reviewed claims and quotes no longer extracted, kept with their decisions. */
  readonly reviewsHeld: number
  /** Claims and quotes added by editors, left as they were. */
  readonly added: number
  readonly elapsedMs: number
  readonly extractor: string
  readonly dataVersion: string
  readonly interrupted: boolean
}

const PAGE = 200

/**
 * Re-runs the analyzer on stored documents after the extractor or the lexicons changed,
 * replacing their claims and quotes batch by batch and keeping review decisions on claims
 * that are found again (same supplier, recipient, category and evidence span).
 */
export async function reextractDocuments(store: Store, options: ReextractOptions = {}): Promise<ReextractSummary> {
  const started = Date.now()
  const pool = options.pool ?? (await startExtractPool(options.jobs ?? defaultJobs(), options.analyzer))
  const selection: StaleSelection = { all: options.all ?? false, extractor: pool.version, dataVersion: pool.dataVersion }
  const failures: IngestFailure[] = []
  const totals = { reextracted: 0, claims: 0, reviewsKept: 0, reviewsHeld: 0, added: 0 }
  let interrupted = false
  let selected = 0
  try {
    selected = await countStaleDocuments(store, selection)
    const progress = (): void =>
      options.onProgress?.({ read: selected, ingested: totals.reextracted, skipped: 0, failed: failures.length, reading: false, elapsedMs: Date.now() - started })
    if (options.dryRun || selected === 0) return summary()
    let after = ''
    for (;;) {
      if (options.signal?.aborted) {
        interrupted = true
        break
      }
      const page = await listStaleDocumentPage(store, selection, after, PAGE)
      if (page.length === 0) break
      after = page[page.length - 1]!.id
      const results = await Promise.all(
        page.map(async (row): Promise<ReanalysedDocument | null> => {
          const source: SourceDocument = {
            id: row.id,
            text: row.text,
            // A language the source declared is kept; a detected one is detected again.
            lang: row.lang_source === 'given' ? row.lang : null,
            url: row.url,
            title: row.title,
            outlet: row.outlet,
            publishedAt: row.published_raw,
          }
          try {
            const analysis: Analysis = await pool.analyze(source)
            return { id: row.id, analysis, dataVersion: pool.dataVersion }
          } catch (error) {
            failures.push({ origin: row.source, code: isCobelError(error) ? error.code : 'ERR_INTERNAL', message: String((error as Error).message ?? error) })
            return null
          }
        }),
      )
      const done = results.filter((r): r is ReanalysedDocument => r !== null)
      const size = options.batchSize ?? 100
      for (let i = 0; i < done.length; i += size) {
        const result = await replaceAnalyses(store, done.slice(i, i + size))
        totals.reextracted += result.documents
        totals.claims += result.claims
        totals.reviewsKept += result.reviewsKept
        totals.reviewsHeld += result.reviewsHeld
        totals.added += result.added
        progress()
      }
    }
    if (totals.reextracted >= 100) await optimizeStore(store)
    await refreshClaimTallies(store)
    return summary()
  } finally {
    if (!options.pool) await pool.close()
  }

  function summary(): ReextractSummary {
    return { selected, ...totals, failed: failures, elapsedMs: Date.now() - started, extractor: pool.version, dataVersion: pool.dataVersion, interrupted }
  }
}
