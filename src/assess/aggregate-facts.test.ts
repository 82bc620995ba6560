import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import type { EvidenceClaim } from '../domain/evidence.js'
import { aggregateEvidence, aggregateFacts, type ActorInfo, type FactRow } from './aggregate-facts.js'
import { Override } from './legal-data.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))
const ACTORS: ActorInfo[] = [
  { code: 'IRN', kind: 'state' },
  { code: 'IRGC', kind: 'organ', parent: 'IRN' },
  { code: 'RUS', kind: 'state' },
  { code: 'WAGNER', kind: 'group', parent: 'RUS' },
  { code: 'NATO', kind: 'organisation' },
]

let counter = 0
/** A stored claim with neutral defaults; each gets its own document and independence key. */
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
    publishedAt: '2022-11-01',
    outlet: null,
    independenceKey: `story${counter}`,
    via: null,
    context: {},
    review: 'accepted',
    ...fields,
  }
}

const rowsOf = (claims: EvidenceClaim[], options = {}): FactRow[] => aggregateFacts(claims, legal, { actors: ACTORS, ...options }).flatMap((a) => a.rows)
const only = (claims: EvidenceClaim[], options = {}): FactRow => {
  const rows = rowsOf(claims, options)
  assert.equal(rows.length, 1, `one row expected, got ${rows.map((r) => r.key).join(', ')}`)
  return rows[0]!
}

const official = (actor: string) => ({ source: { actor, class: 'official' as const } })

test("an admission by the supplier establishes a fact; one interested government's statement alone does not", () => {
  const admitted = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', ...official('IRN') })])
  assert.equal(admitted.facts.level, 'established')
  assert.equal(admitted.facts.official_decision, true)
  assert.equal(admitted.proof?.route, 'admission')
  const thirdState = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', ...official('USA') })])
  assert.equal(thirdState.facts.level, 'alleged')
  assert.match(thirdState.proof!.wanting!, /second state stating it as fact \(now only USA\)/)
})

test('assertions from independent sources stay alleged: experts and media do not establish a fact', () => {
  const independent = only([claim({ supplier: 'IRN', category: 'drones', status: 'asserted' }), claim({ supplier: 'IRN', category: 'missiles', status: 'asserted' })])
  assert.equal(independent.facts.level, 'alleged')
  assert.match(independent.trace.level!.basis, /2 independent source\(s\)/)
})

test('reports without confirmation are alleged; pledges prospective; denials alone denied_only; opinions prove nothing', () => {
  assert.equal(only([claim({ supplier: 'IRN', category: 'drones', status: 'reported' }), claim({ supplier: 'IRN', category: 'drones', status: 'asserted' })]).facts.level, 'alleged')
  assert.equal(only([claim({ supplier: 'IRN', category: 'missiles', status: 'alleged_future' })]).facts.level, 'prospective')
  assert.equal(only([claim({ supplier: 'IRN', category: 'operation_of_weapons', status: 'denied' })]).facts.level, 'denied_only')
  assert.deepEqual(rowsOf([claim({ supplier: 'IRN', category: 'missiles', status: 'opinion' })]), [])
  const withOpinion = only([claim({ supplier: 'IRN', category: 'drones', status: 'reported' }), claim({ supplier: 'IRN', category: 'drones', status: 'opinion' })])
  assert.equal(withOpinion.facts.level, 'alleged')
  assert.deepEqual(withOpinion.notCounted.map((c) => c.status), ['opinion'])
})

test('denials stay attached as counter-evidence and do not lower the level', () => {
  const denial = claim({ supplier: 'IRN', category: 'drones', status: 'denied', attributedTo: 'Iranian foreign ministry', evidence: 'we never sent drones' })
  const row = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', ...official('RUS') }), denial])
  assert.equal(row.facts.level, 'established')
  assert.deepEqual(row.counterEvidence.map((c) => [c.id, c.attributedTo, c.evidence]), [[denial.id, 'Iranian foreign ministry', 'we never sent drones']])
  assert.ok(!row.claims.some((c) => c.id === denial.id))
})

test('categories become conduct through the category map', () => {
  const rows = rowsOf([
    claim({ supplier: 'IRN', category: 'drones', status: 'reported' }),
    claim({ supplier: 'IRN', category: 'components_dual_use', status: 'reported' }),
    claim({ supplier: 'IRN', category: 'trainers', status: 'reported' }),
  ])
  assert.deepEqual(rows.map((r) => [r.conduct, r.categories]), [['weapons_transfer', ['components_dual_use', 'drones']], ['training', ['trainers']]])
})

