/**
 * HTTP API latency and throughput: the main read routes of `cobel serve` at 100 concurrent
 * connections (autocannon) over a store of 20,000 generated documents (PGlite by default).
 * Prints p50/p99 latency and requests per second per route, twice: with the server's read
 * cache (answers kept until the store changes, as in normal use) at 100 connections, and
 * without it (every request reaches the database), one request at a time, which is what a
 * cache miss costs. Target: p99 < 50 ms at 100 connections.
 *
 *   npm run bench:api
 *   node --import tsx src/bench/api-bench.ts [--documents 20000] [--connections 100] [--seconds 10]
 *       [--data DIR] [--jobs 2] [--modes cached,uncached]
 *
 * With --data DIR the store is kept there and reused by later runs (ingest skips what it holds).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { readLegalData } from '../load/read-legal-data.js'
import { loadKnowledge } from '../load/load-knowledge.js'
import { defaultDataDir } from '../load/read-data-files.js'
import { buildApp } from '../server/build-app.js'
import { openStore, type Store } from '../store/open-store.js'
import { storeStats } from '../store/store-stats.js'
import { fillBenchStore } from './fill-bench-store.js'

interface CannonResult {
  readonly latency: { readonly p50: number; readonly p99: number; readonly average: number; readonly max: number }
  readonly requests: { readonly average: number; readonly total: number }
  readonly non2xx: number
  readonly errors: number
  readonly timeouts: number
}
type Cannon = (options: {
  url: string
  connections: number
  duration: number
  requests?: { method: string; path: string; headers?: Record<string, string> }[]
}) => Promise<CannonResult>

// autocannon ships no types; it is a development dependency used only here.
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    data: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    modes: { type: 'string', default: 'cached,uncached' },
    seed: { type: 'string', default: '11' },
    // Internal: serve the store in this (child) process, so that the load generator has its own.
    serve: { type: 'string' },
  },
})

const count = Number(values.documents)
const connections = Number(values.connections)
const seconds = Number(values.seconds)

/** The routes the workbench reads most, as the web app calls them. */
async function routesOf(base: string): Promise<{ name: string; paths: string[] }[]> {
  const docs = (await (await fetch(`${base}/api/documents?pageSize=100`)).json()) as { items: { id: string }[] }
  const overview = (await (await fetch(`${base}/api/overview`)).json()) as { states: { actor: string; claims: number }[] }
  const supplier = [...overview.states].sort((a, b) => b.claims - a.claims)[0]?.actor ?? 'IRN'
  return [
    { name: 'GET /api/documents?pageSize=50', paths: ['/api/documents?pageSize=50'] },
    { name: 'GET /api/documents/:id (100 ids)', paths: docs.items.map((d) => `/api/documents/${d.id}`) },
    { name: 'GET /api/claims?pageSize=50', paths: ['/api/claims?pageSize=50'] },
    { name: `GET /api/claims?supplier=${supplier}`, paths: [`/api/claims?supplier=${supplier}&pageSize=50`] },
    { name: 'GET /api/claims/merged', paths: ['/api/claims/merged?pageSize=50'] },
    { name: 'GET /api/network', paths: ['/api/network'] },
    { name: 'GET /api/overview', paths: ['/api/overview'] },
    { name: `GET /api/assessments/${supplier}`, paths: [`/api/assessments/${supplier}`] },
    { name: 'GET /api/quotes?pageSize=50', paths: ['/api/quotes?pageSize=50'] },
    { name: 'GET /api/search?q=drones', paths: ['/api/search?q=drones'] },
    { name: 'GET /api/actors', paths: ['/api/actors'] },
  ]
}

interface Row {
  /** cached or uncached, and the number of connections. */
  mode: string
  route: string
  rps: number
  p50: number
  p99: number
  max: number
  failed: number
}

