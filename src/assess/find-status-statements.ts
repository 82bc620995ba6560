import type { ClaimSentence } from '../domain/evidence.js'
import { withinConflict, type ActorInfo, type PoliticalStatement } from './aggregate-facts.js'
import type { Conflict, StatusPhrases } from './legal-data.js'
import { registryOf, rollUp } from './roll-up.js'

export type { ClaimSentence } from '../domain/evidence.js'

export interface StatusFinderOptions {
  readonly conflict: Conflict
  readonly actors?: readonly ActorInfo[]
  /** How the texts name each party of the conflict (names, capitals, metonyms), from the actor lexicons. */
  readonly names: ReadonlyMap<string, readonly string[]>
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'")
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wordPattern = (forms: readonly string[]): RegExp | null =>
  forms.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.map((form) => escape(fold(form))).join('|')})(?![\\p{L}\\p{N}-])`, 'u') : null

/**
 * Political statements about outside states' status, read from the sentences of their support
 * claims: a sentence that calls someone a party to the war (data/legal/status-statements.yaml)
 * and names a belligerent other than the claim's recipient is that belligerent calling the
 * supplier a party ("la Russie considère déjà les États-Unis … comme une partie à la guerre,
 * l'alliance … fournissant à l'Ukraine les armes"). Rule any.claim flags such statements
 * political_claim_only; they change no tier. Pure.
 */
export function findStatusStatements(sentences: readonly ClaimSentence[], phrases: StatusPhrases, options: StatusFinderOptions): PoliticalStatement[] {
  const forms = Object.values(phrases.phrases).flat()
  const status = wordPattern(forms)
  if (!status) return []
  // The phrase as written in the data, for the trace ("partie à la guerre", not its folded form).
  const written = new Map(forms.map((form) => [fold(form), form]))
  const registry = registryOf(options.actors)
  const parties = options.conflict.parties.map((party) => ({ actor: party.actor, pattern: wordPattern(options.names.get(party.actor) ?? [party.actor]) }))
  const found = new Map<string, { statement: PoliticalStatement; documents: Set<string> }>()
  for (const item of sentences) {
    if (item.day && !withinConflict(options.conflict, item.day)) continue
    const text = fold(item.sentence)
    const phrase = status.exec(text)
    if (!phrase) continue
    const supplier = rollUp(item.supplier, item.via, registry).state
    const recipient = rollUp(item.recipient, null, registry).state
    if (parties.some((party) => party.actor === supplier)) continue
    // The belligerent that speaks is named in the sentence, and is not the one the supplier helps.
    const speaker = parties.find((party) => party.actor !== recipient && party.actor !== supplier && party.pattern?.test(text))
    if (!speaker) continue
    // One statement per state, the earliest; the other documents that report one are counted.
    const earlier = found.get(supplier)
    if (earlier) {
      earlier.documents.add(item.documentId)
      if (!item.day || (earlier.statement.date && earlier.statement.date <= item.day)) continue
    }
    const excerpt = item.sentence.length > 160 ? `${item.sentence.slice(0, 159)}…` : item.sentence
    found.set(supplier, {
      documents: new Set([...(earlier?.documents ?? []), item.documentId]),
      statement: {
        actor: supplier,
        kind: 'belligerent_says_party',
        source: `${speaker.actor} calls ${supplier} a party ("${written.get(phrase[0]) ?? phrase[0]}"): "${excerpt}" (document ${item.documentId.slice(0, 12)}, claim ${item.claimId})`,
        counterpart: speaker.actor,
        ...(item.day ? { date: item.day } : {}),
      },
    })
  }
  return [...found.values()].map(({ statement, documents }) =>
    documents.size > 1 ? { ...statement, source: `${statement.source}; reported in ${documents.size} documents` } : statement,
  )
}
