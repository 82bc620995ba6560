import { codesRollingUpTo, conflictOf, findStatusStatements, type ActorInfo, type LegalData, type PoliticalStatement } from '../assess/index.js'
import { listStatusSentences } from '../store/list-status-sentences.js'
import type { Store } from '../store/open-store.js'
import { loadActorNames } from '../load/load-actor-names.js'

/**
 * Political statements about outside states' status in a conflict (a belligerent calling a state
 * a party), read from the sentences of the stored claims to its parties; for `cobel assess` and
 * the server.
 */
export async function statusStatementsOf(store: Store, legal: LegalData, conflictId: string | undefined, actors: readonly ActorInfo[]): Promise<PoliticalStatement[]> {
  const conflict = conflictOf(legal, conflictId)
  const sentences = await listStatusSentences(store, { phrases: legal.statusPhrases.phrases, anchors: legal.statusPhrases.anchors, recipients: codesRollingUpTo(conflict.parties.map((p) => p.actor), actors) })
  return sentences.length ? findStatusStatements(sentences, legal.statusPhrases, { conflict, actors, names: loadActorNames() }) : []
}