/** Child process: the server alone, as `cobel serve` runs it (open access, no rate limit, cache on or off). */
async function serve(dir: string, mode: 'cached' | 'uncached'): Promise<void> {
  const store = await openStore({ dataDir: dir })
  const knowledge = loadKnowledge()
  const app = await buildApp({
    store,
    legal: readLegalData(defaultDataDir()),
    knowledge,
    actors: knowledge.data.actors,
    mode: 'open',
    webRoot: null,
    // Measured from one address: the per-client limit would answer 429 instead.
    rateLimit: false,
    cache: { enabled: mode === 'cached' },
    warm: mode === 'cached',
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  process.stdout.write(`LISTENING ${url}\n`)
  process.once('SIGTERM', () => void app.close().then(() => store.close()).then(() => process.exit(0)))
}

function startServer(dir: string, mode: 'cached' | 'uncached'): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, '--serve', dir, '--modes', mode], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /LISTENING (\S+)/.exec(out)
      if (match)
        resolve({
          url: match[1]!,
          stop: () => new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))),
        })
    })
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)))
  })
}

async function measure(dir: string, mode: 'cached' | 'uncached'): Promise<Row[]> {
  const server = await startServer(dir, mode)
  const url = server.url
  const rows: Row[] = []
  try {
    for (const route of await routesOf(url)) {
      const row = mode === 'cached' ? await underLoad(url, route) : await oneAtATime(url, route)
      rows.push(row)
      process.stderr.write(`  ${row.mode.padEnd(13)} ${row.route.padEnd(36)} ${String(row.rps).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(5)} ms\n`)
    }
  } finally {
    await server.stop()
  }
  return rows
}

/** 100 connections for `seconds`, after one warm-up request per URL (the first answer is computed once). */
async function underLoad(url: string, route: { name: string; paths: string[] }): Promise<Row> {
  for (const path of route.paths) await (await fetch(`${url}${path}`)).arrayBuffer()
  // As the workbench's browser asks: compressed answers accepted.
  const headers = { 'accept-encoding': 'gzip, deflate, br' }
  const result = await autocannon({ url, connections, duration: seconds, requests: route.paths.map((path) => ({ method: 'GET', path, headers })) })
  return {
    mode: `cached/${connections}`,
    route: route.name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.non2xx + result.errors + result.timeouts,
  }
}

/**
 * Without the cache every request queries the store, and PGlite runs queries one at a time on
 * the server's thread: what matters is what one cache miss costs, so requests go one after
 * another (p50 is the median of three, p99 and max the slowest).
 */
async function oneAtATime(url: string, route: { name: string; paths: string[] }): Promise<Row> {
  const times: number[] = []
  let failed = 0
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    const response = await fetch(`${url}${route.paths[i % route.paths.length]}`)
    await response.arrayBuffer()
    times.push(Math.round(performance.now() - started))
    if (!response.ok) failed++
  }
  times.sort((a, b) => a - b)
  const slowest = times.at(-1)!
  return { mode: 'uncached/1', route: route.name, rps: Math.round(3000 / times.reduce((a, b) => a + b, 0)), p50: times[1]!, p99: slowest, max: slowest, failed }
}

async function main(): Promise<void> {
  const dir = values.data ?? mkdtempSync(join(tmpdir(), 'cobel-api-bench-store-'))
  try {
    const store = await openStore({ dataDir: dir })
    try {
      await fillBenchStore(store, { documents: count, seed: Number(values.seed), jobs: Number(values.jobs) })
      const stats = await storeStats(store)
      console.log(
        `store: PGlite, ${stats.documents} documents, ${stats.claims} claims, ${stats.statements} quotes, ${(stats.databaseBytes / 1e6).toFixed(0)} MB; ${connections} connections, ${seconds} s per route; server and load generator in separate processes; Node ${process.version}`,
      )
    } finally {
      await store.close()
    }
    const rows: Row[] = []
    for (const mode of values.modes!.split(',').filter(Boolean) as ('cached' | 'uncached')[]) rows.push(...(await measure(dir, mode)))
    console.log('')
    console.log(`${'mode/conn'.padEnd(14)}${'route'.padEnd(38)}${'req/s'.padStart(7)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'failed'.padStart(8)}  p99<50`)
    for (const r of rows)
      console.log(`${r.mode.padEnd(14)}${r.route.padEnd(38)}${String(r.rps).padStart(7)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}${String(r.max).padStart(8)}${String(r.failed).padStart(8)}  ${r.p99 < 50 ? 'yes' : 'no'}`)
  } finally {
    if (!values.data) rmSync(dir, { recursive: true, force: true })
  }
}

if (values.serve) await serve(values.serve, values.modes as 'cached' | 'uncached')
else await main()
