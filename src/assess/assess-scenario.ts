import { z } from 'zod'
import { ActorCode } from '../data/schemas.js'
import { parseDataFile } from '../data/parse-data-file.js'
import { ACTOR_KINDS, type Category } from '../domain/vocabulary.js'
import { conflictOf, type ClaimRef, type FactRow, type FactTrace } from './aggregate-facts.js'
import { assessFacts, type ActorAssessment } from './assess-actor.js'
import { CONDUCTS, Facts, type Conduct, type FactField, type FactValue } from './facts.js'
import { CiteKey, FlagName, IsoDate, Name, type Conflict, type LegalData } from './legal-data.js'

const Text = z.string().trim().min(1)

/**
 * One hand-written scenario in the format of frameworks.md §4: the facts in words, the evidence
 * fields, and optionally the expected tiers (`exp`, in framework order), grounds and flags.
 */
export const Scenario = z.strictObject({
  ...Facts.omit({ conduct: true }).shape,
  id: z.string().min(1),
  /** The facts in words. */
  facts: Text,
  actor: ActorCode.default('ACTOR'),
  counterpart: ActorCode.optional(),
  /** One conduct, or several (each becomes a row of facts with the same fields). */
  conduct: z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(z.enum(CONDUCTS)).min(1)),
  /** Organs the conduct goes through (IRGC), shown in the trace. */
  organs: z.array(ActorCode).default([]),
  /** Kind of the actor (state, organisation, group); frameworks that do not apply to it are reported as such. */
  actor_kind: z.enum(ACTOR_KINDS).default('state'),
  /** When the facts hold: `--as-of` leaves out scenarios dated later, and UN measures are read on this day. */
  date: IsoDate.optional(),
  /** Denials in words ("Tehran denies"); listed as counter-evidence. */
  counter_evidence: z.array(Text).default([]),
  exp: z.array(Name).optional(),
  /** Expected grounds per framework: {arsiwa_complicity: [aggression, ihl]}. */
  grounds: z.record(Name, z.array(Name)).optional(),
  confidence: z.enum(['established', 'alleged']).optional(),
  /** Flags that must be raised (others may be raised too). */
  flags: z.array(FlagName).default([]),
  cite: z.array(CiteKey).default([]),
  note: Text.optional(),
  /** Where an expectation is doubted: framework → reasoning. Shown, never applied. */
  doubts: z.record(Name, Text).optional(),
})
export type Scenario = z.infer<typeof Scenario>

/** A scenario file: `{frameworks?, defaults?, scenarios}`, or just the list of scenarios. */
export const ScenarioFile = z.preprocess(
  (value) => (Array.isArray(value) ? { scenarios: value } : value),
  z.strictObject({
    /** Framework order of the `exp` lists; defaults to the order of frameworks.yaml. */
    frameworks: z.array(Name).optional(),
    /** Field values every scenario starts from. */
    defaults: Facts.omit({ conduct: true }).default({}),
    scenarios: z.array(Scenario).min(1),
  }),
)
export type ScenarioFile = z.infer<typeof ScenarioFile>

export interface ExpectationCheck {
  readonly framework: string
  readonly expected: string
  readonly actual: string
  readonly ok: boolean
  readonly doubt: string | null
}

export interface ScenarioResult {
  readonly id: string
  readonly facts: string
  readonly assessment: ActorAssessment
  /** Fields the scenario left out and that were filled (frameworks.md §4 defaults, the conflict), in words. */
  readonly defaulted: readonly string[]
  /** Why the scenario was not evaluated (dated after --as-of); null when it was. */
  readonly skipped: string | null
  /** One check per expected tier, grounds, confidence and flag; empty when nothing is expected. */
  readonly checks: readonly ExpectationCheck[]
  readonly ok: boolean
}

/** Parses a scenario file (YAML); errors name the file and field. */
export function parseScenarioFile(yamlText: string, source: string): ScenarioFile {
  return parseDataFile(ScenarioFile, yamlText, source)
}

/**
 * Evaluates hand-written facts without any store, and compares them with the expectations the
 * scenario states. `order` is the framework order of `exp` (default: frameworks.yaml).
 */
export interface ScenarioOptions {
  /** Framework order of the `exp` lists (default: frameworks.yaml). */
  readonly order?: readonly string[]
  /** The file's own defaults, stated by its author (no warning). */
  readonly defaults?: Facts
  readonly conflict?: string
  /** Only these frameworks are evaluated and checked. */
  readonly framework?: string | readonly string[]
  /** Scenarios dated after this day are left out; UN measures are read on it for undated scenarios. */
  readonly asOf?: string
}

