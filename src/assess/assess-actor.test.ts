import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import type { EvidenceClaim } from '../domain/evidence.js'
import type { ActorInfo } from './aggregate-facts.js'
import { assessActors, type ActorAssessment, type FrameworkAssessment } from './assess-actor.js'
import { Override } from './legal-data.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))
const ACTORS: ActorInfo[] = [
  { code: 'IRN', kind: 'state' },
  { code: 'IRGC', kind: 'organ', parent: 'IRN' },
]

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
    documentTitle: `Article ${counter}`,
    url: null,
    publishedAt: '2022-11-01',
    outlet: null,
    independenceKey: `story${counter}`,
    via: null,
    context: {},
    review: 'accepted',
    ...fields,
  }
}

const tiers = (assessment: ActorAssessment | undefined): string[] => assessment?.frameworks.map((f) => f.tier) ?? []
const framework = (assessment: ActorAssessment | undefined, id: string): FrameworkAssessment => {
  const found = assessment?.frameworks.find((f) => f.framework === id)
  assert.ok(found, id)
  return found
}

const kirby = claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', attributedTo: 'John Kirby', evidence: 'Iran has sent drones to Russia', publishedAt: '2022-10-20', source: { actor: 'USA', class: 'official' } })
const london = claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', attributedTo: 'UK defence ministry', evidence: 'Iran supplied the drones', publishedAt: '2022-10-22', source: { actor: 'GBR', class: 'institution' } })
const denial = claim({ supplier: 'IRN', category: 'drones', status: 'denied', attributedTo: 'Nasser Kanani', evidence: 'Iran has not sent drones', publishedAt: '2022-10-21' })
const trainers = claim({ supplier: 'IRGC', category: 'trainers', status: 'reported', context: { location: 'in_theatre' }, publishedAt: '2022-10-19' })

test('Iran from dated claims: supporter, unneutral, complicit in aggression and IHL violations', () => {
  const [irn] = assessActors([kirby, london, denial, trainers], legal, { actors: ACTORS })
  assert.equal(irn?.actor, 'IRN')
  assert.deepEqual(tiers(irn), ['supporter', 'supporter', 'unneutral', 'unneutral', 'complicit', 'accessory_exposure'])
  const arsiwa = framework(irn, 'arsiwa_complicity')
  assert.deepEqual(arsiwa.grounds, ['aggression', 'ihl'])
  assert.equal(arsiwa.confidence, 'established', 'officials of two different states state it as fact')
  assert.ok(arsiwa.citations.some((c) => c.key === 'ICC2024' && c.reference.includes('Kobylash')))
  // One interested government's assessment alone is an allegation.
  const [alone] = assessActors([kirby, denial, trainers], legal, { actors: ACTORS })
  assert.deepEqual(tiers(alone), tiers(irn))
  assert.equal(framework(alone, 'arsiwa_complicity').confidence, 'alleged')
})

test('citations are those of the rules that fired, not every source of the framework', () => {
  const [irn] = assessActors([kirby], legal, { actors: ACTORS })
  const sba = framework(irn, 'icrc_sba')
  assert.deepEqual(sba.citations.map((c) => c.key), ['Ferraro2015'])
  const strict = framework(irn, 'neutrality_strict')
  assert.ok(!strict.citations.some((c) => c.key === 'Clancy2023' || c.key === 'HagueV_7_9'), strict.citations.map((c) => c.key).join(', '))
})

test('party status and complicity stay separate frameworks with their own tiers', () => {
  const [irn] = assessActors([kirby], legal, { actors: ACTORS })
  assert.equal(irn?.frameworks.length, 6)
  assert.deepEqual(irn?.frameworks.map((f) => f.axis), ['party_status', 'party_status', 'neutrality', 'neutrality', 'state_responsibility', 'individual_responsibility'])
})

