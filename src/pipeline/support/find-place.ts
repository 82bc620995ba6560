import type { Category, CueKind, FrameForm, Marking } from '../../domain/vocabulary.js'
import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { TrieMatch } from '../lexicon-trie.js'
import { possessiveAt, type ActorMention } from '../mark-actors.js'
import type { LeftBound } from './clause-bounds.js'
import type { Place } from './compile-frames.js'
import type { Clause, Scope } from './draft-claim.js'
import { ANCHORS, isNegationAt, isPersonnel, onlyAuxiliaries } from './materiel-phrases.js'
import { territoryObject, territoryOwner } from './territory-words.js'

/** What a frame reads a trigger's roles from: the trigger, its clause, the actors and materiel within its reach. */
export interface Reading {
  readonly scope: Scope
  readonly anchor: Lex
  /** The trigger's kind, as the frames read it ("deploying drones" is using them). */
  readonly cue: CueKind
  readonly form: FrameForm
  readonly clause: Clause
  /** Actors within the trigger's reach, sources and targets aside. */
  readonly actors: readonly ActorMention[]
  /** Every actor of the sentence. */
  readonly allActors: readonly ActorMention[]
  readonly materiel: readonly Lex[]
  readonly categories: readonly Category[]
  readonly bound: LeftBound
  readonly gerundSubject: ActorMention | null
}

/** Roles chosen so far, and whether a place left the recipient only at the theatre. */
export interface Chosen {
  supplier: ActorMention | null
  recipient: ActorMention | null
  weakRecipient: boolean
}

const NOTHING_TAKEN: ReadonlySet<ActorMention> = new Set()

/**
 * The actor a place names for the trigger, nearest first. A "by" phrase already taken by the
 * other role is skipped ("l'achat de Gripen par l'Ukraine": the buyer's "par" is not also the
 * seller); any other place whose nearest actor is the other role's gives that actor, and the
 * claim, naming one actor twice, is dropped: such a sentence is too ambiguous to read.
 */
export function findPlace(r: Reading, place: Place, chosen: Chosen, taken: ReadonlySet<ActorMention> = NOTHING_TAKEN): ActorMention | null {
  if (place.condition && !conditionHolds(r, place.condition)) return null
  const { ctx } = r.scope
  // (Frames are tried with nothing taken yet: the list is then read as it is, without a copy.)
  const free = (list: readonly ActorMention[]): readonly ActorMention[] => (taken.size === 0 ? list : list.filter((a) => !taken.has(a)))
  // Where roles stand on either side of the verb (German "Seit August liefert Iran Drohnen", "hat … ukrainische Soldaten ausgebildet"), a mention taken by one role is not the other's.
  if (place.markings) return pick(r, place.byMarking || ctx.lang.verbFinal ? free(marked(r.actors, place.markings)) : marked(r.actors, place.markings), place)
  switch (place.named) {
    case 'subject':
      return subjectOf(r, free, taken)
    case 'own-personnel':
      return pick(r, free(ownPersonnel(r)), place)
    case 'users':
      return pick(r, free(usersOf(r, chosen)), place)
    case 'adjacent':
    case 'adjacent-by':
    case 'glued-by':
      return adjacentLeft(ctx, r.anchor, free(marked(r.actors, place.named === 'adjacent' ? ['bare', 'by'] : ['by'])), place.named === 'glued-by')
    case 'copula-subject':
      return copulaSubject(ctx, r.anchor, free(r.actors)) ?? frontedAgentSubject(ctx, r.anchor, free(marked(r.allActors, ['bare'])))
    case 'stopped-by':
      return stoppedBy(ctx, r, free(marked(r.allActors, ['bare'])), free(marked(r.allActors, ['genitive'])))
    case 'shared-with':
      return hasTag(r.anchor, 'share') ? (free(r.actors).find((a) => a.marking === 'with' && a.start >= r.anchor.end) ?? null) : null
    case 'help-object':
      return (r.gerundSubject ? meansObject(ctx, r.anchor, free(r.allActors), r.gerundSubject) : null) ?? helpObject(ctx, r.anchor, free(r.actors), r.gerundSubject)
    case 'trainees':
      return r.categories.includes('trainers') ? (free(personnelOf(r)).find((p) => p.start >= r.anchor.end && (p.prep === 'of' || p.prep === 'for' || p.prep === 'to' || p.prep === null) && !(p.qualifies && p.qualifies.payload.kind === 'materiel' && p.qualifies.payload.category === 'trainers')) ?? null) : null
    case 'trainees-subject':
      return r.categories.includes('trainers') ? pick(r, free(personnelOf(r)).filter((p) => p.prep === null && !isTrainerWord(p.qualifies)), place) : null
    case 'theatre':
      return theatreOf(r, place, chosen, free(marked(r.actors, ['location'])))
    case 'destination':
      return free(marked(r.actors, ['location'])).find((a) => a.start >= r.anchor.end && sentThere(ctx, r.anchor.end, a.start)) ?? null
    case 'requester':
      return r.bound.requester && r.bound.requester.actor !== chosen.supplier?.actor && !taken.has(r.bound.requester) ? r.bound.requester : null
    case 'maker':
      return designationOrigin(r.materiel)
    case 'cleft-subject':
      return cleftSubject(ctx, r.anchor, r.allActors)
    case 'defended':
      return defendedState(r, chosen, taken)
    case 'governor-subject':
    case 'reporter-after':
    case 'share-subject':
      return BARE_PLACES[place.named](ctx, r, free(marked(r.allActors, ['bare'])))
    case 'verb-subject':
      return verbArguments(r, free(marked(r.actors, ['bare'])), false)?.subject ?? null
    case 'verb-object': {
      // With the other role already on the left ("أن إيران زودت روسيا"), the first actor after the verb is its object.
      const other = chosen.supplier ?? chosen.recipient
      return verbArguments(r, free(marked(r.actors, ['bare'])), !!other && other.end <= r.anchor.start)?.object ?? null
    }
    case 'head-user':
      return headUser(ctx, r, free(marked(r.allActors, ['bare'])))
    case 'user-after':
      return userAfter(ctx, r, free(marked(r.allActors, ['by'])), free(marked(r.allActors, ['origin', 'of', 'genitive']))) ?? userAfterPhrase(ctx, r, free(marked(r.allActors, ['by'])))
    case 'gerund-subject':
      return r.gerundSubject && !taken.has(r.gerundSubject) ? r.gerundSubject : null
    case 'complement-subject':
      return complementSubject(ctx, r, free(marked(r.allActors, ['bare'])))
    case 'help-owner':
    case 'help-recipient':
      return (place.named === 'help-owner' ? helpPair(ctx, r, taken)?.owner : helpPair(ctx, r, taken)?.recipient) ?? null
    case 'origin-subject':
    case 'party-origin':
      return (place.named === 'origin-subject' ? originSubject : partyOrigin)(ctx, r, free(marked(r.actors, ['origin'])))
    case 'territory-owner':
      return territoryOwnerOf(r, taken)
    case 'possessor':
      // "Ukraine's tanks, supplied by Germany": the owner of what was given received it.
      // ("Azerbaijan's Bayraktar drones": the name it qualifies may stand before the noun given.)
      return free(marked(r.actors, ['origin'])).find((a) => a.qualifies && a.end <= r.anchor.start && possessiveAt(ctx, a.end) && r.materiel.some((m) => m.start >= a.qualifies!.start && m.start <= a.qualifies!.end)) ?? null
    default:
      return place.named && place.named in PAIRED_PLACES ? PAIRED_PLACES[place.named as PairedPlace](ctx, r, taken) : null
  }
}

/** Places read as one of a pair that a governing word sets up: a deal, thanks, help to produce. */
type PairedPlace = 'deal-partner' | 'deal-maker' | 'thanked' | 'thanker' | 'helper' | 'helped'
const PAIRED_PLACES: Readonly<Record<PairedPlace, (ctx: DocumentContext, r: Reading, taken: ReadonlySet<ActorMention>) => ActorMention | null>> = {
  'deal-partner': (ctx, r, taken) => dealPlace(ctx, r, 'deal-partner', taken),
  'deal-maker': (ctx, r, taken) => dealPlace(ctx, r, 'deal-maker', taken),
  thanked: (ctx, r, taken) => thanksPlace(ctx, r, 'thanked', taken),
  thanker: (ctx, r, taken) => thanksPlace(ctx, r, 'thanker', taken),
  helper: (ctx, r, taken) => untaken(helpGovernor(ctx, r)?.helper, taken),
  helped: (ctx, r, taken) => untaken(helpGovernor(ctx, r)?.helped, taken),
}
const untaken = (actor: ActorMention | undefined, taken: ReadonlySet<ActorMention>): ActorMention | null => (actor && !taken.has(actor) ? actor : null)

/** Where personnel are ("in Ukraine"), read from the located actors; they fight for someone, and the place alone does not say whom. */
function theatreOf(r: Reading, place: Place, chosen: Chosen, located: readonly ActorMention[]): ActorMention | null {
  const at = pick(r, located, place)
  if (at && isDefendingParty(r.scope.ctx, at.actor)) chosen.weakRecipient = true
  return at
}

/** "used Jordanian airspace", "used the territory of Belarus": the state whose territory is the trigger's object. */
function territoryOwnerOf(r: Reading, taken: ReadonlySet<ActorMention>): ActorMention | null {
  const object = territoryObject(r.scope.ctx, r.anchor, r.clause)
  const owner = object ? (territoryOwner(object, r.allActors) ?? possessiveOwner(r, object)) : null
  return owner && !taken.has(owner) ? owner : null
}

/**
 * "Jordan denied that Israeli jets had used its airspace", « …aient utilisé son espace aérien, dément Amman »: the
 * state that denies it owns the territory a possessive names. (One that only says so complains of a use it did not
 * grant: "Iraq says Israeli jets used its airspace" gives nothing.)
 */
function possessiveOwner(r: Reading, object: Lex): ActorMention | null {
  const { ctx } = r.scope
  if (!ctx.lang.possessives.has(ctx.tokens[object.start - 1]?.key ?? '')) return null
  const [from, to] = ctx.sentenceTokens[ctx.tokens[r.anchor.start]!.sentence]!
  const state = (a: ActorMention): boolean => a.marking === 'bare' && a.form !== 'demonym' && ctx.knowledge.actors.get(a.actor)?.kind === 'state'
  for (let k = from; k < to; k++) {
    const cue = ctx.cueAt[k]
    if (!cue || cue.start !== k || cue.payload.kind !== 'cue' || cue.payload.cue !== 'denial') continue
    let j = cue.start
    while (j > from && ctx.grammarAt[j - 1]?.roles.some((role) => role === 'have' || role === 'be')) j--
    const speaker = r.allActors.find((a) => state(a) && (a.end === j || (a.start === cue.end && cue.start > r.anchor.end)))
    if (speaker) return speaker
  }
  return null
}

