import { totalClaims, type ClaimRef, type EvidenceSummary, type FactRow } from './aggregate-facts.js'
import { NOT_APPLICABLE, type ActorAssessment, type Citation, type FrameworkAssessment } from './assess-actor.js'
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
  /** What the assessment counted and left out: printed first, and as the answer when no state is left. */
  readonly summary?: EvidenceSummary
  /** Words after the as-of day in the header, e.g. "(today)". */
  readonly asOfNote?: string
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
  const summary = options.summary ? `${formatSummary(options.summary, options.asOfNote)}\n\n` : ''
  if (assessments.length === 0) return `${summary}No outside state has support claims counted in this conflict${options.summary?.asOf ? ` by ${options.summary.asOf}` : ''}.\n\n${DISCLAIMER}\n`
  return `${summary}${assessments.map((assessment) => formatActor(assessment, options)).join('\n')}\n${DISCLAIMER}\n`
}

/**
 * The evidence an assessment rests on: its as-of day, the claims counted (how many undated,
 * counted at their capture day), and what was left out and why.
 */
export function formatSummary(summary: EvidenceSummary, asOfNote?: string): string {
  const { leftOut } = summary
  const lines = [
    `Conflict ${summary.conflict} · ${summary.asOf ? `as of ${summary.asOf}${asOfNote ? ` ${asOfNote}` : ''}` : 'all evidence'} · ${summary.counted} claim(s) counted${summary.latest ? `, the latest dated ${summary.latest}` : ''}`,
  ]
  if (summary.undated) lines.push(`  warning: ${summary.undated} of them have no publication date and are counted at the day their document was captured`)
  const out: string[] = []
  if (leftOut.afterAsOf) out.push(`${leftOut.afterAsOf} published after ${summary.asOf}`)
  if (leftOut.afterAsOfUndated) out.push(`${leftOut.afterAsOfUndated} undated, captured after ${summary.asOf} (publication date unknown)`)
  if (leftOut.outsidePeriod) out.push(`${leftOut.outsidePeriod} dated outside the conflict's period`)
  if (leftOut.notParty) out.push(`${leftOut.notParty} to recipients that are not parties to it`)
  if (out.length) lines.push(`  left out: ${out.join('; ')}`)
  return lines.join('\n')
}

function formatActor(assessment: ActorAssessment, options: FormatOptions): string {
  const lines: string[] = []
  const head = [assessment.actor, `conflict ${assessment.conflict}`, assessment.asOf ? `as of ${assessment.asOf}` : 'all evidence']
  if (assessment.actorKind && assessment.actorKind !== 'state') head.push(assessment.actorKind)
  if (assessment.organs.length) head.push(`organs: ${assessment.organs.join(', ')}`)
  if (assessment.undated) head.push(`${assessment.undated} undated claim(s) counted at their capture day`)
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
    for (const citation of framework.citations) citations.set(citation.key, citation)
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
    const grade = row.proof?.bestGrade ? ` [best source ${row.proof.bestGrade}]` : ''
    lines.push(`  ${row.actor}${via} → ${row.counterpart ?? '?'} · ${valueLabel(row.conduct ?? undefined)} · ${valueLabel(row.facts.level)}${grade}${interval}${categories}`)
    if (row.trace.level && (row.facts.level === 'established' || row.facts.level === 'alleged')) lines.push(`    level: ${row.trace.level.basis}`)
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
  const day = claim.publishedAt ? (claim.undated ? `undated, captured ${claim.publishedAt}` : claim.publishedAt) : null
  const source = [claim.attributedTo, claim.documentTitle, claim.outlet, day].filter(Boolean).join(', ')
  const where = claim.url ?? `doc ${claim.documentId.slice(0, 12)}`
  const alike = claim.count && claim.count > 1 ? ` (and ${claim.count - 1} like it)` : ''
  const grade = claim.grade ? `[${claim.grade.code}] ` : ''
  const kind = claim.blanket ? 'blanket denial (generic words: counts against every weapons category of the pair)' : claim.status
  const byUse = claim.impliedByUse ? ' (supply inferred from use)' : ''
  return `${grade}${kind} "${quote}"${source ? ` — ${source}` : ''}${byUse} [${where}, claim ${claim.id}]${alike}`
}

function formatFramework(result: FrameworkAssessment): string[] {
  if (result.tier === NOT_APPLICABLE)
    return [`  ${result.title} [${result.framework}, ${result.axis.replaceAll('_', ' ')}]`, `    not applicable: ${result.applicability.reason ?? ''}${result.applicability.cite.length ? ` [${result.applicability.cite.join(', ')}]` : ''}`]
  const scale = result.tiers.map((tier) => (tier === result.tier ? `[${tier}]` : tier)).join(' < ')
  const confidence = result.confidence ? ` (${result.confidence})` : result.fired.length ? '' : ' (default: no rule applies)'
  const interval = result.interval ? ` · ${result.interval.from ?? '?'} – ${result.interval.to ?? '?'}` : ''
  const lines = [`  ${result.title} [${result.framework}, ${result.axis.replaceAll('_', ' ')}]`, `    ${result.tier}${confidence}${interval}   ${scale}`]
  if (result.applicability.status === 'contested') lines.push(`    contested: ${result.applicability.reason ?? ''}`)
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
  } else lines.push('    what would raise it: nothing; this is the highest tier')
  if (result.lower.length) {
    lines.push('    what would lower it:')
    for (const line of result.lower) lines.push(`      ${line}`)
  }
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
    if (result.skipped) {
      lines.push(`${result.id} left out: ${result.skipped}`)
      continue
    }
    lines.push(`${result.id} ${result.ok ? 'ok' : 'MISMATCH'}: ${result.facts}`)
    if (result.defaulted.length) lines.push(`  warning: not stated, filled with defaults: ${result.defaulted.join('; ')}`)
    const tiers = result.assessment.frameworks.map((framework) => `${framework.framework}=${framework.tier}${framework.confidence ? ` (${framework.confidence})` : ''}`).join(' ')
    lines.push(`  ${tiers}`)
    for (const check of result.checks.filter((c) => !c.ok || c.doubt))
      lines.push(`  ${check.ok ? 'doubt' : 'expected'} ${check.framework}: ${check.expected}, engine: ${check.actual}${check.doubt ? ` — ${check.doubt}` : ''}`)
    if (options.verbose) lines.push(formatActor(result.assessment, options))
  }
  return `${lines.join('\n')}\n${DISCLAIMER}\n`
}
