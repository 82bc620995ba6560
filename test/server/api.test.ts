import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { readLegalData } from '../../src/load/read-legal-data.js'
import { loadKnowledge } from '../../src/load/load-knowledge.js'
import { defaultDataDir } from '../../src/load/read-data-files.js'
import { buildApp, type AppOptions } from '../../src/server/build-app.js'
import { decideAccessMode } from '../../src/server/start-server.js'
import { openStore, type Store } from '../../src/store/open-store.js'
import { saveDocuments } from '../../src/store/save-documents.js'
import { addFeed } from '../../src/store/feeds.js'
import { addUser } from '../../src/store/users.js'
import { DENIAL, DRONES, FIXTURES } from './fixture-documents.js'
import { checkResponses, routesWithResponses, type ContractLog } from './response-contract.js'

let dir: string
let store: Store
let app: FastifyInstance
let base: Omit<AppOptions, 'mode'>
const tokens: Record<'viewer' | 'editor' | 'admin', string> = { viewer: '', editor: '', admin: '' }
/** Every JSON answer of every app built here, checked against its route's schema. */
const contract: ContractLog = { checked: new Set(), failures: [] }

interface Call {
  token?: string | null
  body?: unknown
  headers?: Record<string, string>
}

async function call(target: FastifyInstance, method: InjectOptions['method'], url: string, options: Call = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const response = await target.inject({ method, url, headers, ...(options.body !== undefined ? { payload: options.body as object } : {}) })
  const json = response.headers['content-type']?.toString().includes('json') && response.body ? response.json() : null
  return { status: response.statusCode, json, body: response.body, headers: response.headers }
}
const get = (url: string, token: string | null = tokens.viewer) => call(app, 'GET', url, { token })
const post = (url: string, body: unknown, token: string | null = tokens.editor) => call(app, 'POST', url, { token, body })

/** A 400 with the stable code, for every bad parameter. */
async function assertBadRequest(url: string, init: { method?: InjectOptions['method']; body?: unknown; token?: string } = {}) {
  const response = await call(app, init.method ?? 'GET', url, { token: init.token ?? tokens.admin, body: init.body })
  assert.equal(response.status, 400, `${url}: ${response.body}`)
  assert.equal(response.json.code, 'ERR_BAD_REQUEST', url)
  assert.equal(typeof response.json.message, 'string')
}

async function waitForJob(id: string, token = tokens.editor) {
  for (let i = 0; i < 100; i++) {
    const job = await get(`/api/ingest/${id}`, token)
    if (job.json.state === 'done' || job.json.state === 'failed') return job.json
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('ingest job did not finish')
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cobel-api-'))
  store = await openStore({ dataDir: dir })
  await saveDocuments(store, [...FIXTURES])
  const knowledge = loadKnowledge()
  base = {
    store,
    legal: readLegalData(defaultDataDir()),
    knowledge,
    actors: knowledge.data.actors,
    webRoot: null,
    jobs: 0,
    rateLimit: false,
    cache: { checkEveryMs: 0 },
  }
})

after(async () => {
  await app?.close()
  await store?.close()
  await new Promise((resolve) => setTimeout(resolve, 100))
  rmSync(dir, { recursive: true, force: true })
})

describe('access mode', () => {
  test('open on loopback without users, refused elsewhere, tokens once users exist', async () => {
    assert.equal(await decideAccessMode(store, '127.0.0.1'), 'open')
    assert.equal(await decideAccessMode(store, '::1'), 'open')
    await assert.rejects(decideAccessMode(store, '0.0.0.0'), (error: Error & { code?: string }) => error.code === 'ERR_USAGE' && /cobel users add/.test(error.message))
    for (const role of ['viewer', 'editor', 'admin'] as const) tokens[role] = (await addUser(store, `${role}-1`, role)).token
    assert.equal(await decideAccessMode(store, '0.0.0.0'), 'token')
    assert.equal(await decideAccessMode(store, '127.0.0.1'), 'token')
    app = await buildApp({ ...base, mode: 'token' })
    checkResponses(app, contract)
  })

  test('an open app treats every caller as the local admin', async () => {
    const open = await buildApp({ ...base, mode: 'open' })
    checkResponses(open, contract)
    try {
      const session = await call(open, 'GET', '/api/session')
      assert.deepEqual(session.json, { mode: 'open', user: { name: 'local', role: 'admin' } })
      assert.equal((await call(open, 'GET', '/api/users')).status, 200)
      // Adding a user closes open access at once, without a restart.
      const added = await call(open, 'POST', '/api/users', { body: { name: 'first-admin', role: 'admin' } })
      assert.equal(added.status, 201)
      assert.deepEqual((await call(open, 'GET', '/api/session')).json, { mode: 'token', user: null })
      assert.equal((await call(open, 'GET', '/api/documents')).status, 401)
      assert.equal((await call(open, 'DELETE', '/api/users/first-admin', { token: tokens.admin })).status, 200)
    } finally {
      await open.close()
    }
  })
})

