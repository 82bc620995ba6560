import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import { corpus, measureSets, metricOf, readFloors, scoresFor, type Metric } from './gold/gold-sets.js'

// The analyzer's acceptance bar on the shared gold corpus: the floors in gold/gold-floors.json,
// a ratchet that only rises (README, "Evaluation"). Each set and language is checked on its own.
test('shared gold corpus', { skip: !existsSync(corpus) && 'no ../shared/corpus beside the checkout' }, async (t) => {
  const floors = readFloors()
  const measured = measureSets(Object.keys(floors))
  for (const [set, byLang] of Object.entries(floors)) {
    for (const [lang, metrics] of Object.entries(byLang)) {
      await t.test(`${set} ${lang}: ${Object.entries(metrics).map(([m, v]) => `${m} ≥ ${v}`).join(', ')}`, () => {
        const scores = scoresFor(measured, set, lang)
        assert.ok(scores, `no ${lang} records in ${set}`)
        const below = Object.entries(metrics)
          .map(([metric, floor]) => ({ metric, floor, value: metricOf(scores, metric as Metric) }))
          // (The same tolerance as scripts/gold-floors.ts, which writes the floors: 0.7499999… is 0.75.)
          .filter((m) => m.value + 1e-9 < m.floor)
        assert.deepEqual(below.map((m) => `${m.metric} ${m.value.toFixed(3)} < ${m.floor}`), [])
      })
    }
  }
})