test('a fired rule shows the facts that satisfied each condition and where they come from', () => {
  const [irn] = assessActors([kirby], legal)
  const fired = framework(irn, 'icrc_sba').fired.find((rule) => rule.ruleId === 'sba.general_support')
  assert.ok(fired)
  assert.equal(fired.row, 'IRN>RUS:weapons_transfer')
  const conduct = fired.conditions.find((c) => c.field === 'conduct')
  assert.equal(conduct?.words, 'conduct = weapons transfer (military support)')
  assert.match(fired.conditions.find((c) => c.field === 'level')?.basis ?? '', /1 claim\(s\) from 1 independent source\(s\).*best source: B2, an official of a third state, an interested government's assessment \(USA\)/)
})

test('supporting claims and denials are listed with their documents', () => {
  const [irn] = assessActors([kirby, denial], legal)
  const sba = framework(irn, 'icrc_sba')
  assert.deepEqual(sba.claims.map((c) => [c.id, c.attributedTo, c.evidence, c.documentTitle]), [[kirby.id, 'John Kirby', 'Iran has sent drones to Russia', kirby.documentTitle]])
  assert.deepEqual(sba.counterEvidence.map((c) => [c.id, c.status, c.attributedTo]), [[denial.id, 'denied', 'Nasser Kanani']])
  assert.deepEqual(sba.interval, { from: '2022-10-20', to: '2022-10-20' })
})

test('the same tiers on alleged evidence carry confidence alleged and a way to establish them', () => {
  const reported = claim({ supplier: 'IRN', category: 'drones', status: 'reported' })
  const [irn] = assessActors([reported, denial], legal)
  const strict = framework(irn, 'neutrality_strict')
  assert.equal(strict.tier, 'unneutral')
  assert.equal(strict.confidence, 'alleged')
  assert.match(strict.confidenceNote ?? '', /^established needs an admission by IRN or RUS; or a finding by an international body/)
})

test('denied-only conduct fires no rule; the default tier has no confidence', () => {
  const [irn] = assessActors([claim({ supplier: 'IRN', category: 'operation_of_weapons', status: 'denied' })], legal)
  assert.deepEqual(tiers(irn), ['not_party', 'not_party', 'neutral', 'neutral', 'no_responsibility', 'none'])
  assert.equal(framework(irn, 'icrc_sba').confidence, null)
  assert.equal(irn?.rows[0]?.counterEvidence.length, 1)
})

test('what would change it: the next tier, each rule that yields it, and its missing conditions in words', () => {
  const [irn] = assessActors([kirby], legal)
  const next = framework(irn, 'icrc_sba').next
  assert.equal(next?.tier, 'party')
  const direct = next?.options.find((option) => option.ruleId === 'sba.direct_support')
  assert.deepEqual(direct?.missing, [
    'conduct must be intelligence, maintenance or technical support (now: weapons transfer)',
    'link to specific military operations must be specific operations (now: general)',
  ])
  const own = next?.options.find((option) => option.ruleId === 'sba.own_force')
  assert.deepEqual(own?.missing, ['conduct must be troops or operation of weapons (hostilities) (now: weapons transfer)'])
  assert.equal(framework(irn, 'arsiwa_complicity').next?.tier, 'principal')
})

test('a user override appears in the facts, the fired rule and the verdict', () => {
  const support = claim({ supplier: 'IRGC', category: 'technical_support', status: 'confirmed' })
  const overrides = [
    Override.parse({ actor: 'IRN', conduct: 'technical_support', field: 'nexus', value: 'specific_operations', reason: 'assigned to strike waves', source: 'report A' }),
    Override.parse({ actor: 'IRN', conduct: 'technical_support', field: 'coordination', value: 'joint_decision', reason: 'joint targeting cell', source: 'report B', by: 'analyst' }),
  ]
  const [plain] = assessActors([support], legal, { actors: ACTORS })
  assert.equal(framework(plain, 'wentker_coparty').tier, 'supporter')
  const [irn] = assessActors([support], legal, { actors: ACTORS, overrides })
  const wentker = framework(irn, 'wentker_coparty')
  assert.equal(wentker.tier, 'party')
  const coordination = wentker.fired.find((r) => r.ruleId === 'w.coordinated')?.conditions.find((c) => c.field === 'coordination')
  assert.equal(coordination?.overridden, true)
  assert.match(coordination?.basis ?? '', /joint targeting cell \(source: report B; by analyst\)/)
  assert.equal(irn?.rows[0]?.trace.coordination?.override?.reason, 'joint targeting cell')
})

test('pledged support shows the tier it would reach', () => {
  const [irn] = assessActors([claim({ supplier: 'IRN', category: 'missiles', status: 'alleged_future' })], legal)
  const sba = framework(irn, 'icrc_sba')
  assert.equal(sba.tier, 'not_party')
  assert.deepEqual(sba.prospective, { tier: 'supporter', rows: ['IRN>RUS:weapons_transfer'] })
})

test('the political claim about Saudi Arabia is flagged under every framework and changes no tier', () => {
  const claims = [
    claim({ supplier: 'SAU', category: 'economic', status: 'asserted', attributedTo: 'US official' }),
    claim({ supplier: 'SAU', category: 'economic', status: 'denied', attributedTo: 'Riyadh' }),
  ]
  const [sau] = assessActors(claims, legal)
  assert.deepEqual(tiers(sau), ['not_party', 'not_party', 'neutral', 'neutral', 'no_responsibility', 'none'])
  for (const result of sau!.frameworks) assert.deepEqual(result.flags, ['political_claim_only'])
  assert.equal(framework(sau, 'icrc_sba').counterEvidence[0]?.attributedTo, 'Riyadh')
})

test('actor and framework filters', () => {
  const results = assessActors([kirby, claim({ supplier: 'PRK', category: 'artillery_ammunition', status: 'confirmed' })], legal, { actor: 'PRK', framework: ['arsiwa_complicity'] })
  assert.deepEqual(results.map((r) => [r.actor, r.frameworks.map((f) => f.framework)]), [['PRK', ['arsiwa_complicity']]])
  assert.deepEqual(results[0]?.flags.map((f) => f.id), ['breach_unsc_measures'])
})

test('results are plain JSON', () => {
  const results = assessActors([kirby, denial, trainers], legal, { actors: ACTORS })
  assert.deepEqual(JSON.parse(JSON.stringify(results)), results)
})

test('NATO is assessed as an organisation: not under Hague neutrality, its members answer for their own conduct', () => {
  const registry: ActorInfo[] = [...ACTORS, { code: 'NATO', kind: 'organisation' }, { code: 'USA', kind: 'state' }]
  const claims = [
    claim({ supplier: 'NATO', recipient: 'UKR', category: 'other_weapons', status: 'asserted' }),
    claim({ supplier: 'USA', recipient: 'UKR', category: 'other_weapons', status: 'confirmed', source: { actor: 'USA', class: 'official' } }),
  ]
  const results = assessActors(claims, legal, { actors: registry })
  assert.deepEqual(results.map((r) => [r.actor, r.actorKind]), [['NATO', 'organisation'], ['USA', 'state']])
  const [nato, usa] = results
  for (const id of ['neutrality_strict', 'neutrality_qualified']) {
    const result = framework(nato, id)
    assert.equal(result.tier, 'not_applicable')
    assert.equal(result.applicability.status, 'not_applicable')
    assert.match(result.applicability.reason ?? '', /^NATO is an organisation: .*neutrality.* binds .*states/)
    assert.deepEqual(result.fired, [])
  }
  assert.equal(framework(nato, 'icrc_sba').tier, 'supporter')
  assert.ok(framework(nato, 'arsiwa_complicity').applicability.status === 'applies')
  // The member state keeps its own rows: NATO's claims are not its.
  assert.equal(framework(usa, 'neutrality_qualified').tier, 'non_belligerent')
  assert.deepEqual(usa?.rows.map((row) => row.claims.length), [1])
})

test('in a conflict of contested classification, neutrality law applies only under the international view, said with both views', () => {
  const claims = [claim({ supplier: 'DEU', recipient: 'ISR', category: 'artillery_ammunition', status: 'confirmed', publishedAt: '2024-02-15', source: { actor: 'DEU', class: 'institution' } })]
  const [deu] = assessActors(claims, legal, { conflict: 'israel-hamas-2023' })
  const strict = framework(deu, 'neutrality_strict')
  assert.equal(strict.tier, 'unneutral')
  assert.equal(strict.applicability.status, 'contested')
  assert.match(strict.applicability.reason ?? '', /applies only if israel-hamas-2023 is an international armed conflict \(.*RULAC_Palestine.*\); it does not if it is a non-international armed conflict \(.*Schmitt2023_Gaza/)
  assert.ok(strict.citations.some((c) => c.key === 'Schmitt2023_Gaza'))
  // No determination of aggression: helping Israel is not lawful non-belligerence.
  assert.equal(framework(deu, 'neutrality_qualified').tier, 'unneutral')
  assert.ok(framework(deu, 'neutrality_qualified').fired.some((r) => r.ruleId === 'nq.undetermined'))
  // Supply after the Gaza operations began: a Common Article 1 / ATT concern, the unlawfulness disputed.
  const arsiwa = framework(deu, 'arsiwa_complicity')
  assert.equal(arsiwa.tier, 'due_diligence_concern')
  assert.equal(deu?.rows[0]?.facts.used_unlawfully, 'unknown')
  assert.match(deu?.rows[0]?.trace.used_unlawfully?.basis ?? '', /contested/)
  assert.equal(deu?.rows[0]?.proof?.route, 'admission')
})