describe('authentication and roles', () => {
  test('session says who is signed in; public routes need no token', async () => {
    assert.deepEqual((await get('/api/session', null)).json, { mode: 'token', user: null })
    assert.deepEqual((await get('/api/session')).json.user, { name: 'viewer-1', role: 'viewer' })
    assert.equal((await get('/api/health', null)).status, 200)
    assert.equal((await get('/api/openapi.json', null)).status, 200)
  })

  test('401 without a token or with an unknown one', async () => {
    for (const token of [null, 'cobel_not-a-real-token']) {
      const response = await get('/api/documents', token)
      assert.equal(response.status, 401)
      assert.equal(response.json.code, 'ERR_UNAUTHORIZED')
    }
    const malformed = await call(app, 'GET', '/api/documents', { headers: { authorization: 'Basic abc' } })
    assert.equal(malformed.status, 401)
  })

  test('403 for viewers on review and ingest, for editors on users', async () => {
    const claimId = (await get('/api/claims?pageSize=1')).json.items[0].id
    const forbidden = [
      await post('/api/review', { action: 'reject', claimId, reason: 'test' }, tokens.viewer),
      await post('/api/ingest', { texts: [{ text: 'Iran delivered drones to Russia.' }] }, tokens.viewer),
      await get('/api/ingest', tokens.viewer),
      await get('/api/users', tokens.viewer),
      await get('/api/users', tokens.editor),
      await post('/api/users', { name: 'x', role: 'viewer' }, tokens.editor),
      await call(app, 'DELETE', '/api/users/viewer-1', { token: tokens.editor }),
    ]
    for (const response of forbidden) {
      assert.equal(response.status, 403, response.body)
      assert.equal(response.json.code, 'ERR_FORBIDDEN')
    }
    // The role is checked before the body: a viewer learns nothing from a malformed request.
    assert.equal((await post('/api/review', { nonsense: true }, tokens.viewer)).status, 403)
  })
})

describe('meta, stats, OpenAPI and headers', () => {
  test('meta lists vocabularies and frameworks; stats count the store', async () => {
    const meta = (await get('/api/meta')).json
    assert.ok(meta.categories.includes('drones'))
    assert.ok(meta.statuses.includes('denied'))
    assert.equal(meta.frameworks.length, 6)
    assert.ok(meta.frameworks.every((f: { tiers: string[] }) => f.tiers.length >= 2))
    // The conflicts the workbench switches between, with their classification.
    assert.deepEqual(meta.conflicts.map((c: { id: string }) => c.id), ['armenia-azerbaijan-2020', 'israel-hamas-2023', 'russia-ukraine-2022'])
    assert.equal(meta.conflicts.find((c: { id: string }) => c.id === 'israel-hamas-2023').classification.value, 'contested')
    assert.equal(meta.conflicts.find((c: { default: boolean }) => c.default).id, 'russia-ukraine-2022')
    const stats = (await get('/api/stats')).json
    assert.equal(stats.documents, 3)
    assert.equal(stats.claims, 5)
    assert.ok(stats.lastIngest)
    await assertBadRequest('/api/stats?x=1')
  })

  test('the OpenAPI document covers every route, its parameters and errors', async () => {
    const doc = (await get('/api/openapi.json', null)).json
    assert.equal(doc.openapi, '3.1.0')
    const operations = Object.entries(doc.paths as Record<string, Record<string, { parameters: { name: string }[]; responses: Record<string, unknown> }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    )
    const names = operations.map((o) => `${o.method.toUpperCase()} ${o.path}`)
    for (const route of [
      'GET /api/documents',
      'GET /api/documents/{id}',
      'GET /api/claims',
      'GET /api/claims/merged',
      'GET /api/claims/{id}',
      'GET /api/network',
      'GET /api/quotes',
      'GET /api/actors',
      'GET /api/assessments',
      'GET /api/assessments/{actor}',
      'GET /api/overview',
      'GET /api/timeline',
      'GET /api/search',
      'POST /api/review',
      'GET /api/review/log',
      'GET /api/review/export',
      'POST /api/ingest',
      'GET /api/ingest/{id}',
      'GET /api/users',
      'POST /api/users',
      'DELETE /api/users/{name}',
    ])
      assert.ok(names.includes(route), `missing ${route}`)
    const claims = operations.find((o) => o.path === '/api/claims' && o.method === 'get')!
    assert.ok(['supplier', 'category', 'asOf', 'sort', 'page', 'pageSize', 'q'].every((p) => claims.op.parameters.some((x) => x.name === p)))
    assert.ok(claims.op.responses['400'] && claims.op.responses['403'])
    // Response bodies come from the contract's schemas, every field documented.
    const ok = (path: string) => (doc.paths[path].get.responses['200'].content['application/json'].schema ?? {}) as { properties: Record<string, { items: { required: string[] } }> }
    assert.ok(['id', 'idx', 'context', 'grade', 'conflict', 'review', 'document'].every((key) => ok('/api/claims').properties.items!.items.required.includes(key)))
    assert.ok(['idx', 'verb', 'rule', 'origin'].every((key) => ok('/api/quotes').properties.items!.items.required.includes(key)))
    assert.ok(Object.keys(ok('/api/assessments/{actor}').properties).includes('leftOut'))
    assert.deepEqual(Object.keys(doc.paths['/api/review/export'].get.responses['200'].content).sort(), ['application/json', 'text/csv'])
  })

  test('security headers: a CSP without inline scripts or styles', async () => {
    const response = await get('/api/health', null)
    const csp = String(response.headers['content-security-policy'])
    assert.match(csp, /script-src 'self'/)
    assert.match(csp, /default-src 'self'/)
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/)
    assert.equal(response.headers['x-content-type-options'], 'nosniff')
    assert.match(String(response.headers['x-frame-options']), /SAMEORIGIN|DENY/)
  })

  test('unknown routes are 404 with a code', async () => {
    const response = await get('/api/nothing-here')
    assert.equal(response.status, 404)
    assert.equal(response.json.code, 'ERR_NOT_FOUND')
  })
})