test('as-of drops later claims and counts what it left out; undated claims count at their capture day, with a warning', () => {
  const claims = [
    claim({ supplier: 'IRN', category: 'drones', status: 'reported', publishedAt: '2022-09-01' }),
    claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2022-10-20T09:30:00Z', ...official('IRN') }),
    claim({ supplier: 'IRN', category: 'trainers', status: 'reported', publishedAt: '2022-11-02', undated: true }),
  ]
  const [before] = aggregateFacts(claims, legal, { actors: ACTORS, asOf: '2022-10-19' })
  assert.deepEqual(before!.rows.map((r) => [r.conduct, r.facts.level, r.claims.length]), [['weapons_transfer', 'alleged', 1]])
  assert.deepEqual(before!.leftOut, { afterAsOf: 1, afterAsOfUndated: 1, outsidePeriod: 0, notParty: 0 })
  assert.match(before!.notes.join('\n'), /1 claim\(s\) left out: published after 2022-10-19\n1 undated claim\(s\) left out: captured after 2022-10-19/)
  const onTheDay = rowsOf(claims, { asOf: '2022-10-20' })
  assert.equal(onTheDay[0]?.facts.level, 'established')
  assert.deepEqual(onTheDay[0]?.interval, { from: '2022-09-01', to: '2022-10-20' })
  const [all] = aggregateFacts(claims, legal, { actors: ACTORS })
  assert.deepEqual(all!.rows.map((r) => r.conduct), ['weapons_transfer', 'training'])
  assert.equal(all!.undated, 1)
  assert.match(all!.notes.join('\n'), /warning: 1 claim\(s\) have no publication date and are counted at the day their document was captured/)
  assert.equal(all!.rows[1]!.claims[0]!.undated, true)
})

test('claims are assigned to the conflict by their dates: before its start or after its end they are left out', () => {
  const [irn] = aggregateFacts(
    [claim({ supplier: 'IRN', category: 'drones', status: 'reported', publishedAt: '2021-06-01' }), claim({ supplier: 'IRN', category: 'drones', status: 'reported', publishedAt: '2022-06-01' })],
    legal,
    { actors: ACTORS },
  )
  assert.equal(irn!.rows[0]!.claims.length, 1)
  assert.equal(irn!.leftOut.outsidePeriod, 1)
  assert.match(irn!.notes.join('\n'), /1 claim\(s\) left out: dated outside russia-ukraine-2022 \(2022-02-24 – ongoing\)/)
})

test('knowledge of unlawful use comes from a pattern documented before a dated transfer', () => {
  const early = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2022-09-01' })])
  assert.equal(early.facts.knowledge_ihl, 'none')
  assert.equal(early.facts.used_unlawfully, true, 'drones supplied before the grid strikes were of the kind used in them')
  const later = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2022-11-15' })])
  assert.equal(later.facts.knowledge_ihl, 'pattern')
  assert.match(later.trace.knowledge_ihl!.basis, /rus-power-grid-strikes-2022 \(from 2022-10-10, ICC2024\)/)
  assert.deepEqual(later.trace.knowledge_ihl!.claims, [later.claims[0]!.id])
  const shells = only([claim({ supplier: 'PRK', category: 'artillery_ammunition', status: 'confirmed', publishedAt: '2023-09-15' })])
  assert.equal(shells.facts.knowledge_ihl, 'risk', 'a pattern with other materiel is a risk, not knowledge of this use')
  assert.equal(shells.facts.used_unlawfully, 'unknown')
  const afterPattern = only([claim({ supplier: 'PRK', category: 'missiles', status: 'confirmed', publishedAt: '2024-01-05' })])
  assert.equal(afterPattern.facts.knowledge_ihl, 'pattern')
  assert.equal(afterPattern.facts.used_unlawfully, 'unknown', 'supplied after the documented pattern ended')
})