export function assessScenario(scenario: Scenario, legal: LegalData, options: ScenarioOptions = {}): ScenarioResult {
  const conflict = conflictOf(legal, options.conflict)
  const given: Facts = { ...options.defaults }
  for (const field of Object.keys(Facts.shape) as FactField[]) {
    const value = field === 'conduct' ? undefined : scenario[field]
    if (value !== undefined) (given as Record<string, FactValue>)[field] = value
  }
  const defaulted = fillDefaults(given, scenario, legal, conflict, options.asOf)
  const skipped = options.asOf && scenario.date && scenario.date > options.asOf ? `dated ${scenario.date}, after --as-of ${options.asOf}` : null

  const rows = scenarioRows(scenario, given)
  const notes = defaulted.length ? [`warning: fields not stated in scenario ${scenario.id}, filled with defaults: ${defaulted.join('; ')}`] : []
  if (skipped) notes.push(`scenario ${scenario.id} left out: ${skipped}`)
  const assessment = assessFacts(
    { actor: scenario.actor, actorKind: scenario.actor_kind, conflict: conflict.id, asOf: options.asOf ?? null, organs: scenario.organs, rows: skipped ? [] : rows, undated: 0, leftOut: NONE_LEFT_OUT, notes },
    legal,
    options.framework === undefined ? {} : { framework: options.framework },
  )
  if (skipped) return { id: scenario.id, facts: scenario.facts, assessment, defaulted, skipped, checks: [], ok: true }
  const checks = expectationChecks(scenario, assessment, legal, options)
  return { id: scenario.id, facts: scenario.facts, assessment, defaulted, skipped, checks, ok: checks.every((check) => check.ok) }
}

/** The scenario's facts as fact rows: one per conduct, and a statement row for a claim kind other than fact. */
function scenarioRows(scenario: Scenario, given: Facts): FactRow[] {
  const claim = (id: string, status: ClaimRef['status'], evidence: string): ClaimRef => ({
    id,
    documentId: `scenario:${scenario.id}`,
    documentTitle: null,
    url: null,
    outlet: null,
    publishedAt: null,
    status,
    category: null,
    supplier: scenario.actor,
    recipient: scenario.counterpart ?? null,
    via: null,
    attributedTo: null,
    evidence,
    sentence: null,
  })
  const denials = scenario.counter_evidence.map((text, index) => claim(`${scenario.id}.denial.${index + 1}`, 'denied', text))
  // The facts text stands in for the claims; its status mirrors the scenario's level.
  const status = given.level === 'established' ? 'confirmed' : given.level === 'prospective' ? 'alleged_future' : 'reported'
  const stated = claim(`${scenario.id}.facts`, status, scenario.facts)
  const traceOf = (facts: Facts): Partial<Record<FactField, FactTrace>> =>
    Object.fromEntries(
      Object.entries(facts).map(([field, value]) => [field, { value, source: 'scenario', basis: `stated in scenario ${scenario.id}` } satisfies FactTrace]),
    )
  const conducts = scenario.conduct
  const { claim_kind: kind, ...common } = given
  const rows: FactRow[] = conducts.map((conduct) => {
    const facts: Facts = { ...common, conduct, claim_kind: 'fact' }
    return {
      key: `${scenario.actor}>${scenario.counterpart ?? '?'}:${conduct}`,
      kind: 'conduct',
      actor: scenario.actor,
      counterpart: scenario.counterpart ?? null,
      conduct,
      organs: scenario.organs,
      categories: [],
      facts,
      trace: traceOf(facts),
      claims: given.level === 'denied_only' ? [] : [stated],
      counterEvidence: denials,
      notCounted: [],
      interval: null,
    }
  })
  if (kind && kind !== 'fact') {
    const facts: Facts = { claim_kind: kind, level: 'established' }
    rows.push({
      key: `${scenario.actor}:statement:${kind}`,
      kind: 'statement',
      actor: scenario.actor,
      counterpart: scenario.counterpart ?? null,
      conduct: null,
      organs: [],
      categories: [],
      facts,
      trace: traceOf(facts),
      claims: [],
      counterEvidence: [],
      notCounted: [],
      interval: null,
    })
  }
  return rows
}

