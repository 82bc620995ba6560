import type { EvidenceClaim } from '../domain/evidence.js'
import { aggregateFacts, type ActorFacts, type AggregateOptions, type ClaimRef, type FactRow, type Interval } from './aggregate-facts.js'
import { describeMet, describeMissing, evaluateRule, type ConditionResult } from './evaluate-rule.js'
import type { FactField, FactValue } from './facts.js'
import type { Framework, LegalData, Rule } from './legal-data.js'

/** A condition that held, with the fact that satisfied it and where that fact comes from. */
export interface SatisfiedCondition {
  readonly field: FactField
  readonly value: FactValue | null
  readonly set: string | null
  readonly implicit: boolean
  /** "nexus = specific operations". */
  readonly words: string
  /** The trace of the fact: "confirmed by an official statement…", or the override's reason. */
  readonly basis: string | null
  readonly overridden: boolean
}

/** A rule that fired on one row of facts. */
export interface FiredRule {
  readonly ruleId: string
  readonly label: string
  /** The tier it yields; null for rules that only raise flags. */
  readonly then: string | null
  readonly grounds: string | null
  readonly flags: readonly string[]
  readonly note: string | null
  readonly cite: readonly string[]
  readonly row: string
  readonly counterpart: string | null
  readonly conduct: string | null
  readonly level: string | null
  readonly conditions: readonly SatisfiedCondition[]
}

/** One way to reach the next tier: a rule and the conditions it still lacks, in words. */
export interface MissingOption {
  readonly ruleId: string
  readonly label: string
  /** The row the rule comes closest on; null when the actor has no evidence rows. */
  readonly row: string | null
  readonly missing: readonly string[]
}

export interface NextTier {
  readonly tier: string
  readonly options: readonly MissingOption[]
}

export interface Citation {
  readonly key: string
  readonly reference: string
  readonly url: string | null
  readonly doi: string | null
}

export type Confidence = 'established' | 'alleged'

/** One framework's verdict for one actor, with the whole trace. */
export interface FrameworkAssessment {
  readonly framework: string
  readonly title: string
  readonly axis: Framework['axis']
  readonly tiers: readonly string[]
  readonly tier: string
  readonly defaultTier: string
  /** null when no rule yielded the tier (the default applies for lack of evidence). */
  readonly confidence: Confidence | null
  /** Grounds of the rules that decided the tier (complicit: aggression, ihl). */
  readonly grounds: readonly string[]
  /** Every rule that fired, highest tier first. */
  readonly fired: readonly FiredRule[]
  readonly flags: readonly string[]
  /** Claims behind the deciding rules, and the denials against them. */
  readonly claims: readonly ClaimRef[]
  readonly counterEvidence: readonly ClaimRef[]
  readonly interval: Interval | null
  readonly citations: readonly Citation[]
  /** What would change it: the next tier some rule can yield, and what each such rule lacks. */
  readonly next: NextTier | null
  /** How the confidence could rise, when the tier rests on alleged evidence only. */
  readonly confidenceNote: string | null
  /** The tier pledged or planned support would reach if carried out, when higher. */
  readonly prospective: { readonly tier: string; readonly rows: readonly string[] } | null
}

export interface ActorAssessment {
  readonly actor: string
  readonly conflict: string
  readonly asOf: string | null
  readonly organs: readonly string[]
  /** One entry per framework, in the order of frameworks.yaml; never merged into one score. */
  readonly frameworks: readonly FrameworkAssessment[]
  /** Flags raised under any framework, with their meaning. */
  readonly flags: readonly { readonly id: string; readonly meaning: string; readonly frameworks: readonly string[] }[]
  /** The facts the rules read, with the trace of each value (overrides included). */
  readonly rows: readonly FactRow[]
  readonly notes: readonly string[]
}

export interface AssessOptions extends AggregateOptions {
  /** Only these actors (rolled-up state codes). */
  readonly actor?: string | readonly string[]
  /** Only these frameworks. */
  readonly framework?: string | readonly string[]
}

const list = (value: string | readonly string[] | undefined): readonly string[] | null =>
  value === undefined ? null : typeof value === 'string' ? [value] : value

