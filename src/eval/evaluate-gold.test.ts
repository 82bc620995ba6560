import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../test/knowledge.js'
import { evaluateGold, sameSpeaker, type GoldRecord } from './evaluate-gold.js'

test('speakers match across case, accents, articles, surnames and transliteration', () => {
  assert.ok(sameSpeaker('John Kirby', 'Kirby'))
  assert.ok(sameSpeaker('Volodymyr Zelensky', 'Volodimir Zelenski'))
  assert.ok(sameSpeaker('le Kremlin', 'Kremlin'))
  assert.ok(sameSpeaker(null, null))
  assert.ok(!sameSpeaker('John Kirby', null))
  assert.ok(!sameSpeaker('Antony Blinken', 'Janet Yellen'))
})

test('claims match on supplier, recipient and category, duplicates collapsed; status scored apart', () => {
  const text = 'Iran has supplied drones to Russia. Iran also supplied drones to Russia in May. “We sent no missiles,” said Tom Reyes, a spokesman.'
  const gold: GoldRecord = {
    id: 'g',
    lang: 'en',
    text,
    support: [
      { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'reported', evidence: 'Iran has supplied drones to Russia', attributed_to: null },
      { supplier: 'IRN', recipient: 'RUS', category: 'drones', status: 'confirmed', evidence: 'Iran also supplied drones to Russia', attributed_to: null },
      { supplier: 'PRK', recipient: 'RUS', category: 'missiles', status: 'reported', evidence: 'x', attributed_to: null },
    ],
    quotes: [{ speaker: 'Tom Reyes', role: 'spokesman', org: null, quote: 'We sent no missiles,' }],
  }
  const report = evaluateGold([{ gold, analysis: analyze(text) }])
  const s = report.overall
  assert.equal(s.support.tp, 1)
  assert.equal(s.support.fn, 1)
  assert.equal(s.status.total, 2)
  assert.equal(s.status.correct, 1)
  assert.equal(s.quotes.tp, 1)
  assert.equal(s.speaker.accuracy, 1)
  assert.equal(report.errors[0]!.missedClaims.length, 1)
})

test('a claim rolled up from an organ answers to the organ code the annotation format uses', () => {
  const text = 'The Revolutionary Guards sent military advisers to Syria. Wagner fighters were deployed to Mali by Moscow.'
  const analysis = analyze(text)
  const via = analysis.support.filter((c) => c.via)
  assert.ok(via.some((c) => c.supplier === 'IRN' && c.via === 'IRGC'), 'the engine rolls IRGC up to IRN')
  const gold = (supplier: string, recipient: string, category: string): GoldRecord => ({
    id: 'g',
    lang: 'en',
    text,
    support: [{ supplier, recipient, category, status: 'reported', evidence: 'x', attributed_to: null }],
    quotes: [],
  })
  const irgc = analysis.support.find((c) => c.via === 'IRGC')!
  const byOrgan = evaluateGold([{ gold: gold('IRGC', irgc.recipient, irgc.category), analysis }]).overall
  assert.equal(byOrgan.support.tp, 1)
  assert.equal(byOrgan.status.total, 1)
  const byState = evaluateGold([{ gold: gold('IRN', irgc.recipient, irgc.category), analysis }]).overall
  assert.equal(byState.support.tp, 1)
  // Another organ of the same state is not the organ found.
  const other = evaluateGold([{ gold: gold('GRU', irgc.recipient, irgc.category), analysis }])
  assert.equal(other.overall.support.tp, 0)
  assert.ok(other.errors[0]!.falseClaims.some((f) => f.includes('(IRGC)')))
})