/** The scenario's expected tiers, grounds, confidence and flags, each checked against the assessment. */
function expectationChecks(scenario: Scenario, assessment: ReturnType<typeof assessFacts>, legal: LegalData, options: ScenarioOptions): ExpectationCheck[] {
  const order = options.order ?? legal.frameworks.map((framework) => framework.id)
  const evaluated = new Set(assessment.frameworks.map((f) => f.framework))
  const tierOf = (id: string): string => assessment.frameworks.find((f) => f.framework === id)?.tier ?? '(no such framework)'
  const checks: ExpectationCheck[] = []
  const doubt = (framework: string): string | null => scenario.doubts?.[framework] ?? null
  scenario.exp?.forEach((expected, index) => {
    const framework = order[index] ?? `#${index}`
    // --framework: expectations on frameworks left out are not checked.
    if (!evaluated.has(framework) && legal.frameworks.some((f) => f.id === framework)) return
    const actual = tierOf(framework)
    checks.push({ framework, expected, actual, ok: expected === actual, doubt: doubt(framework) })
  })
  for (const [framework, grounds] of Object.entries(scenario.grounds ?? {})) {
    if (!evaluated.has(framework)) continue
    const actual = [...(assessment.frameworks.find((f) => f.framework === framework)?.grounds ?? [])].sort().join('+')
    const expected = [...grounds].sort().join('+')
    checks.push({ framework: `${framework}.grounds`, expected, actual, ok: expected === actual, doubt: doubt(framework) })
  }
  if (scenario.confidence) {
    const decided = assessment.frameworks.filter((f) => f.confidence !== null)
    const actual = decided.every((f) => f.confidence === scenario.confidence) ? scenario.confidence : decided.map((f) => `${f.framework}:${f.confidence}`).join(' ')
    checks.push({ framework: 'confidence', expected: scenario.confidence, actual, ok: actual === scenario.confidence, doubt: null })
  }
  const raised = new Set(assessment.flags.map((flag) => flag.id))
  // --framework: flags only the rules of other frameworks raise are not checked.
  const raisable = new Set(legal.rules.filter((rule) => rule.framework === 'all' || evaluated.has(rule.framework)).flatMap((rule) => rule.flags))
  for (const flag of scenario.flags.filter((f) => raisable.has(f)))
    checks.push({ framework: `flag ${flag}`, expected: 'raised', actual: raised.has(flag) ? 'raised' : 'not raised', ok: raised.has(flag), doubt: null })
  return checks
}

const NONE_LEFT_OUT = { afterAsOf: 0, afterAsOfUndated: 0, outsidePeriod: 0, notParty: 0 }

/**
 * Fills the fields a scenario leaves out: frameworks.md §4 defaults (official_decision inferred
 * when an organ acts), the recipient's role, ATT status and UN measures from the conflict.
 * Returns each filled field in words, for the warning.
 */
function fillDefaults(given: Facts, scenario: Scenario, legal: LegalData, conflict: Conflict, asOf: string | undefined): string[] {
  const filled: string[] = []
  const fill = <F extends FactField>(field: F, value: Facts[F] | undefined, why: string): void => {
    if (given[field] !== undefined || value === undefined) return
    ;(given as Record<string, FactValue>)[field] = value as FactValue
    filled.push(`${field} = ${String(value)} (${why})`)
  }
  for (const [field, value] of Object.entries(legal.ruleSet.scenario_defaults) as [FactField, FactValue][]) {
    if (field === 'official_decision' && scenario.organs.length) fill(field, 'inferred', `frameworks.md §4: inferred for an organ (${scenario.organs.join(', ')})`)
    else fill(field, value as never, 'frameworks.md §4')
  }
  const party = scenario.counterpart ? conflict.parties.find((p) => p.actor === scenario.counterpart) : undefined
  if (party) fill('recipient_role', party.role, `${party.actor}'s role in ${conflict.id}`)
  if (scenario.actor !== 'ACTOR') fill('supplier_att_party', conflict.att.parties.includes(scenario.actor), `ATT list of ${conflict.id} (as of ${conflict.att.as_of})`)
  const day = scenario.date ?? asOf
  if (day && scenario.actor !== 'ACTOR') {
    const categories = new Set(scenario.conduct.flatMap((conduct: Conduct) => (legal.ruleSet.category_map[conduct] ?? []) as Category[]))
    const measure = conflict.unsc_measures.find((m) => m.actor === scenario.actor && m.from <= day && (!m.to || day <= m.to) && m.categories.some((c) => categories.has(c)))
    fill('unsc_measure_in_force', !!measure, measure ? `${measure.id} in force on ${day}` : `no UN measure on ${scenario.actor} in force on ${day}`)
  }
  return filled
}

/** Parses a scenario file and evaluates every scenario in it (`cobel assess --scenario FILE`). */
export function assessScenarioFile(yamlText: string, source: string, legal: LegalData, options: Omit<ScenarioOptions, 'order' | 'defaults'> = {}): ScenarioResult[] {
  const file = parseScenarioFile(yamlText, source)
  return file.scenarios.map((scenario) => assessScenario(scenario, legal, { ...options, defaults: file.defaults, ...(file.frameworks ? { order: file.frameworks } : {}) }))
}
