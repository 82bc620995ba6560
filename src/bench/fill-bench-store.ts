import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ingestSources } from '../ingest/ingest-sources.js'
import type { Store } from '../store/open-store.js'
import { storeStats } from '../store/store-stats.js'
import { generateArticles } from './generate-articles.js'

export interface FillOptions {
  /** Documents the store should hold. */
  readonly documents: number
  readonly seed: number
  /** Extraction worker threads. */
  readonly jobs: number
}

/**
 * Brings a benchmark store up to `documents` generated articles (src/bench/generate-articles.ts),
 * ingested like `cobel ingest` does. A store that already holds enough is left as it is, so a
 * `--data DIR` store is built once and reused by later runs.
 */
export async function fillBenchStore(store: Store, options: FillOptions): Promise<void> {
  const stats = await storeStats(store)
  if (stats.documents >= options.documents) return
  const work = mkdtempSync(join(tmpdir(), 'cobel-bench-input-'))
  try {
    const input = join(work, 'articles.jsonl')
    // A few generated articles repeat an earlier one word for word and are skipped as duplicates.
    const articles = generateArticles(Math.ceil(options.documents * 1.04), options.seed)
    writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: a.lang, url: a.url, title: a.title, outlet: a.outlet, published_at: a.publishedAt })).join('\n'))
    const started = Date.now()
    process.stderr.write(`ingesting ${articles.length} generated articles with ${options.jobs} extraction job(s)…\n`)
    const summary = await ingestSources(store, [input], { jobs: options.jobs, batchSize: 250 })
    process.stderr.write(`  ${summary.ingested} stored, ${summary.skipped} skipped, ${summary.claims} claims in ${((Date.now() - started) / 1000).toFixed(0)} s\n`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