test('trainers and technicians share the knowledge and use facts of the materiel their state supplied', () => {
  const [irn] = aggregateFacts(
    [
      claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2022-11-15' }),
      claim({ supplier: 'IRGC', category: 'trainers', status: 'confirmed', publishedAt: '2022-11-20' }),
      claim({ supplier: 'IRN', category: 'financial', status: 'confirmed', publishedAt: '2022-11-20' }),
    ],
    legal,
    { actors: ACTORS },
  )
  const [, training, financial] = irn!.rows
  assert.equal(training?.conduct, 'training')
  assert.equal(training?.facts.knowledge_ihl, 'pattern')
  assert.equal(training?.facts.used_unlawfully, true)
  assert.match(training!.trace.knowledge_ihl!.basis, /^as for IRN>RUS:weapons_transfer, whose materiel these personnel serve/)
  assert.equal(financial?.facts.knowledge_ihl, 'none', 'money is not personnel serving the materiel')
})

test('a pattern that had not begun by the as-of date gives no knowledge and no use', () => {
  const row = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2022-09-01' })], { asOf: '2022-09-30' })
  assert.equal(row.facts.knowledge_ihl, 'none')
  assert.equal(row.facts.used_unlawfully, 'unknown')
})

test('a claim reporting civilian harm makes use unlawful', () => {
  const row = only([claim({ supplier: 'PRK', category: 'artillery_ammunition', status: 'reported', context: { civilianHarm: true } })])
  assert.equal(row.facts.used_unlawfully, true)
  assert.equal(row.trace.used_unlawfully?.source, 'claims')
})

test('organs roll up to their state and stay visible; deployment infers an official decision', () => {
  const [irn] = aggregateFacts(
    [
      claim({ supplier: 'IRGC', category: 'trainers', status: 'reported', context: { location: 'in_theatre' } }),
      claim({ supplier: 'IRN', via: 'IRGC', category: 'technical_support', status: 'reported' }),
    ],
    legal,
    { actors: ACTORS },
  )
  assert.equal(irn?.actor, 'IRN')
  assert.deepEqual(irn?.organs, ['IRGC'])
  const training = irn!.rows.find((r) => r.conduct === 'training')!
  assert.equal(training.facts.actor_type, 'state_organ')
  assert.equal(training.facts.official_decision, 'inferred')
  assert.equal(training.facts.location, 'in_theatre')
  assert.match(training.trace.actor_type!.basis, /IRGC, an organ of IRN/)
})

test('reported state transfers without confirmation leave the official decision unknown', () => {
  const row = only([claim({ supplier: 'IRN', category: 'drones', status: 'reported' })])
  assert.equal(row.facts.official_decision, 'unknown')
  assert.equal(row.facts.location, undefined)
  assert.equal(row.trace.location?.basis, 'the claims do not say where')
})

test('private conduct forms its own row', () => {
  const rows = rowsOf([
    claim({ supplier: 'CHN', category: 'components_dual_use', status: 'reported', context: { private: true } }),
    claim({ supplier: 'CHN', category: 'components_dual_use', status: 'reported' }),
  ])
  assert.deepEqual(rows.map((r) => [r.key, r.facts.actor_type, r.facts.official_decision]), [
    ['CHN>RUS:weapons_transfer', 'state_organ', 'unknown'],
    ['CHN>RUS:weapons_transfer:private', 'private', false],
  ])
})

test('the conflict definition gives recipient role, ATT status and UNSC measures by date', () => {
  const [ukr] = rowsOf([claim({ supplier: 'DEU', recipient: 'UKR', category: 'air_defence', status: 'confirmed' })])
  assert.equal(ukr?.facts.recipient_role, 'victim')
  assert.equal(ukr?.facts.supplier_att_party, true)
  const during = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2023-05-01' })])
  assert.equal(during.facts.recipient_role, 'aggressor')
  assert.equal(during.facts.supplier_att_party, false)
  assert.equal(during.facts.unsc_measure_in_force, true)
  assert.match(during.trace.unsc_measure_in_force!.basis, /iran-2231-annex-b-missiles .* 2016-01-16 – 2023-10-18, coverage contested/)
  const after = only([claim({ supplier: 'IRN', category: 'drones', status: 'confirmed', publishedAt: '2023-11-01' })])
  assert.equal(after.facts.unsc_measure_in_force, false)
  const prk = only([claim({ supplier: 'PRK', category: 'artillery_ammunition', status: 'confirmed', publishedAt: '2026-01-10', undated: true })])
  assert.equal(prk.facts.unsc_measure_in_force, true, 'an open-ended embargo covers undated claims at their capture day')
  assert.match(prk.trace.unsc_measure_in_force!.basis, /warning: 1 of these claim\(s\) are undated/)
})

