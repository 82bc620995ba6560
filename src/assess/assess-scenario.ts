import { z } from 'zod'
import { ActorCode } from '../data/schemas.js'
import { parseDataFile } from '../data/parse-data-file.js'
import { conflictOf, type ClaimRef, type FactRow, type FactTrace } from './aggregate-facts.js'
import { assessFacts, type ActorAssessment } from './assess-actor.js'
import { CONDUCTS, Facts, type FactField, type FactValue } from './facts.js'
import { CiteKey, FlagName, Name, type LegalData } from './legal-data.js'

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
export function assessScenario(
  scenario: Scenario,
  legal: LegalData,
  options: { readonly order?: readonly string[]; readonly defaults?: Facts; readonly conflict?: string } = {},
): ScenarioResult {
  const conflict = conflictOf(legal, options.conflict)
  const given: Facts = { ...options.defaults }
  for (const field of Object.keys(Facts.shape) as FactField[]) {
    const value = field === 'conduct' ? undefined : scenario[field]
    if (value !== undefined) (given as Record<string, FactValue>)[field] = value
  }
  const role = scenario.counterpart ? conflict.parties.find((party) => party.actor === scenario.counterpart)?.role : undefined
  if (given.recipient_role === undefined && role) given.recipient_role = role

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

  const assessment = assessFacts({ actor: scenario.actor, conflict: conflict.id, asOf: null, organs: scenario.organs, rows, notes: [] }, legal)
  const order = options.order ?? legal.frameworks.map((framework) => framework.id)
  const tierOf = (id: string): string => assessment.frameworks.find((f) => f.framework === id)?.tier ?? '(no such framework)'
  const checks: ExpectationCheck[] = []
  const doubt = (framework: string): string | null => scenario.doubts?.[framework] ?? null
  scenario.exp?.forEach((expected, index) => {
    const framework = order[index] ?? `#${index}`
    const actual = tierOf(framework)
    checks.push({ framework, expected, actual, ok: expected === actual, doubt: doubt(framework) })
  })
  for (const [framework, grounds] of Object.entries(scenario.grounds ?? {})) {
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
  for (const flag of scenario.flags)
    checks.push({ framework: `flag ${flag}`, expected: 'raised', actual: raised.has(flag) ? 'raised' : 'not raised', ok: raised.has(flag), doubt: null })
  return { id: scenario.id, facts: scenario.facts, assessment, checks, ok: checks.every((check) => check.ok) }
}

/** Parses a scenario file and evaluates every scenario in it (`cobel assess --scenario FILE`). */
export function assessScenarioFile(yamlText: string, source: string, legal: LegalData): ScenarioResult[] {
  const file = parseScenarioFile(yamlText, source)
  return file.scenarios.map((scenario) =>
    assessScenario(scenario, legal, { defaults: file.defaults, ...(file.frameworks ? { order: file.frameworks } : {}) }),
  )
}
