// Prints the gold-corpus figures against the floors of test/gold/gold-floors.json; with --raise,
// writes every figure that rose (rounded down to 0.01) as its new floor. Floors never fall.
import { readFileSync, writeFileSync } from 'node:fs'
import { floorsFile, measureSets, metricOf, readFloors, scoresFor, type Metric } from '../test/gold/gold-sets.js'

const raise = process.argv.includes('--raise')
const floors = readFloors()
const measured = measureSets(Object.keys(floors))
let raised = 0
let below = 0
for (const [set, byLang] of Object.entries(floors)) {
  for (const [lang, metrics] of Object.entries(byLang)) {
    const scores = scoresFor(measured, set, lang)
    for (const [metric, floor] of Object.entries(metrics) as Array<[Metric, number]>) {
      const value = scores ? metricOf(scores, metric) : Number.NaN
      const next = Math.floor(value * 100 + 1e-9) / 100
      const isBelow = !(value + 1e-9 >= floor)
      const mark = isBelow ? 'BELOW' : next > floor ? `rises to ${next}` : ''
      if (isBelow) below++
      console.log(`${set.padEnd(10)} ${lang.padEnd(4)} ${metric.padEnd(17)} ${value.toFixed(3)}  floor ${floor.toFixed(2)}  ${mark}`)
      if (raise && next > floor) {
        metrics[metric] = next
        raised++
      }
    }
  }
}
if (raise) {
  const file = JSON.parse(readFileSync(floorsFile, 'utf8')) as { sets: unknown }
  file.sets = floors
  writeFileSync(floorsFile, `${JSON.stringify(file, null, 2)}\n`)
  console.log(`${raised} floor(s) raised`)
}
process.exit(below > 0 ? 1 : 0)
