import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import type { ClaimSource, EvidenceClaim } from '../domain/evidence.js'
import { aggregateFacts, conflictOf, type ActorInfo } from './aggregate-facts.js'
import { gradeClaim } from './grade-claim.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))
const conflict = conflictOf(legal, 'russia-ukraine-2022')
const ACTORS: ActorInfo[] = [
  { code: 'IRN', kind: 'state' },
  { code: 'IRGC', kind: 'organ', parent: 'IRN' },
  { code: 'NATO', kind: 'organisation' },
  { code: 'UN', kind: 'organisation' },
]
const grade = (source: ClaimSource | undefined, status: EvidenceClaim['status'] = 'confirmed', supplier = 'IRN') =>
  gradeClaim({ supplier, recipient: 'RUS', via: null, status, ...(source ? { source } : {}) }, { grading: legal.grading, conflict, actors: ACTORS })

test('the grading table: one case per kind of source, Admiralty reliability × credibility', () => {
  const cases: [string, ClaimSource | undefined, EvidenceClaim['status'], string, string][] = [
    ['the supplier admits it', { actor: 'IRN', class: 'official' }, 'confirmed', 'party_admission', 'A2'],
    ['an organ of the supplier admits it', { actor: 'IRGC', class: 'institution' }, 'confirmed', 'party_admission', 'A2'],
    ['the recipient admits it', { actor: 'RUS', class: 'institution' }, 'confirmed', 'party_admission', 'A2'],
    ['a UN panel finds it', { actor: 'UN', class: 'institution' }, 'confirmed', 'international_body', 'A2'],
    ["a third state's official states it", { actor: 'USA', class: 'official' }, 'confirmed', 'third_state_official', 'B2'],
    ['an organisation of states says it', { actor: 'NATO', class: 'official' }, 'confirmed', 'organisation_official', 'B2'],
    ["the adverse party's official accuses", { actor: 'UKR', class: 'official' }, 'asserted', 'adverse_party_official', 'C3'],
    ['an official of no identified state', { actor: null, class: 'official' }, 'confirmed', 'official_unidentified', 'C2'],
    ['a named expert', { actor: 'USA', class: 'expert' }, 'asserted', 'expert_or_lawmaker', 'C3'],
    ['a lawmaker or other named person', { actor: null, class: 'named' }, 'asserted', 'expert_or_lawmaker', 'C3'],
    ['a media report naming its outlet', { actor: null, class: 'media' }, 'reported', 'media_named_source', 'C3'],
    ['unnamed sources', { actor: null, class: 'unnamed' }, 'reported', 'media_unnamed_source', 'D3'],
    ["the journalist's own voice", { actor: null, class: 'journalist' }, 'reported', 'media_unnamed_source', 'D3'],
    ['nobody known (claims stored before sources were kept)', undefined, 'reported', 'unattributed', 'F3'],
    ['a denial by the supplier', { actor: 'IRN', class: 'official' }, 'denied', 'party_admission', 'A6'],
    ['a pledge', { actor: 'IRN', class: 'official' }, 'alleged_future', 'party_admission', 'A6'],
  ]
  for (const [what, source, status, kind, code] of cases) {
    const graded = grade(source, status)
    assert.deepEqual([graded.kind, graded.code], [kind, code], what)
  }
  assert.match(grade({ actor: 'USA', class: 'official' }).basis, /an official of a third state.*\(USA\)$/)
})

test('without a conflict the adverse party is not known: the speaker counts as a third state', () => {
  const graded = gradeClaim({ supplier: 'IRN', recipient: 'RUS', via: null, status: 'confirmed', source: { actor: 'UKR', class: 'official' } }, { grading: legal.grading })
  assert.equal(graded.kind, 'third_state_official')
})

let counter = 0
const claim = (source: ClaimSource, key?: string, status: EvidenceClaim['status'] = 'confirmed', category: EvidenceClaim['category'] = 'drones'): EvidenceClaim => {
  counter += 1
  return {
    id: `g${counter}`,
    documentId: `d${counter}`,
    supplier: 'IRN',
    recipient: 'RUS',
    category,
    status,
    attributedTo: null,
    evidence: '',
    sentence: null,
    documentTitle: null,
    url: null,
    outlet: null,
    publishedAt: '2022-11-01',
    independenceKey: key ?? `k${counter}`,
    via: null,
    context: {},
    review: 'accepted',
    source,
  }
}
const level = (claims: EvidenceClaim[]) => {
  const row = aggregateFacts(claims, legal, { actors: ACTORS })[0]!.rows[0]!
  return [row.facts.level, row.proof?.route]
}
const official = (actor: string): ClaimSource => ({ actor, class: 'official' })
const press: ClaimSource = { actor: null, class: 'journalist' }

