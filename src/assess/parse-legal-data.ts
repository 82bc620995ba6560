import { z } from 'zod'
import { parseDataFile } from '../data/parse-data-file.js'
import { CobelError } from '../domain/errors.js'
import { CATEGORIES } from '../domain/vocabulary.js'
import { FACT_FIELDS } from './facts.js'
import {
  BibliographyEntry,
  Conflict,
  Framework,
  Rule,
  RuleSet,
  SourceGrading,
  StatusPhrases,
  type Condition,
  type LegalData,
  type When,
} from './legal-data.js'

/** A YAML file as read from disk, its path relative to the data folder. */
export interface LegalDataFile {
  readonly path: string
  readonly text: string
}

export const FRAMEWORKS_FILE = 'legal/frameworks.yaml'
export const RULE_SET_FILE = 'legal/rule-set.yaml'
export const BIBLIOGRAPHY_FILE = 'legal/bibliography.yaml'
export const GRADING_FILE = 'legal/source-grades.yaml'
export const STATUS_PHRASES_FILE = 'legal/status-statements.yaml'
const RULE_PATH = /^legal\/rules\/([^/]+)\/([^/]+)\.ya?ml$/
const CONFLICT_PATH = /^conflicts\/([^/]+)\.ya?ml$/

type ReadFile = <T extends z.ZodType>(schema: T, path: string) => z.infer<T>
type CheckCites = (source: string, field: string, cites: readonly string[]) => void
type CheckWhen = (source: string, prefix: string, when: When) => void

const fail = (source: string, message: string): never => {
  throw new CobelError('ERR_DATA_INVALID', message, source)
}

/**
 * Validates the legal data files and their cross-references: tiers, sets, flags, grounds and
 * citation keys. Every error names the file and the field.
 */
export function parseLegalData(files: readonly LegalDataFile[]): LegalData {
  const byPath = new Map(files.map((file) => [file.path, file]))
  const read: ReadFile = (schema, path) => {
    const file = byPath.get(path)
    if (!file) throw new CobelError('ERR_DATA_MISSING', 'required data file is missing', path)
    return parseDataFile(schema, file.text, path)
  }
  const { bibliography, checkCites } = readBibliography(read)
  const frameworks = readFrameworks(read, checkCites)
  const grading = read(SourceGrading, GRADING_FILE)
  checkCites(GRADING_FILE, 'cite', grading.cite)
  const statusPhrases = read(StatusPhrases, STATUS_PHRASES_FILE)
  const { ruleSet, checkWhen } = readRuleSet(read)
  const rules = readRules(files, frameworks, ruleSet, checkCites, checkWhen)
  const conflicts = readConflicts(files, checkCites)
  return { ruleSet, grading, statusPhrases, frameworks, rules: rules.sort((a, b) => a.id.localeCompare(b.id)), bibliography, conflicts }
}

/** The bibliography, each key once, and the check that a list of citations names only its keys. */
function readBibliography(read: ReadFile): { bibliography: BibliographyEntry[]; checkCites: CheckCites } {
  const bibliography = read(z.array(BibliographyEntry), BIBLIOGRAPHY_FILE)
  const keys = new Set<string>()
  bibliography.forEach((entry, index) => {
    if (keys.has(entry.key)) fail(BIBLIOGRAPHY_FILE, `at ${index}.key: ${entry.key} is defined twice`)
    keys.add(entry.key)
  })
  const checkCites: CheckCites = (source, field, cites) =>
    cites.forEach((key, index) => {
      if (!keys.has(key)) fail(source, `at ${field}.${index}: unknown citation key ${key} (add it to ${BIBLIOGRAPHY_FILE})`)
    })
  return { bibliography, checkCites }
}

