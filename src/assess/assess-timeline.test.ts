import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import type { EvidenceClaim } from '../domain/evidence.js'
import { assessTimeline } from './assess-timeline.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))

let counter = 0
function claim(fields: Partial<EvidenceClaim> & Pick<EvidenceClaim, 'supplier' | 'category' | 'status'>): EvidenceClaim {
  counter += 1
  return {
    id: `c${counter}`,
    documentId: `doc${counter}`,
    recipient: 'RUS',
    attributedTo: null,
    evidence: `evidence ${counter}`,
    sentence: null,
    documentTitle: null,
    url: null,
    publishedAt: null,
    outlet: null,
    independenceKey: `story${counter}`,
    via: null,
    context: {},
    review: 'accepted',
    ...fields,
  }
}

const claims = [
  claim({ supplier: 'IRN', category: 'drones', status: 'reported', publishedAt: '2022-09-01' }),
  claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2022-10-20' }),
  claim({ supplier: 'IRN', via: 'IRGC', category: 'operation_of_weapons', status: 'denied', publishedAt: '2022-10-21' }),
  claim({ supplier: 'PRK', category: 'artillery_ammunition', status: 'asserted', publishedAt: '2023-09-01' }),
  claim({ supplier: 'IRN', category: 'drones', status: 'reported', publishedAt: null }),
]

test('the timeline lists the dates at which a tier changed, per actor and framework', () => {
  const changes = assessTimeline(claims, legal, { actor: 'IRN' })
  const line = (c: (typeof changes)[number]): string => `${c.date} ${c.framework} ${c.from}→${c.to}`
  assert.deepEqual(changes.map(line), [
    '2022-09-01 icrc_sba not_party→supporter',
    '2022-09-01 wentker_coparty not_party→supporter',
    '2022-09-01 neutrality_strict neutral→unneutral',
    '2022-09-01 neutrality_qualified neutral→unneutral',
    '2022-09-01 arsiwa_complicity no_responsibility→complicit',
    // The grid-strike pattern begins: drones supplied before it were of the kind used in it,
    // but nobody knew yet; knowledge comes with the first transfer dated after it began.
    '2022-10-20 icl_individual none→accessory_exposure',
  ])
  assert.equal(changes[0]?.confidence, 'alleged')
  assert.deepEqual(changes.at(-1)?.rules, ['i.accessory'])
})

test('a denial-only date changes nothing; each actor has its own timeline', () => {
  const changes = assessTimeline(claims, legal)
  assert.ok(!changes.some((c) => c.date === '2022-10-21'))
  assert.deepEqual([...new Set(changes.map((c) => c.actor))], ['IRN', 'PRK'])
  assert.deepEqual(
    changes.filter((c) => c.actor === 'PRK' && c.framework === 'arsiwa_complicity').map((c) => [c.date, c.to]),
    [['2023-09-01', 'complicit']],
  )
})

test('until cuts the replay', () => {
  assert.deepEqual(assessTimeline(claims, legal, { until: '2022-08-31' }), [])
})
