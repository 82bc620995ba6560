import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, describe, it } from 'node:test'
import type { SourceDocument } from '../../src/domain/records.js'
import { generateArticles } from '../../src/bench/generate-articles.js'
import { ingestExitCode } from '../../src/cli/commands/ingest.js'
import { loadProjectAnalyzer } from '../../src/ingest/load-analyzer.js'
import { readSources } from '../../src/ingest/read-sources.js'
import { documentIdOf } from '../../src/store/document-id.js'
import { openStore } from '../../src/store/open-store.js'
import { storeStats } from '../../src/store/store-stats.js'
import { freshPgliteDir } from './test-stores.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CLI = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))
const cli = (args: string[]) => ['--import', 'tsx', CLI, ...args]

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1))
    })
  })

describe('ingest command', () => {
  const dirs: string[] = []
  const scratch = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cobel-cli-'))
    dirs.push(dir)
    return dir
  }
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('reports bad inputs per file, stores the rest, and exits with 3', async () => {
    const dir = scratch()
    const port = await freePort()
    writeFileSync(join(dir, 'good.txt'), 'Iran delivered drones to Russia in October, officials said.\n')
    writeFileSync(join(dir, 'good.html'), '<html lang="en"><head><title>Shells</title></head><body><article><p>North Korea shipped shells to Russia by rail, a report said.</p></article></body></html>')
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff, 0x00]))
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'broken.html'), '<html><head><script>var x = "<p>"</script><body><div><span></span><table><tr><td></div>')
    writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify({ id: 'r1', text: 'Belarus sent missiles to Russia, it was reported.', url: 'https://records.example/r1' })}\n{"id": "r2", "text": "unterminated\n`)
    writeFileSync(join(dir, 'feed.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>Gone</title><link>http://127.0.0.1:${port}/gone</link></item></channel></rss>`)
    const data = await freshPgliteDir()
    dirs.push(data)
    const run = spawnSync(process.execPath, cli(['ingest', dir, 'http://127.0.0.1:9/', '--data', data, '--jobs', '0', '--json', '--no-progress', '--timeout', '5']), { cwd: ROOT, encoding: 'utf8' })
    assert.equal(run.status, 3, run.stderr)
    const summary = JSON.parse(run.stdout)
    assert.equal(summary.ingested, 3)
    const failed = new Map<string, string>(summary.failed.map((f: { origin: string; code: string }) => [f.origin.replace(`${dir}/`, ''), f.code]))
    assert.deepEqual(Object.fromEntries(failed), {
      'binary.bin': 'ERR_INPUT_BINARY',
      'broken.html': 'ERR_INPUT_MALFORMED',
      'empty.txt': 'ERR_INPUT_EMPTY',
      [`http://127.0.0.1:${port}/gone`]: 'ERR_FETCH_FAILED',
      'records.jsonl:2': 'ERR_INPUT_MALFORMED',
      'http://127.0.0.1:9/': 'ERR_FETCH_FAILED',
    })
    const human = spawnSync(process.execPath, cli(['ingest', dir, '--data', data, '--jobs', '0', '--no-progress']), { cwd: ROOT, encoding: 'utf8' })
    assert.equal(human.status, 3)
    assert.match(human.stdout, /ingested 0 document\(s\), skipped 3 \(already stored\), failed 5/)
    assert.match(human.stdout, /binary\.bin: ERR_INPUT_BINARY/)
    const usage = spawnSync(process.execPath, cli(['claims', '--data', data, '--category', 'spaceships']), { cwd: ROOT, encoding: 'utf8' })
    assert.equal(usage.status, 2, usage.stderr)
    assert.equal(ingestExitCode({ read: 0, failed: summary.failed }), 1, 'nothing read at all is an error, not a partial failure')
    assert.equal(ingestExitCode({ read: 3, failed: [] }), 0)
  })

  it('leaves no partial document when killed with SIGKILL, and the rerun completes', async () => {
    const dir = scratch()
    // Articles generated from the project's samples (about 4 KB each): analysing and storing
    // them takes long enough for the run to be killed between its first and its last batch.
    const total = 1500
    const file = join(dir, 'many.jsonl')
    const articles = generateArticles(total, 11, { minChars: 4000 })
    writeFileSync(file, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, lang: a.lang, url: a.url, title: a.title, outlet: a.outlet, published_at: a.publishedAt })).join('\n'))
    const data = await freshPgliteDir()
    dirs.push(data)
    const args = cli(['ingest', file, '--data', data, '--jobs', '1', '--batch-size', '25', '--json'])
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Off a terminal, progress prints a plain line at the first committed batch: kill soon after.
    await new Promise<void>((resolve, reject) => {
      let seen = ''
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString()
        if (/ [1-9]\d* new /.test(seen)) resolve()
      })
      child.on('exit', () => reject(new Error(`the ingest ended before it could be killed: ${seen}`)))
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    child.kill('SIGKILL')
    assert.equal(await exited, 'SIGKILL')

    const store = await openStore({ dataDir: data })
    let stored: number
    try {
      const stats = await storeStats(store)
      stored = stats.documents
      assert.ok(stored > 0 && stored < total, `killed mid-run (${stored} of ${total} stored)`)
      // Every stored document has exactly the claims and quotes its analysis gives: none half-written.
      const analyzer = loadProjectAnalyzer()
      const sources = new Map<string, SourceDocument>()
      for await (const item of readSources([file])) if (item.ok === true) sources.set(item.record.document.id ?? '', item.record.document)
      const docs = await store.db.selectFrom('documents').select(['id', 'source_id']).execute()
      const claims = await store.db.selectFrom('claims').select(['document_id']).execute()
      const quotes = await store.db.selectFrom('statements').select(['document_id']).execute()
      const count = (rows: { document_id: string }[]) => rows.reduce((m, r) => m.set(r.document_id, (m.get(r.document_id) ?? 0) + 1), new Map<string, number>())
      const claimCount = count(claims)
      const quoteCount = count(quotes)
      for (const doc of docs) {
        const source = sources.get(doc.source_id ?? '')
        assert.ok(source && documentIdOf(source.text) === doc.id, `source of ${doc.source_id}`)
        const expected = analyzer.analyze({ ...source, id: doc.id })
        assert.equal(claimCount.get(doc.id) ?? 0, expected.support.length, `claims of ${doc.source_id}`)
        assert.equal(quoteCount.get(doc.id) ?? 0, expected.quotes.length, `quotes of ${doc.source_id}`)
      }
      assert.equal(claims.length, stats.claims)
      assert.ok(claims.length > 0 && quotes.length > 0, 'the articles have claims and quotes to check')
    } finally {
      await store.close()
    }

    const rerun = spawnSync(process.execPath, [...args, '--no-progress'], { cwd: ROOT, encoding: 'utf8' })
    assert.equal(rerun.status, 0, rerun.stderr)
    const summary = JSON.parse(rerun.stdout)
    assert.equal(summary.skipped, stored)
    assert.equal(summary.ingested, total - stored)
    const final = await openStore({ dataDir: data })
    try {
      assert.equal((await storeStats(final)).documents, total)
    } finally {
      await final.close()
    }
    assert.ok(readFileSync(file, 'utf8').length > 0)
  })
})
