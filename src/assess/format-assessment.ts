import { totalClaims, type ClaimRef, type FactRow } from './aggregate-facts.js'
import type { ActorAssessment, Citation, FrameworkAssessment } from './assess-actor.js'
import type { ScenarioResult } from './assess-scenario.js'
import type { TierChange } from './assess-timeline.js'
import { FACT_FIELD_NAMES, valueLabel, type FactField } from './facts.js'

export interface FormatOptions {
  /** Show where every fact comes from, not only overrides. */
  readonly verbose?: boolean
  /** Longest quoted evidence before it is cut with "…". */
  readonly quoteLength?: number
  /** Claims shown per evidence row and kind (supporting, denials); all when verbose. */
  readonly maxClaims?: number
  /** Words of claims read without them (see shownClaimIds), by claim id. */
  readonly claimText?: ReadonlyMap<string, Partial<ClaimRef>>
}

const claimsShown = (options: FormatOptions): number => (options.verbose ? Infinity : (options.maxClaims ?? 5))

/** Ids of the claims formatAssessment prints with these options, so that only their words need reading. */
export function shownClaimIds(assessments: readonly ActorAssessment[], options: FormatOptions = {}): string[] {
  const max = claimsShown(options)
  return [...new Set(assessments.flatMap((a) => a.rows.flatMap((row) => [row.claims, row.counterEvidence, row.notCounted].flatMap((list) => list.slice(0, max).map((claim) => claim.id)))))]
}

export const DISCLAIMER = 'cobel is an analytical aid, not legal advice.'

/** Facts shown on the compact facts line of an evidence row, in this order. */
const SHOWN: readonly FactField[] = FACT_FIELD_NAMES.filter((field) => field !== 'conduct' && field !== 'level' && field !== 'claim_kind')

/**
 * Plain text for the terminal: per actor the evidence rows (claims with quoted evidence and
 * document, denials, facts and overrides), then each framework on its own (tier, confidence,
 * fired rules with citations, flags, what would change it), then flags and references.
 */
export function formatAssessment(assessments: readonly ActorAssessment[], options: FormatOptions = {}): string {
  if (assessments.length === 0) return `No outside state has support claims in this conflict.\n\n${DISCLAIMER}\n`
  return `${assessments.map((assessment) => formatActor(assessment, options)).join('\n')}\n${DISCLAIMER}\n`
}

function formatActor(assessment: ActorAssessment, options: FormatOptions): string {
  const lines: string[] = []
  const head = [assessment.actor, `conflict ${assessment.conflict}`, assessment.asOf ? `as of ${assessment.asOf}` : 'all evidence']
  if (assessment.organs.length) head.push(`organs: ${assessment.organs.join(', ')}`)
  lines.push(head.join(' · '), '', 'Evidence')
  for (const row of assessment.rows) lines.push(...formatRow(row, options))
  lines.push('', 'Frameworks (separate axes, never combined into one score)')
  for (const framework of assessment.frameworks) lines.push(...formatFramework(framework))
  if (assessment.flags.length) {
    lines.push('', 'Flags')
    for (const flag of assessment.flags) lines.push(`  ${flag.id}: ${flag.meaning} [${flag.frameworks.join(', ')}]`)
  }
  const citations = new Map<string, Citation>()
  for (const framework of assessment.frameworks)
    for (const citation of framework.citations)
      if (framework.fired.some((rule) => rule.cite.includes(citation.key))) citations.set(citation.key, citation)
  if (citations.size) {
    lines.push('', 'References')
    for (const citation of [...citations.values()].sort((a, b) => a.key.localeCompare(b.key)))
      lines.push(`  ${citation.key}: ${citation.reference}${citation.url ? ` <${citation.url}>` : ''}${citation.doi ? ` doi:${citation.doi}` : ''}`)
  }
  if (assessment.notes.length) {
    lines.push('', 'Notes')
    for (const note of assessment.notes) lines.push(`  ${note}`)
  }
  return `${lines.join('\n')}\n`
}

function formatRow(row: FactRow, options: FormatOptions): string[] {
  const lines: string[] = []
  if (row.kind === 'statement') {
    lines.push(`  ${row.actor} · statement: ${valueLabel(row.facts.claim_kind)} · ${row.trace.claim_kind?.basis ?? ''}`)
  } else {
    const interval = row.interval ? ` · ${row.interval.from ?? '?'} – ${row.interval.to ?? '?'}` : ''
    const categories = row.categories.length ? ` · ${row.categories.join(', ')}` : ''
    const via = row.organs.length ? ` (via ${row.organs.join(', ')})` : ''
    lines.push(`  ${row.actor}${via} → ${row.counterpart ?? '?'} · ${valueLabel(row.conduct ?? undefined)} · ${valueLabel(row.facts.level)}${interval}${categories}`)
  }
  const max = claimsShown(options)
  const list = (claims: readonly ClaimRef[], mark: string, suffix = ''): void => {
    for (const claim of claims.slice(0, max)) lines.push(`    ${mark} ${formatClaim(claim, options)}${suffix}`)
    const more = totalClaims(claims.slice(max))
    if (more > 0) lines.push(`    ${mark} … ${more} more`)
  }
  list(row.claims, '+')
  list(row.counterEvidence, '−')
  list(row.notCounted, '~', ' (not counted)')
  if (row.kind === 'conduct') {
    const shown = SHOWN.filter((field) => row.trace[field] !== undefined)
    lines.push(`    facts: ${shown.map((field) => `${field}=${row.facts[field] === undefined ? '?' : String(row.facts[field])}`).join(', ')}`)
  }
  for (const field of FACT_FIELD_NAMES) {
    const trace = row.trace[field]
    if (!trace) continue
    if (trace.source === 'override') lines.push(`    override ${field} = ${valueLabel(trace.value ?? undefined)}: ${trace.basis}`)
    else if (options.verbose && trace.source !== 'default') lines.push(`    ${field}: ${trace.basis}`)
  }
  return lines
}