describe('documents', () => {
  test('pages, filters and sorts', async () => {
    const first = (await get('/api/documents?pageSize=2')).json
    assert.equal(first.total, 3)
    assert.equal(first.items.length, 2)
    assert.equal(first.items[0].title, 'Tehran denies')
    const second = (await get('/api/documents?pageSize=2&page=2')).json
    assert.equal(second.items.length, 1)
    assert.equal(second.items[0].title, 'Drones reach the front')
    const shells = (await get('/api/documents?supplier=PRK')).json
    assert.deepEqual(
      shells.items.map((d: { title: string }) => d.title),
      ['Shells by rail'],
    )
    assert.equal((await get('/api/documents?until=2022-10-31')).json.total, 1)
    assert.equal((await get('/api/documents?sort=title')).json.items[0].title, 'Drones reach the front')
    assert.equal((await get('/api/documents?outlet=Morning%20Post')).json.total, 1)
  })

  test('bad parameters are 400 ERR_BAD_REQUEST', async () => {
    for (const url of [
      '/api/documents?pageSize=0',
      '/api/documents?pageSize=501',
      '/api/documents?page=-1',
      '/api/documents?sort=size',
      '/api/documents?since=2022-13-01',
      '/api/documents?since=2023-01-01&until=2022-01-01',
      '/api/documents?category=tanks',
      '/api/documents?supplier=iran!',
      '/api/documents?unknown=1',
      '/api/documents/not-a-hash',
    ])
      await assertBadRequest(url)
  })

  test('one document: text, provenance, quotes and claims whose offsets point at their words', async () => {
    const doc = (await get(`/api/documents/${DRONES.id}`)).json
    assert.equal(doc.sha256, DRONES.id)
    assert.equal(doc.url, 'https://ledger.example/drones')
    assert.ok(doc.capturedAt.startsWith('2024-01-01'))
    assert.equal(doc.rawSha256, DRONES.rawSha256)
    assert.equal(doc.claims.length, 2)
    for (const claim of doc.claims) assert.equal(doc.text.slice(claim.evidenceStart, claim.evidenceEnd), claim.evidenceText)
    for (const quote of doc.quotes) assert.equal(doc.text.slice(quote.start, quote.end), quote.text)
    assert.ok(doc.highlights.some((h: { kind: string; actor?: string }) => h.kind === 'actor' && h.actor === 'IRN'), 'actor mentions are highlighted')
    const missing = await get(`/api/documents/${'0'.repeat(64)}`)
    assert.equal(missing.status, 404)
    assert.equal(missing.json.code, 'ERR_NOT_FOUND')
  })

  test('answers are cached until the store changes, and revalidated by ETag', async () => {
    const first = await get('/api/documents?pageSize=1')
    const etag = String(first.headers.etag)
    assert.ok(etag)
    const again = await call(app, 'GET', '/api/documents?pageSize=1', { token: tokens.viewer, headers: { 'if-none-match': etag } })
    assert.equal(again.status, 304)
    const zipped = await app.inject({ url: '/api/claims', headers: { authorization: `Bearer ${tokens.viewer}`, 'accept-encoding': 'gzip, deflate' } })
    assert.equal(zipped.headers['content-encoding'], 'gzip')
    assert.equal(JSON.parse(gunzipSync(zipped.rawPayload).toString()).total, 5)
  })
})

