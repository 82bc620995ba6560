// The month-by-month timeline of a state and of a pair, and the review of one quote, through the HTTP API.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { readLegalData } from '../../src/load/read-legal-data.js'
import { loadKnowledge } from '../../src/load/load-knowledge.js'
import { defaultDataDir } from '../../src/load/read-data-files.js'
import { buildApp } from '../../src/server/build-app.js'
import { openStore, type Store } from '../../src/store/open-store.js'
import { replaceAnalyses } from '../../src/store/replace-analyses.js'
import { saveDocuments } from '../../src/store/save-documents.js'
import { addUser } from '../../src/store/users.js'
import { fixtureDocument } from './fixture-documents.js'
import { checkResponses, type ContractLog } from './response-contract.js'

// Invented reports, written for these tests.
const OCTOBER = fixtureDocument({
  title: 'Loitering munitions handed over',
  text: 'Iran handed over a first lot of loitering munitions to Russia, two officials confirmed. Iran also shipped drones to Venezuela last year.',
  url: 'https://harbour.example/october',
  outlet: 'Harbour Gazette',
  publishedAt: '2022-10-05',
  claims: [
    { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'confirmed', evidence: 'Iran handed over a first lot of loitering munitions to Russia' },
    { supplier: 'IRN', recipient: 'VEN', category: 'drones', status: 'asserted', evidence: 'Iran also shipped drones to Venezuela' },
  ],
})
const JANUARY = fixtureDocument({
  title: 'Missiles said to follow',
  text: 'Iran reportedly sent short-range missiles to Russia in January, a think tank wrote. "The missiles crossed the Caspian by ship," its analyst Pavel Example said.',
  url: 'https://hilltop.example/january',
  outlet: 'Hilltop Review',
  publishedAt: '2023-01-20',
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'missiles', status: 'reported', evidence: 'Iran reportedly sent short-range missiles to Russia' }],
  quotes: [{ quote: 'The missiles crossed the Caspian by ship,', speaker: 'Pavel Example' }],
})
const UNDATED = fixtureDocument({
  title: 'A denial without a date',
  text: 'Iran denied sending any drones to Russia, its embassy wrote in a short note.',
  url: 'https://notes.example/undated',
  outlet: 'Embassy Notes',
  publishedAt: null,
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'denied', evidence: 'Iran denied sending any drones to Russia' }],
})

const contract: ContractLog = { checked: new Set(), failures: [] }
let dir: string
let store: Store
let app: FastifyInstance
const tokens = { viewer: '', editor: '' }

async function call(method: InjectOptions['method'], url: string, token: string, body?: unknown) {
  const response = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body !== undefined ? { payload: body as object } : {}) })
  return { status: response.statusCode, json: response.body ? response.json() : null, body: response.body }
}
const get = (url: string) => call('GET', url, tokens.viewer)
const post = (url: string, body: unknown) => call('POST', url, tokens.editor, body)

interface Month {
  month: string
  end: string
  tier: string
  previousTier: string
  total: number
  statuses: Record<string, number>
  claims: { supplier: string; recipient: string; status: string; publishedAt: string | null }[]
  changes: { date: string; to: string }[]
}
interface MonthsBody {
  actor: string
  recipient: string | null
  framework: string
  tiers: string[]
  months: Month[]
  undated: { total: number; statuses: Record<string, number>; claims: { publishedAt: string | null }[] } | null
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cobel-timeline-'))
  store = await openStore({ dataDir: dir })
  await saveDocuments(store, [OCTOBER, JANUARY, UNDATED])
  tokens.viewer = (await addUser(store, 'vera', 'viewer')).token
  tokens.editor = (await addUser(store, 'ed', 'editor')).token
  const knowledge = loadKnowledge()
  app = await buildApp({ store, legal: readLegalData(defaultDataDir()), knowledge, actors: knowledge.data.actors, webRoot: null, jobs: 0, rateLimit: false, cache: { checkEveryMs: 0 }, mode: 'token' })

  checkResponses(app, contract)
})

