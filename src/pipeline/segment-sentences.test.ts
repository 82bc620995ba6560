import assert from 'node:assert/strict'
import { test } from 'node:test'
import { knowledge } from '../../test/knowledge.js'
import { segmentSentences } from './segment-sentences.js'

const split = (text: string, lang: string): string[] =>
  segmentSentences(text, lang, knowledge.languages.get(lang)!.sentenceRules).map((s) => text.slice(s.start, s.end))

test('keeps titles with the name that follows (M., Dr., Mr.)', () => {
  assert.deepEqual(split('M. Martin est arrivé à Vienne. Le Dr. Hassan a parlé ensuite.', 'fr'), ['M. Martin est arrivé à Vienne.', 'Le Dr. Hassan a parlé ensuite.'])
  assert.deepEqual(split('Mr. Cole flew to Oslo on Monday. He met the U.S. envoy there.', 'en'), ['Mr. Cole flew to Oslo on Monday.', 'He met the U.S. envoy there.'])
})

test('keeps a closing guillemet with its sentence', () => {
  assert.deepEqual(split('Elle a dit : « Nous ne céderons pas. » Puis elle est partie.', 'fr'), ['Elle a dit : « Nous ne céderons pas. »', 'Puis elle est partie.'])
})

test('does not split before a lower-case incise', () => {
  assert.deepEqual(split('« Qui paiera ? » demanda le député. « Personne ! » répondit-il.', 'fr'), ['« Qui paiera ? » demanda le député.', '« Personne ! » répondit-il.'])
})

test('separates sentences glued without a space and keeps paragraphs apart', () => {
  const sentences = segmentSentences('The talks ended on Friday.Officials left Geneva.\nA new round opens soon.', 'en', knowledge.languages.get('en')!.sentenceRules)
  assert.equal(sentences.length, 3)
  assert.deepEqual(sentences.map((s) => s.paragraph), [0, 0, 1])
})

test('reads the last word of a sentence before spaces of any kind (titles, initials, abbreviations)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['fr', 'Il a rencontré M.\u00A0 Durand hier. Puis il est parti.', ['Il a rencontré M.\u00A0 Durand hier.', 'Puis il est parti.']],
    ['en', 'The letter was signed by George W.  Carver in May. Nobody replied.', ['The letter was signed by George W.  Carver in May.', 'Nobody replied.']],
    ['en', 'Shipments rose, etc. and then fell. Prices followed.', ['Shipments rose, etc. and then fell.', 'Prices followed.']],
  ]
  for (const [lang, text, expected] of cases) assert.deepEqual(split(text, lang), expected, text)
})