test('claims outside the conflict, or by its parties, are left out with a note', () => {
  const [irn, ...others] = aggregateFacts(
    [
      claim({ supplier: 'IRN', recipient: 'SYR', category: 'troops', status: 'asserted' }),
      claim({ supplier: 'IRN', category: 'drones', status: 'reported' }),
      claim({ supplier: 'RUS', recipient: 'UKR', category: 'missiles', status: 'confirmed' }),
      claim({ supplier: 'WAGNER', recipient: 'UKR', category: 'troops', status: 'confirmed' }),
    ],
    legal,
    { actors: ACTORS },
  )
  assert.deepEqual(others, [])
  assert.equal(irn?.rows.length, 1)
  assert.deepEqual(irn!.notes, ['1 claim(s) with recipient SYR left out: not a party to russia-ukraine-2022'])
})

test('an organisation of states is assessed through its organs', () => {
  const row = only([claim({ supplier: 'NATO', recipient: 'UKR', category: 'other_weapons', status: 'asserted' })])
  assert.equal(row.facts.actor_type, 'state_organ')
  assert.match(row.trace.actor_type!.basis, /organisation of states/)
})

test('only economic conduct, asserted and denied, becomes a political claim (the OPEC+ case)', () => {
  const rows = rowsOf([
    claim({ supplier: 'SAU', category: 'economic', status: 'asserted', attributedTo: 'US president' }),
    claim({ supplier: 'SAU', category: 'economic', status: 'denied', attributedTo: 'Saudi foreign ministry' }),
  ])
  assert.deepEqual(rows.map((r) => [r.kind, r.facts.claim_kind]), [['conduct', 'fact'], ['statement', 'official_says_aligned']])
  assert.equal(rows[1]?.counterEvidence.length, 1)
  assert.equal(rows[1]?.claims[0]?.attributedTo, 'US president')
})

test('political statements are rows of their own, dated for as-of', () => {
  const statements = [{ actor: 'USA', kind: 'belligerent_says_party' as const, source: 'Russian foreign minister, interview', date: '2022-04-25' }]
  const claims = [claim({ supplier: 'USA', recipient: 'UKR', category: 'other_weapons', status: 'confirmed', publishedAt: '2022-03-01' })]
  assert.deepEqual(rowsOf(claims, { statements }).map((r) => r.key), ['USA>UKR:weapons_transfer', 'USA:statement:belligerent_says_party'])
  assert.deepEqual(rowsOf(claims, { statements, asOf: '2022-04-01' }).map((r) => r.key), ['USA>UKR:weapons_transfer'])
})

test('a user override replaces a fact and the trace shows value, reason, source and what it replaced', () => {
  const override = Override.parse({
    actor: 'IRN',
    counterpart: 'RUS',
    conduct: 'technical_support',
    field: 'nexus',
    value: 'specific_operations',
    reason: 'technicians assigned to named strike waves',
    source: 'https://example.org/report',
    by: 'analyst',
    at: '2024-02-01',
  })
  const rows = rowsOf(
    [claim({ supplier: 'IRGC', category: 'technical_support', status: 'confirmed' }), claim({ supplier: 'IRN', category: 'drones', status: 'confirmed' })],
    { overrides: [override] },
  )
  const support = rows.find((r) => r.conduct === 'technical_support')!
  assert.equal(support.facts.nexus, 'specific_operations')
  assert.equal(support.trace.nexus?.source, 'override')
  assert.equal(support.trace.nexus?.override?.replaced, 'general')
  assert.match(support.trace.nexus!.basis, /technicians assigned to named strike waves \(source: https:\/\/example.org\/report; by analyst, 2024-02-01\); replaces general/)
  assert.equal(rows.find((r) => r.conduct === 'weapons_transfer')?.facts.nexus, 'general', 'the override targets one conduct only')
})

test('an override that matches no evidence is reported, not silently dropped', () => {
  const override = Override.parse({ actor: 'IRN', conduct: 'troops', field: 'coordination', value: 'joint_decision', reason: 'r', source: 's' })
  const [irn] = aggregateFacts([claim({ supplier: 'IRN', category: 'drones', status: 'reported' })], legal, { overrides: [override] })
  assert.match(irn!.notes.join('\n'), /override of coordination for IRN:troops matches no evidence/)
})