/** Places read from the bare actors of the sentence. */
const BARE_PLACES: Readonly<Record<'governor-subject' | 'reporter-after' | 'share-subject', (ctx: DocumentContext, r: Reading, bare: readonly ActorMention[]) => ActorMention | null>> = {
  'governor-subject': governorSubject,
  'reporter-after': reporterAfter,
  'share-subject': shareSubject,
}

/**
 * "Russia accounted for 40 percent of Myanmar's arms imports", "Israel is the source of most of Azerbaijan's
 * weapons imports": the subject of the clause that measures its share of a noun of receiving supplies it — over the
 * noun's owner and materiel, "of", and a word of share.
 */
function shareSubject(ctx: DocumentContext, r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  if (ctx.lang.shareWords.size === 0) return null
  let k = r.anchor.start - 1
  const owner = (i: number): boolean => r.allActors.some((a) => a.start <= i && i < a.end && (a.marking === 'genitive' || a.marking === 'origin'))
  // ("of Azerbaijan's major arms imports": an adjective or two.)
  let plain = 0
  const adjective = (i: number): boolean => ctx.tokens[i]!.word && !ctx.tokens[i]!.upper && !ctx.grammarAt[i] && !ctx.cueAt[i] && !ctx.entityAt[i] && ++plain <= 2
  while (k >= 0 && !ctx.grammarAt[k]?.roles.includes('of') && (!!ctx.materielAt[k] || owner(k) || ctx.lang.determiners.has(ctx.tokens[k]!.key) || /^['’]s$/.test(ctx.tokens[k]!.text) || adjective(k))) k--
  if (k < 1 || !ctx.grammarAt[k]?.roles.includes('of') || !ctx.lang.shareWords.has(ctx.tokens[k - 1]!.key)) return null
  // ("Germany's share of Israel's arms imports": the owner of the share.)
  const holder = r.allActors.find((a) => a.marking === 'genitive' && (a.end === k - 1 || a.end === k - 2))
  if (holder) return holder
  const sentence = ctx.tokens[k]!.sentence
  return bare.filter((a) => a.end < k && k - a.end <= 8 && ctx.tokens[a.start]!.sentence === sentence).sort((a, b) => b.start - a.start)[0] ?? null
}

/** Personnel of another state than the supplier's who use the materiel: "par des soldats russes" in the passive, bare in the active. */
function usersOf(r: Reading, chosen: Chosen): ActorMention[] {
  return personnelOf(r).filter((p) => p.actor !== chosen.supplier?.actor && (r.form === 'passive' ? p.prep === 'by' : p.prep === null))
}

/** "des missiles russes tirés depuis la Biélorussie": the origin of what is fired, before the verb, when that state is at war. */
const partyOrigin = (ctx: DocumentContext, r: Reading, origins: readonly ActorMention[]): ActorMention | null => origins.find((a) => a.end <= r.anchor.start && isConflictParty(ctx, a.actor)) ?? null

/** "Russian jets use its airfields": the materiel before the verb, with its origin, is its subject. */
function originSubject(ctx: DocumentContext, r: Reading, origins: readonly ActorMention[]): ActorMention | null {
  return origins.find((a) => a.qualifies && a.end <= r.anchor.start && a.qualifies.end <= r.anchor.start && onlyAuxiliaries(ctx, Math.max(a.end, a.qualifies.end), r.anchor.start)) ?? null
}

/** The subject of the trigger: an antecedent, a gerund's subject, the nearest bare actor on the left, or a noun's. */
function subjectOf(r: Reading, free: (list: readonly ActorMention[]) => readonly ActorMention[], taken: ReadonlySet<ActorMention>): ActorMention | null {
  const { ctx } = r.scope
  const bare = free(marked(r.actors, ['bare']))
  let subject = (ctx.lang.verbFinal ? infinitiveController(r, free(marked(r.allActors, ['bare']))) : null) ?? r.bound.antecedent ?? r.gerundSubject ?? chainSubject(r, free(marked(r.allActors, ['bare']))) ?? (ctx.lang.verbFinal ? clauseSubject(r, bare) : nearest(r, bare, 'left', null))
  // "Іран фінансує ХАМАС і постачає йому ракети": the object of the verb before is not the next verb's subject
  // (but it is an infinitive's: "gave Kyiv the green light to use", "призвал Германию поставить").
  if (subject && subject === nearest(r, bare, 'left', null) && objectOfVerbBefore(ctx, subject) && !isInfinitive(ctx, r.anchor)) subject = bare.filter((a) => a.end <= subject!.start - 1 && !objectOfVerbBefore(ctx, a)).sort((a, b) => b.start - a.start)[0] ?? subject
  if (subject) return taken.has(subject) ? null : subject
  const allBare = free(marked(r.allActors, ['bare']))
  return invertedSubject(ctx, r.anchor, free(r.allActors)) ?? nounSubject(ctx, r, free(r.allActors)) ?? includedMembers(r, allBare) ?? sharedSubject(r, allBare) ?? conditionSubject(r, allBare) ?? frontedSubject(r, allBare)
}

/**
 * « Accusé de fournir des composants à la Russie, Pékin dément », « Pour livrer des drones à Moscou, Téhéran
 * utilise la Caspienne », "Accused of arming the Houthis, Tehran denies it": an infinitive in a phrase put before
 * the subject of the sentence has that subject, right after the comma that closes the phrase.
 */
function frontedSubject(r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const { ctx } = r.scope
  const word = ctx.tokens[r.anchor.start]!.lower
  // (« En livrant des drones à la Russie, l'Iran… », "By supplying…": a gerund too.)
  if (!isInfinitive(ctx, r.anchor) && !/(ing|ant)$/.test(word) && !ctx.lang.infinitiveEndings.some((e) => word.endsWith(e))) return null
  return subjectAfterFrontedPhrase(ctx, r.anchor, bare)
}

/**
 * « Principal fournisseur de drones de la Russie, l'Iran dément… », "Ukraine's top arms supplier, Washington…":
 * an agent noun in a phrase put before the subject of the sentence names that subject.
 */
function frontedAgentSubject(ctx: DocumentContext, anchor: Lex, bare: readonly ActorMention[]): ActorMention | null {
  return ctx.cueAt[anchor.start]?.payload.kind === 'cue' && (ctx.cueAt[anchor.start]!.payload as { tense: string | null }).tense === 'agent' ? subjectAfterFrontedPhrase(ctx, anchor, bare) : null
}

/** The bare actor right after the comma that closes a phrase opening the sentence with `anchor` (only words before it). */
function subjectAfterFrontedPhrase(ctx: DocumentContext, anchor: Lex, bare: readonly ActorMention[]): ActorMention | null {
  const [from, to] = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]!
  for (let k = from; k < anchor.start; k++) if (!ctx.tokens[k]!.word || ctx.entityAt[k]) return null
  let k = anchor.end
  while (k < to && ctx.tokens[k]!.text !== ',' && !ctx.cueAt[k]) k++
  if (ctx.tokens[k]?.text !== ',') return null
  k++
  while (k < to && ctx.lang.determiners.has(ctx.tokens[k]!.key)) k++
  return bare.find((a) => a.start === k) ?? null
}

/**
 * « a promis de former des pilotes maliens, de les équiper et leur livrer des munitions »: an infinitive
 * joined to the ones before has the subject of the first; the soldiers in between are objects.
 */
function chainSubject(r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const { ctx } = r.scope
  if (ctx.lang.verbFinal) return null
  let head: Lex | null = null
  for (let at: Lex | null = r.anchor, hops = 0; at && hops < 4; hops++) {
    at = infinitiveBefore(ctx, at)
    if (at) head = at
  }
  if (!head) return null
  const sentenceStart = ctx.sentenceTokens[ctx.tokens[head.start]!.sentence]![0]
  return bare.filter((a) => a.end <= head.start && a.start >= sentenceStart).sort((a, b) => b.start - a.start)[0] ?? null
}

/** The infinitive trigger a comma or "et" (over a marker and clitics) joins this one to, a few words before. */
function infinitiveBefore(ctx: DocumentContext, at: Lex): Lex | null {
  const lead = (k: number): boolean => { const key = ctx.tokens[k]!.key; return ctx.lang.infinitiveMarkers.has(key) || ctx.lang.objectClitics.has(key) || ctx.lang.dativeClitics.has(key) }
  let k = at.start - 1
  while (k >= 0 && at.start - k <= 3 && lead(k)) k--
  if (k < 0 || !(ctx.tokens[k]!.text === ',' || ctx.grammarAt[k]?.roles.includes('and'))) return null
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    // (A quotation may open inside the chain: de former « 4 000 soldats, de les équiper ».)
    if (/^[;:.!?()]$/.test(ctx.tokens[j]!.text) || ctx.grammarAt[j]?.roles.some((role) => role === 'that' || role === 'relative' || role === 'break')) return null
    const cue = ctx.cueAt[j]
    if (cue && cue.start === j && cue.payload.kind === 'cue' && ANCHORS.has(cue.payload.cue) && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent') return markedInfinitive(ctx, cue) ? cue : null
  }
  return null
}

/** An infinitive by its form or its marker, over the clitics between them (« de les équiper »). */
function markedInfinitive(ctx: DocumentContext, cue: Lex): boolean {
  let k = cue.start - 1
  while (k > 0 && cue.start - k <= 2 && (ctx.lang.objectClitics.has(ctx.tokens[k]!.key) || ctx.lang.dativeClitics.has(ctx.tokens[k]!.key))) k--
  return isInfinitive(ctx, cue) || isInfinitiveMarker(ctx, k)
}

/**
 * « S'ils recevaient des missiles de l'Iran, les Houthis frapperaient Israël », "If it sent troops,
 * Belarus would…": a subject pronoun right after "si"/"if" stands for the subject of the main clause
 * that follows the condition's comma.
 */
function conditionSubject(r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const { ctx } = r.scope
  let k = r.anchor.start - 1
  while (k >= r.clause.start && auxiliaryOrClitic(ctx, k)) k--
  // ("s'ils": the condition word may hold the pronoun.)
  const mark = [k, k - 1].map((j) => ({ j, g: ctx.grammarAt[j] })).find(({ g }) => g && g.end === k + 1)
  if (!mark) return null
  const pronoun = mark.g!.roles.includes('pronoun') && !mark.g!.roles.includes('anaphor')
  const condition = mark.g!.roles.includes('hypothetical') ? mark.j : pronoun ? [1, 2].map((n) => mark.j - n).find((j) => ctx.grammarAt[j]?.end === mark.j && ctx.grammarAt[j]!.roles.includes('hypothetical')) : undefined
  if (condition === undefined || (!pronoun && mark.j === k && !/^s'?(il|ils|elle|elles)$/.test(ctx.tokens.slice(mark.j, k + 1).map((t) => t.key).join('')))) return null
  // (Only a condition before its main clause: "costs for China if it provides weapons, Blinken said" has none after it.)
  const [start, end] = ctx.sentenceTokens[ctx.tokens[r.anchor.start]!.sentence]!
  if (condition > start && !ctx.grammarAt[condition - 1]?.roles.includes('that') && ctx.tokens[condition - 1]!.text !== ',') return null
  let comma = r.anchor.end
  while (comma < end && ctx.tokens[comma]!.text !== ',') comma++
  return bare.find((a) => a.start > comma && a.start - comma <= 3 && !speaks(ctx, a)) ?? null
}

/** An auxiliary, or a clitic of the recipient or of the materiel, inside a verb group ("lui a", « les ont été »). */
function auxiliaryOrClitic(ctx: DocumentContext, k: number): boolean {
  const key = ctx.tokens[k]!.key
  return !!ctx.grammarAt[k]?.roles.some((role) => role === 'have' || role === 'be') || ctx.lang.dativeClitics.has(key) || ctx.lang.materielPronouns.has(key)
}

/** Words of a verb group: auxiliaries, negation, and the future or conditional forms of a verb. */
const VERB_GROUP_CUES: ReadonlySet<CueKind> = new Set(['negation', 'conditional', 'future'])

/**
 * « La Corée du Nord dément mais aurait envoyé des obus à la Russie », "Iran denies it but has shipped
 * drones": a verb that opens a clause right after a clause break, with no subject of its own, shares the
 * subject of the sentence's first clause.
 */
function sharedSubject(r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const { ctx } = r.scope
  const open = r.clause.start
  const breakBefore = [1, 2, 3].some((n) => ctx.grammarAt[open - n]?.end === open && ctx.grammarAt[open - n]!.roles.includes('break'))
  if (!breakBefore || r.form === 'nominal' || r.form === 'agent') return null
  for (let k = open; k < r.anchor.start; k++) {
    const cue = ctx.cueAt[k]
    if (auxiliaryOrClitic(ctx, k) || ctx.grammarAt[k]?.roles.includes('copula')) continue
    if (cue?.payload.kind === 'cue' && VERB_GROUP_CUES.has(cue.payload.cue) && cue.payload.tense !== 'noun' && ctx.tokens[k]!.word && !ctx.tokens[k]!.upper) continue
    return null
  }
  const sentenceStart = ctx.sentenceTokens[ctx.tokens[r.anchor.start]!.sentence]![0]
  return bare.find((a) => a.start >= sentenceStart && a.end <= open) ?? null
}

/**
 * "les missiles que tire l'armée russe", "les drones qu'utilise la Russie": after an object relative
 * pronoun the subject may follow the verb — the actor right after it (its own soldiers too).
 */
function invertedSubject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): ActorMention | null {
  if (ctx.lang.adjectivePosition !== 'after' || !ctx.lang.objectRelatives.has(ctx.tokens[anchor.start - 1]?.key ?? '')) return null
  return actors.find((a) => a.start >= anchor.end && a.start - anchor.end <= 2 && (a.marking === 'bare' || a.marking === 'personnel' || a.marking === 'origin')) ?? null
}

/**
 * "intercepted drones fired at Israel", "abattu des missiles au-dessus d'Israël": the state attacked
 * (before a clause-final verb too: "wurden über Israel abgefangen").
 */
function defendedState(r: Reading, chosen: Chosen, taken: ReadonlySet<ActorMention>): ActorMention | null {
  const { ctx } = r.scope
  const attacker = new Set(r.actors.filter((a) => a.marking === 'origin').map((a) => a.actor))
  const from = ctx.lang.verbFinal ? r.bound.start : r.anchor.end
  const target = r.allActors.find((a) => a.start >= from && !taken.has(a) && !attacker.has(a.actor) && (a.marking === 'target' || a.marking === 'location' || a.marking === 'to' || a.marking === 'for'))
  return target && target.actor !== chosen.supplier?.actor ? target : null
}

/**
 * "Le soutien de la France à l'Ukraine se traduit par des livraisons d'armes": a help noun earlier
 * in the sentence, with its owner and recipient, names the pair of a trigger noun that has none.
 */
function helpPair(ctx: DocumentContext, r: Reading, taken: ReadonlySet<ActorMention>): { owner: ActorMention; recipient: ActorMention | null } | null {
  // ("du Canada" may read as a bare name after a partitive "du".)
  const owners = r.allActors.filter((a) => a.end <= r.anchor.start && !taken.has(a) && (a.marking === 'of' || a.marking === 'genitive' || (a.marking === 'bare' && !!ctx.grammarAt[a.start - 1]?.roles.includes('of'))))
  for (const owner of owners.reverse()) {
    let k = owner.start - 1
    while (k >= 0 && (ctx.grammarAt[k]?.roles.includes('of') || ctx.lang.determiners.has(ctx.tokens[k]!.key) || (!ctx.cueAt[k] && !ctx.entityAt[k] && !ctx.grammarAt[k] && ctx.tokens[k]!.word && owner.start - k <= 3))) k--
    const cue = ctx.cueAt[k]
    if (!cue || cue.payload.kind !== 'cue' || cue.payload.cue !== 'help' || cue.payload.tense !== 'noun') continue
    const recipient = r.allActors.find((a) => a.start >= owner.end && a.start - owner.end <= 2 && a.end <= r.anchor.start && (a.marking === 'to' || a.marking === 'for')) ?? null
    return { owner, recipient }
  }
  return null
}

/**
 * The subject where verbs close their clause: the clause's first bare actor before the verb
 * ("Im August hat Iran Russland Drohnen geliefert": Iran, not Russland), or, when nothing bare
 * precedes a finite verb, the bare actor right after it ("Seit August liefert Iran Drohnen").
 */
/**
 * "Der Iran bestreitet, Russland mit Drohnen zu beliefern" (or "beliefert zu haben"): an infinitive clause after a comma has no
 * subject of its own; the names in it are objects, and the subject of the verb before the comma acts.
 */
function infinitiveController(r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const { ctx } = r.scope
  // ("…, Russland beliefert zu haben": a participle before "zu" and an auxiliary is a past infinitive.)
  const pastInfinitive = isInfinitiveMarker(ctx, r.anchor.end) && !!ctx.grammarAt[r.anchor.end + 1]?.roles.some((role) => role === 'have' || role === 'be')
  if (!isInfinitiveMarker(ctx, r.anchor.start - 1) && !pastInfinitive) return null
  const sentence = ctx.tokens[r.anchor.start]!.sentence
  let comma = r.anchor.start - 1
  while (comma >= 0 && ctx.tokens[comma]!.sentence === sentence && ctx.tokens[comma]!.text !== ',' && !ctx.cueAt[comma]) comma--
  if (comma < 0 || ctx.tokens[comma]!.text !== ',') return null
  // (Only when the last name before the comma is a subject: "wirft dem Iran vor, … zu liefern" leaves it to the one accused.)
  const last = r.allActors.filter((a) => a.end <= comma && ctx.tokens[a.start]!.sentence === sentence).sort((a, b) => b.start - a.start)[0]
  if (!last || !bare.includes(last)) return null
  return promiserBefore(ctx, bare, last, comma) ?? last
}

/**
 * "Berlin hat Kiew versprochen, Panzer zu liefern", "Ankara bot Baku an, Drohnen zu verkaufen": a name without an article
 * after the subject of a verb of promising, offering or planning is its dative object; the subject does the deed.
 * (Verbs of asking and accusing pass the deed to their object: "Kiew bat Berlin, … zu liefern".)
 */
function promiserBefore(ctx: DocumentContext, bare: readonly ActorMention[], last: ActorMention, comma: number): ActorMention | null {
  let from = comma - 1
  while (from > 0 && ctx.tokens[from - 1]!.sentence === ctx.tokens[comma]!.sentence && !/^[,;:]$/.test(ctx.tokens[from - 1]!.text)) from--
  const first = bare.filter((a) => a.start >= from && a.end <= last.start).sort((a, b) => a.start - b.start)[0]
  if (!first) return null
  let governing: Lex | null = null
  for (let k = first.end; k < comma && !governing; k++) {
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && cue.start === k && cue.payload.cue !== 'negation' && cue.payload.cue !== 'hedge' && cue.payload.cue !== 'according') governing = cue
  }
  if (!governing || governing.payload.kind !== 'cue') return null
  const promising = governing.payload.cue === 'future' || (governing.payload.cue === 'supply' && governing.payload.tense === 'future')
  return promising ? first : null
}

function clauseSubject(r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const before = bare.filter((a) => a.end <= r.anchor.start && a.start >= r.bound.start)
  if (before.length) return before.sort((a, b) => a.start - b.start)[0]!
  const finite = r.anchor.payload.kind === 'cue' && r.anchor.payload.tense !== 'participle' && r.anchor.payload.tense !== 'infinitive'
  const after = finite ? bare.filter((a) => a.start >= r.anchor.end && a.start - r.anchor.end <= 1)[0] : undefined
  return after ?? nearest(r, bare, 'left', null)
}

function conditionHolds(r: Reading, condition: NonNullable<Place['condition']>): boolean {
  switch (condition) {
    case 'purchase':
      return r.anchor.payload.kind === 'cue' && r.anchor.payload.purchase
    case 'reduced':
      // "Moscou utilise des obus achetés à…": a participle right after its noun, no auxiliary.
      return !r.scope.ctx.grammarAt[r.anchor.start - 1]?.roles.some((role) => role === 'be' || role === 'have')
    case 'personnel':
      return r.materiel.some(isPersonnel)
    case 'nominal':
      return r.form === 'nominal'
    case 'unpermitted': {
      // ("Washington allowed Kyiv to use ATACMS": a use one lets another make says nothing of who gave the weapon.)
      const { ctx } = r.scope
      for (let k = ctx.sentenceTokens[ctx.tokens[r.anchor.start]!.sentence]![0]; k < r.anchor.start; k++) if (ctx.cueAt[k] && hasTag(ctx.cueAt[k]!, 'allow')) return false
      return true
    }
  }
}

/**
 * "a livré des canons Caesar en Ukraine", "l'envoi de chars en Ukraine": between the trigger and the
 * place stand only what is sent, no other verb, relative or comma ("des drones utilisés en Ukraine"
 * says where they are used, not where they were sent).
 */
function sentThere(ctx: DocumentContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const materiel = ctx.materielAt[k]
    if (materiel) {
      k = materiel.end - 1
      continue
    }
    const entity = ctx.entityAt[k]
    if (entity?.payload.kind === 'actor' && entity.payload.form === 'demonym') {
      k = entity.end - 1
      continue
    }
    const t = ctx.tokens[k]!
    // "30 canons Caesar supplémentaires": the plan adjectives of what is sent.
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && cue.payload.cue === 'future' && cue.end === k + 1) continue
    // ("canons Caesar supplémentaires", "de nouveaux systèmes": adjectives, no verb.)
    if (t.word && !cue && !ctx.grammarAt[k] && !ctx.entityAt[k] && !t.upper) continue
    // "systèmes SAMP/T": the noun a designation follows.
    if (t.word && ctx.materielAt[k + 1]?.start === k + 1) continue
    if (!(ctx.lang.determiners.has(t.key) || ctx.grammarAt[k]?.roles.some((role) => role === 'of' || role === 'in') || /^\p{N}/u.test(t.text) || /^\p{Lu}/u.test(t.text))) return false
  }
  return true
}