after(async () => {
  // Every answer above matched its route's response schema, with no undocumented field.
  assert.deepEqual(contract.failures, [])
  assert.ok(contract.checked.has('GET /api/timeline/months') && contract.checked.has('GET /api/quotes/:id'))
  await app?.close()
  await store?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('GET /api/timeline/months', () => {
  test("a state's claims by month with their statuses, quiet months included, and its tier at each month's end", async () => {
    const answer = await get('/api/timeline/months?actor=irn&framework=icrc_sba')
    assert.equal(answer.status, 200, answer.body)
    const body = answer.json as MonthsBody
    assert.deepEqual([body.actor, body.recipient, body.framework], ['IRN', null, 'icrc_sba'])
    const months = body.months.map((m) => m.month)
    assert.deepEqual(months.slice(0, 4), ['2022-10', '2022-11', '2022-12', '2023-01'])
    const [october, november, , january] = body.months as [Month, Month, Month, Month]
    // Support to Venezuela is not support to a party of this war: left out of the state's timeline.
    assert.deepEqual([october.total, october.statuses], [1, { confirmed: 1 }])
    assert.equal(october.end, '2022-10-31')
    assert.deepEqual([november.total, november.claims], [0, []])
    assert.deepEqual([january.total, january.statuses], [1, { reported: 1 }])
    // A confirmed delivery makes Iran more than a non-party from October on, and the tier holds through a quiet month.
    assert.ok(body.tiers.includes(october.tier))
    assert.notEqual(october.tier, october.previousTier)
    assert.equal(october.changes[0]?.to, october.tier)
    assert.equal(november.tier, october.tier)
    assert.equal(november.previousTier, october.tier)
    // The denial has no date: apart, never in a month.
    assert.deepEqual([body.undated?.total, body.undated?.statuses], [1, { denied: 1 }])
    assert.equal(body.undated?.claims[0]?.publishedAt, null)
    assert.ok(body.months.every((m) => m.claims.every((c) => c.status !== 'denied')))
  })

  test('a pair: only claims from the supplier to that recipient', async () => {
    const body = (await get('/api/timeline/months?actor=IRN&recipient=VEN&framework=icrc_sba')).json as MonthsBody
    assert.equal(body.recipient, 'VEN')
    const october = body.months.find((m) => m.month === '2022-10')!
    assert.deepEqual([october.total, october.statuses, october.claims.map((c) => c.recipient)], [1, { asserted: 1 }, ['VEN']])
    assert.equal(body.months.find((m) => m.month === '2023-01')?.total ?? 0, 0)
    assert.equal(body.undated, null)
    const russia = (await get('/api/timeline/months?actor=IRN&recipient=RUS&framework=icrc_sba')).json as MonthsBody
    assert.deepEqual(
      russia.months.filter((m) => m.total > 0).map((m) => [m.month, m.total]),
      [['2022-10', 1], ['2023-01', 1]],
    )
  })

  test('the OpenAPI document lists the new routes', async () => {
    const doc = (await get('/api/openapi.json')).json as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }
    assert.deepEqual(
      doc.paths['/api/timeline/months']!.get!.parameters!.map((p) => p.name).sort(),
      ['actor', 'claims', 'conflict', 'framework', 'recipient', 'until'],
    )
    assert.ok(doc.paths['/api/quotes/{id}']?.get)
  })

  test('until cuts the months; claims per month are capped, counts stay whole; bad parameters are 400', async () => {
    const cut = (await get('/api/timeline/months?actor=IRN&framework=icrc_sba&until=2022-12-15')).json as MonthsBody
    assert.deepEqual(cut.months.map((m) => m.month), ['2022-10'])
    const capped = (await get('/api/timeline/months?actor=IRN&recipient=RUS&claims=0')).json as MonthsBody
    assert.equal(capped.months[0]!.total, 1)
    assert.deepEqual(capped.months[0]!.claims, [])
    for (const url of ['/api/timeline/months', '/api/timeline/months?actor=IRN&framework=nope', '/api/timeline/months?actor=IRN&until=soon', '/api/timeline/months?actor=IRN&recipient=x', '/api/timeline/months?actor=IRN&claims=999']) {
      const bad = await get(url)
      assert.equal(bad.status, 400, url)
      assert.equal(bad.json.code, 'ERR_BAD_REQUEST')
    }
    // A review decision moves the months at once.
    const claim = (await get('/api/claims?supplier=IRN&recipient=RUS&category=missiles')).json.items[0]
    await post('/api/review', { action: 'correct', claimId: claim.id, reason: 'the note says confirmed', correction: { status: 'confirmed' } })
    const january = ((await get('/api/timeline/months?actor=IRN&framework=icrc_sba')).json as MonthsBody).months.find((m) => m.month === '2023-01')!
    assert.deepEqual(january.statuses, { confirmed: 1 })
  })
})

describe('review of one quote', () => {
  test('GET /api/quotes/:id: the quote, what was extracted, and its history; 404 and 400', async () => {
    const listed = (await get(`/api/quotes?documentId=${JANUARY.id}`)).json.items[0]
    const one = await get(`/api/quotes/${listed.id}`)
    assert.equal(one.status, 200, one.body)
    assert.deepEqual([one.json.speaker, one.json.extracted.speaker, one.json.history], ['Pavel Example', 'Pavel Example', []])
    assert.equal(one.json.document.publishedAt, '2023-01-20')
    assert.equal((await get(`/api/quotes/${'c'.repeat(32)}`)).status, 404)
    assert.equal((await get('/api/quotes/not-an-id')).status, 400)
  })

  test("correcting a quote's speaker: read back everywhere, logged before and after, kept by re-extraction", async () => {
    const id = (await get(`/api/quotes?documentId=${JANUARY.id}`)).json.items[0].id as string
    const fixed = await post('/api/review/quote', {
      action: 'correct',
      quoteId: id,
      reason: 'the think tank director said it, not the analyst',
      correction: { speaker: 'Irina Sample', role: 'director', org: 'Hilltop Institute', speaker_actor: 'GBR' },
    })
    assert.equal(fixed.status, 200, fixed.body)
    const quote = (await get(`/api/quotes/${id}`)).json
    assert.deepEqual([quote.speaker, quote.role, quote.org, quote.speakerActor, quote.reviewState], ['Irina Sample', 'director', 'Hilltop Institute', 'GBR', 'corrected'])
    assert.deepEqual([quote.extracted.speaker, quote.extracted.speakerActor], ['Pavel Example', null])
    const [entry] = quote.history
    assert.deepEqual([entry.target, entry.action, entry.reviewer], ['quote', 'correct', 'ed'])
    assert.deepEqual([entry.before.quote.speaker, entry.after.quote.speaker], ['Pavel Example', 'Irina Sample'])
    assert.deepEqual([entry.before.quote.org, entry.after.quote.org], [null, 'Hilltop Institute'])
    assert.deepEqual((await get('/api/quotes?review=corrected')).json.items.map((q: { id: string }) => q.id), [id])
    assert.equal((await get('/api/quotes?review=pending')).json.total, 0)
    assert.equal((await get('/api/review/log?pageSize=5')).json.items[0].target, 'quote')
    // Re-extraction finds the quote again over nearly the same words: the decision passes to it.
    const analysis = { ...JANUARY.analysis, quotes: JANUARY.analysis.quotes.map((q) => ({ ...q, start: q.start + 1, text: q.text.slice(1) })) }
    const replaced = await replaceAnalyses(store, [{ id: JANUARY.id, analysis, dataVersion: 'test-data-2' }])
    assert.ok(replaced.reviewsKept >= 1)
    const after = (await get(`/api/quotes?documentId=${JANUARY.id}`)).json.items
    assert.equal(after.length, 1)
    assert.deepEqual([after[0].speaker, after[0].org, after[0].reviewState, after[0].origin], ['Irina Sample', 'Hilltop Institute', 'corrected', 'extracted'])
  })
})
