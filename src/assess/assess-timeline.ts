import type { EvidenceClaim } from '../domain/evidence.js'
import { conflictOf, dayOf, factsOfGroups, groupClaims, newGroups, registryOf, rollUp, type FactRow } from './aggregate-facts.js'
import { decideTier, type AssessOptions, type Confidence } from './assess-actor.js'
import type { LegalData } from './legal-data.js'

/** A tier change of one actor under one framework, at the first date it holds. */
export interface TierChange {
  readonly date: string
  readonly actor: string
  readonly framework: string
  readonly from: string
  readonly to: string
  readonly confidence: Confidence | null
  /** The rules that decide the new tier. */
  readonly rules: readonly string[]
}

/**
 * Replays the evidence date by date: evaluates each actor as of every distinct publication date
 * of its claims (and of its political statements, and the start dates of documented patterns,
 * which change what suppliers know) and returns the dates at which any tier changed, oldest
 * first. Undated documents come with their capture day (marked undated) and are replayed at it.
 */
export function assessTimeline(claims: readonly EvidenceClaim[], legal: LegalData, options: Omit<AssessOptions, 'asOf'> & { readonly until?: string } = {}): TierChange[] {
  const conflict = conflictOf(legal, options.conflict)
  const registry = registryOf(options.actors)
  const only = options.actor === undefined ? null : typeof options.actor === 'string' ? [options.actor] : options.actor
  const onlyFrameworks = options.framework === undefined ? null : typeof options.framework === 'string' ? [options.framework] : options.framework
  const byActor = new Map<string, EvidenceClaim[]>()
  for (const claim of claims) {
    const day = dayOf(claim.publishedAt)
    if (!day || (options.until && day > options.until)) continue
    const actor = rollUp(claim.supplier, claim.via, registry).state
    if (only && !only.includes(actor)) continue
    const list = byActor.get(actor)
    if (list) list.push(claim)
    else byActor.set(actor, [claim])
  }
  for (const statement of options.statements ?? []) {
    const actor = rollUp(statement.actor, null, registry).state
    if (statement.date && (!only || only.includes(actor)) && !byActor.has(actor)) byActor.set(actor, [])
  }

  const changes: TierChange[] = []
  for (const [actor, own] of [...byActor].sort(([a], [b]) => a.localeCompare(b))) {
    const statements = (options.statements ?? []).filter((s) => rollUp(s.actor, null, registry).state === actor)
    const dates = new Set([...own.map((c) => dayOf(c.publishedAt)!), ...statements.flatMap((s) => (s.date ? [s.date] : []))])
    const first = [...dates].sort()[0]
    if (!first) continue
    // A pattern that begins later changes what later evaluations know, so its start is a date too.
    for (const pattern of conflict.patterns) if (pattern.from > first && (!options.until || pattern.from <= options.until)) dates.add(pattern.from)
    const frameworks = legal.frameworks.filter((framework) => !onlyFrameworks || onlyFrameworks.includes(framework.id))
    const previous = new Map(frameworks.map((framework) => [framework.id, framework.default]))
    // Claims in date order make each as-of date a prefix, so unchanged groups reuse their rows.
    const sorted = [...own].sort((a, b) => dayOf(a.publishedAt)!.localeCompare(dayOf(b.publishedAt)!))
    // Each date adds its claims to the groups of the dates before; unchanged groups keep their rows.
    const memo = new Map<string, FactRow | null>()
    const groups = newGroups()
    let end = 0
    for (const date of [...dates].sort()) {
      const from = end
      while (end < sorted.length && dayOf(sorted[end]!.publishedAt)! <= date) end += 1
      groupClaims(sorted.slice(from, end), legal, options, groups)
      const facts = factsOfGroups(groups, legal, { ...options, statements, asOf: date, memo }).find((f) => f.actor === actor)
      if (!facts) continue
      for (const framework of frameworks) {
        const { tier, confidence, yielding } = decideTier(framework, facts.rows, legal)
        if (previous.get(framework.id) === tier) continue
        changes.push({
          date,
          actor,
          framework: framework.id,
          from: previous.get(framework.id) ?? framework.default,
          to: tier,
          confidence,
          rules: [...new Set(yielding.map((rule) => rule.ruleId))],
        })
        previous.set(framework.id, tier)
      }
    }
  }
  return changes
}
