import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { ActorMention } from '../mark-actors.js'
import type { Clause } from './draft-claim.js'
import { categoryOf } from './materiel-phrases.js'

/** How far after a trigger a territory word may stand and still be what it is about ("let Israeli fighter jets use its airspace"). */
const TERRITORY_REACH = 8

const isTerritory = (m: Lex): boolean => categoryOf(m) === 'territory_access'

/** Territory words (territory, airspace, bases: materiel of territory_access) within reach after the trigger, in its clause. */
export function territoriesAfter(ctx: DocumentContext, anchor: Lex, clause: Clause): Lex[] {
  const out: Lex[] = []
  for (let k = anchor.end; k < Math.min(clause.end, anchor.end + TERRITORY_REACH); k++) {
    const m = ctx.materielAt[k]
    if (m && m.start === k && isTerritory(m)) out.push(m)
  }
  return out
}

/** Words that may stand between a verb or preposition and the territory word it governs ("its", « le », "Jordanian", "three"). */
function inPhrase(ctx: DocumentContext, k: number): boolean {
  const key = ctx.tokens[k]!.key
  return ctx.lang.determiners.has(key) || ctx.lang.possessives.has(key) || !!ctx.entityAt[k] || /^\p{N}/u.test(key)
}

/**
 * "let Israeli jets use its airspace", "troops to station on its territory", « traverser son territoire »:
 * a territory word governed by a verb of use or passage, or by a preposition, is where the one let goes;
 * one governed by another verb ("let Armenia defend its airspace") is no territory lent.
 */
export function usedTerritory(ctx: DocumentContext, anchor: Lex, m: Lex): boolean {
  let k = m.start - 1
  while (k >= anchor.end && inPhrase(ctx, k)) k--
  if (k < anchor.end) return false
  const cue = ctx.cueAt[k]
  if (cue && cue.payload.kind === 'cue') return cue.payload.cue === 'use' && !cue.payload.tags?.includes('launch')
  return !!ctx.grammarAt[k]?.roles.some((role) => PREPOSITIONS.has(role))
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'from', 'by', 'with', 'in'])

/**
 * "used Jordanian airspace", « utiliser son espace aérien »: the territory word that is the trigger's
 * object, the first materiel within four tokens after it, when the trigger is a verb of use. What a
 * strike hits ("struck Iranian bases") is its target, and airspace entered ("jets entered Syrian
 * airspace") is crossed, neither a territory lent.
 */
export function territoryObject(ctx: DocumentContext, anchor: Lex, clause: Clause): Lex | null {
  if (anchor.payload.kind !== 'cue' || anchor.payload.cue !== 'use' || anchor.payload.tags?.includes('launch')) return null
  for (let k = anchor.end; k < Math.min(clause.end, anchor.end + 5); k++) {
    const m = ctx.materielAt[k]
    if (m) return isTerritory(m) ? m : null
    if ((ctx.cueAt[k] && ctx.cueAt[k] !== anchor) || !ctx.tokens[k]!.word) return null
  }
  return null
}

/**
 * The state named as the owner of a territory word: the origin or genitive that qualifies it
 * ("Jordanian airspace", "Ukraine's territory", « le territoire biélorusse »), or a state right after
 * it ("the territory of Belarus", "bases in Cyprus"); none for "its airspace", « ses bases ».
 */
export function territoryOwner(m: Lex, actors: readonly ActorMention[]): ActorMention | null {
  const qualifier = actors.find((a) => a.qualifies === m && (a.marking === 'origin' || a.marking === 'genitive'))
  if (qualifier) return qualifier
  return actors.find((a) => a.start >= m.end && a.start - m.end <= 2 && (a.marking === 'of' || a.marking === 'location' || a.marking === 'genitive')) ?? null
}
