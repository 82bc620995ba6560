// Store benchmark: ingest generated ~5 KB articles into PGlite and PostgreSQL with 1 and 2
// extraction jobs; report docs/s, database size, peak memory and search latency.
//
//   node --import tsx src/bench/store-bench.ts [--count 20000] [--engines pglite,postgres] [--jobs 1,2]
//                                          [--seed 1] [--min-chars 5000] [--queries 300]
//
// Each configuration runs in its own child process so that peak RSS is its own (the
// PostgreSQL server's memory is its own process and is not included).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateArticles, random } from './generate-articles.js'
import { ingestSources } from '../ingest/ingest-sources.js'
import { openStore, type Store } from '../store/open-store.js'
import { searchStore } from '../store/search-store.js'
import { storeStats } from '../store/store-stats.js'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    engines: { type: 'string', default: 'pglite,postgres' },
    jobs: { type: 'string', default: '1,2' },
    seed: { type: 'string', default: '1' },
    queries: { type: 'string', default: '300' },
    // Generated articles get paragraphs until they are this long (~5 KB articles).
    'min-chars': { type: 'string', default: '5000' },
    // Internal: run one configuration and print its result as JSON.
    child: { type: 'string' },
    input: { type: 'string' },
  },
})

interface Result {
  engine: string
  jobs: number
  documents: number
  seconds: number
  docsPerSecond: number
  claims: number
  databaseMB: number
  diskMB: number | null
  peakRssMB: number
  search: { p50: number; p95: number; p99: number; queries: number; withHits: number }
}

// Declarations above this line only: the child run starts at top level, before later `const`s exist.

if (values.child) {
  const [engine, jobs] = values.child.split(':') as [string, string]
  process.stdout.write(`${JSON.stringify(await runOne(engine, Number(jobs), values.input!))}\n`)
  process.exit(0)
} else {
  await main()
}

async function main(): Promise<void> {
  const count = Number(values.count)
  const work = mkdtempSync(join(tmpdir(), 'cobel-bench-'))
  try {
    const minChars = Number(values['min-chars'])
    const articles = generateArticles(count, Number(values.seed), { minChars })
    const input = join(work, 'articles.jsonl')
    writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: a.lang, url: a.url, title: a.title, outlet: a.outlet, published_at: a.publishedAt })).join('\n'))
    const avg = Math.round(articles.reduce((n, a) => n + a.text.length, 0) / articles.length)
    console.log(`${articles.length} generated articles (src/bench/generate-articles.ts, at least ${minChars} characters), ${avg} characters on average`)
    const results: Result[] = []
    for (const engine of values.engines!.split(','))
      for (const jobs of values.jobs!.split(',').map(Number)) {
        const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', `${engine}:${jobs}`, '--input', input, '--queries', values.queries!, '--seed', values.seed!], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
          maxBuffer: 64 * 1024 * 1024,
        })
        if (run.status !== 0) throw new Error(`${engine} jobs ${jobs} failed (${run.status})`)
        const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as Result
        results.push(result)
        console.log(formatRow(result))
      }
    console.log(`\n${formatTable(results)}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

async function runOne(engine: string, jobs: number, input: string): Promise<Result> {
  const scratch = mkdtempSync(join(tmpdir(), `cobel-bench-${engine}-`))
  let server: { url(db?: string): string; createDatabase(): Promise<string>; stop(): Promise<void> } | null = null
  let store: Store
  if (engine === 'postgres') {
    const { startPostgres } = await import('./start-postgres.js')
    server = await startPostgres({ durable: true })
    store = await openStore({ databaseUrl: await server.createDatabase() })
  } else store = await openStore({ dataDir: join(scratch, 'data') })
  try {
    const started = performance.now()
    const summary = await ingestSources(store, [input], { jobs, batchSize: 200 })
    const seconds = (performance.now() - started) / 1000
    if (summary.failed.length) process.stderr.write(`${summary.failed.length} failures, first: ${JSON.stringify(summary.failed[0])}\n`)
    const stats = await storeStats(store)
    const search = await searchLatency(store, Number(values.queries), Number(values.seed))
    const diskMB = engine === 'pglite' ? dirBytes(join(scratch, 'data')) / 2 ** 20 : null
    return {
      engine,
      jobs,
      documents: stats.documents,
      seconds: round(seconds),
      // Startup (worker threads loading the knowledge) is included: it is part of a real run.
      docsPerSecond: round(summary.ingested / seconds),
      claims: stats.claims,
      databaseMB: round(stats.databaseBytes / 2 ** 20),
      diskMB: diskMB === null ? null : round(diskMB),
      peakRssMB: round(process.resourceUsage().maxRSS / 1024),
      search,
    }
  } finally {
    await store.close()
    await server?.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Latency of searchStore (ranked, with snippets, 20 results) over a mix of one-word, two-word, phrase and filtered queries. */
async function searchLatency(store: Store, n: number, seed: number): Promise<Result['search']> {
  const words = ['drones', 'missiles', 'Iran', 'Russia', 'livraison', 'drones iraniens', '"air defence"', 'shells', 'Shahed', 'Ukraine', 'sanctions', 'munitions', 'training', 'Crimée', 'satellite', 'Kyiv', 'ministère', 'deliveries', 'north korea', 'soldats']
  const next = random(seed)
  for (const w of words.slice(0, 5)) await searchStore(store, w)
  const times: number[] = []
  let withHits = 0
  for (let i = 0; i < n; i++) {
    const query = words[Math.floor(next() * words.length)]!
    const filters = i % 4 === 3 ? { supplier: ['IRN'] } : {}
    const t = performance.now()
    const hits = await searchStore(store, query, { ...filters, limit: 20 })
    times.push(performance.now() - t)
    if (hits.length) withHits++
  }
  times.sort((a, b) => a - b)
  const pct = (p: number) => round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!)
  return { p50: pct(50), p95: pct(95), p99: pct(99), queries: n, withHits }
}

function dirBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size
  }
  return total
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

function formatRow(r: Result): string {
  return `${r.engine} jobs ${r.jobs}: ${r.documents} docs in ${r.seconds} s = ${r.docsPerSecond} docs/s; ${r.claims} claims; DB ${r.databaseMB} MB${r.diskMB !== null ? ` (folder ${r.diskMB} MB)` : ''}; peak RSS ${r.peakRssMB} MB; search p50/p95/p99 ${r.search.p50}/${r.search.p95}/${r.search.p99} ms`
}

function formatTable(results: Result[]): string {
  const head = ['engine', 'jobs', 'docs', 'seconds', 'docs/s', 'claims', 'DB MB', 'peak RSS MB', 'search p50', 'p95', 'p99 ms']
  const rows = results.map((r) => [r.engine, r.jobs, r.documents, r.seconds, r.docsPerSecond, r.claims, r.diskMB ?? r.databaseMB, r.peakRssMB, r.search.p50, r.search.p95, r.search.p99].map(String))
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  return [head, ...rows].map((row) => row.map((c, i) => c.padStart(widths[i]!)).join('  ')).join('\n')
}
