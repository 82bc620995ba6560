import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import ftm from '@alephdata/followthemoney'
import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { CSV_COLUMNS } from '../../src/export/export-csv.js'
import type { ActorInfo, FtmEntity } from '../../src/export/export-ftm.js'
import { exportStore } from '../../src/export/export-store.js'
import { stringSink } from '../../src/export/text-sink.js'
import { csvField } from '../../src/export/csv-row.js'
import { claimIdOf } from '../../src/store/analysis-rows.js'
import { listMergedClaims } from '../../src/store/list-merged-claims.js'
import type { Store } from '../../src/store/open-store.js'
import { reviewClaim } from '../../src/store/review-claim.js'
import { saveDocuments } from '../../src/store/save-documents.js'
import { ALL_DOCS, DOC_A, DOC_D, toSave } from './fixture-documents.js'
import { pgliteFactory, type StoreFactory } from './test-stores.js'

const ACTORS = new Map<string, ActorInfo>([
  ['IRN', { kind: 'state', label: 'Iran' }],
  ['RUS', { kind: 'state', label: 'Russia' }],
  ['IRGC', { kind: 'organ', label: 'Islamic Revolutionary Guard Corps', parent: 'IRN' }],
  ['NATO', { kind: 'organisation', label: 'NATO' }],
])

/** A claim whose words need every kind of CSV quoting: commas, quotes, a line break, a formula sign. */
const AWKWARD = toSave({
  id: 'awkward',
  text: 'Officials said, "quietly", that NATO sent\nradars to Ukraine. =SUM(A1) was written on the crates.',
  lang: 'en',
  url: 'https://awkward.example/x',
  outlet: 'Awkward, "Quoted" Outlet',
  publishedAt: '2023-06-01',
  claims: [{ supplier: 'NATO', recipient: 'UKR', category: 'air_defence', status: 'reported', evidence: 'Officials said, "quietly", that NATO sent\nradars to Ukraine' }],
})

async function exportText(store: Store, format: 'csv' | 'jsonl' | 'ftm' | 'graphml', filters = {}): Promise<{ text: string; count: number }> {
  const sink = stringSink()
  const count = await exportStore(store, format, filters, sink, { actors: ACTORS })
  return { text: sink.text(), count }
}