/** The mention comes right after a verb (not a noun or a name): it is that verb's object. */
function objectOfVerbBefore(ctx: DocumentContext, a: ActorMention): boolean {
  const cue = ctx.cueAt[a.start - 1]
  return !!cue && cue.payload.kind === 'cue' && cue.end === a.start && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent' && !NOT_VERBS_OF_AN_OBJECT.has(cue.payload.cue)
}

/** Cues after which a name is no verb's object (they report, negate or qualify). */
const NOT_VERBS_OF_AN_OBJECT: ReadonlySet<CueKind> = new Set(['according', 'reporting', 'negation', 'future', 'conditional', 'hedge', 'admission', 'denial', 'accusation', 'refusal', 'opinion', 'report_noun', 'suspension'])

/** "to use", "de livrer", "zu liefern", "поставить": an infinitive, by its form or its marker. */
function isInfinitive(ctx: DocumentContext, anchor: Lex): boolean {
  if (anchor.payload.kind === 'cue' && anchor.payload.tense === 'infinitive') return true
  return isInfinitiveMarker(ctx, anchor.start - 1)
}

/** "to", "de", "zu", or a marker the language's grammar lists. */
function isInfinitiveMarker(ctx: DocumentContext, k: number): boolean {
  const key = ctx.tokens[k]?.key ?? ''
  return /^(to|de|d'|zu)$/.test(key) || ctx.lang.infinitiveMarkers.has(key)
}

/** An actor followed by a verb of saying, denying or accusing: the speaker of the sentence. */
export function speaks(ctx: DocumentContext, a: ActorMention): boolean {
  // ("the U.N. special rapporteur said": over the role the actor heads.)
  const from = ctx.roleAt[a.end] && ctx.roleAt[a.end]!.start === a.end ? ctx.roleAt[a.end]!.end : a.end
  for (let k = from; k <= from + 2; k++) {
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && ['reporting', 'denial', 'accusation', 'admission'].includes(cue.payload.cue)) return true
    if (!ctx.grammarAt[k]?.roles.some((r) => r === 'have' || r === 'be')) return false
  }
  return false
}

