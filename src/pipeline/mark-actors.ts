import type { DocumentContext } from './document-context.js'
import type { Lex } from './find-mentions.js'
import type { PeopleIndex } from './read-speaker.js'

/**
 * The grammatical marking of an actor mention, read from the words around it:
 * - to: "à la Russie", "to Ukraine", "aux forces russes" (recipient of supply verbs)
 * - from: "from Tehran", "en provenance d'Iran" (source)
 * - by: "par l'Iran", "by North Korea" (agent of a passive)
 * - origin: "drones iraniens", "Iranian-made drones", "de fabrication iranienne"
 * - personnel: "soldats nord-coréens", "Iranian instructors"
 * - location: "en Crimée", "in Russia's Kursk region"
 * - target: "contre l'Ukraine", "against Kyiv"
 * - genitive: "Iran's foreign minister", "du Kremlin" (a modifier, not a party)
 * - bare: none of these (a subject or a direct object)
 */
export type Marking = 'to' | 'from' | 'by' | 'origin' | 'personnel' | 'location' | 'target' | 'genitive' | 'with' | 'bare'

export interface ActorMention {
  readonly start: number
  readonly end: number
  /** Actor code as named (IRGC stays IRGC here; roll-up happens when a claim is made). */
  readonly actor: string
  readonly marking: Marking
  readonly form: 'name' | 'demonym' | 'capital' | 'metonym' | 'leader' | 'place'
  readonly entryId: string
  /** For origin and personnel markings: the materiel mention the actor qualifies. */
  readonly qualifies: Lex | null
  /** Index of the first mention of a coordinated list this mention belongs to. */
  group: number
}

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'ses', 'son', 'sa', 'leur', 'leurs', 'certain', 'some', 'several', 'plusieurs'])
const TARGET = /^(contre|against|sur|on|at|vers|toward|towards|over)$/
const PERSONNEL = new Set(['troops', 'trainers', 'technical_support', 'operation_of_weapons', 'intelligence'])

/** Finds the actors of a sentence with how each is marked. */
export function markActors(ctx: DocumentContext, people: PeopleIndex, from: number, to: number): ActorMention[] {
  const { tokens } = ctx
  const out: ActorMention[] = []
  for (let i = from; i < to; i++) {
    const lex = ctx.entityAt[i]
    let actor: string | null = null
    let form: ActorMention['form'] = 'name'
    let start = i
    let end = i + 1
    let entryId = ''
    if (lex && lex.start === i) {
      const p = lex.payload
      if (p.kind === 'actor') {
        actor = p.actor
        form = p.form
      } else if (p.kind === 'place') {
        actor = p.heldBy ?? p.actor
        form = 'place'
      } else if (p.kind === 'person') {
        actor = p.actor
        form = 'leader'
      }
      entryId = p.entryId
      end = lex.end
    } else {
      const person = people.personAt(i)
      if (person && person.start === i && person.actor) {
        actor = person.actor
        form = 'leader'
        end = person.end
        entryId = person.entryId ?? ''
      }
    }
    if (!actor) continue
    // A leader's name only stands for the state as a subject; inside a longer name it is a person.
    const marking = markingOf(ctx, start, end, form)
    out.push({ start, end, actor, form, entryId, marking: marking.marking, qualifies: marking.qualifies, group: out.length })
    i = end - 1
  }
  groupCoordinated(ctx, out)
  return out
}

function markingOf(ctx: DocumentContext, start: number, end: number, form: ActorMention['form']): { marking: Marking; qualifies: Lex | null } {
  const { tokens } = ctx
  const sentence = tokens[start]!.sentence
  const inSentence = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence
  if (form === 'demonym') {
    // French postposed adjective: "drones iraniens", "soldats nord-coréens", "forces russes".
    const before = ctx.materielAt[start - 1]
    if (before && inSentence(start - 1)) return { marking: PERSONNEL.has(categoryOf(before)) ? 'personnel' : 'origin', qualifies: before }
    // English prenominal adjective: "Iranian drones", "North Korean troops", "Iranian-made Shahed".
    let k = end
    while (inSentence(k) && (isOriginCue(ctx, k) || tokens[k]!.key === 'made' || (tokens[k]!.word && !ctx.materielAt[k] && !ctx.entityAt[k] && !ctx.grammarAt[k] && !ctx.cueAt[k] && k - end < 2 && !tokens[k]!.upper))) {
      if (ctx.materielAt[k + 1]) break
      k++
    }
    const after = ctx.materielAt[k] ?? (isOriginCue(ctx, end) ? ctx.materielAt[(ctx.cueAt[end]?.end ?? end)] : undefined)
    if (after && inSentence(k) && after.start === k) return { marking: PERSONNEL.has(categoryOf(after)) ? 'personnel' : 'origin', qualifies: after }
    // "de fabrication iranienne", "de conception iranienne": an origin phrase after the materiel.
    const originCue = findOriginCueBefore(ctx, start)
    if (originCue !== null) {
      const m = materielBefore(ctx, originCue, 4)
      if (m) return { marking: 'origin', qualifies: m }
    }
    // A demonym on a noun: the noun's preposition decides ("aux forces russes" → to).
    const headPrep = prepositionBefore(ctx, start - 1, 3)
    if (headPrep) return { marking: headPrep, qualifies: null }
    const ownPrep = prepositionBefore(ctx, start, 0)
    if (ownPrep) return { marking: ownPrep, qualifies: null }
    return { marking: 'bare', qualifies: null }
  }
  // "made in Iran", "fabriqués en Iran", "en provenance d'Iran": the actor is the origin.
  const originCue = findOriginCueBefore(ctx, start)
  if (originCue !== null) {
    const m = materielBefore(ctx, originCue, 6)
    if (m) return { marking: 'origin', qualifies: m }
  }
  // Possessive: "Iran's drones" (origin) vs "Iran's foreign minister" (genitive).
  if (tokens[end]?.key === "'s" || tokens[end]?.text === '’' || tokens[end]?.text === "'") {
    let k = end + 1
    while (inSentence(k) && tokens[k]!.word && !ctx.materielAt[k] && k - end < 3 && !ctx.entityAt[k]) k++
    const m = ctx.materielAt[k]
    if (m && m.start === k) return { marking: PERSONNEL.has(categoryOf(m)) ? 'personnel' : 'origin', qualifies: m }
    return { marking: 'genitive', qualifies: null }
  }
  const prep = prepositionBefore(ctx, start, 0)
  if (prep) return { marking: prep, qualifies: null }
  if (form === 'place') return { marking: 'location', qualifies: null }
  return { marking: 'bare', qualifies: null }
}

