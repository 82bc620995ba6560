import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { TierChange } from '../../src/assess/index.js'
import { monthlyTimeline } from '../../src/server/month-timeline.js'
import type { ClaimMonth } from '../../src/store/list-claims-by-month.js'

const month = (key: string | null, statuses: ClaimMonth['statuses']): ClaimMonth => ({ month: key, statuses, total: Object.values(statuses).reduce((a, b) => a + b, 0), claims: [] })
const change = (date: string, from: string, to: string): TierChange => ({ date, actor: 'IRN', framework: 'icrc_sba', from, to, confidence: 'alleged', rules: ['r'] })

test('every month from the first to the last, quiet ones included, each with the tier at its end', () => {
  const { months, undated } = monthlyTimeline(
    [month('2022-10', { confirmed: 2 }), month('2023-01', { denied: 1 }), month(null, { reported: 3 })],
    [change('2022-10-21', 'not_party', 'supporter'), change('2023-02-03', 'supporter', 'party')],
    'not_party',
  )
  assert.deepEqual(
    months.map((m) => [m.month, m.end, m.previousTier, m.tier, m.total, m.changes.length]),
    [
      ['2022-10', '2022-10-31', 'not_party', 'supporter', 2, 1],
      ['2022-11', '2022-11-30', 'supporter', 'supporter', 0, 0],
      ['2022-12', '2022-12-31', 'supporter', 'supporter', 0, 0],
      ['2023-01', '2023-01-31', 'supporter', 'supporter', 1, 0],
      // A change in a month without claims (a later pattern, a political statement) extends the months.
      ['2023-02', '2023-02-28', 'supporter', 'party', 0, 1],
    ],
  )
  assert.deepEqual(undated?.statuses, { reported: 3 })
})

test('two changes in one month: the month ends at the last; until shortens the last month; nothing dated, no months', () => {
  const { months } = monthlyTimeline([month('2024-02', { asserted: 1 })], [change('2024-02-02', 'not_party', 'supporter'), change('2024-02-20', 'supporter', 'party')], 'not_party', '2024-02-25')
  assert.deepEqual(months.map((m) => [m.month, m.end, m.previousTier, m.tier, m.changes.map((c) => c.to)]), [['2024-02', '2024-02-25', 'not_party', 'party', ['supporter', 'party']]])
  const none = monthlyTimeline([month(null, { denied: 1 })], [], 'not_party')
  assert.deepEqual(none.months, [])
  assert.equal(none.undated?.total, 1)
  // Across a year's end, December to February.
  assert.deepEqual(monthlyTimeline([month('2023-12', { opinion: 1 }), month('2024-02', { opinion: 1 })], [], 'neutral').months.map((m) => `${m.month}:${m.tier}`), ['2023-12:neutral', '2024-01:neutral', '2024-02:neutral'])
})
