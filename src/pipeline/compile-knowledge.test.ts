import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadKnowledge } from '../load/load-knowledge.js'
import { compileKnowledge } from './compile-knowledge.js'

test('the languages map compiles a language when it is read, and reads as a whole map', () => {
  const data = loadKnowledge().data
  const { languages } = compileKnowledge(data)
  const codes = Object.values(data.languages).map((lexicon) => lexicon.lang)
  // Every key from the start, in the data's order, before any value is read.
  assert.deepEqual([...languages.keys()], codes)
  assert.equal(languages.size, codes.length)
  assert.ok(languages.has('fr') && !languages.has('tr'))
  assert.equal(languages.get('tr'), undefined)
  // A value read is compiled once and kept.
  const french = languages.get('fr')!
  assert.equal(french.lang, 'fr')
  assert.equal(languages.get('fr'), french)
  assert.ok(french.words.entries > 0)
  // Iterations and forEach give every language compiled, in the same order.
  assert.deepEqual([...languages].map(([code, language]) => [code, language.lang]), codes.map((code) => [code, code]))
  assert.deepEqual([...languages.values()].map((language) => language.lang), codes)
  assert.equal([...languages.entries()][codes.indexOf('fr')]![1], french)
  const seen: string[] = []
  languages.forEach((language, code) => seen.push(`${code}:${language.lang}`))
  assert.deepEqual(seen, codes.map((code) => `${code}:${code}`))
})