export const hasTag = (anchor: Lex, tag: string): boolean => anchor.payload.kind === 'cue' && !!anchor.payload.tags?.includes(tag as never)

/**
 * Actors of the given markings. Origin and personnel phrases governed by "to"/"for" count as
 * recipients too, and those governed by "from" as sources ("missiles from Belarus" is also
 * "fired … from Belarus").
 */
function marked(actors: readonly ActorMention[], ms: readonly Marking[]): ActorMention[] {
  return actors.filter((a) => ms.includes(a.marking) || ((a.marking === 'origin' || a.marking === 'personnel') && a.prep !== null && ms.includes(a.prep) && (a.prep === 'to' || a.prep === 'for' || a.prep === 'from' || a.prep === 'by')))
}

function pick(r: Reading, list: readonly ActorMention[], place: Place): ActorMention | null {
  if (!place.side) return list[0] ?? null
  return nearest(r, list, place.side, place.reach)
}

function nearest(r: Reading, list: readonly ActorMention[], side: 'left' | 'right', reach: number | null): ActorMention | null {
  const { anchor } = r
  // The closest one on that side; of two starting at the same token, the first listed.
  let found: ActorMention | null = null
  if (side === 'left') {
    for (const a of list) if (a.end <= anchor.start && (!found || a.start > found.start)) found = a
    return found && (reach === null || anchor.start - found.end <= reach) ? found : null
  }
  for (const a of list) if (a.start >= anchor.end && (!found || a.start < found.start)) found = a
  if (found && r.form === 'nominal' && auxiliaryBetween(r.scope.ctx, anchor.end, found.start)) return null
  if (found && reducedPassive(r) && (found.marking === 'by' || found.form === 'demonym') && auxiliaryBetween(r.scope.ctx, anchor.end, found.start, true)) return null
  return found && (reach === null || found.start - anchor.end <= reach) ? found : null
}

/**
 * A giving participle right after its noun, no auxiliary, in a language whose verb does not come
 * last. Only a "by" or a demonym after the verb of its clause is that verb's ("were seized by the
 * US Navy", "tracked by American satellites"): a place there is the predicate's origin (« les drones
 * livrés à la Russie ont été fabriqués en Iran »); a verb of use keeps every origin its predicate gives.
 */
const reducedPassive = (r: Reading): boolean => r.form === 'passive' && r.cue !== 'use' && !r.scope.ctx.lang.verbFinal && conditionHolds(r, 'reduced')

/**
 * "Iran's transfer of missiles to Russia was condemned by the G7", "Arms smuggled from Iran to the
 * Houthis were seized by the US Navy": a noun's or a participle's phrase ends at the verb of its
 * clause; an actor after an auxiliary is that verb's, not the trigger's.
 */