/**
 * Assesses every outside state found in `claims` under every framework (or those in
 * `options.framework`), evaluating only evidence published by `options.asOf`.
 */
export function assessActors(claims: readonly EvidenceClaim[], legal: LegalData, options: AssessOptions = {}): ActorAssessment[] {
  const actors = list(options.actor)
  return aggregateFacts(claims, legal, options)
    .filter((facts) => !actors || actors.includes(facts.actor))
    .map((facts) => assessFacts(facts, legal, options))
}

/** Assesses one actor's aggregated facts (or a scenario's hand-written facts). */
export function assessFacts(facts: ActorFacts, legal: LegalData, options: Pick<AssessOptions, 'framework'> = {}): ActorAssessment {
  const only = list(options.framework)
  const frameworks = legal.frameworks.filter((framework) => !only || only.includes(framework.id))
  const assessed = frameworks.map((framework) => assessFramework(framework, facts.rows, legal))
  const flagged = new Map<string, string[]>()
  for (const result of assessed) for (const flag of result.flags) flagged.set(flag, [...(flagged.get(flag) ?? []), result.framework])
  return {
    actor: facts.actor,
    conflict: facts.conflict,
    asOf: facts.asOf,
    organs: facts.organs,
    frameworks: assessed,
    flags: [...flagged].map(([id, where]) => ({ id, meaning: legal.ruleSet.flags[id] ?? id, frameworks: where })),
    rows: facts.rows,
    notes: facts.notes,
  }
}

/** The verdict alone, without citations or what-if: what the timeline needs at every date. */
export interface TierDecision {
  readonly rules: readonly Rule[]
  /** Index of the tier in the framework's tiers. */
  readonly top: number
  readonly tier: string
  readonly fired: readonly FiredRule[]
  /** Fired rules that yield the tier. */
  readonly yielding: readonly FiredRule[]
  /** Rows of the rules that yield the tier (or of the flag-only rules when none does). */
  readonly decidingRows: readonly FactRow[]
  readonly confidence: Confidence | null
}

/** Evaluates a framework's rules (and the `all` rules) on every row; the highest tier wins. */
export function decideTier(framework: Framework, rows: readonly FactRow[], legal: Pick<LegalData, 'rules' | 'ruleSet'>): TierDecision {
  const rank = (tier: string | null): number => (tier === null ? -1 : framework.tiers.indexOf(tier))
  const rules = legal.rules.filter((rule) => rule.framework === framework.id || rule.framework === 'all')
  const fired: FiredRule[] = []
  for (const row of rows)
    for (const rule of rules) {
      const evaluation = evaluateRule(rule, row.facts, legal.ruleSet)
      if (evaluation.fired) fired.push(firedRule(rule, row, evaluation.conditions))
    }
  fired.sort((a, b) => rank(b.then) - rank(a.then) || a.ruleId.localeCompare(b.ruleId) || a.row.localeCompare(b.row))
  const top = Math.max(rank(framework.default), ...fired.map((rule) => rank(rule.then)))
  const tier = framework.tiers[top] ?? framework.default
  const yielding = fired.filter((rule) => rule.then === tier)
  const deciding = new Set((yielding.length ? yielding : fired.filter((rule) => rule.then === null)).map((rule) => rule.row))
  const decidingRows = rows.filter((row) => deciding.has(row.key))
  const established = new Set(yielding.map((rule) => rule.row))
  const confidence: Confidence | null = yielding.length
    ? rows.some((row) => established.has(row.key) && row.facts.level === 'established')
      ? 'established'
      : 'alleged'
    : null
  return { rules, top, tier, fired, yielding, decidingRows, confidence }
}