describe('claims, network, quotes, actors, search', () => {
  test('raw claims filter like the command line and search their sentences', async () => {
    assert.equal((await get('/api/claims')).json.total, 5)
    assert.equal((await get('/api/claims?supplier=IRN')).json.total, 4)
    assert.equal((await get('/api/claims?supplier=irn,prk&category=drones,artillery_ammunition')).json.total, 3)
    assert.equal((await get('/api/claims?status=denied')).json.total, 1)
    assert.equal((await get('/api/claims?asOf=2022-10-31')).json.total, 2)
    assert.equal((await get('/api/claims?since=2022-11-01&until=2022-11-30')).json.total, 2)
    const found = (await get('/api/claims?q=satellite')).json
    assert.equal(found.total, 1)
    assert.equal(found.items[0].supplier, 'PRK')
    // Every claim with who says it, its grade and the conflict it belongs to.
    for (const claim of (await get('/api/claims')).json.items) {
      assert.match(claim.grade.code, /^[A-F][1-6]$/)
      assert.equal(typeof claim.grade.basis, 'string')
      assert.ok('class' in claim.source)
      assert.equal(claim.conflict, 'russia-ukraine-2022')
    }
    const sorted = (await get('/api/claims?sort=supplier')).json.items.map((c: { supplier: string }) => c.supplier)
    assert.deepEqual(sorted, [...sorted].sort())
    for (const url of ['/api/claims?status=sure', '/api/claims?review=maybe', '/api/claims?asOf=yesterday', '/api/claims?sort=length', '/api/claims?q=', '/api/claims?pageSize=abc'])
      await assertBadRequest(url)
  })

  test('merged claims count independent outlets and denials', async () => {
    const merged = (await get('/api/claims/merged?supplier=IRN')).json
    const drones = merged.items.find((m: { category: string }) => m.category === 'drones')
    assert.equal(drones.strongestStatus, 'confirmed')
    assert.equal(drones.independentOutlets, 2)
    assert.equal(drones.documents, 2)
    assert.equal((await get('/api/claims/merged?pageSize=1')).json.items.length, 1)
    assert.ok((await get('/api/claims/merged?sort=supplier')).json.items.length >= 3)
    await assertBadRequest('/api/claims/merged?sort=weight')
    await assertBadRequest('/api/claims/merged?recipient=R')
  })

  test('one claim with its history', async () => {
    const id = (await get('/api/claims?supplier=IRN&category=trainers')).json.items[0].id
    const claim = (await get(`/api/claims/${id}`)).json
    assert.equal(claim.category, 'trainers')
    assert.deepEqual(claim.history, [])
    assert.equal((await get(`/api/claims/${'a'.repeat(32)}`)).status, 404)
    await assertBadRequest('/api/claims/xyz')
  })

  test('the network has one edge per pair, and as-of replays it', async () => {
    const network = (await get('/api/network')).json
    assert.equal(network.first, '2022-10-20')
    assert.equal(network.last, '2022-12-01')
    const iran = network.edges.find((e: { supplier: string }) => e.supplier === 'IRN')
    assert.deepEqual(iran.categories, ['drones', 'other_weapons', 'trainers'])
    assert.equal(iran.independentOutlets, 2)
    assert.equal(iran.denials, 1)
    const early = (await get('/api/network?asOf=2022-10-31')).json
    assert.deepEqual(
      early.edges.map((e: { supplier: string }) => e.supplier),
      ['IRN'],
    )
    await assertBadRequest('/api/network?status=unknown')
  })

  test('quotes by speaker, by actor, about an actor', async () => {
    assert.equal((await get('/api/quotes')).json.total, 2)
    assert.equal((await get('/api/quotes?speaker=olena')).json.total, 1)
    assert.equal((await get('/api/quotes?speakerActor=IRN')).json.items[0].speaker, 'Ministry Spokesperson')
    assert.equal((await get('/api/quotes?about=IRN')).json.total, 2)
    assert.equal((await get(`/api/quotes?documentId=${DENIAL.id}`)).json.total, 1)
    assert.equal((await get('/api/quotes?q=supplied')).json.items[0].speaker, 'Ministry Spokesperson')
    await assertBadRequest('/api/quotes?about=1')
    await assertBadRequest('/api/quotes?documentId=abc')
  })

  test('actors carry labels and counts', async () => {
    const actors = (await get('/api/actors')).json.items
    const iran = actors.find((a: { code: string }) => a.code === 'IRN')
    assert.equal(iran.label, 'Iran')
    assert.equal(iran.asSupplier, 4)
    assert.equal(actors.find((a: { code: string }) => a.code === 'RUS').asRecipient, 5)
    await assertBadRequest('/api/actors?limit=3')
  })

  test('search finds documents and quotes with marked snippets', async () => {
    const hits = (await get('/api/search?q=drones')).json.items
    assert.ok(hits.length >= 2)
    assert.ok(hits.some((h: { snippet: string }) => h.snippet.includes('**')))
    assert.ok((await get('/api/search?q=satellite&in=documents')).json.items.every((h: { kind: string }) => h.kind === 'document'))
    await assertBadRequest('/api/search')
    await assertBadRequest('/api/search?q=x&in=everywhere')
    await assertBadRequest('/api/search?q=x&pageSize=1000')
  })
})

