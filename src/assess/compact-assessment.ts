import { totalClaims, type ClaimRef } from './aggregate-facts.js'
import type { ActorAssessment } from './assess-actor.js'

export interface CompactOptions {
  /** Only this framework. */
  readonly framework?: string | undefined
  /** Claims and denials listed per framework; the counts are always whole. */
  readonly maxClaims: number
  /** Keep the evidence rows (the facts with all their claims): large over a big store. */
  readonly withRows: boolean
}

/**
 * An assessment for output: one framework (or all), the first `maxClaims` claims and denials
 * of each with their totals, and the evidence rows only on request. Claims are listed once, by
 * id, since frameworks share most of them. Over 20,000 documents the whole assessment lists
 * every claim once per framework and per row; this keeps an answer readable and small.
 */
export function compactAssessment(assessment: ActorAssessment, options: CompactOptions) {
  const { rows, ...rest } = assessment
  const claims: Record<string, ClaimRef> = {}
  const ids = (list: readonly ClaimRef[]): string[] =>
    list.slice(0, options.maxClaims).map((claim) => {
      claims[claim.id] = claim
      return claim.id
    })
  const frameworks = assessment.frameworks
    .filter((f) => !options.framework || f.framework === options.framework)
    .map(({ claims: supporting, counterEvidence, ...f }) => ({
      ...f,
      claimIds: ids(supporting),
      counterEvidenceIds: ids(counterEvidence),
      claimCount: totalClaims(supporting),
      counterEvidenceCount: totalClaims(counterEvidence),
    }))
  return { ...rest, ...(options.withRows ? { rows } : {}), frameworks, claims }
}

export type CompactAssessment = ReturnType<typeof compactAssessment>
