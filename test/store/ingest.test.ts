import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ingestSources } from '../../src/ingest/ingest-sources.js'
import { formatProgress } from '../../src/ingest/progress-reporter.js'
import { expandGlob } from '../../src/ingest/read-sources.js'
import { reextractDocuments } from '../../src/ingest/reextract-documents.js'
import type { Store } from '../../src/store/open-store.js'
import { reviewClaim } from '../../src/store/review-claim.js'
import { storeStats } from '../../src/store/store-stats.js'
import { pgliteFactory, type StoreFactory } from './test-stores.js'

/** The shared gold corpus, read in place. */
const SHARED_CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
const CORPUS = [join(SHARED_CORPUS, 'dev.gold.jsonl'), join(SHARED_CORPUS, 'seed-article.gold.jsonl')]
/** Records in the shared corpus files: it grows, so the test counts them. */
const corpusRecords = (): number => CORPUS.reduce((n, file) => n + readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).length, 0)

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1))
    })
  })

describe('ingest', () => {
  let factory: StoreFactory
  const dirs: string[] = []
  const scratch = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cobel-ingest-'))
    dirs.push(dir)
    return dir
  }
  before(async () => {
    factory = await pgliteFactory()
  })
  after(async () => {
    await factory?.dispose()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('ingests the shared corpus twice with the same counts, in this thread or in workers', { skip: !existsSync(CORPUS[0]!) }, async () => {
    const store: Store = await factory.create()
    const records = corpusRecords()
    const first = await ingestSources(store, CORPUS, { jobs: 0 })
    assert.deepEqual(first.failed, [])
    assert.equal(first.read, records)
    assert.equal(first.ingested + first.skipped, records)
    const stats = await storeStats(store)
    assert.equal(stats.documents, first.ingested)
    assert.equal(stats.claims, first.claims)
    assert.ok(stats.claims > 0)

    const second = await ingestSources(store, CORPUS, { jobs: 0 })
    assert.equal(second.ingested, 0)
    assert.equal(second.skipped, records)
    assert.deepEqual(await storeStats(store), { ...stats, databaseBytes: (await storeStats(store)).databaseBytes })

    // A fresh store, two worker threads: the same documents, claims and claim ids.
    const other = await factory.create()
    const parallel = await ingestSources(other, CORPUS, { jobs: 2, batchSize: 7 })
    assert.equal(parallel.ingested, first.ingested)
    assert.equal(parallel.claims, first.claims)
    const ids = async (s: Store) => (await s.db.selectFrom('claims').select('id').orderBy('id').execute()).map((r) => r.id)
    assert.deepEqual(await ids(other), await ids(store))
  })

  it('reads folders, globs and feed files, falling back to a feed item’s own content when its page is unreachable', async () => {
    const dir = scratch()
    const port = await freePort()
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true })
    writeFileSync(join(dir, 'nested', 'one.md'), '# Rail shipments\n\nNorth Korea shipped shells to Russia by rail, officials said.\n')
    writeFileSync(join(dir, 'nested', 'deeper', 'two.md'), 'Belarus sent drones to Russia in spring, a report said.\n')
    writeFileSync(join(dir, 'nested', 'skip.txt'), 'A text file the glob does not match.\n')
    const content = '<p>Iran delivered drones to Russia, according to the ministry, in an article carried in full by the feed itself so that it can be read offline.</p>'.repeat(2)
    writeFileSync(
      join(dir, 'feed.rss'),
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
        <item><title>Full item</title><link>http://127.0.0.1:${port}/full</link><pubDate>Tue, 18 Oct 2022 09:30:00 GMT</pubDate><content:encoded><![CDATA[${content}]]></content:encoded></item>
        <item><title>Link only</title><link>http://127.0.0.1:${port}/missing</link><description>short</description></item>
      </channel></rss>`,
    )
    assert.deepEqual((await expandGlob(join(dir, 'nested/**/*.md'))).map((p) => p.slice(dir.length + 1)), ['nested/deeper/two.md', 'nested/one.md'])
    const store = await factory.create()
    const summary = await ingestSources(store, [join(dir, 'nested/**/*.md'), join(dir, 'feed.rss')], { jobs: 0, fetch: { timeoutMs: 3000 } })
    assert.equal(summary.ingested, 3)
    assert.deepEqual(summary.failed.map((f) => [f.origin, f.code]), [[`http://127.0.0.1:${port}/missing`, 'ERR_FETCH_FAILED']])
    const feedDoc = await store.db.selectFrom('documents as d').innerJoin('outlets as o', 'o.id', 'd.outlet_id').select(['d.title', 'd.published_at', 'o.name', 'd.warnings']).where('d.title', '=', 'Full item').executeTakeFirstOrThrow()
    assert.equal(feedDoc.name, 'Example Wire')
    assert.equal(feedDoc.published_at?.toISOString(), '2022-10-18T09:30:00.000Z')
    assert.match(feedDoc.warnings[0]!, /page unreachable/)
    // Read again: the stored item is known by its URL and not fetched; the other fails again.
    const again = await ingestSources(store, [join(dir, 'feed.rss')], { jobs: 0, fetch: { timeoutMs: 3000 } })
    assert.deepEqual([again.ingested, again.skipped, again.failed.length], [0, 1, 1])
  })

  it('re-extracts documents analysed by another extractor or with other lexicons, and keeps matching review decisions', async () => {
    const dir = scratch()
    writeFileSync(join(dir, 'a.txt'), 'Iran delivered drones to Russia last month, officials said. Nothing else happened.')
    writeFileSync(join(dir, 'b.txt'), 'North Korea shipped shells to Russia by rail.')
    const store = await factory.create()
    await ingestSources(store, [dir], { jobs: 0 })
    const claim = await store.db.selectFrom('claims').select(['id', 'extractor']).where('supplier', '=', 'IRN').executeTakeFirstOrThrow()
    await reviewClaim(store, { action: 'accept', claimId: claim.id, reviewer: 'tester' })
    const upToDate = await reextractDocuments(store, { jobs: 0 })
    assert.equal(upToDate.selected, 0)

    // As an earlier cobel would have left them: one document from an older extractor, one
    // analysed with other lexicons (reextract compares both with the analyzer it loads).
    const current = await store.db.selectFrom('documents').select(['extractor', 'data_version']).executeTakeFirstOrThrow()
    await store.db.updateTable('documents').set({ extractor: 'cobel-extract/0.0.1' }).where('source', 'like', '%a.txt').execute()
    await store.db.updateTable('documents').set({ data_version: 'lexicons-of-last-year' }).where('source', 'like', '%b.txt').execute()
    assert.equal((await reextractDocuments(store, { jobs: 0, dryRun: true })).selected, 2)
    const summary = await reextractDocuments(store, { jobs: 1 })
    assert.deepEqual(
      { selected: summary.selected, reextracted: summary.reextracted, kept: summary.reviewsKept, held: summary.reviewsHeld, failed: summary.failed },
      { selected: 2, reextracted: 2, kept: 1, held: 0, failed: [] },
    )
    const after = await store.db.selectFrom('claims').select(['id', 'review_state', 'extractor']).where('supplier', '=', 'IRN').executeTakeFirstOrThrow()
    assert.deepEqual(after, { id: claim.id, review_state: 'accepted', extractor: claim.extractor })
    const docs = await store.db.selectFrom('documents').select(['extractor', 'data_version']).execute()
    assert.deepEqual(docs, [current, current])
    assert.equal((await reextractDocuments(store, { jobs: 0 })).selected, 0)
    // The search rows were rebuilt with the document: its facets still list the accepted claim.
    const search = await store.db.selectFrom('document_search').select('facets').execute()
    assert.ok(search.some((row) => row.facets.includes('s:IRN')))
  })

  it('formats progress with counts, rate and ETA', () => {
    const line = formatProgress({ read: 100, ingested: 40, skipped: 10, failed: 0, reading: false, elapsedMs: 10_000 }, 'ingest', 0)
    assert.equal(line, 'ingest: 50/100 · 40 new · 10 skipped · 0 failed · 5.0 docs/s · ETA 10s')
    assert.match(formatProgress({ read: 10, ingested: 5, skipped: 0, failed: 0, reading: true, elapsedMs: 1000 }, 'ingest', 120), /^ingest \[#+\.+\] 5\/10\+/)
  })
})
