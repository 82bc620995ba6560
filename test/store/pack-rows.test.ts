import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { documentIdOf } from '../../src/store/document-id.js'
import { documentRowsOf, packDocumentRows } from '../../src/store/document-rows.js'
import { ftsConfigFor } from '../../src/store/fts-config-for.js'
import { saveDocuments, type DocumentToSave } from '../../src/store/save-documents.js'
import type { Store } from '../../src/store/open-store.js'
import { analyze } from '../knowledge.js'
import { pgliteFactory, type StoreFactory } from './test-stores.js'

// Quotes, backslashes, commas, braces and NULLs: what an array literal must escape.
const TEXT = [
  '« Nous avons livré des drones, {tous} \\ neufs », a déclaré le porte-parole iranien, selon le ministère.',
  'L\'Iran a livré des drones "Shahed-136" à la Russie, a affirmé jeudi le ministère ukrainien de la Défense.',
  'Selon des sources anonymes, la Corée du Nord a envoyé des obus à la Russie.',
].join('\n\n')

describe('packed rows', () => {
  let factory: StoreFactory
  before(async () => {
    factory = await pgliteFactory()
  })
  after(async () => factory?.dispose())

  const save = async (store: Store, packed: boolean): Promise<unknown[]> => {
    const id = documentIdOf(TEXT)
    const analysis = analyze(TEXT, 'fr', id)
    assert.ok(analysis.support.length > 0 && analysis.quotes.length > 0)
    const rows = documentRowsOf(id, analysis, ftsConfigFor(analysis.lang))
    const doc: DocumentToSave = { id, analysis, rows: packed ? packDocumentRows(rows) : rows, sourceId: 'x', source: 'x.txt', sourceFormat: 'text', rawSha256: id, capturedAt: new Date(0), url: null, outlet: null, publishedAt: null, dataVersion: 'v' }
    await saveDocuments(store, [doc])
    return Promise.all([
      store.db.selectFrom('statements').selectAll().orderBy('id').execute(),
      store.db.selectFrom('claims').selectAll().orderBy('id').execute().then((r) => r.map(({ created_at: _c, ...rest }) => rest)),
    ])
  }

  it('store the same quotes and claims as rows sent as objects', async () => {
    const plain = await save(await factory.create(), false)
    const packed = await save(await factory.create(), true)
    assert.deepEqual(packed, plain)
  })
})