function auxiliaryBetween(ctx: DocumentContext, from: number, to: number, copula = false): boolean {
  for (let k = from; k < to; k++) {
    const roles = ctx.grammarAt[k]?.roles
    if (roles && (roles.includes('be') || roles.includes('have') || (copula && roles.includes('copula'))) && !/^['’]s$/.test(ctx.tokens[k]!.key)) return true
  }
  return false
}

const personnelOf = (r: Reading): ActorMention[] => marked(r.actors, ['personnel'])
/** "Ukrainian pilots are training in Denmark": personnel before an intransitive verb of training are trained, unless they are the instructors. */
const isTrainerWord = (m: Lex | null | undefined): boolean => !!m && m.payload.kind === 'materiel' && m.payload.category === 'trainers'

/**
 * Personnel of the state that acts: not those governed by "with", "to", "for" or "against"
 * ("combat with Ukrainian troops"); those that are the subject of an active verb act for their
 * state ("Russian troops fired…", "Iranian engineers supplied…").
 */
function ownPersonnel(r: Reading): ActorMention[] {
  const { cue } = r
  if (cue === 'fund') return []
  // (« des officiers des gardiens de la révolution supervisent… »: a group after "de" holds the personnel that open the clause.)
  const subject = (p: ActorMention): boolean => r.form === 'active' && (p.prep === null || (p.prep === 'of' && p.form === 'demonym' && !!p.qualifies && p.qualifies.end < p.start)) && p.end <= r.anchor.start
  // "Iranian specialists helped Russia", "des techniciens américains entretiennent les F-16": only
  // personnel that do the helping or the repairs belong to the state that gives them.
  if (cue === 'help' || cue === 'repair') return personnelOf(r).filter(subject)
  return personnelOf(r).filter((p) => !['with', 'to', 'for', 'target'].includes(p.prep ?? '') && (!p.qualifies || r.materiel.includes(p.qualifies) || subject(p) || cue === 'train' || cue === 'deploy' || cue === 'operate'))
}

/** A party on whose soil the war is fought (not the aggressor): foreign personnel there may serve either side. */
export function isDefendingParty(ctx: DocumentContext, actor: string): boolean {
  return ctx.knowledge.data.conflicts.some((c) => c.parties.includes(actor) && c.aggressor !== actor)
}

export function isConflictParty(ctx: DocumentContext, actor: string): boolean {
  return ctx.knowledge.data.conflicts.some((c) => c.parties.includes(actor))
}

/** A bare actor right before a noun anchor: "Iranian deliveries", "US support"; or one glued to a participle ("Iran-supplied"). */
function adjacentLeft(ctx: DocumentContext, anchor: Lex, bare: readonly ActorMention[], glued = false): ActorMention | null {
  // ("Iran-supplied", "U.S.-supplied": glued by a hyphen, which after a name ending in a period is a token of its own.)
  if (glued) return bare.find((a) => a.prep === null && (a.end === anchor.start || (a.end === anchor.start - 1 && ctx.tokens[a.end]!.text === '-'))) ?? null
  return bare.find((a) => a.end === anchor.start || (a.end === anchor.start - 1 && !ctx.tokens[a.end]!.upper && ctx.tokens[a.end]!.word)) ?? null
}

/**
 * "The United States suspended military aid to Kyiv", "Berlin a gelé son aide militaire": the
 * subject of a verb that stops or refuses the support named by the noun is its supplier.
 */
function stoppedBy(ctx: DocumentContext, r: Reading, bare: readonly ActorMention[], genitives: readonly ActorMention[]): ActorMention | null {
  const { anchor } = r
  const { verb, k } = stoppingVerb(ctx, anchor, r.materiel, datives(r))
  if (!verb) return null
  // ("Italy blocked arms exports": a noun read as a verb is stopped or refused, not denied — a denial rebuts a claim before.)
  if (r.form === 'active' && verb.payload.kind === 'cue' && verb.payload.cue === 'denial') return null
  if (verb.start < anchor.start) return subjectAfterVerb(ctx, k, bare) ?? subjectBefore(ctx, verb, bare) ?? ownerOfSubject(ctx, verb, genitives)
  return perfectSubject(ctx, k, bare)
}

/** "Iran's foreign minister denied any arms shipments": the state owning the subject, a few plain words before the verb. */
function ownerOfSubject(ctx: DocumentContext, verb: Lex, genitives: readonly ActorMention[]): ActorMention | null {
  const owner = genitives.filter((a) => a.end < verb.start).pop()
  return owner && ownsSubject(ctx, owner.end, verb.start) ? owner : null
}

/** Between a genitive owner and a verb, only the plain words of the subject it owns ("'s foreign minister"). */
export function ownsSubject(ctx: DocumentContext, from: number, to: number): boolean {
  if (to - from > 5) return false
  for (let k = from; k < to; k++) if ((!ctx.tokens[k]!.word && ctx.tokens[k]!.key !== "'s" && ctx.tokens[k]!.text !== '’s') || ctx.cueAt[k] || ctx.entityAt[k] || ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'break' || r === 'to' || r === 'and')) return false
  return true
}

/**
 * "Deutschland hat die Lieferung … abgelehnt / genehmigt": the subject before the auxiliary at `k`; "Im März hat Berlin
 * die Lieferung … angekündigt": after it, ending at `k`. The participle that closes the clause governs the noun after them.
 */
function perfectSubject(ctx: DocumentContext, k: number, bare: readonly ActorMention[]): ActorMention | null {
  const auxiliary = (i: number): boolean => !!ctx.grammarAt[i]?.roles.some((role) => role === 'have' || role === 'be')
  if (auxiliary(k)) return bare.find((a) => a.end === k) ?? null
  return bare.find((a) => a.end === k + 1 && auxiliary(a.start - 1)) ?? null
}

/** The verb of suspending, refusing or denying that governs a transfer noun, and the token before the noun's phrase. */
export function stoppingVerb(ctx: DocumentContext, anchor: Lex, materiel: readonly Lex[], recipients: readonly ActorMention[] = []): { verb: Lex | null; k: number } {
  let k = anchor.start - 1
  const within = (i: number): boolean => materiel.some((m) => m.start <= i && i < m.end)
  // (« a suspendu 30 des 350 licences d'exportation d'armes », "halted a dozen export licences for arms": the permits of a transfer and their count.)
  const permits = (i: number): boolean => ctx.lang.permitWords.has(ctx.tokens[i]!.key) || !!ctx.grammarAt[i]?.roles.includes('of')
  const skippable = (i: number): boolean => within(i) || permits(i) || ctx.lang.determiners.has(ctx.tokens[i]!.key) || /^(its|their|his|her|the|all|any|further|new|one|a|an|another|some|son|sa|ses|leur|leurs|la|le|les|l'|tout|toute|toutes|tous|nouvelle|nouvelles|une?|\p{N}+)$/u.test(ctx.tokens[i]!.key)
  while (k >= 0 && skippable(k)) k--
  // ("dementiert Berichte über Drohnenlieferungen", "denied reports of drone deliveries": who denies the reports of a transfer denies it.)
  const report = reportOver(ctx, k)
  if (report) for (k = report.start - 1; k >= 0 && skippable(k); ) k--
  // ("verweigert der Ukraine die Lieferung von Raketen": the verb's object in the dative, who would receive, stands before the noun.)
  const dative = recipients.find((a) => a.end === k + 1)
  if (dative) for (k = dative.start - 1; k >= 0 && skippable(k); ) k--
  const stopping = (lex: Lex | null | undefined): boolean => !!lex && lex.payload.kind === 'cue' && (lex.payload.cue === 'suspension' || lex.payload.cue === 'refusal' || lex.payload.cue === 'denial')
  // ("verweigerte Berlin Israel die Lieferung": the subject after the verb, before its object in the dative; `k` stays on the subject.)
  const subject = dative ? ctx.entityAt[k] : undefined
  if (subject && stopping(ctx.cueAt[subject.start - 1])) return { verb: ctx.cueAt[subject.start - 1]!, k }
  // ("a démenti jeudi toute livraison", "dément formellement toute livraison".)
  k = overWordAfterVerb(ctx, k, stopping)
  const verb = ctx.cueAt[k] ?? (ctx.lang.verbFinal ? clauseClosingVerb(ctx, anchor) : undefined)
  return { verb: stopping(verb) ? verb! : null, k }
}

/** "verweigerte Berlin Israel die Lieferung …": a bare actor ending at `k`, right after a finite verb, is its subject. */
function subjectAfterVerb(ctx: DocumentContext, k: number, bare: readonly ActorMention[]): ActorMention | null {
  const subject = bare.find((a) => a.end === k + 1)
  const verb = subject ? ctx.cueAt[subject.start - 1] : undefined
  return subject && verb && verb.payload.kind === 'cue' && !verb.payload.noun && verb.end === subject.start && verb.payload.tense === null ? subject : null
}

/** Actors in the dative by their case alone, with no preposition ("der Ukraine", "dem Iran"): who a verb gives to. */
const datives = (r: Reading): ActorMention[] => r.allActors.filter((a) => a.marking === 'to' && a.prep === null)

/** A noun of report ("Berichte", "reports") ending at `k`, or before a word of topic at `k` ("Berichte über"), with a word of topic or "of" after it. */
function reportOver(ctx: DocumentContext, k: number): Lex | null {
  const topic = (i: number): boolean => !!ctx.grammarAt[i]?.roles.some((role) => role === 'topic' || role === 'of')
  const j = k >= 0 && topic(k) && !ctx.cueAt[k] ? k - 1 : k
  const cue = j >= 0 ? ctx.cueAt[j] : null
  if (!cue || cue.payload.kind !== 'cue' || cue.payload.cue !== 'report_noun' || cue.end !== j + 1) return null
  return topic(j + 1) ? cue : null
}

/** One plain word of time or manner between a verb (that `accepts` takes) and its object: the verb's last token, or `k` itself. */
function overWordAfterVerb(ctx: DocumentContext, k: number, accepts: (lex: Lex | null | undefined) => boolean): number {
  const plain = k > 0 && !ctx.cueAt[k] && !ctx.entityAt[k] && !ctx.grammarAt[k] && ctx.tokens[k]!.word && !ctx.tokens[k]!.upper
  return plain && accepts(ctx.cueAt[k - 1]) && ctx.cueAt[k - 1]!.end === k ? k - 1 : k
}

/**
 * "hat die Lieferung von Taurus an die Ukraine abgelehnt": where verbs close their clause, the first verb after a
 * trigger noun, before any comma or clause word, is the verb that governs it.
 */
function clauseClosingVerb(ctx: DocumentContext, anchor: Lex): Lex | undefined {
  for (let i = anchor.end; i < Math.min(ctx.tokens.length, anchor.end + 14); i++) {
    if (/^[,;:.!?«»„“”"]$/.test(ctx.tokens[i]!.text) || ctx.grammarAt[i]?.roles.some((role) => role === 'that' || role === 'relative')) return undefined
    const cue = ctx.cueAt[i]
    if (cue && cue.start === i && cue.payload.kind === 'cue' && cue.payload.tense !== 'noun') return cue
  }
  return undefined
}

/**
 * The subject of a copula around an agent noun: "North Korea has become Russia's primary weapons
 * supplier", and inverted, "Un autre fournisseur important est la Grande-Bretagne".
 */
function copulaSubject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): ActorMention | null {
  const isCopula = (i: number): boolean => !!(ctx.grammarAt[i]?.roles.includes('copula') || ctx.grammarAt[i]?.roles.includes('be'))
  for (let i = anchor.start - 1; i >= Math.max(0, anchor.start - 8); i--) {
    if (isCopula(i)) return actors.filter((a) => a.end <= i && a.marking === 'bare').sort((a, b) => b.start - a.start)[0] ?? null
  }
  const left = adjacentLeft(ctx, anchor, actors.filter((a) => a.marking === 'bare')) ?? appositionHead(ctx, anchor, actors)
  if (left) return left
  // The agent noun is the subject and the state comes after the copula.
  for (let i = anchor.end; i < Math.min(ctx.tokens.length, anchor.end + 8); i++) {
    // "Russia's suppliers include North Korea and Iran": a verb of contents lists who they are.
    const contents = ctx.cueAt[i] && hasTag(ctx.cueAt[i]!, 'contain') ? ctx.cueAt[i]! : null
    if ((ctx.cueAt[i] && !contents) || !ctx.tokens[i]!.word) break
    if (!isCopula(i) && !contents) continue
    const end = contents ? contents.end : ctx.grammarAt[i]!.end
    const after = actors.find((a) => a.marking === 'bare' && a.start >= end && a.start - end <= 2)
    if (after || !ctx.lang.verbFinal) return after ?? null
    // "dass Deutschland der größte Waffenlieferant der Ukraine sei": the copula closes the clause, its subject stands before.
    return actors.filter((a) => a.marking === 'bare' && a.end <= anchor.start).sort((a, b) => b.start - a.start)[0] ?? null
  }
  return null
}

/**
 * "Germany, Israel's second-largest arms supplier, …", "l'Iran, principal fournisseur de drones de la
 * Russie, …": the state the agent noun's phrase stands in apposition to, before its comma or dash.
 */
function appositionHead(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): ActorMention | null {
  for (let i = anchor.start - 1; i >= Math.max(0, anchor.start - 8); i--) {
    const t = ctx.tokens[i]!
    if (t.text === ',' || t.text === '–' || t.text === '—') return actors.find((a) => a.end === i && a.marking === 'bare') ?? null
    // Only the words of the noun phrase: its owner ("Israel's"), adjectives, materiel; no verb.
    if (ctx.cueAt[i] || (ctx.grammarAt[i] && !ctx.grammarAt[i]!.roles.includes('of')) || (ctx.entityAt[i] && !actors.some((a) => a.start <= i && i < a.end && (a.marking === 'genitive' || a.marking === 'origin')))) return null
  }
  return null
}

/**
 * "Niger signed an agreement with Moscow for the supply of air defence", "a signé un contrat avec la
 * Russie pour la livraison de…": the partner after "with" a deal word, within a few words before the
 * transfer noun, supplies; the state before the deal word (its subject or owner) receives.
 */
function dealPlace(ctx: DocumentContext, r: Reading, which: 'deal-partner' | 'deal-maker', taken: ReadonlySet<ActorMention>): ActorMention | null {
  const deal = dealParties(ctx, r.anchor, r.allActors)
  const found = which === 'deal-partner' ? deal?.partner : deal?.maker
  return found && !taken.has(found) ? found : null
}

function dealParties(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): { partner: ActorMention; maker: ActorMention | null } | null {
  const partner = actors.find((a) => a.marking === 'with' && a.end <= anchor.start && anchor.start - a.end <= 3)
  if (!partner) return null
  let k = partner.start - 1
  while (k >= 0 && !ctx.grammarAt[k]?.roles.includes('with') && partner.start - k <= 2) k--
  const deal = ctx.cueAt[k - 1]
  // (A deal word may be a future word or a deal of its own, "contract with", which then ends at the partner.)
  const dealWord = !!deal && deal.payload.kind === 'cue' && (deal.payload.cue === 'future' ? deal.end === k : !!deal.payload.tags?.includes('deal') && deal.end === k + 1)
  if (!deal || !dealWord) return null
  const maker = actors.filter((a) => a.end <= deal.start && deal.start - a.end <= 8 && (a.marking === 'bare' || a.marking === 'genitive')).pop() ?? null
  return { partner, maker }
}

/**
 * "Zelensky a remercié l'Allemagne pour l'envoi de chars", "a remercié Berlin d'avoir livré…", "thanked
 * Norway for the NASAMS": the one thanked, right after a verb of thanks, and before "pour"/"for" or
 * "de"/"d'" that leads to the trigger, supplies; the subject of the verb of thanks (its leader, or
 * the state of "le président ukrainien") receives.
 */
function thanksPlace(ctx: DocumentContext, r: Reading, which: 'thanked' | 'thanker', taken: ReadonlySet<ActorMention>): ActorMention | null {
  const thanks = thanksParties(ctx, r.anchor, r.allActors)
  const found = which === 'thanked' ? thanks?.thanked : thanks?.thanker
  return found && !taken.has(found) ? found : null
}

function thanksParties(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): { thanked: ActorMention; thanker: ActorMention | null } | null {
  const from = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]![0]
  const matches: TrieMatch<true>[] = []
  for (let k = anchor.start - 2; k >= Math.max(from, anchor.start - 12) && matches.length === 0; k--) ctx.lang.thanks.matchAt(ctx.tokens, k, matches)
  const verb = matches[0]
  if (!verb) return null
  // (Over a word of time or manner: "a remercié jeudi l'Allemagne", "a chaleureusement remercié".)
  // (Declined: "подякував Німеччині" in the dative, «поблагодарил Германию» in the accusative.)
  const named = actors.filter((a) => a.start >= verb.end && a.start <= verb.end + 3 && a.end < anchor.start && (a.marking === 'bare' || a.marking === 'to' || a.marking === 'object'))
  // ("شكر زيلينسكي النرويج على…": with the subject after the verb, the one thanked comes right after it.)
  const inverted = named.length >= 2 && named[1]!.start === named[0]!.end ? named[0]! : null
  const thanked = inverted ? named[1] : named[0]
  if (!thanked) return null
  for (let k = inverted ? inverted.end : verb.end; k < thanked.start; k++) if (ctx.entityAt[k] || ctx.cueAt[k] || !ctx.tokens[k]!.word) return null
  // Between the one thanked and the trigger: "pour" or "de"/"d'", then determiners, adjectives, "avoir".
  let linked = false
  for (let k = thanked.end; k < anchor.start; k++) {
    const roles = ctx.grammarAt[k]?.roles ?? []
    if (roles.includes('for') || roles.includes('of') || ctx.lang.grounds.has(ctx.tokens[k]!.key)) linked = true
    else if (ctx.entityAt[k] || ctx.cueAt[k] || !ctx.tokens[k]!.word) return null
  }
  if (!linked) return null
  const subject = inverted ?? actors.filter((a) => a.end <= verb.start && verb.start - a.end <= 4 && a.marking !== 'to' && a.marking !== 'for' && a.marking !== 'by').pop() ?? null
  return { thanked, thanker: subject && subject.actor !== thanked.actor ? subject : null }
}

/**
 * "Iran helped Russia (to) build a drone plant", « l'Iran a aidé la Russie à fabriquer des drones »:
 * a help verb whose object stands right before the trigger's infinitive (over its marker and an
 * article), with the help verb's subject before it (over auxiliaries and a negation).
 */
function helpGovernor(ctx: DocumentContext, r: Reading): { helper: ActorMention; helped: ActorMention } | null {
  const isArticle = (k: number): boolean => /^(le|la|les|l'|the)$/.test(ctx.tokens[k]!.key) || ctx.lang.articles.has(ctx.tokens[k]!.key)
  let k = r.anchor.start
  while (k > r.anchor.start - 2 && ctx.lang.infinitiveMarkers.has(ctx.tokens[k - 1]?.key ?? '')) k--
  // ("helping Russian troops operate", "Iranian technicians are helping": personnel stand for their state.)
  const endOf = (a: ActorMention): number => (a.marking === 'personnel' && a.qualifies ? Math.max(a.end, a.qualifies.end) : a.end)
  const helped = r.allActors.find((a) => endOf(a) === k && (a.marking === 'bare' || a.marking === 'object' || a.marking === 'personnel'))
  if (!helped) return null
  let c = helped.start
  while (c > helped.start - 2 && c > 0 && isArticle(c - 1) && !ctx.cueAt[c - 1]) c--
  const cue = ctx.cueAt[c - 1]
  if (!cue || cue.payload.kind !== 'cue' || cue.payload.cue !== 'help' || cue.payload.tense === 'noun' || cue.payload.tense === 'agent') return null
  let s = cue.start
  while (s > 0 && cue.start - s < 4 && (ctx.grammarAt[s - 1]?.roles.some((role) => role === 'have' || role === 'be') || isNegationAt(ctx, s - 1))) s--
  const helper = r.allActors.find((a) => endOf(a) === s && (a.marking === 'bare' || a.marking === 'personnel') && a.actor !== helped.actor)
  return helper ? { helper, helped } : null
}

/** "pour soutenir Moscou", "to support Russia", "helping Russia … by sending": the object of a help verb. */
function helpObject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], gerundSubject: ActorMention | null): ActorMention | null {
  for (const a of actors) {
    if ((a.marking !== 'bare' && a.marking !== 'of' && a.marking !== 'object') || a === gerundSubject) continue
    if (a.start <= anchor.end && !gerundSubject) continue
    // "soutenir Moscou", "soutenir les forces du Kremlin"
    for (let k = a.start - 1; k >= Math.max(0, a.start - 5); k--) {
      const cue = ctx.cueAt[k]
      if (cue && cue.payload.kind === 'cue' && cue.payload.cue === 'help') return a
      const t = ctx.tokens[k]!
      if (!t.word || (!ctx.grammarAt[k] && !/^(le|la|les|l'|the)$/.test(t.key) && !ctx.lang.articles.has(t.key))) break
    }
  }
  return null
}

/**
 * "Iran is rebuilding Hezbollah's arsenal by smuggling rockets", "backs the Houthis by sending
 * drones": a gerund after "by" is the means of the clause's verb, and what that verb acts on — its
 * object, or the owner of the arsenal or forces it names — receives.
 */
function meansObject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], subject: ActorMention): ActorMention | null {
  let k = anchor.start - 1
  while (k > subject.end && isNegationAt(ctx, k)) k--
  if (!ctx.grammarAt[k]?.roles.includes('by') || k - subject.end < 2) return null
  for (let i = subject.end; i < k; i++) if (ctx.grammarAt[i]?.roles.includes('break') || ctx.tokens[i]!.text === ';') return null
  // ("Hezbollah's arsenal", "Russia's war effort", "Russian forces": the owner named before a noun.)
  const owner = (a: ActorMention): boolean => a.marking === 'personnel' || (a.marking === 'origin' && ctx.tokens[a.end]?.key === "'s")
  return actors.find((a) => a.start > subject.end && a.end <= k && (a.marking === 'bare' || a.marking === 'genitive' || a.marking === 'object' || owner(a)) && a.actor !== subject.actor) ?? null
}

/**
 * "Washington approved the sale of…", "La France a promis la cession de…": the subject of the verb
 * that governs a trigger noun supplies it, when that verb promises, announces, approves or
 * confirms (not when it asks for or receives it).
 */
function governorSubject(ctx: DocumentContext, r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  let k = r.anchor.start - 1
  // Over determiners, an adjective or two, and a sum that measures the noun ("400 millions de dollars d'aide"),
  // the materiel it governs ("передачу Киеву танков") and one word of topic ("оголосила про надання").
  // ("$60 billion in military aid": "in" after a sum joins it to what it measures.)
  const measure = (i: number): boolean => /^([$€£]|\p{N}.*|millions?|milliards?|billions?|dollars?|euros?|livres?|pounds?|worth)$/u.test(ctx.tokens[i]!.key) || !!ctx.grammarAt[i]?.roles.includes('of') || (ctx.materielAt[i]?.payload.kind === 'materiel' && (ctx.materielAt[i]!.payload as { category: string }).category === 'financial') || (!!ctx.grammarAt[i]?.roles.includes('in') && i > 0 && /^(millions?|milliards?|billions?|dollars?|euros?|pounds?)$/.test(ctx.tokens[i - 1]!.key))
  // ("a possible sale", "une nouvelle aide": an adjective of plan after a determiner.)
  const planAdjective = (i: number): boolean => ctx.cueAt[i]?.payload.kind === 'cue' && (ctx.cueAt[i]!.payload as { cue: string }).cue === 'future' && ctx.lang.determiners.has(ctx.tokens[i - 1]?.key ?? '')
  const inMateriel = (i: number): boolean => r.materiel.some((m) => m.start <= i && i < m.end)
  // ("une enveloppe de 400 millions d'aide", "a tranche of aid": a transfer noun that holds the trigger noun.)
  const holder = (i: number): boolean => i < r.anchor.start - 1 && isTransferNoun(ctx.cueAt[i])
  let topic = false
  const topicWord = (i: number): boolean => !topic && !!ctx.grammarAt[i]?.roles.includes('topic') && (topic = true)
  let plain = 0
  const plainWord = (i: number): boolean => !ctx.entityAt[i] && !ctx.grammarAt[i] && !ctx.lang.increaseVerbs.has(ctx.tokens[i]!.key) && ++plain <= 2
  const over = (): void => { while (k >= 0 && (ctx.tokens[k]!.word || /^[$€£]$/.test(ctx.tokens[k]!.text)) && (!ctx.cueAt[k] || planAdjective(k) || holder(k)) && (ctx.lang.determiners.has(ctx.tokens[k]!.key) || inMateriel(k) || measure(k) || planAdjective(k) || holder(k) || topicWord(k) || plainWord(k))) k-- }
  over()
  // ("sagte der Ukraine die Lieferung von Panzern zu": the verb's object in the dative stands before the noun.)
  const dative = datives(r).find((a) => a.end === k + 1)
  if (dative) { k = dative.start - 1; over() }
  // ("Gestern kündigte Moskau dem Iran die Lieferung … an": the subject after the verb, before its object in the dative.)
  const inverted = dative ? subjectAfterVerb(ctx, k, bare) : null
  if (inverted) return inverted
  // ("prépare la livraison de…": preparing a transfer is the preparer's.)
  // ("authorised the export of…": permitting a transfer is the permitter's.)
  const governs = (lex: Lex | null | undefined): boolean => !!lex && lex.payload.kind === 'cue' && (['future', 'reporting', 'admission', 'fund', 'supply', 'produce'].includes(lex.payload.cue) || !!lex.payload.tags?.includes('prepare') || !!lex.payload.tags?.includes('allow'))
  // ("a annoncé jeudi un nouveau programme d'aide": one word of time between the verb and its object.)
  k = overWordAfterVerb(ctx, k, governs)
  const verb = ctx.cueAt[k]
  // ("Iran has increased shipments of drones to…", "stepped up deliveries": raising a transfer is the raiser's.)
  if (!verb && k >= 0 && ctx.lang.increaseVerbs.has(ctx.tokens[k]!.key)) return subjectBefore(ctx, { start: k }, bare)
  if (!verb) {
    // Verb first ("قررت ألمانيا إرسال دبابات"): the state between the governing verb and the noun is its subject.
    const between = bare.find((a) => a.end === k + 1)
    const before = between && ctx.cueAt[between.start - 1]
    if (between && before && before.end === between.start && governs(before) && before.payload.kind === 'cue' && before.payload.tense !== 'noun' && !topic) return between
    return ctx.lang.verbFinal && !topic && governs(clauseClosingVerb(ctx, r.anchor)) ? perfectSubject(ctx, k, bare) : null
  }
  if (!governs(verb) || verb.payload.kind !== 'cue') return null
  // "оголосила про надання допомоги": announcing about a transfer still announces it.
  if (topic && !verb.payload.tags?.includes('announce')) return null
  return subjectBefore(ctx, overModals(ctx, verb.start), bare)
}

/**
 * "is expected to approve", « devrait approuver », « va autoriser », « doit autoriser »: the words of
 * plan, mood or duty (and an infinitive marker) before a verb, skipped back from its start.
 */
function overModals(ctx: DocumentContext, start: number): { readonly start: number } {
  const modal = (k: number): Lex | null => {
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind !== 'cue' || cue.end > start) return null
    return cue.payload.cue === 'future' || cue.payload.cue === 'conditional' || (cue.payload.cue === 'opinion' && !!cue.payload.tags?.includes('modal')) ? cue : null
  }
  let j = start
  for (let guard = 0; guard < 4 && j > 0; guard++) {
    const cue = modal(j - 1)
    if (cue) j = cue.start
    else if (ctx.lang.infinitiveMarkers.has(ctx.tokens[j - 1]!.key) && modal(j - 2)) j--
    else break
  }
  return { start: j }
}

/**
 * The bare actor right before a verb, over its auxiliaries and a phrase of time, and over verbs the
 * verb is the infinitive of (« a cessé d'approuver les permis… », "refused to approve the sale of…").
 */
function subjectBefore(ctx: DocumentContext, verb: { readonly start: number }, bare: readonly ActorMention[], hops = 0): ActorMention | null {
  const found = actorBeforeVerb(ctx, verb, bare)
  if (found || hops >= 2) return found
  const marker = verb.start - 1
  const cue = isInfinitiveMarker(ctx, marker) ? ctx.cueAt[marker - 1] : undefined
  // (Over a verb of deciding, stopping, refusing or wanting; a verb of saying or threatening has its own reading.)
  if (!cue || cue.end !== marker || cue.payload.kind !== 'cue' || !CHAIN_VERBS.has(cue.payload.cue)) return null
  return subjectBefore(ctx, cue, bare, hops + 1)
}

const CHAIN_VERBS: ReadonlySet<CueKind> = new Set(['future', 'suspension', 'refusal', 'denial', 'opinion'])

function actorBeforeVerb(ctx: DocumentContext, verb: { readonly start: number }, bare: readonly ActorMention[]): ActorMention | null {
  let j = verb.start - 1
  // ("Washington also approved…": over auxiliaries and adverbs.)
  // ("Washington has not halted…", « Berlin n'a pas suspendu… »: over the words of a negation too.)
  while (j >= 0 && (ctx.grammarAt[j]?.roles.some((role) => role === 'have' || role === 'be') || ctx.lang.adverbs.has(ctx.tokens[j]!.key) || isNegationAt(ctx, j))) j--
  j = overTimePhrase(ctx, j)
  // "Plusieurs pays, dont l'Allemagne et la Suède, ont annoncé…": the comma closes the subject's apposition.
  return bare.find((a) => a.end === j + 1) ?? (ctx.tokens[j]?.text === ',' ? bare.find((a) => a.end === j) : undefined) ?? portfolioOwner(ctx, j, bare)
}

/**
 * « Le ministre turc de la Défense a confirmé… », « Le ministère iranien des Affaires étrangères a démenti… »: the
 * name of a portfolio (of, an article, a capitalised word and at most two more) after a demonym that ends a subject.
 */
function portfolioOwner(ctx: DocumentContext, j: number, bare: readonly ActorMention[]): ActorMention | null {
  let k = j
  for (let lower = 0; k >= 0 && ctx.tokens[k]!.word && !ctx.tokens[k]!.upper && !ctx.grammarAt[k] && !ctx.entityAt[k] && !ctx.cueAt[k] && lower < 2; lower++) k--
  if (k < 1 || !/^\p{Lu}\p{Ll}/u.test(ctx.tokens[k]!.text) || ctx.entityAt[k] || ctx.cueAt[k]) return null
  k--
  if (ctx.lang.definiteArticles.has(ctx.tokens[k]!.key)) k--
  if (!ctx.grammarAt[k]?.roles.includes('of')) return null
  return bare.find((a) => a.end === k && a.form === 'demonym') ?? null
}

/**
 * "The Pentagon on Friday announced", "Paris a mardi annoncé": a short phrase of time ("on Friday",
 * "in March") between a subject and its verb, skipped back from `j`.
 */
function overTimePhrase(ctx: DocumentContext, j: number): number {
  for (let k = j; k >= Math.max(0, j - 2); k--) {
    if (!ctx.tokens[k]!.word || ctx.entityAt[k] || ctx.cueAt[k]) return j
    if (k < j && ctx.grammarAt[k]?.roles.includes('in') && /^\p{Lu}|^\p{N}/u.test(ctx.tokens[k + 1]!.text)) return k - 1
  }
  return j
}

export const isTransferNoun = (lex: Lex | undefined): boolean => !!lex && lex.payload.kind === 'cue' && lex.payload.tense === 'noun' && (lex.payload.cue === 'supply' || lex.payload.cue === 'fund')

/**
 * "О намерении предоставить Киеву танки сообщили Великобритания…", "Передать Украине Taurus пообещала
 * Германия": a state named right after the announcing or promising verb that follows the trigger.
 */
function reporterAfter(ctx: DocumentContext, r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const [, end] = ctx.sentenceTokens[r.anchor.payload.kind === 'cue' ? ctx.tokens[r.anchor.start]!.sentence : 0]!
  for (let k = r.anchor.end; k < Math.min(end, r.anchor.end + 16); k++) {
    const t = ctx.tokens[k]!
    if (t.text === ',' || t.text === ';' || ctx.grammarAt[k]?.roles.includes('that') || ctx.grammarAt[k]?.roles.includes('break')) return null
    const verb = ctx.cueAt[k]
    if (!verb || verb.start !== k || verb.payload.kind !== 'cue' || verb.payload.tense === 'noun') continue
    if (!['reporting', 'future', 'admission'].includes(verb.payload.cue)) continue
    let j = verb.end
    while (j < end && j - verb.end < 3 && ctx.tokens[j]!.word && !ctx.entityAt[j] && !ctx.cueAt[j]) j++
    return bare.find((a) => a.start === j && a.form !== 'leader' && a.form !== 'demonym') ?? null
  }
  return null
}

/**
 * Verb–subject–object order ("زودت إيران روسيا بالمسيرات"): of two bare actors right after the
 * verb (the first within two words of it), the first is the subject and the second the object; a
 * single bare actor after the verb is its object ("لم تزود روسيا بالأسلحة").
 */
function verbArguments(r: Reading, bare: readonly ActorMention[], subjectBefore: boolean): { subject: ActorMention | null; object: ActorMention } | null {
  const after = bare.filter((a) => a.start >= r.anchor.end).sort((a, b) => a.start - b.start)
  const [first, second] = after
  if (!first || first.start - r.anchor.end > 2) return null
  if (subjectBefore || !second || second.group === first.group || second.start - first.end > 2) return { subject: null, object: first }
  return { subject: first, object: second }
}

/**
 * An object complement ("تستخدم إيران سوريا مخزنا", "uses Syria as a depot"): the bare actor right
 * before the trigger (or one word before it) is the object of a verb just before that actor; that
 * verb's subject, before it in the clause or, in verb–subject order, right after it, is the one named.
 */
function complementSubject(ctx: DocumentContext, r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const object = bare.find((a) => a.end === r.anchor.start || (a.end === r.anchor.start - 1 && ctx.tokens[a.end]!.word && !ctx.entityAt[a.end] && !ctx.cueAt[a.end]))
  if (!object) return null
  const isVerbEndingAt = (i: number): boolean => ctx.cueAt[i - 1]?.payload.kind === 'cue' && ctx.cueAt[i - 1]!.end === i
  // Verb, subject, object: "تستعمل إيران العراق معبرا".
  const inverted = bare.find((a) => a.end === object.start)
  if (inverted) return isVerbEndingAt(inverted.start) ? inverted : null
  if (!isVerbEndingAt(object.start)) return null
  const verb = ctx.cueAt[object.start - 1]!
  return bare.filter((a) => a.end <= verb.start && a.start >= r.clause.start).sort((a, b) => b.start - a.start)[0] ?? null
}

/**
 * "Russia fired drones that Iran supplied", "Moscow has launched hundreds of Shahed drones Iran
 * provided": whoever uses the materiel that heads the trigger's relative clause received it (the
 * subject of the verb of use a few words before that materiel).
 */
function headUser(ctx: DocumentContext, r: Reading, bare: readonly ActorMention[]): ActorMention | null {
  const head = r.materiel.find((m) => m.end <= r.anchor.start)
  if (!head) return null
  for (let k = head.start - 1; k >= 0 && head.start - k <= 5; k--) {
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && cue.payload.cue === 'use' && cue.payload.tense !== 'noun') {
      let j = cue.start - 1
      while (j >= 0 && ctx.grammarAt[j]?.roles.some((role) => role === 'have' || role === 'be')) j--
      return bare.find((a) => a.end === j + 1) ?? null
    }
    // Over determiners, numbers and measures ("hundreds of", "a batch of") and other materiel.
    if (cue || ctx.entityAt[k] || !ctx.tokens[k]!.word) return null
  }
  return null
}

