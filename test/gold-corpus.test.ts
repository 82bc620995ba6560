import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { evaluateGold, type GoldRecord } from '../src/eval/evaluate-gold.js'
import { analyzeDocument } from '../src/pipeline/analyze-document.js'
import { knowledge } from './knowledge.js'

// The shared gold corpus sits beside the checkout. These thresholds are the analyzer's
// acceptance bar (README, "Evaluation"); the corpus is read in place, never copied.
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus')
const load = (file: string): GoldRecord[] => readFileSync(join(corpus, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord)
const run = (records: GoldRecord[]) => evaluateGold(records.map((gold) => ({ gold, analysis: analyzeDocument({ id: gold.id, text: gold.text, lang: gold.lang }, knowledge) })))

test('shared gold corpus', { skip: !existsSync(corpus) && 'no ../shared/corpus beside the checkout' }, async (t) => {
  await t.test('seed article: support F1 ≥ 0.85, quote and speaker F1 ≥ 0.9', () => {
    const s = run(load('seed-article.gold.jsonl')).overall
    assert.ok(s.support.f1 >= 0.85, `support F1 ${s.support.f1.toFixed(3)}`)
    assert.ok(s.quotesEndToEnd.f1 >= 0.9, `quote+speaker F1 ${s.quotesEndToEnd.f1.toFixed(3)}`)
  })
  await t.test('all gold files: support F1 ≥ 0.75 and speaker accuracy ≥ 0.85 in French and English', () => {
    const records = readdirSync(corpus)
      .filter((f) => f.endsWith('.gold.jsonl'))
      .flatMap(load)
    const report = run(records)
    for (const lang of ['fr', 'en']) {
      const s = report.byLang[lang]!
      assert.ok(s.support.f1 >= 0.75, `${lang} support F1 ${s.support.f1.toFixed(3)}`)
      assert.ok(s.speaker.accuracy >= 0.85, `${lang} speaker accuracy ${s.speaker.accuracy.toFixed(3)}`)
    }
  })
})
