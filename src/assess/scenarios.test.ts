import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { assessScenario, assessScenarioFile, parseScenarioFile } from './assess-scenario.js'
import { formatScenarioResults } from './format-assessment.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))
const FIXTURE = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'scenarios', 'frameworks-md.yaml')
const text = readFileSync(FIXTURE, 'utf8')
const file = parseScenarioFile(text, FIXTURE)
const results = assessScenarioFile(text, FIXTURE, legal)
const ORDER = ['icrc_sba', 'wentker_coparty', 'neutrality_strict', 'neutrality_qualified', 'arsiwa_complicity', 'icl_individual']

test('the fixture holds the 12 scenarios of frameworks.md §4 in its framework order', () => {
  assert.deepEqual(file.frameworks, ORDER)
  assert.deepEqual(file.scenarios.map((s) => s.id), ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12'])
  for (const scenario of file.scenarios) assert.equal(scenario.exp?.length, 6, scenario.id)
})

for (const scenario of file.scenarios) {
  const result = results.find((r) => r.id === scenario.id)!
  describe(`${scenario.id}: ${scenario.facts}`, () => {
    ORDER.forEach((framework, index) => {
      test(`${framework} is ${scenario.exp?.[index]}`, () => {
        const actual = result.assessment.frameworks.find((f) => f.framework === framework)?.tier
        assert.equal(actual, scenario.exp?.[index])
      })
    })
    for (const [framework, grounds] of Object.entries(scenario.grounds ?? {}))
      test(`${framework} grounds are ${grounds.join('+')}`, () => {
        const actual = result.assessment.frameworks.find((f) => f.framework === framework)?.grounds ?? []
        assert.deepEqual([...actual].sort(), [...grounds].sort())
      })
    if (scenario.flags.length)
      test(`raises ${scenario.flags.join(', ')}`, () => {
        const raised = result.assessment.flags.map((flag) => flag.id)
        for (const flag of scenario.flags) assert.ok(raised.includes(flag), `${flag} not in ${raised.join(', ')}`)
      })
    if (scenario.confidence)
      test(`confidence is ${scenario.confidence}`, () => {
        for (const f of result.assessment.frameworks) if (f.confidence !== null) assert.equal(f.confidence, scenario.confidence, f.framework)
      })
    test('every check of the scenario passes', () => assert.deepEqual(result.checks.filter((c) => !c.ok), []))
  })
}

test('S2 lists the denial as counter-evidence', () => {
  const s2 = results.find((r) => r.id === 'S2')!
  for (const f of s2.assessment.frameworks.filter((f) => f.confidence)) assert.deepEqual(f.counterEvidence.map((c) => c.evidence), ['Tehran denies supplying drones to Russia'])
})

test('S1 and S2 differ only in confidence', () => {
  const [s1, s2] = ['S1', 'S2'].map((id) => results.find((r) => r.id === id)!.assessment.frameworks)
  assert.deepEqual(s1?.map((f) => f.tier), s2?.map((f) => f.tier))
  assert.deepEqual(new Set(s1?.map((f) => f.confidence)), new Set(['established']))
  assert.deepEqual(new Set(s2?.map((f) => f.confidence)), new Set(['alleged']))
})

test('the expert view of the seed article is not adopted: routine maintenance (S5) does not make Iran a party', () => {
  const s5 = results.find((r) => r.id === 'S5')!
  assert.equal(s5.assessment.frameworks.find((f) => f.framework === 'icrc_sba')?.tier, 'supporter')
  assert.ok(!s5.assessment.flags.some((flag) => flag.id === 'personnel_combatants'))
})

test('flags the document does not list: S8 personnel_combatants (as S4), S12 individual_DPH_if_operating', () => {
  const flags = (id: string): string[] => results.find((r) => r.id === id)!.assessment.flags.map((f) => f.id)
  assert.ok(flags('S8').includes('personnel_combatants'))
  assert.deepEqual(flags('S12'), ['individual_DPH_if_operating'])
})

test('S7 with the knowledge its own dates imply: KN-23s after the grid-strike pattern began (documented doubt)', () => {
  const s7 = file.scenarios.find((s) => s.id === 'S7')!
  assert.ok(s7.doubts?.icl_individual)
  const dated = assessScenario({ ...s7, knowledge_ihl: 'pattern', used_unlawfully: true, exp: undefined, grounds: undefined }, legal)
  const tier = (id: string): string | undefined => dated.assessment.frameworks.find((f) => f.framework === id)?.tier
  assert.equal(tier('icl_individual'), 'accessory_exposure')
  assert.equal(tier('arsiwa_complicity'), 'complicit')
  assert.deepEqual([...(dated.assessment.frameworks.find((f) => f.framework === 'arsiwa_complicity')?.grounds ?? [])].sort(), ['aggression', 'ihl'])
})

test('S12 once the state knows: due-diligence concern', () => {
  const s12 = file.scenarios.find((s) => s.id === 'S12')!
  const known = assessScenario({ ...s12, state_aware: true, exp: undefined }, legal)
  assert.equal(known.assessment.frameworks.find((f) => f.framework === 'arsiwa_complicity')?.tier, 'due_diligence_concern')
})

test('a scenario file error names the file and the field', () => {
  assert.throws(() => parseScenarioFile('- {id: X, facts: text, conduct: drones}\n', 'bad.yaml'), /bad\.yaml: invalid data\n {2}at scenarios\.0\.conduct\.0: Invalid option/)
})

test('scenario defaults and recipient role from the conflict fill fields left out', () => {
  const [result] = assessScenarioFile(
    'defaults: {actor_type: state_organ, level: established}\nscenarios:\n  - {id: T1, facts: "state sends shells to Russia", actor: PRK, counterpart: RUS, conduct: weapons_transfer}\n',
    'inline.yaml',
    legal,
  )
  assert.equal(result?.assessment.rows[0]?.facts.recipient_role, 'aggressor')
  assert.equal(result?.assessment.frameworks.find((f) => f.framework === 'neutrality_qualified')?.tier, 'unneutral')
})

test('ns.coordinated and nq.coordinated: joint targeting decisions on specific strikes make a belligerent under both neutralities', () => {
  const s10 = file.scenarios.find((s) => s.id === 'S10')!
  const joint = assessScenario({ ...s10, coordination: 'joint_decision', exp: undefined }, legal)
  const tier = (id: string) => joint.assessment.frameworks.find((f) => f.framework === id)
  assert.deepEqual(joint.assessment.frameworks.map((f) => f.tier), ['party', 'party', 'belligerent', 'belligerent', 'no_responsibility', 'none'])
  assert.ok(tier('neutrality_strict')!.fired.some((rule) => rule.ruleId === 'ns.coordinated' && rule.then === 'belligerent'))
  assert.ok(tier('neutrality_qualified')!.fired.some((rule) => rule.ruleId === 'nq.coordinated' && rule.then === 'belligerent'))
  // Liaison only (S10 as written) stays unneutral / non-belligerent.
  const liaison = results.find((r) => r.id === 'S10')!
  assert.deepEqual(['neutrality_strict', 'neutrality_qualified'].map((id) => liaison.assessment.frameworks.find((f) => f.framework === id)?.tier), ['unneutral', 'non_belligerent'])
})

test('fields a scenario leaves out get the frameworks.md §4 defaults, each named in a warning', () => {
  const [result] = assessScenarioFile('- {id: T2, facts: "IRGC trainers teach Russians to fly drones", actor: IRN, counterpart: RUS, conduct: training, organs: [IRGC], date: 2022-10-20}\n', 'inline.yaml', legal)
  const filled = result!.defaulted.map((line) => line.split(' = ')[0])
  assert.deepEqual(filled, ['actor_type', 'location', 'official_decision', 'nexus', 'coordination', 'knowledge_ihl', 'used_unlawfully', 'level', 'recipient_role', 'supplier_att_party', 'unsc_measure_in_force'])
  assert.ok(result!.defaulted.includes('official_decision = inferred (frameworks.md §4: inferred for an organ (IRGC))'))
  assert.ok(result!.defaulted.includes('unsc_measure_in_force = false (no UN measure on IRN in force on 2022-10-20)'), result!.defaulted.join('\n'))
  assert.match(result!.assessment.notes[0] ?? '', /^warning: fields not stated in scenario T2, filled with defaults: actor_type = state_organ \(frameworks\.md §4\)/)
  assert.match(formatScenarioResults([result!]), /warning: not stated, filled with defaults: actor_type = state_organ/)
  // The 12 shared scenarios state every field: nothing is defaulted silently or otherwise, except what the conflict gives.
  for (const r of results) assert.deepEqual(r.defaulted.filter((line) => /§4/.test(line)), [], r.id)
})

test('scenario mode honours --framework and --as-of', () => {
  const only = assessScenarioFile(text, FIXTURE, legal, { framework: ['icrc_sba'] })
  assert.ok(only.every((r) => r.ok && r.assessment.frameworks.length === 1))
  assert.ok(only.every((r) => r.checks.every((c) => c.framework === 'icrc_sba' || !ORDER.includes(c.framework))))
  const dated = '- {id: D1, facts: "PRK shells", actor: PRK, counterpart: RUS, conduct: weapons_transfer, date: 2023-09-01}\n- {id: D2, facts: "PRK troops in Kursk", actor: PRK, counterpart: RUS, conduct: troops, date: 2024-11-01}\n'
  const [d1, d2] = assessScenarioFile(dated, 'dated.yaml', legal, { asOf: '2024-01-01' })
  assert.equal(d1!.skipped, null)
  assert.equal(d1!.assessment.rows[0]?.facts.unsc_measure_in_force, true, 'the DPRK embargo is in force on the scenario date')
  assert.equal(d2!.skipped, 'dated 2024-11-01, after --as-of 2024-01-01')
  assert.equal(d2!.assessment.frameworks.find((f) => f.framework === 'icrc_sba')?.tier, 'not_party')
  assert.match(formatScenarioResults([d1!, d2!]), /^D2 left out: dated 2024-11-01, after --as-of 2024-01-01$/m)
})