describe('assessments and timeline', () => {
  test('every state and framework with its trace; filters and as-of', async () => {
    const all = (await get('/api/assessments')).json
    assert.match(all.disclaimer, /not legal advice/)
    const iran = all.items.find((a: { actor: string }) => a.actor === 'IRN')
    assert.equal(iran.frameworks.length, 6)
    const icrc = iran.frameworks.find((f: { framework: string }) => f.framework === 'icrc_sba')
    assert.notEqual(icrc.tier, icrc.defaultTier)
    assert.ok(icrc.fired.length > 0)
    assert.ok(icrc.claimIds.some((id: string) => iran.claims[id].documentId === DRONES.id))
    assert.equal(icrc.claimCount, icrc.claimIds.length)
    const only = (await get('/api/assessments?actor=IRN&framework=arsiwa_complicity')).json.items
    assert.equal(only.length, 1)
    assert.deepEqual(
      only[0].frameworks.map((f: { framework: string }) => f.framework),
      ['arsiwa_complicity'],
    )
    const before = (await get('/api/assessments?asOf=2022-10-01')).json
    assert.equal(before.items.length, 0)
    // The answer says what the as-of day left out.
    assert.equal(before.evidence.asOf, '2022-10-01')
    assert.ok(before.evidence.leftOut.afterAsOf > 0)
    assert.equal(all.evidence.asOf, new Date().toISOString().slice(0, 10), 'without asOf, an assessment is as of today')
    // Each listed claim carries its source grade; each framework what would lower it.
    for (const id of icrc.claimIds) assert.match(iran.claims[id].grade.code, /^[A-F][1-6]$/)
    assert.ok(Array.isArray(icrc.lower) && icrc.lower.length > 0)
    assert.equal(icrc.applicability.status, 'applies')
    // Another conflict: none of these claims is to its parties.
    const gaza = (await get('/api/assessments?conflict=israel-hamas-2023')).json
    assert.equal(gaza.items.length, 0)
    assert.equal(gaza.evidence.conflict, 'israel-hamas-2023')
    assert.ok(gaza.evidence.leftOut.notParty > 0)
    for (const url of ['/api/assessments?framework=vibes', '/api/assessments?asOf=2022-02-30', '/api/assessments?conflict=mars', '/api/assessments/IRN?actor=IRN'])
      await assertBadRequest(url)
  })

  test('one state; 404 for a state without claims', async () => {
    const iran = (await get('/api/assessments/irn')).json
    assert.equal(iran.actor, 'IRN')
    assert.ok(iran.frameworks.length === 6)
    const none = await get('/api/assessments/FRA')
    assert.equal(none.status, 404)
    assert.equal(none.json.code, 'ERR_NOT_FOUND')
    await assertBadRequest('/api/assessments/f')
  })

  test('the overview answers per state: tiers, claims, sources, denials', async () => {
    const overview = (await get('/api/overview')).json
    assert.equal(overview.documents, 3)
    const iran = overview.states.find((s: { actor: string }) => s.actor === 'IRN')
    assert.equal(iran.label, 'Iran')
    assert.equal(iran.frameworks.length, 6)
    assert.ok(iran.claims >= 2)
    assert.ok(iran.sources >= 1)
    assert.ok(iran.conduct.some((c: { conduct: string }) => c.conduct === 'weapons_transfer'))
    assert.ok(iran.frameworks.every((f: { applicability: string }) => f.applicability === 'applies'))
    assert.equal(overview.evidence.conflict, 'russia-ukraine-2022')
    assert.ok(overview.evidence.counted >= 2)
    await assertBadRequest('/api/overview?framework=icrc_sba')
  })

  test('the timeline lists tier changes and claim dates', async () => {
    const timeline = (await get('/api/timeline?actor=IRN')).json
    assert.ok(timeline.changes.length > 0)
    assert.equal(timeline.changes[0].date, '2022-10-20')
    assert.deepEqual(
      timeline.claimDates.map((d: { date: string }) => d.date),
      ['2022-10-20', '2022-11-15', '2022-12-01'],
    )
    assert.equal(timeline.claimDates[2].denials, 1)
    assert.ok((await get('/api/timeline?actor=IRN&framework=icrc_sba')).json.changes.every((c: { framework: string }) => c.framework === 'icrc_sba'))
    await assertBadRequest('/api/timeline?until=soon')
  })
})

