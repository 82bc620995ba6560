import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bucketEnd } from '../../src/server/assessor.js'

test('timeline dates group by the end of their week (Sunday) or month, never after until', () => {
  assert.equal(bucketEnd('2022-10-20', 'day'), '2022-10-20')
  assert.equal(bucketEnd('2022-10-20', 'week'), '2022-10-23')
  assert.equal(bucketEnd('2022-10-23', 'week'), '2022-10-23')
  assert.equal(bucketEnd('2022-10-20', 'month'), '2022-10-31')
  assert.equal(bucketEnd('2024-02-03', 'month'), '2024-02-29')
  assert.equal(bucketEnd('2022-12-30', 'week'), '2023-01-01')
  assert.equal(bucketEnd('2022-10-20', 'month', '2022-10-25'), '2022-10-25')
})