function formatClaim(ref: ClaimRef, options: FormatOptions): string {
  const claim = { ...ref, ...options.claimText?.get(ref.id) }
  const max = options.quoteLength ?? 160
  const quote = claim.evidence.length > max ? `${claim.evidence.slice(0, max - 1)}…` : claim.evidence
  const source = [claim.attributedTo, claim.documentTitle, claim.outlet, claim.publishedAt].filter(Boolean).join(', ')
  const where = claim.url ?? `doc ${claim.documentId.slice(0, 12)}`
  const alike = claim.count && claim.count > 1 ? ` (and ${claim.count - 1} like it)` : ''
  return `${claim.status} "${quote}"${source ? ` — ${source}` : ''} [${where}, claim ${claim.id}]${alike}`
}

function formatFramework(result: FrameworkAssessment): string[] {
  const scale = result.tiers.map((tier) => (tier === result.tier ? `[${tier}]` : tier)).join(' < ')
  const confidence = result.confidence ? ` (${result.confidence})` : result.fired.length ? '' : ' (default: no rule applies)'
  const interval = result.interval ? ` · ${result.interval.from ?? '?'} – ${result.interval.to ?? '?'}` : ''
  const lines = [`  ${result.title} [${result.framework}, ${result.axis.replaceAll('_', ' ')}]`, `    ${result.tier}${confidence}${interval}   ${scale}`]
  if (result.grounds.length) lines.push(`    grounds: ${result.grounds.join(', ')}`)
  for (const rule of result.fired) {
    const then = rule.then ? `→ ${rule.then}` : '→ flags only'
    lines.push(`    fired ${rule.ruleId} ${then} on ${rule.row}: ${rule.label} [${rule.cite.join(', ')}]`)
    lines.push(`      because ${rule.conditions.map((condition) => `${condition.words}${condition.overridden ? ' (override)' : ''}`).join('; ')}`)
    if (rule.note) lines.push(`      note: ${rule.note}`)
  }
  if (result.flags.length) lines.push(`    flags: ${result.flags.join(', ')}`)
  if (result.counterEvidence.length) lines.push(`    against: ${totalClaims(result.counterEvidence)} denial(s): ${result.counterEvidence.map((claim) => claim.id).join(', ')}`)
  if (result.confidenceNote) lines.push(`    to make it established: ${result.confidenceNote}`)
  if (result.next) {
    lines.push(`    what would change it → ${result.next.tier}:`)
    for (const option of result.next.options)
      lines.push(`      ${option.ruleId} (${option.label})${option.row ? ` on ${option.row}` : ''}: ${option.missing.join('; ') || 'nothing missing'}`)
  } else lines.push('    what would change it: nothing; this is the highest tier')
  if (result.prospective) lines.push(`    if pledges are carried out: ${result.prospective.tier} (${result.prospective.rows.join(', ')})`)
  return lines
}

/** One line per tier change: "2022-10-20 IRN icrc_sba: not_party → supporter (alleged; sba.general_support)". */
export function formatTimeline(changes: readonly TierChange[]): string {
  if (changes.length === 0) return 'No tier changed.\n'
  return `${changes
    .map((change) => `${change.date} ${change.actor} ${change.framework}: ${change.from} → ${change.to}${change.confidence ? ` (${change.confidence}; ${change.rules.join(', ')})` : ''}`)
    .join('\n')}\n`
}

/** The scenario table: each expectation against the engine's answer, doubts included. */
export function formatScenarioResults(results: readonly ScenarioResult[], options: FormatOptions = {}): string {
  const lines: string[] = []
  for (const result of results) {
    lines.push(`${result.id} ${result.ok ? 'ok' : 'MISMATCH'}: ${result.facts}`)
    const tiers = result.assessment.frameworks.map((framework) => `${framework.framework}=${framework.tier}`).join(' ')
    lines.push(`  ${tiers}`)
    for (const check of result.checks.filter((c) => !c.ok || c.doubt))
      lines.push(`  ${check.ok ? 'doubt' : 'expected'} ${check.framework}: ${check.expected}, engine: ${check.actual}${check.doubt ? ` — ${check.doubt}` : ''}`)
    if (options.verbose) lines.push(formatActor(result.assessment, options))
  }
  return `${lines.join('\n')}\n${DISCLAIMER}\n`
}