describe('review', () => {
  test('bad decisions are 400; unknown claims 404', async () => {
    const claimId = (await get('/api/claims?status=asserted&supplier=PRK')).json.items[0].id
    for (const body of [
      { action: 'reject', claimId },
      { action: 'reject', claimId, reason: '   ' },
      { action: 'approve', claimId, reason: 'x' },
      { action: 'correct', claimId, reason: 'x', correction: {} },
      { action: 'correct', claimId, reason: 'x', correction: { category: 'tanks' } },
      { action: 'correct', claimId, reason: 'x', correction: { supplier: 'north korea' } },
      { action: 'accept', claimId: 'nope' },
      { action: 'accept', claimId, reviewer: 'someone-else' },
    ])
      await assertBadRequest('/api/review', { method: 'POST', body, token: tokens.editor })
    const missing = await post('/api/review', { action: 'reject', claimId: 'b'.repeat(32), reason: 'x' })
    assert.equal(missing.status, 404)
  })

  test('rejecting a claim changes the assessment at once; the log records who and why', async () => {
    const before = (await get('/api/assessments/PRK')).json
    const tierBefore = before.frameworks.find((f: { framework: string }) => f.framework === 'icrc_sba').tier
    assert.notEqual(tierBefore, 'not_party')
    const claimId = (await get('/api/claims?supplier=PRK')).json.items[0].id
    const result = await post('/api/review', { action: 'reject', claimId, reason: 'the satellite images show grain' })
    assert.equal(result.status, 200)
    assert.equal(result.json.state, 'rejected')
    assert.equal((await get('/api/assessments/PRK')).status, 404, 'PRK has no live claim left')
    assert.ok(!(await get('/api/overview')).json.states.some((s: { actor: string }) => s.actor === 'PRK'))
    const claim = (await get(`/api/claims/${claimId}`)).json
    assert.equal(claim.review.state, 'rejected')
    assert.equal(claim.review.by, 'editor-1')
    assert.equal(claim.history[0].reason, 'the satellite images show grain')
    // Reset brings it back.
    await post('/api/review', { action: 'reset', claimId, reason: 'second look' })
    assert.equal((await get('/api/assessments/PRK')).status, 200)
  })

  test('a correction is applied to every reading', async () => {
    const claimId = (await get('/api/claims?supplier=IRN&category=trainers')).json.items[0].id
    const result = await post('/api/review', { action: 'correct', claimId, reason: 'crews, not trainers', correction: { category: 'technical_support', status: 'reported' } })
    assert.equal(result.status, 200)
    const claim = (await get(`/api/claims/${claimId}`)).json
    assert.equal(claim.category, 'technical_support')
    assert.equal(claim.extracted.category, 'trainers')
    assert.equal((await get('/api/claims?category=trainers')).json.total, 0)
    assert.ok((await get('/api/network')).json.edges.find((e: { supplier: string }) => e.supplier === 'IRN').categories.includes('technical_support'))
  })

  test('the audit log pages and exports as CSV and JSON', async () => {
    const log = (await get('/api/review/log')).json
    assert.equal(log.total, 3)
    assert.deepEqual(
      log.items.map((e: { action: string }) => e.action),
      ['correct', 'reset', 'reject'],
    )
    assert.equal(log.items[2].reviewer, 'editor-1')
    assert.equal(log.items[2].before.review_state, 'pending')
    assert.equal(log.items[2].after.review_state, 'rejected')
    assert.equal((await get('/api/review/log?action=reject')).json.total, 1)
    const csv = await get('/api/review/export?format=csv')
    assert.equal(csv.status, 200)
    assert.match(String(csv.headers['content-type']), /text\/csv/)
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="cobel-review-log-.*\.csv"/)
    const lines = csv.body.trim().split('\r\n')
    assert.equal(lines[0], 'id,at,reviewer,action,claim_id,document_id,reason,before,after')
    assert.equal(lines.length, 4)
    const json = await get('/api/review/export?format=json')
    assert.equal(JSON.parse(json.body).length, 3)
    await assertBadRequest('/api/review/export?format=xlsx')
    await assertBadRequest('/api/review/log?action=delete')
  })

  test('who says a claim is corrected and its grade follows; editors add claims and quotes over words of a text', async () => {
    const shells = (await get('/api/claims?supplier=PRK')).json.items[0]
    const before = shells.grade.code
    const corrected = await post('/api/review', { action: 'correct', claimId: shells.id, reason: 'the minister said it', correction: { attributed_to: 'Rustem Umerov', source_actor: 'UKR', source_class: 'official', speaker_role: 'defence minister' } })
    assert.equal(corrected.status, 200, corrected.body)
    const after = (await get(`/api/claims/${shells.id}`)).json
    assert.deepEqual([after.attributedTo, after.source], ['Rustem Umerov', { actor: 'UKR', class: 'official' }])
    assert.notEqual(after.grade.code, before, `grade ${before} stays after naming an official speaker`)
    await assertBadRequest('/api/review', { method: 'POST', body: { action: 'correct', claimId: shells.id, reason: 'x', correction: { source_class: 'oracle' } }, token: tokens.editor })

    const doc = (await get(`/api/documents/${DENIAL.id}`)).json
    const words = 'Iran has never supplied weapons to Russia'
    const start = doc.text.indexOf(words)
    const body = { documentId: DENIAL.id, start, end: start + words.length, supplier: 'IRN', recipient: 'RUS', category: 'small_arms', status: 'denied', reason: 'the denial names small arms too' }
    const added = await post('/api/review/claims', body)
    assert.equal(added.status, 201, added.body)
    assert.equal(added.json.state, 'accepted')
    const claim = (await get(`/api/claims/${added.json.claimId}`)).json
    assert.deepEqual([claim.evidenceText, claim.category, claim.status], [words, 'small_arms', 'denied'])
    assert.equal((await post('/api/review/claims', body)).status, 409, 'the same claim twice')
    await assertBadRequest('/api/review/claims', { method: 'POST', body: { ...body, end: 99_999 }, token: tokens.editor })
    assert.equal((await post('/api/review/claims', body, tokens.viewer)).status, 403)

    const quote = await post('/api/review/quotes', { documentId: DENIAL.id, start: 0, end: 'Tehran denied the reports.'.length, speaker: 'Nasser Kanaani', role: 'spokesman', reason: 'missed' })
    assert.equal(quote.status, 201, quote.body)
    const fixed = await post('/api/review/quote', { action: 'correct', quoteId: quote.json.quoteId, reason: 'wrong role', correction: { role: 'foreign ministry spokesman' } })
    assert.equal(fixed.json.state, 'corrected')
    const quotes = (await get(`/api/quotes?documentId=${DENIAL.id}`)).json.items
    const listed = quotes.find((q: { id: string }) => q.id === quote.json.quoteId)
    assert.deepEqual([listed.speaker, listed.role, listed.origin, listed.reviewState], ['Nasser Kanaani', 'foreign ministry spokesman', 'added', 'corrected'])
    // Quotes about Iran are those Iran speaks or whose words carry a claim about it, not every quote of an article naming it.
    const aboutIran = (await get('/api/quotes?about=IRN')).json.items.map((q: { id: string }) => q.id)
    assert.ok(!aboutIran.includes(quote.json.quoteId))
    assert.equal(aboutIran.length, 2)
    await post('/api/review/quote', { action: 'reject', quoteId: quote.json.quoteId, reason: 'a headline, not a quote' })
    assert.equal((await get(`/api/quotes?documentId=${DENIAL.id}`)).json.total, 1, 'rejected quotes are left out')
    const log = (await get(`/api/review/log?documentId=${DENIAL.id}`)).json
    assert.deepEqual(log.items.map((e: { action: string }) => e.action), ['reject', 'correct', 'add', 'add'])
  })
})

