import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import type { EvidenceClaim } from '../domain/evidence.js'
import { assessActors } from './assess-actor.js'
import { assessScenarioFile } from './assess-scenario.js'
import { assessTimeline } from './assess-timeline.js'
import { DISCLAIMER, formatAssessment, formatScenarioResults, formatTimeline } from './format-assessment.js'
import { Override } from './legal-data.js'
import { readLegalData } from './read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))

const base = {
  recipient: 'RUS',
  sentence: null,
  url: null,
  outlet: null,
  via: null,
  context: {},
  review: 'accepted',
} as const
const claims: EvidenceClaim[] = [
  { ...base, id: 'c1', documentId: 'doc-aaaa', supplier: 'IRN', category: 'drones', status: 'confirmed', attributedTo: 'John Kirby', evidence: 'Iran has sent drones to Russia', documentTitle: 'Drones over Kyiv', publishedAt: '2022-10-20', independenceKey: 'a' },
  { ...base, id: 'c2', documentId: 'doc-bbbb', supplier: 'IRN', category: 'drones', status: 'denied', attributedTo: 'Tehran', evidence: 'Iran has not sent drones', documentTitle: 'Tehran denies', publishedAt: '2022-10-21', independenceKey: 'b' },
]
const override = Override.parse({ actor: 'IRN', field: 'coordination', value: 'liaison', reason: 'liaison officers reported', source: 'report C' })

test('the text report shows tier, confidence, fired rules with citations, claims, denials, overrides and what would change it', () => {
  const text = formatAssessment(assessActors(claims, legal, { overrides: [override] }))
  for (const part of [
    'IRN · conflict russia-ukraine-2022 · all evidence',
    'IRN → RUS · weapons transfer · established · 2022-10-20 – 2022-10-20 · drones',
    '+ confirmed "Iran has sent drones to Russia" — John Kirby, Drones over Kyiv, 2022-10-20',
    '− denied "Iran has not sent drones" — Tehran',
    'override coordination = liaison: override: liaison officers reported (source: report C)',
    'ICRC support-based approach [icrc_sba, party status]',
    'supporter (established)',
    'not_party < [supporter] < party',
    'fired sba.general_support → supporter on IRN>RUS:weapons_transfer',
    '[Ferraro2015]',
    'grounds: aggression, ihl',
    'what would change it → party:',
    'sba.direct_support',
    'against: 1 denial(s): c2',
    'breach_unsc_measures',
    'ICC2024: ',
    DISCLAIMER,
  ])
    assert.ok(text.includes(part), `missing: ${part}\n${text}`)
})

test('the timeline and scenario tables are plain lines', () => {
  assert.match(formatTimeline(assessTimeline(claims, legal)), /^2022-10-20 IRN icrc_sba: not_party → supporter \(established; sba\.general_support\)$/m)
  const path = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'scenarios', 'frameworks-md.yaml')
  const table = formatScenarioResults(assessScenarioFile(readFileSync(path, 'utf8'), path, legal))
  assert.match(table, /^S7 ok: PRK ships/m)
  assert.match(table, /doubt icl_individual: none, engine: none — Correct for the fields as given/)
})

test('an empty result still says what it is', () => {
  assert.match(formatAssessment([]), /No outside state/)
})