describe('exports', () => {
  let factory: StoreFactory
  let store: Store
  before(async () => {
    factory = await pgliteFactory()
    store = await factory.create()
    await saveDocuments(store, [...ALL_DOCS, AWKWARD])
    const rejected = DOC_D.analysis.support[1]!
    await reviewClaim(store, { action: 'reject', claimId: claimIdOf(DOC_D.id, rejected), reviewer: 'test' })
  })
  after(async () => factory?.dispose())

  it('CSV round-trips through a CSV parser', async () => {
    const { text, count } = await exportText(store, 'csv')
    const rows = parseCsv(text, { columns: true, relax_column_count: false }) as Record<string, string>[]
    assert.equal(rows.length, count)
    assert.equal(rows.length, (await listMergedClaims(store)).length)
    assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS])
    const nato = rows.find((r) => r.supplier === 'NATO')!
    assert.equal(nato.evidence, 'Officials said, "quietly", that NATO sent\nradars to Ukraine')
    assert.equal(nato.outlets, 'Awkward, "Quoted" Outlet')
    const drones = rows.find((r) => r.supplier === 'IRN' && r.category === 'drones')!
    assert.equal(drones.independent_outlets, '2')
    assert.equal(drones.denials, '0', 'the rejected denial is not counted')
    assert.equal(drones.sources!.split('\n').length, 4)
    assert.equal(csvField('=1+1'), "'=1+1")
  })

  it('JSONL follows the annotation format with exact evidence offsets', async () => {
    const { text, count } = await exportText(store, 'jsonl')
    const lines = text.trim().split('\n').map((l) => JSON.parse(l))
    assert.equal(lines.length, count)
    assert.equal(lines.length, ALL_DOCS.length + 1)
    for (const doc of lines) {
      for (const s of doc.support) assert.equal(doc.text.slice(s.start, s.end), s.evidence)
      for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.start + q.quote.length), q.quote)
    }
    const d = lines.find((l) => l.id === DOC_D.id)
    assert.equal(d.support.length, 1, 'rejected claims are left out')
    assert.equal(d.source_id, 'quotidien-d')
    assert.equal(d.quotes[0].speaker, 'Karim Tavassoli')
    const filtered = await exportText(store, 'jsonl', { supplier: ['PRK'] })
    assert.equal(filtered.count, 1)
  })

  it('FollowTheMoney entities validate against the FtM model', async () => {
    const { text, count } = await exportText(store, 'ftm')
    const entities = text.trim().split('\n').map((l) => JSON.parse(l) as FtmEntity)
    assert.equal(entities.length, count)
    validateFtm(entities)
    const schemas = new Map<string, number>()
    for (const e of entities) schemas.set(e.schema, (schemas.get(e.schema) ?? 0) + 1)
    assert.equal(schemas.get('Article'), ALL_DOCS.length + 1)
    assert.equal(schemas.get('UnknownLink'), 8, 'every claim but the rejected one')
    assert.equal(schemas.get('Documentation'), 8)
    assert.equal(schemas.get('Note'), 1)
    const irn = entities.find((e) => e.id === 'cobel-actor-irn')!
    assert.equal(irn.schema, 'PublicBody')
    assert.deepEqual(irn.properties.country, ['ir'])
    assert.equal(entities.find((e) => e.id === 'cobel-actor-nato')!.schema, 'Organization')
    assert.deepEqual(entities.find((e) => e.id === 'cobel-actor-irgc')!.properties.parent, ['cobel-actor-irn'])
    const link = entities.find((e) => e.id === `cobel-claim-${claimIdOf(DOC_A.id, DOC_A.analysis.support[0]!)}`)!
    assert.deepEqual(link.properties.role, ['drones'])
    assert.deepEqual(link.properties.status, ['confirmed'])
    assert.deepEqual(link.properties.publisher, ['The Daily Ledger'])
    assert.deepEqual(link.properties.date, ['2023-01-10'])
    const article = entities.find((e) => e.id === `cobel-article-${DOC_A.id}`)!
    assert.match(article.properties.contentHash![0]!, /^[0-9a-f]{40}$/)
    assert.deepEqual(article.properties.language, ['eng'])
  })

  it('GraphML is valid XML with one node per actor and one edge per merged claim', async () => {
    const { text } = await exportText(store, 'graphml')
    assert.equal(XMLValidator.validate(text), true)
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) }).parse(text)
    const graph = doc.graphml.graph
    const merged = (await listMergedClaims(store)).filter((m) => m.claims > 0)
    const actors = new Set(merged.flatMap((m) => [m.supplier, m.recipient]))
    assert.equal(graph.node.length, actors.size)
    assert.equal(graph.edge.length, merged.length)
    assert.equal(graph['@edgedefault'], 'directed')
    const edge = graph.edge.find((e: { '@source': string; data: { '@key': string; '#text': unknown }[] }) =>
      e['@source'] === 'IRN' && e.data.some((d) => d['@key'] === 'e_category' && d['#text'] === 'drones'),
    )
    const value = (key: string) => edge.data.find((d: { '@key': string }) => d['@key'] === key)?.['#text']
    assert.equal(value('e_weight'), 2)
    assert.equal(value('e_strongest_status'), 'confirmed')
    assert.equal(value('e_first_date'), '2023-01-10')
    const keys = new Set(doc.graphml.key.map((k: { '@id': string }) => k['@id']))
    for (const e of graph.edge) for (const d of e.data) assert.ok(keys.has(d['@key']))
  })
})

/** Checks schema names, property names and value types against the FollowTheMoney model. */
function validateFtm(entities: FtmEntity[]): void {
  const model = new ftm.Model(ftm.defaultModel)
  const byId = new Map(entities.map((e) => [e.id, e]))
  assert.equal(byId.size, entities.length, 'entity ids are unique')
  for (const entity of entities) {
    const schema = model.getSchema(entity.schema)
    assert.ok(!schema.abstract, `${entity.schema} is not abstract`)
    assert.ok(model.getEntity(entity as never))
    for (const [name, values] of Object.entries(entity.properties)) {
      assert.ok(schema.hasProperty(name), `${entity.schema} has no property ${name}`)
      const property = schema.getProperty(name)
      assert.ok(!property.stub, `${entity.schema}.${name} is a stub`)
      assert.ok(Array.isArray(values) && values.length > 0)
      for (const value of values) {
        assert.equal(typeof value, 'string')
        const type = property.type.name
        const where = `${entity.id} ${name}=${value}`
        if (type === 'entity') {
          const target = byId.get(value)
          assert.ok(target, `${where}: unknown entity`)
          assert.ok(model.getSchema(target.schema).isA(property.getRange()), `${where}: ${target.schema} is not a ${property.getRange().name}`)
        } else if (type === 'date') assert.match(value, /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/, where)
        else if (type === 'country') assert.match(value, /^[a-z]{2}$/, where)
        else if (type === 'language') assert.match(value, /^[a-z]{3}$/, where)
        else if (type === 'checksum') assert.match(value, /^[0-9a-f]{40}$/, where)
        else if (type === 'url') assert.doesNotThrow(() => new URL(value), where)
        if (property.type.maxLength) assert.ok(value.length <= property.type.maxLength || type === 'text', `${where}: too long`)
      }
    }
  }
}