describe('ingest', () => {
  test('pasted text is analysed and stored by a job whose progress is polled', async () => {
    const text = 'Iran delivered drones to Russia again, a <script>alert(1)</script> witness said. <img src=x onerror="alert(2)">'
    const queued = await post('/api/ingest', { texts: [{ text, title: 'Pasted <b>report</b>', publishedAt: '2023-01-05', lang: 'en', outlet: 'Paste Daily' }] })
    assert.equal(queued.status, 202)
    assert.ok(['queued', 'running'].includes(queued.json.state))
    const job = await waitForJob(queued.json.id)
    assert.equal(job.state, 'done', JSON.stringify(job))
    assert.equal(job.progress.stored, 1)
    const doc = (await get(`/api/documents/${job.documents[0].id}`)).json
    assert.equal(doc.text, text, 'stored as written; the web app escapes it')
    assert.equal(doc.title, 'Pasted <b>report</b>')
    assert.equal(doc.publishedAt, '2023-01-05')
    assert.equal(doc.claims[0].supplier, 'IRN')
    assert.equal((await get('/api/stats')).json.documents, 4, 'cached readings see the new document')
    const again = await waitForJob((await post('/api/ingest', { texts: [{ text }] })).json.id)
    assert.equal(again.progress.skipped, 1)
    assert.equal((await get('/api/ingest', tokens.editor)).json.items.length, 2)
  })

  test('uploaded files are read by their format', async () => {
    const markdown = '---\ntitle: Uploaded shells\ndate: 2023-02-01\n---\n\nNorth Korea delivered shells to Russia by sea.'
    const job = await waitForJob((await post('/api/ingest', { files: [{ name: 'shells.md', content: Buffer.from(markdown).toString('base64') }] })).json.id)
    assert.equal(job.state, 'done')
    assert.equal(job.documents[0].title, 'Uploaded shells')
    assert.equal(job.documents[0].claims, 1)
    const empty = await waitForJob((await post('/api/ingest', { files: [{ name: 'empty.txt', content: '' }] })).json.id)
    assert.equal(empty.failures[0].code, 'ERR_INPUT_EMPTY')
  })

  test('bad bodies are 400, unknown jobs 404, huge bodies 413', async () => {
    for (const body of [
      {},
      { texts: [] },
      { texts: [{ text: '   ' }] },
      { texts: [{ text: 'x', url: 'javascript:alert(1)' }] },
      { texts: [{ text: 'x', publishedAt: '05/01/2023' }] },
      { files: [{ name: '../etc/passwd', content: '' }] },
      { files: [{ name: 'a.txt', content: '***' }] },
      { files: [{ name: 'a.txt', content: 'aGk=', format: 'pdf' }] },
      { texts: [{ text: 'x' }], extra: true },
    ])
      await assertBadRequest('/api/ingest', { method: 'POST', body, token: tokens.editor })
    const unknown = await get('/api/ingest/00000000-0000-4000-8000-000000000000', tokens.editor)
    assert.equal(unknown.status, 404)
    await assertBadRequest('/api/ingest/123')
    const huge = await post('/api/review', { action: 'accept', claimId: 'a'.repeat(32), reason: 'x'.repeat(1_100_000) })
    assert.equal(huge.status, 413)
    assert.equal(huge.json.code, 'ERR_INPUT_TOO_LARGE')
  })
})

