import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { Migrator, sql } from 'kysely'
import { migrationProvider } from '../../src/store/migration-provider.js'
import { CobelError } from '../../src/domain/errors.js'
import type { EvidenceClaim } from '../../src/domain/evidence.js'
import { listEvidenceTallies, refreshClaimTallies } from '../../src/store/claim-tallies.js'
import { claimTexts, listClaimEvidence, listEvidenceClaims } from '../../src/store/list-evidence-claims.js'
import { listMergedClaims } from '../../src/store/list-merged-claims.js'
import { listStatusSentences } from '../../src/store/list-status-sentences.js'
import type { Store } from '../../src/store/open-store.js'
import { migrateStore } from '../../src/store/open-store.js'
import { MIGRATIONS } from '../../src/store/migration-provider.js'
import { replaceAnalyses } from '../../src/store/replace-analyses.js'
import { getClaimRows } from '../../src/store/list-claim-rows.js'
import { addClaim, addQuote, listClaimReviews, reviewClaim, reviewQuote } from '../../src/store/review-claim.js'
import { saveDocuments } from '../../src/store/save-documents.js'
import { createNearDuplicateIndex } from '../../src/store/near-duplicate-index.js'
import { optimizeStore } from '../../src/store/optimize-store.js'
import { searchStore } from '../../src/store/search-store.js'
import { storeStats } from '../../src/store/store-stats.js'
import { FTS_CONFIGS } from '../../src/store/fts-config-for.js'
import { claimIdOf } from '../../src/store/analysis-rows.js'
import { ALL_DOCS, DOC_A, DOC_B, DOC_C, DOC_D, DOC_E, DOC_F, toSave } from './fixture-documents.js'
import { makeAnalysis } from './make-analysis.js'
import type { StoreFactory } from './test-stores.js'

const triple = (rows: Awaited<ReturnType<typeof listMergedClaims>>, s: string, r: string, c: string) =>
  rows.find((row) => row.supplier === s && row.recipient === r && row.category === c)

