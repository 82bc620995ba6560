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
import { readLegalData } from '../load/read-legal-data.js'

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
  { ...base, id: 'c1', documentId: 'doc-aaaa', supplier: 'IRN', category: 'drones', status: 'confirmed', attributedTo: 'John Kirby', evidence: 'Iran has sent drones to Russia', documentTitle: 'Drones over Kyiv', publishedAt: '2022-10-20', independenceKey: 'a', source: { actor: 'USA', class: 'official' } },
  { ...base, id: 'c2', documentId: 'doc-bbbb', supplier: 'IRN', category: 'drones', status: 'denied', attributedTo: 'Tehran', evidence: 'Iran has not sent drones', documentTitle: 'Tehran denies', publishedAt: '2022-10-21', independenceKey: 'b', source: { actor: 'IRN', class: 'institution' } },
  { ...base, id: 'c3', documentId: 'doc-cccc', supplier: 'IRN', category: 'drones', status: 'confirmed', attributedTo: 'Kyiv', evidence: 'Iranian drones hit Kyiv', documentTitle: 'Kyiv says', publishedAt: '2022-10-22', independenceKey: 'c', source: { actor: 'UKR', class: 'institution' } },
]
const override = Override.parse({ actor: 'IRN', field: 'coordination', value: 'liaison', reason: 'liaison officers reported', source: 'report C' })

test('the text report shows tier, confidence, fired rules with citations, claims, denials, overrides and what would change it', () => {
  const text = formatAssessment(assessActors(claims, legal, { overrides: [override] }))
  for (const part of [
    'IRN · conflict russia-ukraine-2022 · all evidence',
    'IRN → RUS · weapons transfer · established [best source B1] · 2022-10-20 – 2022-10-22 · drones',
    'level: stated as fact by officials of 2 different states (UKR, USA)',
    '+ [B2] confirmed "Iran has sent drones to Russia" — John Kirby, Drones over Kyiv, 2022-10-20',
    '+ [C2] confirmed "Iranian drones hit Kyiv" — Kyiv',
    '− [A6] denied "Iran has not sent drones" — Tehran',
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
    'what would lower it:',
    "IRN→RUS weapons transfer: a denial by an independent source (an international body or a third state); the 1 denial(s) so far come from IRN's side or unattributed",
    DISCLAIMER,
  ])
    assert.ok(text.includes(part), `missing: ${part}\n${text}`)
  assert.ok(!text.includes('Clancy2023'), 'only the citations of rules that fired')
})

test('a top-tier verdict says what would lower it', () => {
  const operators = claims.map((c) => ({ ...c, category: 'operation_of_weapons' as const, impliedByUse: false }))
  const text = formatAssessment(assessActors(operators, legal))
  assert.match(text, /what would raise it: nothing; this is the highest tier\n {4}what would lower it:\n {6}IRN→RUS operation of weapons: a denial by an independent source/)
})

test('the timeline and scenario tables are plain lines', () => {
  assert.match(formatTimeline(assessTimeline(claims, legal)), /^2022-10-20 IRN icrc_sba: not_party → supporter \(alleged; sba\.general_support\)$/m)
  const path = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'scenarios', 'frameworks-md.yaml')
  const table = formatScenarioResults(assessScenarioFile(readFileSync(path, 'utf8'), path, legal))
  assert.match(table, /^S7 ok: PRK ships/m)
  assert.match(table, /doubt icl_individual: none, engine: none — Correct for the fields as given/)
})

test('an empty result says what the as-of day left out', () => {
  assert.match(formatAssessment([]), /No outside state/)
  const summary = { conflict: 'russia-ukraine-2022', asOf: '2022-10-31', counted: 0, undated: 0, latest: null, leftOut: { afterAsOf: 2, afterAsOfUndated: 5, outsidePeriod: 0, notParty: 1 } }
  const text = formatAssessment([], { summary })
  assert.match(text, /^Conflict russia-ukraine-2022 · as of 2022-10-31 · 0 claim\(s\) counted\n {2}left out: 2 published after 2022-10-31; 5 undated, captured after 2022-10-31 \(publication date unknown\); 1 to recipients that are not parties to it/)
  assert.match(text, /No outside state has support claims counted in this conflict by 2022-10-31/)
})