/**
 * "C'est l'Iran qui fournit les drones utilisés par la Russie", "Iran supplies the drones used by
 * Russia", "Iran-supplied drones were launched by Russia": the user named after a participle of use right
 * after the materiel (over auxiliaries) receives it.
 */
function userAfter(ctx: DocumentContext, r: Reading, by: readonly ActorMention[], owners: readonly ActorMention[]): ActorMention | null {
  // ("drones that were used by Russia", « des composants qui finissent dans les missiles russes ».)
  const auxiliary = (k: number): boolean => !!ctx.grammarAt[k]?.roles.some((role) => role === 'be' || role === 'have' || role === 'relative' || role === 'that') || ctx.lang.adverbs.has(ctx.tokens[k]?.key ?? '')
  for (const m of r.materiel) {
    if (m.start < r.anchor.end) continue
    let k = m.end
    while (k < m.end + 2 && (ctx.materielAt[k] || ctx.entityAt[k]?.payload.kind === 'actor')) k++
    while (k < m.end + 5 && auxiliary(k)) k++
    const cue = ctx.cueAt[k]
    if (cue?.start !== k || cue.payload.kind !== 'cue' || cue.payload.cue !== 'use' || cue.payload.tense === 'noun') continue
    const user = by.find((a) => a.start > cue.end && a.start <= cue.end + 3)
    // "supplies chips used in Russian missiles", « des composants retrouvés dans les drones russes »: parts go to the owner of the weapons they are in.
    const into = m.payload.kind === 'materiel' && m.payload.category === 'components_dual_use' && (hasTag(cue, 'inside') || !!ctx.grammarAt[cue.end]?.roles.includes('in'))
    return user ?? (into ? (owners.find((a) => a.start >= cue.end && a.start <= cue.end + 6 && (!a.qualifies || a.qualifies.start > m.end)) ?? null) : null)
  }
  return null
}

