/**
 * The legal assessment engine: aggregates support claims into facts, evaluates the rules of six
 * frameworks (data/legal) against them, and explains each verdict. Pure except readLegalData.
 *
 *   const legal = readLegalData(dataDir)
 *   const results = assessActors(claims, legal, { asOf: '2023-01-01', actor: 'IRN' })
 *   process.stdout.write(formatAssessment(results))   // or JSON.stringify(results)
 */
export { parseLegalData, type LegalDataFile } from './parse-legal-data.js'
export {
  aggregateEvidence,
  aggregateFacts,
  applyOverrides,
  codesRollingUpTo,
  conflictOf,
  evidenceBoundaries,
  totalClaims,
  withinConflict,
  type EvidenceSummary,
  type LeftOut,
  type Proof,
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
export { gradeClaim, type GradeContext, type GradedClaim, type SourceGrade } from './grade-claim.js'
export { findStatusStatements, type ClaimSentence, type StatusFinderOptions } from './find-status-statements.js'
export {
  applicabilityOf,
  assessActors,
  assessEvidence,
  assessFacts,
  NOT_APPLICABLE,
  type FrameworkApplicability,
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
  type ScenarioOptions,
  type ScenarioResult,
} from './assess-scenario.js'
export { assessTimeline, type TierChange } from './assess-timeline.js'
export { formatAssessment, formatSummary, shownClaimIds, formatScenarioResults, formatTimeline, DISCLAIMER, type FormatOptions } from './format-assessment.js'
export { CONDUCTS, FACT_FIELDS, Facts, type Conduct, type FactField, type FactValue, type Level } from './facts.js'
export {
  BibliographyEntry,
  CLASSIFICATIONS,
  Conflict,
  SOURCE_KINDS,
  type SourceKind,
  Framework,
  Override,
  Rule,
  RuleSet,
  type LegalData,
} from './legal-data.js'