describe('users', () => {
  test('admins list, add and remove users; a removed token stops working', async () => {
    const list = (await get('/api/users', tokens.admin)).json.items
    assert.deepEqual(
      list.map((u: { name: string; role: string }) => `${u.name}:${u.role}`),
      ['admin-1:admin', 'editor-1:editor', 'viewer-1:viewer'],
    )
    assert.ok(list.every((u: Record<string, unknown>) => !('token' in u) && !('token_hash' in u)))
    const added = await call(app, 'POST', '/api/users', { token: tokens.admin, body: { name: 'reader.2', role: 'viewer' } })
    assert.equal(added.status, 201)
    assert.match(added.json.token, /^cobel_/)
    assert.equal((await get('/api/session', added.json.token)).json.user.name, 'reader.2')
    const duplicate = await call(app, 'POST', '/api/users', { token: tokens.admin, body: { name: 'reader.2', role: 'editor' } })
    assert.equal(duplicate.status, 409)
    assert.equal(duplicate.json.code, 'ERR_CONFLICT')
    await assertBadRequest('/api/users', { method: 'POST', body: { name: 'bad name', role: 'viewer' } })
    await assertBadRequest('/api/users', { method: 'POST', body: { name: 'ok', role: 'owner' } })
    assert.equal((await call(app, 'DELETE', '/api/users/reader.2', { token: tokens.admin })).status, 200)
    assert.equal((await get('/api/documents', added.json.token)).status, 401)
    assert.equal((await call(app, 'DELETE', '/api/users/nobody', { token: tokens.admin })).status, 404)
    assert.equal((await call(app, 'DELETE', '/api/users/admin-1', { token: tokens.admin })).status, 409)
  })
})

describe('rate limiting', () => {
  test('too many requests are 429 ERR_RATE_LIMITED', async () => {
    const limited = await buildApp({ ...base, mode: 'token', rateLimit: 3 })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) statuses.push((await call(limited, 'GET', '/api/health')).status)
      assert.deepEqual(statuses, [200, 200, 200, 429, 429])
      const response = await call(limited, 'GET', '/api/health')
      assert.equal(response.json.code, 'ERR_RATE_LIMITED')
    } finally {
      await limited.close()
    }
  })
})


describe('the contract', () => {
  test('routes the tests above leave out answer by their schemas too', async () => {
    const quote = (await get('/api/quotes?pageSize=1')).json.items[0]
    assert.equal((await get(`/api/quotes/${quote.id}`)).status, 200)
    assert.equal((await get('/api/timeline/months?actor=IRN&framework=icrc_sba')).status, 200)
    assert.equal((await get('/api/queue')).status, 200)
    // Watching a feed through the API needs PostgreSQL; the store takes one on PGlite too.
    const feed = await addFeed(store, 'https://news.example.org/feed.xml', 900, 'editor-1')
    assert.equal((await get('/api/feeds')).json.items.length, 1)
    assert.equal((await call(app, 'DELETE', `/api/feeds/${feed.id}`, { token: tokens.editor })).status, 200)
  })

  test('every JSON answer above matched its route\'s response schema, with no undocumented field', () => {
    assert.deepEqual(contract.failures, [])
  })

  test('every route that answers JSON declares its response and was checked above', async () => {
    const openapi = (await get('/api/openapi.json', null)).json
    const declared = routesWithResponses(openapi)
    const undeclared = Object.entries(openapi.paths as Record<string, Record<string, object>>)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
      .filter((route) => !declared.includes(route) && route !== 'GET /api/openapi.json')
    assert.deepEqual(undeclared, [])
    // POST /api/feeds answers on PostgreSQL only, with the body GET /api/feeds lists.
    assert.deepEqual(declared.filter((route) => !contract.checked.has(route) && route !== 'POST /api/feeds'), [])
  })
})