/** The behaviour every store engine must show; run once per engine. */
export function storeContract(makeFactory: () => Promise<StoreFactory>): void {
  let factory: StoreFactory
  let store: Store
  before(async () => {
    factory = await makeFactory()
    store = await factory.create()
    const first = await saveDocuments(store, [DOC_A, DOC_B, DOC_C])
    assert.equal(first.inserted.length, 3)
    await saveDocuments(store, [DOC_D, DOC_E, DOC_F])
  })
  after(async () => {
    await factory?.dispose()
  })

  describe('schema', () => {
    it('is migrated once; migrating again changes nothing', async () => {
      await migrateStore(store.db)
      const { rows } = await sql<{ n: string }>`select count(*) as n from kysely_migration`.execute(store.db)
      assert.equal(Number(rows[0]!.n), Object.keys(MIGRATIONS).length)
    })
    it('migration 0005-claim-grades goes down and up again, giving claims stored before it their sources', async () => {
      const own = await factory.create()
      await saveDocuments(own, [DOC_A, DOC_D, DOC_F])
      const before = (await listEvidenceClaims(own, { withText: false })).map((c) => [c.id, c.source, c.undated ?? false])
      const migrator = new Migrator({ db: own.db, provider: migrationProvider })
      const down = await migrator.migrateTo('0004-claim-tallies')
      assert.equal(down.error, undefined)
      const { rows } = await sql<{ n: string }>`select count(*) as n from information_schema.columns where table_name = 'claims' and column_name = 'source_class'`.execute(own.db)
      assert.equal(Number(rows[0]!.n), 0)
      const up = await migrator.migrateToLatest()
      assert.equal(up.error, undefined)
      // Backfilled from what was stored: the same classes the ingest gives (the fixture's quotes carry no speaker state).
      assert.deepEqual((await listEvidenceClaims(own, { withText: false })).map((c) => [c.id, c.source, c.undated ?? false]), before)
      assert.ok((await listEvidenceTallies(own)).every((t) => t.source?.class), 'tallies rebuilt with the sources')
    })
    it('has the merged table as a SQL view that agrees with listMergedClaims', async () => {
      const { rows } = await sql<{ supplier: string; category: string; strongest_status: string; independent_outlets: string; denials: string }>`
        select * from merged_claims where supplier = 'IRN' and category = 'drones'`.execute(store.db)
      const merged = triple(await listMergedClaims(store), 'IRN', 'RUS', 'drones')!
      assert.equal(rows[0]!.strongest_status, merged.strongestStatus)
      assert.equal(Number(rows[0]!.independent_outlets), merged.independentOutlets)
      assert.equal(Number(rows[0]!.denials), merged.denials)
    })
    it('has every text-search configuration the language map uses', async () => {
      const { rows } = await sql<{ cfgname: string }>`select cfgname from pg_ts_config`.execute(store.db)
      const present = new Set(rows.map((r) => r.cfgname))
      for (const config of FTS_CONFIGS) assert.ok(present.has(config), config)
    })
  })

  describe('saving', () => {
    it('stores documents, quotes and claims with provenance', async () => {
      const stats = await storeStats(store)
      assert.equal(stats.documents, 6)
      assert.equal(stats.claims, 8)
      assert.equal(stats.statements, 1)
      assert.ok(stats.databaseBytes > 0)
      const doc = await store.db.selectFrom('documents').selectAll().where('id', '=', DOC_A.id).executeTakeFirstOrThrow()
      assert.equal(doc.canonical_url, 'https://ledger.example/world/drones')
      assert.equal(doc.outlet_id, 'ledger.example')
      assert.equal(String(doc.fts_config), 'english')
      assert.equal(doc.published_at?.toISOString(), '2023-01-10T08:00:00.000Z')
      const french = await store.db.selectFrom('documents').select('fts_config').where('id', '=', DOC_D.id).executeTakeFirstOrThrow()
      assert.equal(String(french.fts_config), 'french')
      const claim = await store.db.selectFrom('claims').selectAll().where('document_id', '=', DOC_D.id).where('status', '=', 'denied').executeTakeFirstOrThrow()
      assert.equal(claim.evidence_text, doc.text === '' ? '' : "Nous n'avons envoyé aucun drone")
      assert.ok(claim.statement_id, 'a claim inside a quote points to the quote')
      assert.deepEqual(claim.entries, ['test.entry'])
      assert.match(claim.sentence_text ?? '', /Nous n'avons envoyé/)
    })

    it('skips a document already stored, by text or by canonical URL', async () => {
      const again = await saveDocuments(store, [DOC_A])
      assert.deepEqual(again, { inserted: [], duplicates: [DOC_A.id] })
      const sameUrl = toSave({ id: 'ledger-a-updated', text: 'An updated version of the page with other words entirely.', url: 'https://ledger.example/world/drones#top' })
      const result = await saveDocuments(store, [sameUrl])
      assert.equal(result.inserted.length, 0)
      assert.equal((await storeStats(store)).documents, 6)
    })

    it('clusters a wire copy with its original and keeps independent texts apart', async () => {
      const rows = await store.db.selectFrom('documents').select(['id', 'cluster_key', 'independence_key']).execute()
      const byId = new Map(rows.map((r) => [r.id, r]))
      assert.equal(byId.get(DOC_B.id)!.cluster_key, DOC_A.id)
      assert.equal(byId.get(DOC_B.id)!.independence_key, 'outlet:ledger.example')
      assert.equal(byId.get(DOC_C.id)!.cluster_key, DOC_C.id)
      assert.equal(byId.get(DOC_F.id)!.independence_key, `doc:${DOC_F.id}`)
    })
  })

  describe('near-duplicates within one ingest run', () => {
    it('finds copies through the run index and stored documents through the database', async () => {
      const own = await factory.create()
      await saveDocuments(own, [DOC_C])
      const index = await createNearDuplicateIndex(own)
      assert.equal(index.storedBefore, true)
      await saveDocuments(own, [DOC_A], { index })
      await saveDocuments(own, [DOC_B], { index })
      const copy = toSave({ id: 'c-copy', text: `${DOC_C.analysis.text} Updated at noon.`, outlet: 'Other Outlet', url: 'https://other.example/c' })
      await saveDocuments(own, [copy], { index })
      const rows = new Map((await own.db.selectFrom('documents').select(['id', 'cluster_key']).execute()).map((r) => [r.id, r.cluster_key]))
      assert.equal(rows.get(DOC_B.id), DOC_A.id, 'a copy written in the same run')
      assert.equal(rows.get(copy.id), DOC_C.id, 'a copy of a document stored before the run')
      await optimizeStore(own)
    })
  })

  describe('merged claims', () => {
    it('merges per (supplier, recipient, category), counting independent outlets', async () => {
      const merged = await listMergedClaims(store)
      const drones = triple(merged, 'IRN', 'RUS', 'drones')!
      assert.deepEqual(drones, {
        supplier: 'IRN',
        recipient: 'RUS',
        category: 'drones',
        strongestStatus: 'confirmed',
        claims: 4,
        documents: 4,
        // A, its copy B and C are one outlet; D is another.
        independentOutlets: 2,
        denials: 1,
        blanketDenials: 0,
        firstSeen: '2023-01-10',
        lastSeen: '2023-03-05',
      })
      assert.equal(merged.length, 4)
      assert.equal(merged[0]!.supplier, 'IRN')
    })

    it('shows the state of knowledge as of a date', async () => {
      const merged = await listMergedClaims(store, { asOf: '2023-01-31' })
      assert.equal(merged.length, 1)
      assert.equal(merged[0]!.documents, 2)
      assert.equal(merged[0]!.independentOutlets, 1)
      assert.equal(merged[0]!.denials, 0)
      assert.equal(merged[0]!.lastSeen, '2023-01-11')
      const later = await listMergedClaims(store, { asOf: '2030-01-01' })
      assert.equal(triple(later, 'USA', 'UKR', 'air_defence'), undefined, 'undated documents are not in an as-of view')
    })

    it('filters by supplier, category, status, outlet and dates', async () => {
      assert.deepEqual((await listMergedClaims(store, { supplier: ['PRK'] })).map((m) => m.category), ['artillery_ammunition'])
      assert.equal((await listMergedClaims(store, { category: ['trainers'] }))[0]!.strongestStatus, 'reported')
      const denied = await listMergedClaims(store, { status: ['denied'] })
      assert.equal(denied.length, 1)
      assert.equal(denied[0]!.strongestStatus, 'denied')
      assert.equal(denied[0]!.denials, 1)
      const ledger = await listMergedClaims(store, { outlet: 'The Daily Ledger' })
      assert.equal(triple(ledger, 'IRN', 'RUS', 'drones')!.documents, 2)
      const byHost = await listMergedClaims(store, { outlet: 'ledger.example' })
      assert.equal(triple(byHost, 'IRN', 'RUS', 'drones')!.documents, 2)
      const window = await listMergedClaims(store, { since: '2023-02-01', until: '2023-03-05' })
      assert.equal(triple(window, 'IRN', 'RUS', 'drones')!.documents, 2)
    })
  })

  describe('search', () => {
    it('finds documents with stemming in their own language, ranked, with snippets', async () => {
      const hits = await searchStore(store, 'drone strikes')
      assert.ok(hits.length >= 1)
      assert.equal(hits[0]!.kind, 'document')
      assert.ok([DOC_A.id, DOC_B.id].includes(hits[0]!.documentId))
      assert.match(hits[0]!.snippet, /\*\*(drones|strikes)\*\*/i)
      const french = await searchStore(store, 'livraisons')
      assert.deepEqual(french.map((h) => h.documentId), [DOC_D.id], 'french stemming: livraisons ~ livraison')
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.rank >= hits[i]!.rank)
    })

    it('finds quotes with their speaker', async () => {
      const hits = await searchStore(store, 'Tavassoli', { in: 'quotes' })
      assert.equal(hits.length, 1)
      assert.equal(hits[0]!.kind, 'quote')
      assert.equal(hits[0]!.speaker, 'Karim Tavassoli')
    })

    it('applies claim and document filters, websearch syntax and limits', async () => {
      const prk = await searchStore(store, 'ministry', { supplier: ['PRK'], in: 'documents' })
      assert.deepEqual(prk.map((h) => h.documentId), [DOC_E.id])
      const excluded = await searchStore(store, 'drones -Shahed', { in: 'documents' })
      assert.ok(!excluded.some((h) => h.documentId === DOC_A.id))
      const outlet = await searchStore(store, 'drones', { outlet: 'Morning Post' })
      assert.deepEqual(outlet.map((h) => h.documentId), [DOC_B.id])
      assert.equal((await searchStore(store, 'drones', { limit: 1 })).length, 1)
      assert.deepEqual(await searchStore(store, '   '), [])
      assert.equal((await searchStore(store, 'drones', { until: '2023-01-10' })).length, 1)
    })
  })

  describe('evidence for the legal engine', () => {
    it('keeps who says each claim, and dates undated claims by their capture day, marked', async () => {
      const claims = await listEvidenceClaims(store, { withText: false })
      const byDoc = (id: string) => claims.filter((c) => c.documentId === id)
      assert.deepEqual(byDoc(DOC_A.id)[0]!.source, { actor: null, class: 'journalist' })
      assert.deepEqual(byDoc(DOC_D.id).map((c) => [c.status, c.source?.class]), [['reported', 'named'], ['denied', 'named']])
      const undated = byDoc(DOC_F.id)[0]!
      assert.deepEqual([undated.publishedAt, undated.undated], ['2024-01-01', true])
      assert.equal(byDoc(DOC_A.id)[0]!.undated, undefined)
      const tallies = await listEvidenceTallies(store)
      const usa = tallies.find((t) => t.supplier === 'USA')!
      assert.deepEqual([usa.publishedAt, usa.undated, usa.source], ['2024-01-01', true, { actor: null, class: 'journalist' }])
      // As of a day before its capture, the undated claim is not there; after it, it is.
      assert.equal((await listEvidenceClaims(store, { asOf: '2023-12-31', actors: ['USA'] })).length, 0)
      assert.equal((await listEvidenceClaims(store, { asOf: '2024-01-01', actors: ['USA'] })).length, 1)
    })

    it('finds the sentences that call a state a party, kept until the store changes', async () => {
      const own = await factory.create()
      const phrases = { en: ['party to the war', 'co-belligerent'], fr: ['partie à la guerre'] }
      const query = { phrases, anchors: ['parti', 'party', 'belliger'], recipients: ['UKR'] }
      const text = 'Moscow says the United States is a party to the war by sending missiles to Ukraine.'
      await saveDocuments(own, [toSave({ id: 'status-1', text, lang: 'en', publishedAt: '2023-05-01', claims: [{ supplier: 'USA', recipient: 'UKR', category: 'missiles', status: 'reported', evidence: 'sending missiles to Ukraine' }] })])
      const first = await listStatusSentences(own, query)
      assert.deepEqual(first.map((s) => [s.supplier, s.recipient, s.sentence, s.day]), [['USA', 'UKR', text, '2023-05-01']])
      assert.deepEqual(await listStatusSentences(own, query), first, 'read again from the cache')
      const other = 'Le Kremlin juge la France cobelligérante et partie à la guerre en livrant des obus à l’Ukraine.'
      await saveDocuments(own, [toSave({ id: 'status-2', text: other, lang: 'fr', publishedAt: '2023-06-01', claims: [{ supplier: 'FRA', recipient: 'UKR', category: 'artillery_ammunition', status: 'reported', evidence: 'livrant des obus à l’Ukraine' }] })])
      assert.deepEqual((await listStatusSentences(own, query)).map((s) => s.supplier).sort(), ['FRA', 'USA'], 'a write makes the kept answer stale')
      assert.deepEqual(await listStatusSentences(own, { ...query, recipients: ['RUS'] }), [])
    })

    it('counts a denial in generic words against every weapons category of the pair in the merged table', async () => {
      const own = await factory.create()
      const text = 'Reports say Iran sent drones and shells to Russia. Tehran said it has never sent weapons to Russia. Iran also trained crews.'
      await saveDocuments(own, [
        toSave({
          id: 'blanket',
          text,
          lang: 'en',
          publishedAt: '2023-05-01',
          claims: [
            { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'reported', evidence: 'Iran sent drones and shells to Russia' },
            { supplier: 'IRN', recipient: 'RUS', category: 'artillery_ammunition', status: 'reported', evidence: 'Iran sent drones and shells to Russia' },
            { supplier: 'IRN', recipient: 'RUS', category: 'other_weapons', status: 'denied', evidence: 'it has never sent weapons to Russia' },
            { supplier: 'IRN', recipient: 'RUS', category: 'trainers', status: 'reported', evidence: 'Iran also trained crews' },
          ],
        }),
      ])
      const merged = await listMergedClaims(own)
      assert.deepEqual(
        ['drones', 'artillery_ammunition', 'other_weapons', 'trainers'].map((c) => [c, triple(merged, 'IRN', 'RUS', c)?.denials, triple(merged, 'IRN', 'RUS', c)?.blanketDenials]),
        [['drones', 0, 1], ['artillery_ammunition', 0, 1], ['other_weapons', 1, 0], ['trainers', 0, 0]],
      )
      assert.equal(triple(await listMergedClaims(own, { category: ['drones'] }), 'IRN', 'RUS', 'drones')?.blanketDenials, 1, 'a category filter keeps the blanket denial')
    })

    it('lists claims with provenance and independence keys', async () => {
      const claims = await listEvidenceClaims(store, { actors: ['IRN'] })
      assert.equal(claims.length, 6)
      const first = claims[0]!
      assert.equal(first.documentId, DOC_A.id)
      assert.equal(first.publishedAt, '2023-01-10')
      assert.equal(first.outlet, 'The Daily Ledger')
      assert.equal(first.independenceKey, 'outlet:ledger.example')
      assert.deepEqual(first.context, { civilianHarm: true })
      assert.equal(first.review, 'pending')
      const trainers = claims.find((c) => c.category === 'trainers')!
      assert.equal(trainers.via, 'IRGC')
      assert.equal((await listEvidenceClaims(store, { actors: ['IRGC'] })).length, 1, 'the organ finds its claims')
      // Read without the words, the same claims with the same facts; the words are read by id.
      const lean = await listEvidenceClaims(store, { actors: ['IRN'], withText: false })
      assert.deepEqual(
        lean.map((c) => [c.id, c.publishedAt, c.independenceKey, c.status, c.context]),
        claims.map((c) => [c.id, c.publishedAt, c.independenceKey, c.status, c.context]),
      )
      assert.equal(lean[0]!.evidence, '')
      const words = await claimTexts(store, [first.id])
      assert.deepEqual(words.get(first.id), {
        documentId: first.documentId,
        attributedTo: first.attributedTo,
        publishedAt: first.publishedAt,
        evidence: first.evidence,
        sentence: first.sentence,
        documentTitle: first.documentTitle,
        url: first.url,
        outlet: first.outlet,
      })
      assert.equal((await listEvidenceClaims(store, { asOf: '2023-01-10' })).length, 1)
      assert.equal((await listClaimEvidence(store, { status: ['denied'] })).length, 1)
    })

    it('tallies the claims the engine weighs alike, and rebuilds the tallies after any write', async () => {
      const own = await factory.create()
      await saveDocuments(own, [DOC_A, DOC_B, DOC_C, DOC_D])
      const claims = await listEvidenceClaims(own, { withText: false })
      const summary = (list: readonly EvidenceClaim[]) => {
        const counts = new Map<string, number>()
        for (const c of list) {
          const key = `${c.supplier}>${c.recipient}:${c.category}:${c.status}`
          counts.set(key, (counts.get(key) ?? 0) + (c.count ?? 1))
        }
        return Object.fromEntries([...counts].sort())
      }
      // Read per day, then per period: the same claims counted, entries named by one of their claims.
      const perDay = await listEvidenceTallies(own)
      assert.deepEqual(summary(perDay), summary(claims))
      const periods = await listEvidenceTallies(own, { boundaries: ['2022-02-24', '2023-01-01'] })
      assert.deepEqual(summary(periods), summary(claims))
      assert.ok(periods.length <= perDay.length)
      const ids = new Set(claims.map((c) => c.id))
      for (const entry of periods) assert.ok(ids.has(entry.id), 'an entry is one of its claims')
      const iran = await listEvidenceTallies(own, { actors: ['IRN'], asOf: '2023-01-10' })
      assert.deepEqual(summary(iran), summary(claims.filter((c) => (c.supplier === 'IRN' || c.via === 'IRN') && c.publishedAt && c.publishedAt <= '2023-01-10')))
      // Independence keys: enough of them to tell one source from several.
      for (const entry of perDay) assert.ok(entry.independenceKeys && entry.independenceKeys.length >= 1 && entry.independenceKeys.length <= 3)

      // A review, a new document, a re-extraction: the next read counts again.
      const target = claims.find((c) => c.status !== 'denied')!
      await reviewClaim(own, { action: 'reject', claimId: target.id, reviewer: 'ana', reason: 'test' })
      assert.deepEqual(summary(await listEvidenceTallies(own)), summary(claims.filter((c) => c.id !== target.id)))
      await saveDocuments(own, [DOC_E])
      assert.deepEqual(summary(await listEvidenceTallies(own)), summary(await listEvidenceClaims(own, { withText: false })))
      const refreshed = await refreshClaimTallies(own)
      assert.equal(refreshed.rebuilt, false, 'a read already brought them up to date')
    })

    it('rebuilds the tallies once when several readers find them behind at the same time', async () => {
      const own = await factory.create()
      await saveDocuments(own, [DOC_A, DOC_B])
      const results = await Promise.all([refreshClaimTallies(own), refreshClaimTallies(own), refreshClaimTallies(own)])
      assert.equal(results.filter((r) => r.rebuilt).length, 1, 'the others wait for the lock and find them current')
      const reads = await Promise.all([listEvidenceTallies(own), listEvidenceTallies(own)])
      assert.deepEqual(reads[0], reads[1])
    })
  })

  describe('reviews', () => {
    it('applies corrections, drops rejected claims and logs every decision', async () => {
      const own = await factory.create()
      await saveDocuments(own, [DOC_D, DOC_E])
      const [reported, denied] = (await listEvidenceClaims(own, { actors: ['IRN'] })).filter((c) => c.documentId === DOC_D.id)
      assert.ok(reported && denied)
      await reviewClaim(own, { action: 'correct', claimId: reported.id, reviewer: 'ana', correction: { status: 'asserted' }, reason: 'named official' })
      await reviewClaim(own, { action: 'reject', claimId: denied.id, reviewer: 'ana', reason: 'not a denial of this transfer' })
      const after = await listEvidenceClaims(own, { actors: ['IRN'] })
      assert.equal(after.find((c) => c.id === reported.id)!.status, 'asserted')
      assert.equal(after.find((c) => c.id === reported.id)!.review, 'corrected')
      assert.equal(after.find((c) => c.id === denied.id), undefined)
      const merged = triple(await listMergedClaims(own), 'IRN', 'RUS', 'drones')!
      assert.equal(merged.denials, 0)
      assert.equal(merged.strongestStatus, 'asserted')
      const log = await listClaimReviews(own, reported.id)
      assert.equal(log.length, 1)
      assert.equal(log[0]!.reviewer, 'ana')
      assert.deepEqual(log[0]!.before, { review_state: 'pending', corrected: null })
      assert.deepEqual(log[0]!.after, { review_state: 'corrected', corrected: { status: 'asserted' } })
      await assert.rejects(reviewClaim(own, { action: 'accept', claimId: 'nope', reviewer: 'ana' }), (e: CobelError) => e.code === 'ERR_NOT_FOUND')
      await assert.rejects(
        reviewClaim(own, { action: 'correct', claimId: reported.id, reviewer: 'ana', correction: { category: 'spaceships' as never } }),
        (e: CobelError) => e.code === 'ERR_BAD_REQUEST',
      )
    })

    it('never loses a human decision through re-extraction: corrections, rejections, added claims and quotes', async () => {
      const own = await factory.create()
      await saveDocuments(own, [DOC_E])
      const prk = DOC_E.analysis.support[0]!
      const prkId = claimIdOf(DOC_E.id, prk)
      const trainersId = claimIdOf(DOC_E.id, DOC_E.analysis.support[1]!)
      await reviewClaim(own, { action: 'accept', claimId: prkId, reviewer: 'ben' })
      await reviewClaim(own, { action: 'reject', claimId: trainersId, reviewer: 'ben' })
      // The new extractor keeps the shells claim and finds the trainers one with another span.
      const text = DOC_E.analysis.text
      const analysis = makeAnalysis({
        id: DOC_E.id,
        text,
        lang: 'en',
        extractor: 'test-extractor@2',
        claims: [
          { supplier: 'PRK', recipient: 'RUS', category: 'artillery_ammunition', status: 'confirmed', evidence: 'North Korea shipped artillery shells to Russia' },
          { supplier: 'IRN', recipient: 'RUS', category: 'trainers', status: 'reported', evidence: 'trained crews in Crimea' },
        ],
      })
      const result = await replaceAnalyses(own, [{ id: DOC_E.id, analysis, dataVersion: 'test-data-2' }])
      // The rejection follows the trainers claim to its new span (same roles and category, same sentence).
      assert.deepEqual(result, { documents: 1, claims: 2, reviewsKept: 2, reviewsHeld: 0, added: 0 })
      const claims = await own.db.selectFrom('claims').select(['id', 'review_state', 'extractor', 'origin']).where('document_id', '=', DOC_E.id).orderBy('idx').execute()
      assert.deepEqual(claims.map((c) => [c.id === prkId, c.review_state, c.extractor, c.origin]), [
        [true, 'accepted', 'test-extractor@2', 'extracted'],
        [false, 'rejected', 'test-extractor@2', 'extracted'],
      ])
      assert.equal((await listClaimReviews(own, trainersId)).length, 1, 'the audit log keeps the decision under the old id')

      // An editor corrects who says the shells claim, adds a claim and a quote the extractor missed.
      const speaker = await reviewClaim(own, { action: 'correct', claimId: prkId, reviewer: 'ben', reason: 'the minister said it', correction: { attributed_to: 'Rustem Umerov', source_actor: 'UKR', source_class: 'official' } })
      assert.equal(speaker.state, 'corrected')
      const [graded] = await getClaimRows(own, [prkId])
      assert.deepEqual([graded!.attributedTo, graded!.source], ['Rustem Umerov', { actor: 'UKR', class: 'official' }])
      const at = text.indexOf('artillery shells')
      const added = await addClaim(own, { documentId: DOC_E.id, start: at, end: at + 'artillery shells'.length, supplier: 'PRK', recipient: 'RUS', category: 'missiles', status: 'reported', reviewer: 'ben', reason: 'missed' })
      const quote = await addQuote(own, { documentId: DOC_E.id, start: 0, end: 20, speaker: 'A reporter', reviewer: 'ben' })
      await assert.rejects(addClaim(own, { documentId: DOC_E.id, start: 5, end: 99_999, supplier: 'PRK', recipient: 'RUS', category: 'missiles', status: 'reported', reviewer: 'ben' }), (e: CobelError) => e.code === 'ERR_BAD_REQUEST')
      // The next extractor finds the shells claim over another span and no longer finds the trainers.
      const third = makeAnalysis({
        id: DOC_E.id,
        text,
        lang: 'en',
        extractor: 'test-extractor@3',
        claims: [{ supplier: 'PRK', recipient: 'RUS', category: 'artillery_ammunition', status: 'confirmed', evidence: 'North Korea shipped artillery shells' }],
      })
      const again = await replaceAnalyses(own, [{ id: DOC_E.id, analysis: third, dataVersion: 'test-data-3' }])
      assert.deepEqual(again, { documents: 1, claims: 3, reviewsKept: 1, reviewsHeld: 1, added: 2 })
      const rows = await own.db.selectFrom('reviewed_claims').select(['id', 'review_state', 'origin', 'attributed_to', 'source_actor', 'category']).where('document_id', '=', DOC_E.id).orderBy('origin').orderBy('category').execute()
      assert.deepEqual(
        rows.map((r) => [r.origin, r.category, r.review_state, r.attributed_to, r.source_actor]),
        [
          ['added', 'missiles', 'accepted', null, null],
          ['extracted', 'artillery_ammunition', 'corrected', 'Rustem Umerov', 'UKR'],
          ['kept', 'trainers', 'rejected', null, null],
        ],
      )
      assert.ok(rows.some((r) => r.id === added.claimId))
      const quotes = await own.db.selectFrom('reviewed_statements').select(['id', 'origin', 'speaker']).where('document_id', '=', DOC_E.id).execute()
      assert.deepEqual(quotes.filter((q) => q.origin === 'added').map((q) => [q.id, q.speaker]), [[quote.quoteId, 'A reporter']])
    })

    it('corrects a quote: speaker, role, organisation, state and span, logged before and after', async () => {
      const own = await factory.create()
      await saveDocuments(own, [DOC_D])
      const quote = await own.db.selectFrom('statements').select(['id', 'span_start', 'span_end', 'speaker']).where('document_id', '=', DOC_D.id).executeTakeFirstOrThrow()
      const result = await reviewQuote(own, { action: 'correct', quoteId: quote.id, reviewer: 'ana', reason: 'wrong speaker', correction: { speaker: 'Jane Roe', role: 'spokeswoman', org: 'Ministry of Defence', speaker_actor: 'GBR', span_end: quote.span_end - 1 } })
      assert.equal(result.state, 'corrected')
      const row = await own.db.selectFrom('reviewed_statements').selectAll().where('id', '=', quote.id).executeTakeFirstOrThrow()
      assert.deepEqual([row.speaker, row.role, row.org, row.speaker_actor, row.span_end], ['Jane Roe', 'spokeswoman', 'Ministry of Defence', 'GBR', quote.span_end - 1])
      assert.equal(row.text, DOC_D.analysis.text.slice(quote.span_start, quote.span_end - 1))
      const [log] = await listClaimReviews(own, quote.id)
      assert.equal(log!.target, 'quote')
      // The log keeps the quote as it read before the correction.
      const before = log!.before as { review_state: string; corrected: unknown; quote?: { speaker: string | null } }
      assert.deepEqual([before.review_state, before.corrected, before.quote?.speaker], ['pending', null, quote.speaker])
    })
  })

  describe('transactions', () => {
    it('writes nothing of a batch that fails, and a failing batch does not undo a concurrent one', async () => {
      const own = await factory.create()
      const broken = toSave({ id: 'broken', text: 'A document whose claim cannot be stored because its supplier is missing.', claims: [] })
      const badAnalysis = { ...broken.analysis, support: [{ ...DOC_F.analysis.support[0]!, supplier: null as unknown as string, evidence: { start: 0, end: 10, text: 'A document' } }] }
      const results = await Promise.allSettled([saveDocuments(own, [DOC_A, { ...broken, analysis: badAnalysis }]), saveDocuments(own, [DOC_E])])
      assert.equal(results[0]!.status, 'rejected')
      assert.equal(results[1]!.status, 'fulfilled')
      const ids = (await own.db.selectFrom('documents').select('id').execute()).map((r) => r.id)
      assert.deepEqual(ids, [DOC_E.id])
      assert.equal((await storeStats(own)).claims, 2)
    })
  })

  it('has all fixture documents', () => {
    assert.equal(ALL_DOCS.length, 6)
  })
}