/**
 * "Drones provided by Iran have been used by Russia": the materiel heads the participle, whose
 * phrase ends at the sentence's verb of use; the "by" after that verb names who used it.
 */
function userAfterPhrase(ctx: DocumentContext, r: Reading, by: readonly ActorMention[]): ActorMention | null {
  if (!r.materiel.some((m) => m.end === r.anchor.start)) return null
  for (let k = r.anchor.end; k < Math.min(ctx.tokens.length, r.anchor.end + 10); k++) {
    const cue = ctx.cueAt[k]
    if (cue?.start === k && cue.payload.kind === 'cue' && cue.payload.cue === 'use' && cue.payload.tense !== 'noun') {
      return auxiliaryBetween(ctx, r.anchor.end, k, true) ? (by.find((a) => a.start > cue.end && a.start <= cue.end + 3) ?? null) : null
    }
    if (!ctx.tokens[k]!.word || ctx.grammarAt[k]?.roles.some((role) => role === 'that' || role === 'break' || role === 'relative')) return null
  }
  return null
}

/** The designation's state of manufacture for purchases ("l'achat de Gripen" → SWE). */
export function designationOrigin(materiel: readonly Lex[]): ActorMention | null {
  for (const m of materiel) {
    if (m.payload.kind === 'materiel' && m.payload.origin) {
      return { start: m.start, end: m.end, actor: m.payload.origin, marking: 'origin', prep: null, form: 'name', privateFirm: false, entryId: m.payload.entryId, qualifies: m, group: -1 }
    }
  }
  return null
}

