import { gradeClaim, withinConflict, type ActorInfo, type Conflict, type LegalData, type SourceGrade } from '../assess/index.js'
import { registryOf, rollUp } from '../assess/roll-up.js'
import type { StoredClaim } from '../store/list-claim-rows.js'

/** A stored claim with its source grade and the conflict it was graded in (null: none of the defined conflicts). */
export type GradedClaim = StoredClaim & { readonly grade: SourceGrade; readonly conflict: string | null }

/**
 * The conflict a claim belongs to by its parties and date (the recipient is a party, the day
 * within the period; the first such conflict), and the claim's grade in it: who is the adverse
 * party depends on the conflict.
 */
export function gradeStoredClaims(claims: readonly StoredClaim[], legal: Pick<LegalData, 'grading' | 'conflicts'>, actors: readonly ActorInfo[]): GradedClaim[] {
  const registry = registryOf(actors)
  return claims.map((claim) => {
    const recipient = rollUp(claim.recipient, null, registry).state
    const day = claim.document.publishedAt
    const conflict: Conflict | undefined = legal.conflicts.find((c) => c.parties.some((p) => p.actor === recipient) && (!day || withinConflict(c, day)))
    return { ...claim, grade: gradeClaim(claim, { grading: legal.grading, conflict, actors }), conflict: conflict?.id ?? null }
  })
}