const categoryOf = (lex: Lex): string => (lex.payload.kind === 'materiel' ? lex.payload.category : '')

function isOriginCue(ctx: DocumentContext, k: number): boolean {
  const cue = ctx.cueAt[k]
  return !!cue && cue.payload.kind === 'cue' && cue.payload.cue === 'origin'
}

/** An origin cue ("de fabrication", "made in", "en provenance de") ending right before `start` (articles skipped). */
function findOriginCueBefore(ctx: DocumentContext, start: number): number | null {
  let k = start - 1
  while (k >= 0 && ARTICLES.has(ctx.tokens[k]!.key)) k--
  const cue = ctx.cueAt[k]
  if (cue && cue.payload.kind === 'cue' && cue.payload.cue === 'origin' && cue.end === k + 1) return cue.start
  // "fabriqués en Iran": a produce/origin participle followed by "en"/"in".
  const g = ctx.grammarAt[k]
  if (g && g.end === k + 1 && (g.roles.includes('in') || g.roles.includes('from') || g.roles.includes('by'))) {
    const c = ctx.cueAt[k - 1]
    if (c && c.payload.kind === 'cue' && (c.payload.cue === 'origin' || c.payload.cue === 'produce') && c.end === k) return c.start
  }
  return null
}

function materielBefore(ctx: DocumentContext, at: number, distance: number): Lex | null {
  for (let k = at - 1; k >= Math.max(0, at - distance); k--) {
    if (ctx.tokens[k]!.sentence !== ctx.tokens[at]!.sentence) return null
    const m = ctx.materielAt[k]
    if (m) return m
    if (ctx.entityAt[k] || ctx.cueAt[k]?.payload.kind === 'cue') {
      const c = ctx.cueAt[k]
      if (!(c && c.payload.kind === 'cue' && (c.payload.cue === 'use' || c.payload.cue === 'origin'))) return null
    }
  }
  return null
}

/**
 * The preposition governing the word at `at` (skipping articles and up to `skipWords`
 * other words of the noun phrase), as a marking.
 */
function prepositionBefore(ctx: DocumentContext, at: number, skipWords: number): Marking | null {
  const { tokens } = ctx
  let k = at - 1
  let skipped = 0
  while (k >= 0 && tokens[k]!.sentence === tokens[at]!.sentence) {
    const token = tokens[k]!
    if (ARTICLES.has(token.key)) {
      k--
      continue
    }
    const g = findGrammarEndingAt(ctx, k)
    if (g) {
      if (TARGET.test(token.key) && g.roles.includes('in')) return 'target'
      if (/^(contre|against)$/.test(token.key)) return 'target'
      if (g.roles.includes('by')) return 'by'
      if (g.roles.includes('to')) return 'to'
      if (g.roles.includes('from')) return 'from'
      if (g.roles.includes('in')) return 'location'
      if (g.roles.includes('with')) return 'with'
      return null
    }
    if (/^(contre|against)$/.test(token.key)) return 'target'
    if (skipped < skipWords && token.word && !ctx.entityAt[k] && !ctx.cueAt[k] && !token.upper) {
      skipped++
      k--
      continue
    }
    return null
  }
  return null
}

function findGrammarEndingAt(ctx: DocumentContext, k: number): { roles: readonly string[] } | null {
  for (let s = k; s >= Math.max(0, k - 3); s--) {
    const g = ctx.grammarAt[s]
    if (g && g.end === k + 1) return g
  }
  return null
}

/** "les Pays-Bas et le Danemark", "Iran and North Korea", "Czechia, Poland, and Bulgaria". */
function groupCoordinated(ctx: DocumentContext, mentions: ActorMention[]): void {
  for (let m = 1; m < mentions.length; m++) {
    const prev = mentions[m - 1]!
    const cur = mentions[m]!
    let k = prev.end
    let joined = false
    while (k < cur.start) {
      const token = ctx.tokens[k]!
      const g = ctx.grammarAt[k]
      if (g && g.roles.includes('and')) {
        joined = true
        k = g.end
        continue
      }
      if (ARTICLES.has(token.key) || (g && (g.roles.includes('to') || g.roles.includes('from') || g.roles.includes('by')) && joined)) {
        k = g ? g.end : k + 1
        continue
      }
      joined = false
      break
    }
    if (joined && k === cur.start && (cur.marking === prev.marking || cur.marking === 'bare' || prev.marking === 'bare' || sameRole(cur.marking, prev.marking))) {
      cur.group = prev.group
      ;(cur as { marking: Marking }).marking = prev.marking
    }
  }
}

const sameRole = (a: Marking, b: Marking): boolean => (a === 'origin' || a === 'personnel') && (b === 'origin' || b === 'personnel')
