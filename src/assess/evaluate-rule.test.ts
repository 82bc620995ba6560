import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { describeMissing, evaluateRule } from './evaluate-rule.js'
import { FACT_FIELD_NAMES, type FactField, type Facts, type FactValue } from './facts.js'
import { Rule, type RuleSet } from './legal-data.js'
import { readLegalData } from '../load/read-legal-data.js'

const legal = readLegalData(join(import.meta.dirname, '..', '..', 'data'))
const ruleSet: RuleSet = { ...legal.ruleSet, implicit_when: {} }
const rule = (when: object, then: string | null = 'supporter'): Rule => Rule.parse({ id: 'test.rule', framework: 'icrc_sba', label: 'test', when, then, cite: ['Ferraro2015'] })

/** One matching and one non-matching value per field: a new kind of condition adds a line here. */
const SAMPLES: Readonly<Record<FactField, readonly [FactValue, FactValue]>> = {
  conduct: ['troops', 'economic'],
  actor_type: ['state_organ', 'private'],
  location: ['in_theatre', 'out_of_theatre'],
  official_decision: [true, 'unknown'],
  nexus: ['specific_operations', 'general'],
  coordination: ['joint_decision', 'liaison'],
  knowledge_ihl: ['pattern', 'none'],
  used_unlawfully: [true, 'unknown'],
  recipient_role: ['aggressor', 'victim'],
  supplier_att_party: [true, false],
  level: ['established', 'denied_only'],
  unsc_measure_in_force: [true, false],
  state_aware: [true, false],
  claim_kind: ['belligerent_says_party', 'fact'],
}

for (const field of FACT_FIELD_NAMES) {
  test(`a condition on ${field} fires on its value only`, () => {
    const [yes, no] = SAMPLES[field]
    const single = rule({ [field]: yes })
    assert.equal(evaluateRule(single, { [field]: yes }, ruleSet).fired, true)
    assert.equal(evaluateRule(single, { [field]: no }, ruleSet).fired, false)
    assert.equal(evaluateRule(single, {}, ruleSet).fired, false, 'an unknown fact meets no condition')
  })
}

test('all conditions must hold; the result lists each with the fact it read', () => {
  const evaluation = evaluateRule(rule({ conduct: ['intelligence', 'maintenance'], nexus: 'specific_operations' }), { conduct: 'intelligence', nexus: 'general' }, ruleSet)
  assert.equal(evaluation.fired, false)
  assert.deepEqual(
    evaluation.conditions.map((c) => [c.field, c.value, c.met]),
    [['conduct', 'intelligence', true], ['nexus', 'general', false]],
  )
})

test('named sets expand from the rule set', () => {
  const general = rule({ conduct: { set: 'military_support' }, actor_type: { set: 'state_actor' } })
  assert.equal(evaluateRule(general, { conduct: 'financial', actor_type: 'state_directed' }, ruleSet).fired, true)
  assert.equal(evaluateRule(general, { conduct: 'economic', actor_type: 'state_organ' }, ruleSet).fired, false)
  const [conduct] = evaluateRule(general, { conduct: 'financial' }, ruleSet).conditions
  assert.equal(conduct?.set, 'military_support')
})

test('implicit conditions apply unless the rule states its own', () => {
  const facts: Facts = { conduct: 'weapons_transfer', level: 'prospective' }
  assert.equal(evaluateRule(rule({ conduct: 'weapons_transfer' }), facts, legal.ruleSet).fired, false)
  assert.equal(evaluateRule(rule({ conduct: 'weapons_transfer', level: ['prospective'] }), facts, legal.ruleSet).fired, true)
  const implicit = evaluateRule(rule({ conduct: 'weapons_transfer' }), facts, legal.ruleSet).conditions.find((c) => c.field === 'level')
  assert.equal(implicit?.implicit, true)
})

test('a missing condition reads as words', () => {
  const [, nexus] = evaluateRule(rule({ conduct: 'intelligence', nexus: 'specific_operations' }), { conduct: 'intelligence' }, ruleSet).conditions
  assert.equal(describeMissing(nexus!), 'link to specific military operations must be specific operations (now: not known)')
  const [decision] = evaluateRule(rule({ official_decision: [true, 'inferred'] }), { official_decision: 'unknown' }, ruleSet).conditions
  assert.equal(describeMissing(decision!), 'an official decision of the state must be true or inferred (now: unknown)')
})