/** "ce sont les Russes qui pilotent", "it is the Russians who operate": the actor the cleft puts forward. */
function cleftSubject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): ActorMention | null {
  const { tokens } = ctx
  let who = anchor.start - 1
  // "qui les pilotent", "who operate them": an object pronoun may sit between.
  while (who > 0 && ctx.lang.objectClitics.has(tokens[who]!.key) && anchor.start - who <= 2) who--
  if (!ctx.grammarAt[who]?.roles.includes('relative') && !/^(qui|who|that)$/.test(tokens[who]?.key ?? '')) return null
  const operator = actors.find((a) => a.end === who)
  if (!operator) return null
  const head = tokens
    .slice(Math.max(0, operator.start - 4), operator.start)
    .map((t) => t.key)
    .join(' ')
  return /(ce sont|c'est|it is|it's|it was|they are)/.test(head) ? operator : null
}

/**
 * "en livrant", "by sending": the subject of a gerund is the subject of its clause; so is the agent
 * of a noun of means ("عن طريق دفع مبلغ للسوريين", "through the delivery of").
 */
export function gerundSubjectOf(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], clause: Clause): ActorMention | null {
  if (meansNoun(ctx, anchor)) return actors.find((a) => a.start >= clause.start && a.end <= anchor.start && a.marking === 'bare') ?? null
  const at = sayingParticipleBefore(ctx, anchor) ?? anchor.start
  if (!/(ing|ant)$/.test(ctx.tokens[at]!.key)) return null
  let k = at - 1
  while (k >= 0 && isNegationAt(ctx, k)) k--
  const before = ctx.tokens[k]
  // "by sending", "en livrant", ", ne vendant pas": the participle's subject is the clause's.
  if (!before || !(/^(by|en)$/.test(before.key) || before.text === ',')) return null
  return actors.find((a) => a.start >= clause.start && a.end <= at && a.marking === 'bare') ?? null
}

/**
 * « …, affirmant ne jamais avoir fourni de composants à Moscou », « assurant n'avoir livré aucun drone »: a
 * participle of saying or denying governs the infinitive trigger after it (over a negation, an auxiliary, an
 * adverb or a marker), and shares its subject. Returns where the participle starts.
 */
function sayingParticipleBefore(ctx: DocumentContext, anchor: Lex): number | null {
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 6); k--) {
    const cue = ctx.cueAt[k]
    const kind = cue?.payload.kind === 'cue' ? cue.payload.cue : null
    if (cue && cue.end === k + 1 && (kind === 'reporting' || kind === 'denial') && /ant$/.test(ctx.tokens[cue.start]!.key)) return cue.start
    const auxiliary = ctx.grammarAt[k]?.roles.some((role) => role === 'have' || role === 'be')
    if (kind !== 'negation' && !auxiliary && !isInfinitiveMarker(ctx, k) && !ctx.lang.adverbs.has(ctx.tokens[k]!.key)) return null
  }
  return null
}

/** A trigger noun right after "through", "via", "عن طريق" or "من خلال": the means of the clause's deed. */
function meansNoun(ctx: DocumentContext, anchor: Lex): boolean {
  if (anchor.payload.kind !== 'cue' || anchor.payload.tense !== 'noun') return false
  const one = ctx.tokens[anchor.start - 1]?.key ?? ''
  const two = `${ctx.tokens[anchor.start - 2]?.key ?? ''} ${one}`
  return /^(through|via)$/.test(one) || /^(عن طريق|من خلال)$/.test(two)
}

/**
 * "Plusieurs pays participent à l'interception …, dont la France et la Jordanie", "Several
 * countries, including the US, helped…": a generic subject (an agent noun naming no actor) stands
 * for the members its inclusion list names, after a comma.
 */
function includedMembers(r: Reading, actors: readonly ActorMention[]): ActorMention | null {
  const { ctx } = r.scope
  let generic = false
  for (let k = r.bound.start; k < r.anchor.start; k++) if (ctx.grammarAt[k]?.roles.includes('agent') && !ctx.entityAt[k] && !ctx.materielAt[k]) generic = true
  if (!generic) return null
  const [from, to] = ctx.sentenceTokens[ctx.tokens[r.anchor.start]!.sentence]!
  const matches: TrieMatch<true>[] = []
  for (let i = Math.max(from, r.bound.start); i < to; i++) {
    matches.length = 0
    ctx.lang.inclusions.matchAt(ctx.tokens, i, matches)
    const end = Math.max(0, ...matches.map((m) => m.end))
    if (!end) continue
    const member = actors.find((a) => a.start >= end && a.start - end <= 1)
    // Without a comma, only a list that closes the sentence ("… des missiles dont les États-Unis et la France."), not "dont la Russie a besoin".
    const last = member && [...actors].reverse().find((a) => a.group === member.group)
    const closes = !!last && (last.end >= to || !ctx.tokens[last.end]!.word)
    if (member && (ctx.tokens[i - 1]?.text === ',' || closes)) return member
  }
  return null
}

/**
 * "la demande de la Slovaquie de transmettre…", "la décision de l'Allemagne de livrer…": the state
 * a noun belongs to is the subject of the infinitive the noun governs.
 */
function nounSubject(ctx: DocumentContext, r: Reading, actors: readonly ActorMention[]): ActorMention | null {
  const marker = r.anchor.start - 1
  if (r.anchor.payload.kind !== 'cue' || r.anchor.payload.tense === 'noun' || !isInfinitiveMarker(ctx, marker)) return null
  // "de la Slovaquie de": the owner right before the marker, after "of" and a noun.
  const owner = actors.find((a) => a.end === marker && (a.marking === 'of' || a.marking === 'genitive'))
  let of = owner ? owner.start - 1 : -1
  while (of > 0 && ctx.lang.determiners.has(ctx.tokens[of]!.key) && !ctx.grammarAt[of]?.roles.includes('of')) of--
  return owner && ctx.grammarAt[of]?.roles.includes('of') && ctx.tokens[of - 1]?.word && !ctx.entityAt[of - 1] && !ctx.grammarAt[of - 1] ? owner : null
}
