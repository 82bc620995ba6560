import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findQuoteSpans } from './find-quote-spans.js'

const quotes = (text: string): string[] => findQuoteSpans(text).map((q) => text.slice(q.start, q.end))

test('pairs guillemets, curly and straight quotes, keeping inner quotes inside', () => {
  assert.deepEqual(quotes('Il a dit : « Ces drones “kamikazes” arrivent. » Puis : "Rien de plus."'), ['Ces drones “kamikazes” arrivent.', 'Rien de plus.'])
  assert.deepEqual(quotes('“We will not,” she said, “ever.”'), ['We will not,', 'ever.'])
})

test('closes a quotation left open at the end of its paragraph', () => {
  const text = '« Le premier paragraphe continue\n« Et le second se termine. »'
  const spans = findQuoteSpans(text)
  assert.equal(spans.length, 2)
  assert.equal(spans[0]!.unclosed, true)
})

test('reads swapped marks by position', () => {
  assert.deepEqual(quotes('a déclaré : “une politique de” réinitialisation “avec eux”.'), ['une politique de” réinitialisation “avec eux'])
})

test('an Arabic clitic stretched by a tatweel opens a quotation: بـ”تزويد روسيا أسلحة”', () => {
  assert.deepEqual(quotes('اتهمه بـ”تزويد روسيا أسلحة” أمس'), ['تزويد روسيا أسلحة'])
})
