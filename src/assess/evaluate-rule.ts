import { fieldLabel, valueLabel, type FactField, type Facts, type FactValue } from './facts.js'
import type { Condition, Rule, RuleSet } from './legal-data.js'

/** One condition of a rule checked against the facts. */
export interface ConditionResult {
  readonly field: FactField
  /** The accepted values, with the named set they came from. */
  readonly wanted: readonly FactValue[]
  readonly set: string | null
  /** The fact's value; null when not known. */
  readonly value: FactValue | null
  readonly met: boolean
  /** Added by the rule set's `implicit_when`, not written in the rule. */
  readonly implicit: boolean
}

export interface RuleEvaluation {
  readonly ruleId: string
  readonly fired: boolean
  readonly conditions: readonly ConditionResult[]
}

type Check = (wanted: readonly FactValue[], value: FactValue | undefined) => boolean
const member: Check = (wanted, value) => value !== undefined && wanted.includes(value)

/** How each field's condition is checked: one line per field of FACT_FIELDS. */
const CHECKS: Readonly<Record<FactField, Check>> = {
  conduct: member,
  actor_type: member,
  location: member,
  official_decision: member,
  nexus: member,
  coordination: member,
  knowledge_ihl: member,
  used_unlawfully: member,
  recipient_role: member,
  supplier_att_party: member,
  level: member,
  unsc_measure_in_force: member,
  state_aware: member,
  claim_kind: member,
}

/** The rule's conditions plus the implicit ones on fields the rule leaves open. */
export function conditionsOf(rule: Rule, ruleSet: RuleSet): [FactField, Condition, boolean][] {
  const own = Object.entries(rule.when) as [FactField, Condition][]
  const implicit = (Object.entries(ruleSet.implicit_when) as [FactField, Condition][]).filter(([field]) => !(field in rule.when))
  return [...own.map(([f, c]): [FactField, Condition, boolean] => [f, c, false]), ...implicit.map(([f, c]): [FactField, Condition, boolean] => [f, c, true])]
}

/** Checks every condition of `rule` against `facts`; the rule fires when all hold. */
export function evaluateRule(rule: Rule, facts: Facts, ruleSet: RuleSet): RuleEvaluation {
  const conditions = conditionsOf(rule, ruleSet).map(([field, condition, implicit]): ConditionResult => {
    const set = 'set' in condition ? condition.set : null
    const wanted = set === null ? (condition as readonly FactValue[]) : ((ruleSet.sets[set]?.values ?? []) as FactValue[])
    const value = facts[field]
    return { field, wanted, set, value: value ?? null, met: CHECKS[field](wanted, value), implicit }
  })
  return { ruleId: rule.id, fired: conditions.every((condition) => condition.met), conditions }
}

/** "nexus must be specific operations (now: general)". */
export function describeMissing(condition: ConditionResult): string {
  const options = condition.wanted.map((value) => valueLabel(value))
  const wanted = options.length === 1 ? options[0] : `${options.slice(0, -1).join(', ')} or ${options.at(-1)}`
  const set = condition.set ? ` (${condition.set.replaceAll('_', ' ')})` : ''
  return `${fieldLabel(condition.field)} must be ${wanted}${set} (now: ${valueLabel(condition.value ?? undefined)})`
}

/** "conduct = weapons transfer (military support)". */
export function describeMet(condition: ConditionResult): string {
  const set = condition.set ? ` (${condition.set.replaceAll('_', ' ')})` : ''
  return `${condition.field} = ${valueLabel(condition.value ?? undefined)}${set}`
}