/** The frameworks, each id once, each default one of its tiers, `all` reserved. */
function readFrameworks(read: ReadFile, checkCites: CheckCites): Framework[] {
  const frameworks = read(z.array(Framework), FRAMEWORKS_FILE)
  const frameworkIds = new Set<string>()
  frameworks.forEach((framework, index) => {
    const at = (field: string): string => `at ${index}.${field} (framework ${framework.id})`
    if (frameworkIds.has(framework.id)) fail(FRAMEWORKS_FILE, `${at('id')}: ${framework.id} is defined twice`)
    frameworkIds.add(framework.id)
    if (new Set(framework.tiers).size !== framework.tiers.length) fail(FRAMEWORKS_FILE, `${at('tiers')}: a tier is listed twice`)
    if (!framework.tiers.includes(framework.default))
      fail(FRAMEWORKS_FILE, `${at('default')}: ${framework.default} is not one of its tiers (${framework.tiers.join(', ')})`)
    checkCites(FRAMEWORKS_FILE, `${index}.cite`, framework.cite)
    checkCites(FRAMEWORKS_FILE, `${index}.applies_to.cite`, framework.applies_to.cite)
  })
  if (frameworkIds.has('all')) fail(FRAMEWORKS_FILE, '`all` is reserved for rules that apply under every framework')
  return frameworks
}

/**
 * The rule set: every category mapped to one conduct, every set's values of its field; and the
 * check that a rule's conditions name known sets of the right field.
 */
function readRuleSet(read: ReadFile): { ruleSet: RuleSet; checkWhen: CheckWhen } {
  const ruleSet = read(RuleSet, RULE_SET_FILE)
  const mapped = new Map<string, string>()
  for (const [conduct, categories] of Object.entries(ruleSet.category_map)) {
    for (const category of categories ?? []) {
      const previous = mapped.get(category)
      if (previous) fail(RULE_SET_FILE, `at category_map.${conduct}: ${category} is already mapped to ${previous}`)
      mapped.set(category, conduct)
    }
  }
  const unmapped = CATEGORIES.filter((category) => !mapped.has(category))
  if (unmapped.length) fail(RULE_SET_FILE, `at category_map: categories without a conduct: ${unmapped.join(', ')}`)
  for (const [name, set] of Object.entries(ruleSet.sets)) {
    set.values.forEach((value, index) => {
      if (!FACT_FIELDS[set.field].safeParse(value).success)
        fail(RULE_SET_FILE, `at sets.${name}.values.${index}: ${JSON.stringify(value)} is not a value of ${set.field}`)
    })
  }
  const checkWhen: CheckWhen = (source, prefix, when) => {
    for (const [field, condition] of Object.entries(when) as [string, Condition][]) {
      if (!('set' in condition)) continue
      const set = ruleSet.sets[condition.set]
      if (!set) fail(source, `at ${prefix}.${field}: unknown set ${condition.set} (sets are defined in ${RULE_SET_FILE})`)
      else if (set.field !== field) fail(source, `at ${prefix}.${field}: set ${condition.set} holds values of ${set.field}, not ${field}`)
    }
  }
  checkWhen(RULE_SET_FILE, 'implicit_when', ruleSet.implicit_when)
  return { ruleSet, checkWhen }
}

/** The rule files (legal/rules/<framework>/<rule-id>.yaml), each checked against the frameworks and the rule set. */
function readRules(
  files: readonly LegalDataFile[],
  frameworks: readonly Framework[],
  ruleSet: RuleSet,
  checkCites: CheckCites,
  checkWhen: CheckWhen,
): Rule[] {
  const rules: Rule[] = []
  const ruleIds = new Map<string, string>()
  for (const file of files) {
    const match = RULE_PATH.exec(file.path)
    if (!match) continue
    const rule = parseDataFile(Rule, file.text, file.path)
    const [, folder, name] = match
    if (rule.framework !== folder) fail(file.path, `at framework: ${rule.framework} does not match the folder ${folder}`)
    if (rule.id !== name) fail(file.path, `at id: ${rule.id} does not match the file name ${name}`)
    const previous = ruleIds.get(rule.id)
    if (previous) fail(file.path, `at id: ${rule.id} is already defined in ${previous}`)
    ruleIds.set(rule.id, file.path)
    checkRule(rule, file.path, frameworks, ruleSet, checkCites, checkWhen)
    rules.push(rule)
  }
  if (rules.length === 0) fail('legal/rules', 'no rule files found (legal/rules/<framework>/<rule-id>.yaml)')
  return rules
}

