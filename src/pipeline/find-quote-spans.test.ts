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

test('splits a quotation at the author words set between two dashes, the second part resuming', () => {
  const text = '«Мы поставляем помощь, — сказал министр. — И продолжим это делать».'
  const spans = findQuoteSpans(text)
  assert.deepEqual(spans.map((q) => text.slice(q.start, q.end)), ['Мы поставляем помощь,', 'И продолжим это делать'])
  assert.equal(spans[1]!.continues, true)
  // An editor's note in brackets is not the author's words.
  assert.deepEqual(quotes('"Вони (Іран, - ред.) вже передали ракети", - сказав він.'), ['Вони (Іран, - ред.) вже передали ракети'])
})

test('reads dialogue lines opened by a dash and block quotations signed on the next line', () => {
  assert.deepEqual(quotes('— Мы не поставляем оружие, — заявил Песков. — Это ложь.\nДругой абзац.'), ['Мы не поставляем оружие,', 'Это ложь.'])
  assert.deepEqual(quotes('Ми стурбовані цією інформацією і готові до дій.\n– сказав на брифінгу речник.'), ['Ми стурбовані цією інформацією і готові до дій.'])
  // A dash opening a line with no author's words after it quotes nothing.
  assert.deepEqual(quotes('— 12 танков, 40 гаубиц.'), [])
})

test('an Arabic clitic stretched by a tatweel opens a quotation: بـ”تزويد روسيا أسلحة”', () => {
  assert.deepEqual(quotes('اتهمه بـ”تزويد روسيا أسلحة” أمس'), ['تزويد روسيا أسلحة'])
})

test('straight marks spaced on both sides pair up: a été " déformée ". " Nous … ", a-t-il dit', () => {
  assert.deepEqual(quotes('La phrase a été " largement déformée ". " Nous ne partirons pas ", a-t-il dit.'), ['largement déformée', 'Nous ne partirons pas'])
  assert.deepEqual(quotes('He called it " a mistake " and left.'), ['a mistake'])
  // Glued marks keep their usual reading.
  assert.deepEqual(quotes('Il a parlé d\'une "erreur" et d\'un "affront".'), ['erreur', 'affront'])
})
