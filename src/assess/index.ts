/**
 * The legal assessment engine: aggregates support claims into facts, evaluates the rules of six
 * frameworks (data/legal) against them, and explains each verdict. Pure except readLegalData.
 *
 *   const legal = readLegalData(dataDir)
 *   const results = assessActors(claims, legal, { asOf: '2023-01-01', actor: 'IRN' })
 *   process.stdout.write(formatAssessment(results))   // or JSON.stringify(results)
 */
export { readLegalData } from './read-legal-data.js'
export { parseLegalData, type LegalDataFile } from './parse-legal-data.js'
export {
  aggregateFacts,
  applyOverrides,
  codesRollingUpTo,
  conflictOf,
  evidenceBoundaries,
  totalClaims,
  type ActorFacts,
  type ActorInfo,
  type AggregateOptions,
  type ClaimRef,
  type FactRow,
  type FactSource,
  type FactTrace,
  type Interval,
  type PoliticalStatement,
} from './aggregate-facts.js'
export { compactAssessment, type CompactAssessment, type CompactOptions } from './compact-assessment.js'
export { evaluateRule, describeMissing, type ConditionResult, type RuleEvaluation } from './evaluate-rule.js'
export {
  assessActors,
  assessFacts,
  type ActorAssessment,
  type AssessOptions,
  type Citation,
  type Confidence,
  type FiredRule,
  type FrameworkAssessment,
  type MissingOption,
  type NextTier,
  type SatisfiedCondition,
} from './assess-actor.js'
export {
  assessScenario,
  assessScenarioFile,
  parseScenarioFile,
  Scenario,
  ScenarioFile,
  type ExpectationCheck,
  type ScenarioResult,
} from './assess-scenario.js'
export { assessTimeline, type TierChange } from './assess-timeline.js'
export { formatAssessment, shownClaimIds, formatScenarioResults, formatTimeline, DISCLAIMER, type FormatOptions } from './format-assessment.js'
export { CONDUCTS, FACT_FIELDS, Facts, type Conduct, type FactField, type FactValue, type Level } from './facts.js'
export {
  BibliographyEntry,
  Conflict,
  Framework,
  Override,
  Rule,
  RuleSet,
  type LegalData,
} from './legal-data.js'