/** One rule's framework, tier, conditions, flags, grounds and citations. */
function checkRule(
  rule: Rule,
  source: string,
  frameworks: readonly Framework[],
  ruleSet: RuleSet,
  checkCites: CheckCites,
  checkWhen: CheckWhen,
): void {
  const framework = frameworks.find((f) => f.id === rule.framework)
  if (!framework && rule.framework !== 'all')
    fail(source, `at framework: unknown framework ${rule.framework} (known: ${[...frameworks.map((f) => f.id), 'all'].join(', ')})`)
  if (rule.then !== null) {
    if (!framework) fail(source, 'at then: a rule for all frameworks can only raise flags (then: null)')
    else if (!framework.tiers.includes(rule.then))
      fail(source, `at then: ${rule.then} is not a tier of ${framework.id} (${framework.tiers.join(', ')})`)
  }
  checkWhen(source, 'when', rule.when)
  rule.flags.forEach((flag, index) => {
    if (!(flag in ruleSet.flags)) fail(source, `at flags.${index}: unknown flag ${flag} (declare it under flags in ${RULE_SET_FILE})`)
  })
  if (rule.grounds && !(rule.grounds in ruleSet.grounds))
    fail(source, `at grounds: unknown ground ${rule.grounds} (declare it under grounds in ${RULE_SET_FILE})`)
  checkCites(source, 'cite', rule.cite)
}

/** The conflict files (conflicts/<id>.yaml), at least one, at most one the default. */
function readConflicts(files: readonly LegalDataFile[], checkCites: CheckCites): Conflict[] {
  const conflicts: Conflict[] = []
  for (const file of files) {
    const match = CONFLICT_PATH.exec(file.path)
    if (!match) continue
    const conflict = parseDataFile(Conflict, file.text, file.path)
    if (conflict.id !== match[1]) fail(file.path, `at id: ${conflict.id} does not match the file name ${match[1]}`)
    checkConflict(conflict, file.path, checkCites)
    conflicts.push(conflict)
  }
  if (conflicts.length === 0) fail('conflicts', 'no conflict definition found (conflicts/<id>.yaml)')
  const defaults = conflicts.filter((conflict) => conflict.default)
  if (defaults.length > 1) fail('conflicts', `only one conflict may be the default (default: true): ${defaults.map((c) => c.id).join(', ')}`)
  return conflicts
}

function checkConflict(conflict: Conflict, source: string, checkCites: CheckCites): void {
  const parties = new Map(conflict.parties.map((party) => [party.actor, party.role]))
  if (conflict.aggression) {
    const { aggressor, victim, determined_by } = conflict.aggression
    if (parties.get(aggressor) !== 'aggressor') fail(source, `at aggression.aggressor: ${aggressor} is not listed as a party with role aggressor`)
    if (parties.get(victim) !== 'victim') fail(source, `at aggression.victim: ${victim} is not listed as a party with role victim`)
    checkCites(source, 'aggression.determined_by', [determined_by])
  }
  conflict.unsc_measures.forEach((measure, index) => {
    checkCites(source, `unsc_measures.${index}.cite`, measure.cite)
    if (measure.to && measure.to < measure.from) fail(source, `at unsc_measures.${index}.to: ends before it starts`)
  })
  conflict.patterns.forEach((pattern, index) => {
    checkCites(source, `patterns.${index}.cite`, pattern.cite)
    if (!parties.has(pattern.actor)) fail(source, `at patterns.${index}.actor: ${pattern.actor} is not a party`)
    if (pattern.to && pattern.to < pattern.from) fail(source, `at patterns.${index}.to: ends before it starts`)
  })
  checkCites(source, 'att.cite', conflict.att.cite)
  if (conflict.end && conflict.end < conflict.start) fail(source, 'at end: ends before it starts')
  conflict.parties.forEach((party, index) => checkCites(source, `parties.${index}.cite`, party.cite))
  const { classification } = conflict
  checkCites(source, 'classification.cite', classification.cite)
  classification.views.forEach((view, index) => checkCites(source, `classification.views.${index}.cite`, view.cite))
  if (classification.value === 'contested' && new Set(classification.views.map((view) => view.classification)).size < 2)
    fail(source, 'at classification.views: a contested classification lists at least two views that differ, each with its sources')
}