test('level from grades: an admission, an international finding, two states, or one official and two more sources', () => {
  assert.deepEqual(level([claim(official('IRN'))]), ['established', 'admission'])
  assert.deepEqual(level([claim(official('RUS'))]), ['established', 'admission'])
  assert.deepEqual(level([claim({ actor: 'UN', class: 'institution' })]), ['established', 'international_body'])
  assert.deepEqual(level([claim(official('USA')), claim(official('GBR'))]), ['established', 'two_states'])
  assert.deepEqual(level([claim(official('USA')), claim(official('UKR'))]), ['established', 'two_states'], 'the adverse party is a second state')
  assert.deepEqual(level([claim(official('USA')), claim(press), claim(press)]), ['established', 'official_and_outlets'])
})

test('level from grades: one interested government alone, or corroboration that is not independent, stays alleged', () => {
  assert.deepEqual(level([claim(official('USA'))]), ['alleged', 'single_source'])
  assert.deepEqual(level([claim(official('USA')), claim(official('USA'))]), ['alleged', 'single_source'], 'two statements of one state are one state')
  assert.deepEqual(level([claim(official('USA'), 'wire'), claim(press, 'wire'), claim(press, 'wire')]), ['alleged', 'single_source'], 'copies of one story are one source')
  assert.deepEqual(level([claim(official('USA')), claim(press)]), ['alleged', 'single_source'], 'one outlet besides the official is not two')
  assert.deepEqual(level([claim(official('USA'), undefined, 'asserted'), claim(official('GBR'), undefined, 'asserted')]), ['alleged', 'single_source'], 'accusations are not statements of fact')
  assert.deepEqual(level([claim(press), claim(press), claim(press), claim({ actor: null, class: 'expert' }, undefined, 'asserted')]), ['alleged', 'single_source'], 'media and experts alone never establish')
  assert.deepEqual(level([claim(official('IRN'), undefined, 'reported')]), ['alleged', 'single_source'], 'a reported admission (conditional) is not an admission')
})

test('officials of two states, or one official and two more sources, establish a fact only on the same matter', () => {
  // Blinken on Chinese machine tools and Zelensky on Chinese weapons: two matters, one government each.
  const twoMatters = [claim(official('USA'), undefined, 'confirmed', 'components_dual_use'), claim(official('UKR'), undefined, 'confirmed', 'other_weapons')]
  assert.deepEqual(level(twoMatters), ['alleged', 'single_source'])
  const row = aggregateFacts(twoMatters, legal, { actors: ACTORS })[0]!.rows[0]!
  assert.match(row.proof?.wanting ?? '', /stating the same thing as fact \(now UKR, USA on different categories\)/)
  // Generic "weapons" and a weapon category are one matter: the drones are weapons.
  assert.deepEqual(level([claim(official('USA'), undefined, 'confirmed', 'drones'), claim(official('GBR'), undefined, 'confirmed', 'other_weapons')]), ['established', 'two_states'])
  assert.deepEqual(level([claim(official('USA'), undefined, 'confirmed', 'drones'), claim(official('GBR'), undefined, 'confirmed', 'missiles')]), ['alleged', 'single_source'])
  // One official on machine tools, two outlets on drones: the outlets corroborate another matter.
  assert.deepEqual(level([claim(official('USA'), undefined, 'confirmed', 'components_dual_use'), claim(press, undefined, 'reported', 'drones'), claim(press, undefined, 'reported', 'drones')]), ['alleged', 'single_source'])
  assert.deepEqual(level([claim(official('USA'), undefined, 'confirmed', 'drones'), claim(press, undefined, 'reported', 'other_weapons'), claim(press, undefined, 'reported', 'drones')]), ['established', 'official_and_outlets'])
})

test('a row that is established by several sources shows credibility 1 (confirmed by other sources)', () => {
  const row = aggregateFacts([claim(official('USA')), claim(official('GBR'))], legal, { actors: ACTORS })[0]!.rows[0]!
  assert.equal(row.proof?.bestGrade, 'B1')
  assert.deepEqual(row.proof?.officialStates, ['GBR', 'USA'])
  assert.deepEqual(row.claims.map((c) => c.grade?.code), ['B2', 'B2'])
})
