import { assessEvidence, codesRollingUpTo, conflictOf, evidenceBoundaries, type ActorAssessment, type ActorInfo, type EvidenceSummary, type LegalData, type PoliticalStatement } from '../assess/index.js'
import { listAssessedEvidence } from '../store/claim-tallies.js'
import type { Store } from '../store/open-store.js'
import { statusStatementsOf } from './status-statements-of.js'

export interface AssessStoreOptions {
  /** Actor registry: the organ → state roll-up (IRGC → IRN). */
  readonly actors: readonly ActorInfo[]
  readonly asOf: string
  /** Conflict id; default: the legal data's default conflict. */
  readonly conflict?: string | undefined
  /** Only these states (rolled-up codes): their claims and their organs' are read. */
  readonly actor?: readonly string[] | undefined
  /** Only these frameworks. */
  readonly framework?: readonly string[] | undefined
  /** The conflict's political statements when the caller has them already (a cache); default: read from the store. */
  readonly statements?: (() => Promise<PoliticalStatement[]>) | undefined
}

/**
 * The legal engine over the store: the claims (without words; over a large store their tallies,
 * claims that weigh alike counted together per period between the conflict's dated boundaries
 * and the as-of day), the political statements of the conflict's parties, assessed at the as-of
 * day. Later claims are read too, to say what the as-of day leaves out. For `cobel assess` and
 * the server alike.
 */
export async function assessStore(store: Store, legal: LegalData, options: AssessStoreOptions): Promise<{ readonly assessments: ActorAssessment[]; readonly summary: EvidenceSummary }> {
  const conflict = conflictOf(legal, options.conflict)
  const actors = options.actor ? codesRollingUpTo(options.actor, options.actors) : undefined
  const [claims, statements] = await Promise.all([
    listAssessedEvidence(store, { boundaries: evidenceBoundaries(conflict, options.asOf), ...(actors ? { actors } : {}) }),
    options.statements ? options.statements() : statusStatementsOf(store, legal, conflict.id, options.actors),
  ])
  return assessEvidence(claims, legal, {
    actors: options.actors,
    asOf: options.asOf,
    conflict: conflict.id,
    statements,
    ...(options.actor ? { actor: options.actor } : {}),
    ...(options.framework ? { framework: options.framework } : {}),
  })
}
