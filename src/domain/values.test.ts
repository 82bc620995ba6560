import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ActorCode, ActorCodeInput, ClaimId, Day, DocumentId, isCalendarDay } from './values.js'

test('a calendar day has the YYYY-MM-DD shape and exists', () => {
  for (const day of ['2022-02-24', '2024-02-29', '1999-12-31']) assert.equal(isCalendarDay(day), true, day)
  for (const day of ['2022-02-30', '2023-02-29', '2022-13-01', '2022-2-24', '24.02.2022', '2022-02-24T00:00:00Z', ' 2022-02-24']) assert.equal(isCalendarDay(day), false, day)
  assert.equal(Day.safeParse('2022-04-31').success, false)
  assert.equal(Day.safeParse('2022-04-30').success, true)
})

test('actor codes are upper-case as stored; typed ones are trimmed and upper-cased', () => {
  for (const code of ['IRN', 'NATO', 'IRGC', 'WAGNER_GROUP', 'P5']) assert.equal(ActorCode.safeParse(code).success, true, code)
  for (const code of ['irn', 'I', '1RN', 'IR-N', 'ABCDEFGHIJKLMNOPQ']) assert.equal(ActorCode.safeParse(code).success, false, code)
  assert.equal(ActorCodeInput.parse(' prk '), 'PRK')
  assert.equal(ActorCodeInput.safeParse('p r k').success, false)
})

test('document ids are SHA-256 hex; claim ids 32 hex characters with an optional suffix', () => {
  assert.equal(DocumentId.safeParse('ab'.repeat(32)).success, true)
  assert.equal(DocumentId.safeParse('AB'.repeat(32)).success, false)
  assert.equal(DocumentId.safeParse('ab'.repeat(31)).success, false)
  assert.equal(ClaimId.safeParse('0f'.repeat(16)).success, true)
  assert.equal(ClaimId.safeParse(`${'0f'.repeat(16)}-2`).success, true)
  assert.equal(ClaimId.safeParse(`${'0f'.repeat(16)}-`).success, false)
  assert.equal(ClaimId.safeParse('0f'.repeat(15)).success, false)
})