function assessFramework(framework: Framework, rows: readonly FactRow[], legal: LegalData): FrameworkAssessment {
  const { rules, top, tier, fired, yielding, decidingRows, confidence } = decideTier(framework, rows, legal)

  const cites = [...new Set([...fired.flatMap((rule) => rule.cite), ...framework.cite])]
  const citations = cites.map((key): Citation => {
    const entry = legal.bibliography.find((item) => item.key === key)
    return { key, reference: entry?.reference ?? key, url: entry?.url ?? null, doi: entry?.doi ?? null }
  })
  const days = decidingRows.flatMap((row) => (row.interval ? [row.interval.from, row.interval.to] : [])).filter((d): d is string => !!d).sort()

  return {
    framework: framework.id,
    title: framework.title,
    axis: framework.axis,
    tiers: framework.tiers,
    tier,
    defaultTier: framework.default,
    confidence,
    grounds: [...new Set(yielding.map((rule) => rule.grounds).filter((g): g is string => !!g))],
    fired,
    flags: [...new Set(fired.flatMap((rule) => rule.flags))],
    claims: unique(decidingRows.flatMap((row) => row.claims)),
    counterEvidence: unique(decidingRows.flatMap((row) => row.counterEvidence)),
    interval: days.length ? { from: days[0] ?? null, to: days.at(-1) ?? null } : null,
    citations,
    next: nextTier(framework, top, rules, rows, legal),
    confidenceNote:
      confidence === 'alleged'
        ? 'one confirmed claim (an official statement or admission), or assertions from two independent sources, would make it established'
        : null,
    prospective: prospectiveTier(framework, top, rules, rows, legal),
  }
}

function firedRule(rule: Rule, row: FactRow, conditions: readonly ConditionResult[]): FiredRule {
  return {
    ruleId: rule.id,
    label: rule.label,
    then: rule.then,
    grounds: rule.grounds ?? null,
    flags: rule.flags,
    note: rule.note ?? null,
    cite: rule.cite,
    row: row.key,
    counterpart: row.counterpart,
    conduct: row.conduct,
    level: row.facts.level ?? null,
    conditions: conditions.map((condition) => ({
      field: condition.field,
      value: condition.value,
      set: condition.set,
      implicit: condition.implicit,
      words: describeMet(condition),
      basis: row.trace[condition.field]?.basis ?? null,
      overridden: row.trace[condition.field]?.source === 'override',
    })),
  }
}

/** The lowest tier above the current one that some rule yields, with each rule's missing conditions. */
function nextTier(framework: Framework, current: number, rules: readonly Rule[], rows: readonly FactRow[], legal: LegalData): NextTier | null {
  for (const tier of framework.tiers.slice(current + 1)) {
    const candidates = rules.filter((rule) => rule.then === tier)
    if (candidates.length === 0) continue
    const targets = rows.filter((row) => row.kind === 'conduct')
    const options = candidates.map((rule): MissingOption => {
      const attempts = (targets.length ? targets : [null]).map((row) => {
        const evaluation = evaluateRule(rule, row?.facts ?? {}, legal.ruleSet)
        return { row, missing: evaluation.conditions.filter((condition) => !condition.met) }
      })
      const best = attempts.sort((a, b) => a.missing.length - b.missing.length)[0]
      return { ruleId: rule.id, label: rule.label, row: best?.row?.key ?? null, missing: (best?.missing ?? []).map(describeMissing) }
    })
    return { tier, options: options.sort((a, b) => a.missing.length - b.missing.length || a.ruleId.localeCompare(b.ruleId)) }
  }
  return null
}

/** Pledged support is evaluated as if it were alleged, to show where it would lead. */
function prospectiveTier(
  framework: Framework,
  current: number,
  rules: readonly Rule[],
  rows: readonly FactRow[],
  legal: LegalData,
): FrameworkAssessment['prospective'] {
  let best = current
  const reached = new Map<number, string[]>()
  for (const row of rows.filter((r) => r.facts.level === 'prospective'))
    for (const rule of rules) {
      if (rule.then === null) continue
      if (!evaluateRule(rule, { ...row.facts, level: 'alleged' }, legal.ruleSet).fired) continue
      const rank = framework.tiers.indexOf(rule.then)
      reached.set(rank, [...new Set([...(reached.get(rank) ?? []), row.key])])
      best = Math.max(best, rank)
    }
  const tier = framework.tiers[best]
  return best > current && tier ? { tier, rows: reached.get(best) ?? [] } : null
}

const unique = (claims: readonly ClaimRef[]): ClaimRef[] => [...new Map(claims.map((claim) => [claim.id, claim])).values()]