test('a blanket denial in generic words counts against every weapons category of the pair, marked as such', () => {
  const blanket = claim({ supplier: 'IRN', category: 'other_weapons', status: 'denied', attributedTo: 'Iranian foreign ministry', evidence: 'we have never sent weapons to Russia' })
  const specific = claim({ supplier: 'IRN', category: 'drones', status: 'denied', evidence: 'no drones were sent' })
  const row = only([
    claim({ supplier: 'IRN', category: 'drones', status: 'reported' }),
    claim({ supplier: 'IRN', category: 'artillery_ammunition', status: 'reported' }),
    blanket,
    specific,
  ])
  assert.deepEqual(row.categories, ['artillery_ammunition', 'drones', 'other_weapons'])
  assert.deepEqual(row.counterEvidence.map((c) => [c.id, c.blanket ?? false]), [[blanket.id, true], [specific.id, false]])
  // Denial-only rows of the pair are denied_only with the blanket denial listed.
  const alone = only([blanket])
  assert.equal(alone.facts.level, 'denied_only')
  assert.equal(alone.counterEvidence[0]?.blanket, undefined, 'alone it denies what it names')
})

test("the recipient's use of supplied materiel in specific strikes is not the supplier's nexus", () => {
  const used = only([
    claim({ supplier: 'IRN', category: 'drones', status: 'reported', impliedByUse: true, context: { specificOperation: true } }),
    claim({ supplier: 'IRN', category: 'drones', status: 'reported', context: { specificOperation: true }, evidence: 'equipment supplied by Iran to carry out the strikes' }),
  ])
  assert.equal(used.facts.nexus, 'general')
  assert.match(used.trace.nexus!.basis, /the operations the claims name are RUS's use of supplied materiel \(2 claim\(s\)\); no claim ties IRN's own conduct to them/)
  // Technicians preparing specific strike waves are the supplier's own conduct.
  const technicians = only([claim({ supplier: 'IRGC', category: 'technical_support', status: 'reported', context: { specificOperation: true } })])
  assert.equal(technicians.facts.nexus, 'specific_operations')
  // …and their row does not take a nexus from the arms supply they serve.
  const [irn] = aggregateFacts(
    [claim({ supplier: 'IRGC', category: 'trainers', status: 'reported' }), claim({ supplier: 'IRN', category: 'drones', status: 'reported', impliedByUse: true, context: { specificOperation: true } })],
    legal,
    { actors: ACTORS },
  )
  assert.deepEqual(irn!.rows.map((r) => [r.conduct, r.facts.nexus]), [['weapons_transfer', 'general'], ['training', 'general']])
})

test('claims go to the conflict their recipient and their date place them in', () => {
  const usa = (fields: Partial<EvidenceClaim>) => claim({ supplier: 'USA', recipient: 'ISR', category: 'aircraft', status: 'reported', ...fields })
  const karabakh = (fields: Partial<EvidenceClaim>) => claim({ supplier: 'TUR', recipient: 'AZE', category: 'drones', status: 'reported', ...fields })
  const claims = [usa({ publishedAt: '2024-03-01' }), usa({ publishedAt: '2023-06-01' }), karabakh({ publishedAt: '2020-10-15' }), karabakh({ publishedAt: '2021-02-01' }), claim({ supplier: 'IRN', category: 'drones', status: 'reported' })]
  const inConflict = (id: string) => aggregateFacts(claims, legal, { actors: ACTORS, conflict: id })
  const [gaza] = inConflict('israel-hamas-2023').filter((a) => a.actor === 'USA')
  assert.equal(gaza?.rows[0]?.claims.length, 1, 'the 2023-06 claim is before the war began')
  assert.equal(gaza?.leftOut.outsidePeriod, 1)
  assert.equal(gaza?.rows[0]?.facts.recipient_role, 'undetermined')
  const [tur] = inConflict('armenia-azerbaijan-2020')
  assert.deepEqual([tur?.actor, tur?.rows[0]?.claims.length, tur?.leftOut.outsidePeriod], ['TUR', 1, 1])
  const ukraine = aggregateEvidence(claims, legal, { actors: ACTORS, conflict: 'russia-ukraine-2022' })
  assert.deepEqual(ukraine.facts.map((a) => a.actor), ['IRN'])
  assert.equal(ukraine.summary.leftOut.notParty, 4, 'Israel and Azerbaijan are not parties to the war in Ukraine')
})
