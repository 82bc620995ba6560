import type { EvidenceClaim } from '../domain/evidence.js'
import type { ActorKind } from '../domain/vocabulary.js'
import { aggregateEvidence, aggregateFacts, conflictOf, totalClaims, type ActorFacts, type EvidenceSummary, type AggregateOptions, type ClaimRef, type FactRow, type Interval, type LeftOut } from './aggregate-facts.js'
import { describeMet, describeMissing, evaluateRule, type ConditionResult } from './evaluate-rule.js'
import { fieldLabel, valueLabel, type FactField, type FactValue } from './facts.js'
import type { Conflict, Framework, LegalData, Rule } from './legal-data.js'

/** Whether a framework applies to this actor in this conflict (frameworks.yaml `applies_to`). */
export interface FrameworkApplicability {
  /** `contested`: it applies only under one of the conflict's contested classifications. */
  readonly status: 'applies' | 'contested' | 'not_applicable'
  /** Why not, or under which view; null when it simply applies. */
  readonly reason: string | null
  readonly cite: readonly string[]
}

/** The tier reported for a framework that does not apply (neutrality law for NATO, or in a non-international conflict). */
export const NOT_APPLICABLE = 'not_applicable'

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
  /** One of `tiers`, or `not_applicable` (see applicability). */
  readonly tier: string
  readonly applicability: FrameworkApplicability
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
  /** What would lower the tier (above the default): denials, doubts on attribution and on dates, facts resting on the conflict definition or on overrides. */
  readonly lower: readonly string[]
  /** The tier pledged or planned support would reach if carried out, when higher. */
  readonly prospective: { readonly tier: string; readonly rows: readonly string[] } | null
}

