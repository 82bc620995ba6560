import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../../src/store/open-store.js'
import { saveDocuments } from '../../src/store/save-documents.js'
import { searchStore } from '../../src/store/search-store.js'
import { toSave } from './fixture-documents.js'
import { pgliteFactory, type StoreFactory } from './test-stores.js'

// Names and words in Cyrillic and Arabic script are found as they are written.
const UKRAINIAN = toSave({
  id: 'uk-script',
  title: 'Нова партія дронів',
  text: '«Ми отримали нові системи ППО», — сказав Володимир Зеленський у вівторок. Іран передав Росії дрони.',
  lang: 'uk',
  quotes: [{ quote: 'Ми отримали нові системи ППО', speaker: 'Володимир Зеленський' }],
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'reported', evidence: 'Іран передав Росії дрони' }],
})
const ARABIC = toSave({
  id: 'ar-script',
  title: 'طائرات مسيرة',
  text: 'قال جون كيربي إن "إيران أرسلت طائرات مسيرة إلى روسيا" الأسبوع الماضي.',
  lang: 'ar',
  quotes: [{ quote: 'إيران أرسلت طائرات مسيرة إلى روسيا', speaker: 'جون كيربي' }],
  claims: [{ supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'confirmed', evidence: 'إيران أرسلت طائرات مسيرة إلى روسيا' }],
})

describe('search in Cyrillic and Arabic script', () => {
  let factory: StoreFactory
  let store: Store
  before(async () => {
    factory = await pgliteFactory()
    store = await factory.create()
    await saveDocuments(store, [UKRAINIAN, ARABIC])
  })
  after(async () => factory.dispose())

  it('finds a quote by its speaker written in Cyrillic or Arabic', async () => {
    const uk = await searchStore(store, 'Зеленський', { in: 'quotes' })
    assert.deepEqual(uk.map((h) => h.speaker), ['Володимир Зеленський'])
    const ar = await searchStore(store, 'كيربي', { in: 'quotes' })
    assert.deepEqual(ar.map((h) => h.speaker), ['جون كيربي'])
  })

  it('finds documents by a word of their own script', async () => {
    assert.deepEqual((await searchStore(store, 'дрони', { in: 'documents' })).map((h) => h.documentId), [UKRAINIAN.id])
    assert.deepEqual((await searchStore(store, 'طائرات', { in: 'documents' })).map((h) => h.documentId), [ARABIC.id])
  })
})