export interface ActorAssessment {
  readonly actor: string
  readonly actorKind: ActorKind | null
  readonly conflict: string
  readonly asOf: string | null
  /** Claims counted at their capture date because their document has no publication date. */
  readonly undated: number
  readonly leftOut: LeftOut
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

/** assessActors with the summary of what was counted and left out (dates, parties, as-of). */
export function assessEvidence(claims: readonly EvidenceClaim[], legal: LegalData, options: AssessOptions = {}): { readonly assessments: ActorAssessment[]; readonly summary: EvidenceSummary } {
  const actors = list(options.actor)
  const { facts, summary } = aggregateEvidence(claims, legal, options)
  return { assessments: facts.filter((f) => !actors || actors.includes(f.actor)).map((f) => assessFacts(f, legal, options)), summary }
}

/** Assesses one actor's aggregated facts (or a scenario's hand-written facts). */
export function assessFacts(facts: ActorFacts, legal: LegalData, options: Pick<AssessOptions, 'framework'> = {}): ActorAssessment {
  const only = list(options.framework)
  const frameworks = legal.frameworks.filter((framework) => !only || only.includes(framework.id))
  const conflict = conflictOf(legal, facts.conflict)
  const assessed = frameworks.map((framework) => {
    const applicability = applicabilityOf(framework, facts.actor, facts.actorKind, conflict)
    return applicability.status === 'not_applicable' ? notApplicable(framework, applicability) : assessFramework(framework, facts.rows, legal, applicability)
  })
  const flagged = new Map<string, string[]>()
  for (const result of assessed) for (const flag of result.flags) flagged.set(flag, [...(flagged.get(flag) ?? []), result.framework])
  return {
    actor: facts.actor,
    actorKind: facts.actorKind,
    conflict: facts.conflict,
    asOf: facts.asOf,
    undated: facts.undated,
    leftOut: facts.leftOut,
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

const CLASSIFICATION_WORDS: Readonly<Record<string, string>> = {
  international_armed_conflict: 'an international armed conflict',
  non_international_armed_conflict: 'a non-international armed conflict',
}

/**
 * Whether the framework applies to this kind of actor in this conflict. Under a contested
 * classification it applies when one view supports it, marked as contested with that view's
 * sources; it does not apply when no view does.
 */
export function applicabilityOf(framework: Framework, actor: string, kind: ActorKind | null, conflict: Conflict): FrameworkApplicability {
  const scope = framework.applies_to
  // Codes the registry does not know are taken as states (every state is in the registry; organisations and groups are listed as such).
  const actorKind = kind ?? 'state'
  if (!scope.actor_kinds.includes(actorKind))
    return { status: 'not_applicable', reason: `${actor} is ${actorKind === 'organisation' ? 'an organisation' : `a${actorKind === 'organ' ? 'n' : ''} ${actorKind}`}: ${scope.note}`, cite: scope.cite }
  const { classification } = conflict
  if (classification.value !== 'contested') {
    if (scope.classifications.includes(classification.value)) return { status: 'applies', reason: null, cite: [] }
    return { status: 'not_applicable', reason: `${conflict.id} is ${CLASSIFICATION_WORDS[classification.value]}: ${scope.note}`, cite: [...scope.cite, ...classification.cite] }
  }
  const supporting = classification.views.filter((view) => scope.classifications.includes(view.classification))
  const other = classification.views.filter((view) => !scope.classifications.includes(view.classification))
  if (supporting.length === 0)
    return { status: 'not_applicable', reason: `no reading of ${conflict.id} makes it ${scope.classifications.map((c) => CLASSIFICATION_WORDS[c]).join(' or ')}: ${scope.note}`, cite: scope.cite }
  if (other.length === 0) return { status: 'applies', reason: null, cite: [] }
  const views = (list: typeof supporting): string => [...new Set(list.map((view) => `${CLASSIFICATION_WORDS[view.classification]} (${view.cite.join(', ')})`))].join('; ')
  return {
    status: 'contested',
    reason: `applies only if ${conflict.id} is ${views(supporting)}; it does not if it is ${views(other)}`,
    cite: [...new Set([...supporting, ...other].flatMap((view) => view.cite))],
  }
}

function notApplicable(framework: Framework, applicability: FrameworkApplicability): FrameworkAssessment {
  return {
    framework: framework.id,
    title: framework.title,
    axis: framework.axis,
    tiers: framework.tiers,
    tier: NOT_APPLICABLE,
    applicability,
    defaultTier: framework.default,
    confidence: null,
    grounds: [],
    fired: [],
    flags: [],
    claims: [],
    counterEvidence: [],
    interval: null,
    citations: [],
    next: null,
    confidenceNote: null,
    lower: [],
    prospective: null,
  }
}

function assessFramework(framework: Framework, rows: readonly FactRow[], legal: LegalData, applicability: FrameworkApplicability): FrameworkAssessment {
  const { rules, top, tier, fired, yielding, decidingRows, confidence } = decideTier(framework, rows, legal)

  // Only the sources of the rules that fired (and of a contested classification), not every source of the framework.
  const cites = [...new Set([...fired.flatMap((rule) => rule.cite), ...applicability.cite])]
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
    applicability,
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
    confidenceNote: confidence === 'alleged' ? confidenceNoteOf(decidingRows) : null,
    lower: top > framework.tiers.indexOf(framework.default) ? lowerings(yielding, decidingRows) : [],
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

/** What would make alleged evidence established, for the row that comes closest. */
function confidenceNoteOf(rows: readonly FactRow[]): string {
  const wanting = rows.map((row) => row.proof?.wanting).filter((text): text is string => !!text)
  return wanting.length
    ? `established needs ${wanting[0]}`
    : 'established needs an admission by the supplier or the recipient, an international finding, officials of two states, or one official and two independent sources'
}

/**
 * What would lower a tier: a denial by an independent source, doubts about attribution (supply
 * inferred from use, unnamed sources), undated claims, and facts taken from the conflict
 * definition or an override rather than from the claims.
 */
function lowerings(yielding: readonly FiredRule[], rows: readonly FactRow[]): string[] {
  const lines: string[] = []
  for (const row of rows) {
    if (row.kind !== 'conduct') continue
    const parts: string[] = []
    const denials = row.counterEvidence
    const independent = denials.filter((claim) => claim.grade && !['party_admission', 'media_unnamed_source', 'unattributed'].includes(claim.grade.kind))
    parts.push(
      denials.length
        ? `a denial by an independent source (an international body or a third state); the ${totalClaims(denials)} denial(s) so far come ${independent.length ? `partly from independent sources (${totalClaims(independent)})` : `from ${row.actor}'s side or unattributed`}`
        : 'a denial by an independent source (an international body or a third state); none so far',
    )
    const all = totalClaims(row.claims)
    const byUse = row.claims.filter((claim) => claim.impliedByUse)
    if (byUse.length) parts.push(`evidence that the materiel came another way (captured, resold, copied): ${totalClaims(byUse)} of ${all} claim(s) infer supply from its origin`)
    const weak = row.claims.filter((claim) => claim.grade && ['media_unnamed_source', 'unattributed', 'official_unidentified'].includes(claim.grade.kind))
    if (weak.length) parts.push(`doubts on attribution: ${totalClaims(weak)} of ${all} claim(s) rest on unnamed sources, the journalist's voice or an unidentified speaker`)
    const undated = row.claims.filter((claim) => claim.undated)
    if (undated.length) parts.push(`real dates: ${totalClaims(undated)} claim(s) are undated and counted at their capture day`)
    if (row.proof?.route === 'admission') parts.push('a retraction of the admission, or a showing that the speaker did not speak for the state')
    lines.push(`${row.actor}→${row.counterpart ?? '?'} ${valueLabel(row.conduct ?? undefined)}: ${parts.join('; ')}`)
  }
  const fromConflict = new Map<string, string>()
  for (const rule of yielding)
    for (const condition of rule.conditions) {
      const trace = rows.find((row) => row.key === rule.row)?.trace[condition.field]
      if (trace?.source === 'conflict' || trace?.source === 'override')
        fromConflict.set(condition.field, `${fieldLabel(condition.field)} = ${valueLabel(condition.value ?? undefined)} rests on ${trace.source === 'override' ? 'an override' : 'the conflict definition'} (${trace.basis}); a different reading would lower it`)
    }
  return [...new Set([...lines, ...fromConflict.values()])]
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
