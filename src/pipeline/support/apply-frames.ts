import type { Category, CueKind, FrameForm, StateStyle } from '../../domain/vocabulary.js'
import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { TrieMatch } from '../lexicon-trie.js'
import { gluedAgentSuffix, type ActorMention } from '../mark-actors.js'
import { antecedentMateriel } from './antecedent-materiel.js'
import { futureReceipt, leftBound, rightBound } from './clause-bounds.js'
import { parsePlace, type CompiledFrame } from './compile-frames.js'
import type { Clause, Draft, Hint, Scope } from './draft-claim.js'
import { designationOrigin, findPlace, gerundSubjectOf, hasTag, isConflictParty, speaks, stoppingVerb, type Chosen, type Reading } from './find-place.js'
import { accompanyingList, categoriesOf, categoryOf, closesSourcePhrase, continuedList, coordinatedPassive, isAttributive, isNegationAt, isParticiple, isPersonnel, isPersonnelCategory, isTarget, onlyAuxiliaries, precedingList } from './materiel-phrases.js'
import { territoriesAfter, territoryObject, territoryOwner, usedTerritory } from './territory-words.js'

/** Kinds where the origin of the materiel is its supplier (not "British jets shot down Iranian drones"). */
const ORIGIN_SUPPLIES: ReadonlySet<CueKind> = new Set(['acquire', 'use', 'supply'])

/** Kinds whose personnel or origin may be named before the verb ("des instructeurs iraniens devraient être envoyés"). */
const TAKES_PRIOR_MATERIEL: ReadonlySet<CueKind> = new Set(['use', 'deploy', 'operate', 'train', 'supply', 'help'])

/**
 * Reads the claims one trigger makes: gathers the materiel and actors within its reach, then
 * applies the first frame of the language that fits the trigger (its kind, form and conditions)
 * and fills supplier and recipient from the places the frame lists. Null when no frame gives a claim.
 */
export function applyFrames(scope: Scope, anchor: Lex, assigned: readonly Lex[], allActors: readonly ActorMention[], clause: Clause, sentence: number, clauseMateriel: readonly Lex[]): Draft[] | null {
  const { ctx } = scope
  if (anchor.payload.kind !== 'cue' || traineeNoun(ctx, anchor, clause)) return null
  const bound = leftBound(scope, anchor, clause, allActors)
  const rightEnd = rightBound(scope, anchor, clause, bound.relative !== null)
  const reached = allActors.filter((a) => a.start >= bound.start && a.end <= rightEnd && a.marking !== 'source' && a.marking !== 'target')
  // "…, noch von uns, von den Amerikanern": a coordinated list that starts within reach runs to its end.
  const groups = new Set(reached.map((a) => a.group))
  const inReach = [...reached, ...allActors.filter((a) => a.start >= rightEnd && groups.has(a.group) && allActors.indexOf(a) !== a.group)]
  // "der Ukraine, der Deutschland … zugesagt hat": the relative pronoun's antecedent receives.
  const actors: ActorMention[] = bound.relativeObject ? [{ ...bound.relativeObject, marking: 'to', prep: 'to' }, ...inReach] : inReach
  let materiel = continuedList(ctx, assigned.filter((m) => !closesSourcePhrase(ctx, m)), bound.start, rightEnd)
  if (materiel.length) for (const m of accompanyingList(ctx, assigned, rightEnd, clause.end)) if (!materiel.includes(m)) materiel.push(m)
  // "… cluster munitions – all of which were eventually awarded to Kyiv": the relative's antecedent list.
  if (materiel.length === 0 && bound.relative !== null) materiel.push(...precedingList(ctx, clauseMateriel, bound.relative))
  // "the missiles North Korea sent to Russia", "drones that Iran supplied": the head of an object relative.
  // (A bare name after such a verb is the main clause's: "the drones Iran supplied hit Kyiv".)
  const head = materiel.length === 0 && anchor.payload.cue === 'supply' ? relativeHead(ctx, anchor, allActors, clauseMateriel) : []
  materiel.push(...head)
  // ("Turkish drones helped Azerbaijan regain territory": what helps is the subject, not what was regained.)
  const helping = anchor.payload.cue === 'help'
  // ("Parts from China were found in Russian drones": what is found inside is the subject too.)
  if ((materiel.length === 0 || helping || hasTag(anchor, 'inside')) && TAKES_PRIOR_MATERIEL.has(anchor.payload.cue)) {
    const prior: Lex[] = []
    for (const a of actors) if (a.qualifies && a.end <= anchor.start && onlyAuxiliaries(ctx, Math.max(a.end, a.qualifies.end), anchor.start) && !prior.includes(a.qualifies)) prior.push(a.qualifies)
    if (prior.length) materiel = helping ? prior : [...materiel, ...prior]
  }
  const form = formOf(ctx, anchor)
  // "The drones used by Russia were supplied by Iran": the passive's subject, held by a reduced relative before it.
  if (materiel.length === 0 && form === 'passive') materiel = passiveSubjectMateriel(ctx, anchor, clauseMateriel)
  // "Iranian engineers supplied Russia with engines": personnel before an active verb with an object are its subject, not what it gives.
  if (form === 'active' && materiel.some((m) => m.start >= anchor.end)) materiel = materiel.filter((m) => m.start >= anchor.end || !isPersonnel(m))
  materiel = givenMateriel(ctx, anchor, form, materiel, allActors, clauseMateriel)
  // "eine Ausbildung durch russische Streitkräfte erhalten": personnel behind "by" act, they are not what is received.
  if (anchor.payload.cue === 'acquire') materiel = materiel.filter((m) => !(isPersonnel(m) && allActors.some((a) => a.qualifies === m && a.prep === 'by')))
  // "ha armato Hamas e altri miliziani": whoever is armed receives, is not given; "fired at an Israeli warship": what is aimed at is not fired.
  materiel = hasTag(anchor, 'equip') ? materiel.filter((m) => !isPersonnel(m)) : hasTag(anchor, 'launch') ? materiel.filter((m) => !isTarget(ctx, anchor, m)) : materiel
  // "Moscou en a commandé 2 400", "ces équipements": materiel named before.
  materiel = antecedentMateriel(ctx, anchor, materiel) ?? materiel
  // "avec l'aide de Téhéran", "with the help of US intelligence": only the words after it name the help ("a contract with France for…": what the deal is for).
  if (hasTag(anchor, 'with_help') || hasTag(anchor, 'deal')) materiel = materiel.filter((m) => m.start >= anchor.end && (hasTag(anchor, 'deal') || m.start - anchor.end <= 4))
  let cue: CueKind = anchor.payload.cue
  // (Built once, with its cue; a hop to another kind copies it.)
  let reading: Reading = {
    scope,
    cue,
    anchor,
    form,
    clause,
    actors: readingActors(ctx, hasTag(anchor, 'launch') ? actors.filter((a) => !(a.qualifies && isTarget(ctx, anchor, a.qualifies))) : actors, allActors, anchor, materiel, head.length > 0, bound.relative),
    allActors,
    materiel,
    categories: materiel.length === 0 && anchor.payload.defaultCategory ? [anchor.payload.defaultCategory] : categoriesOf(anchor, materiel, ctx),
    // « La Turquie produit des drones qu'elle exporte au Soudan » : the relative's subject pronoun is the main clause's subject.
    bound: head.length && !bound.antecedent ? { ...bound, antecedent: pronounRelativeSubject(ctx, anchor, allActors, head[0]!) ?? bound.antecedent } : bound,
    gerundSubject: gerundSubjectOf(ctx, anchor, allActors, clause),
  }
  // Only the frames that list the cue can fit: the others are skipped without a look.
  let frames = framesFor(ctx.lang.frames, cue)
  for (let k = 0, hops = 0; k < frames.length; k++) {
    const frame = frames[k]!
    if (!fits(reading, frame)) continue
    if (frame.as || frame.none) scope.firedFrames?.add(frame.id)
    if (frame.as && hops < 3) {
      cue = frame.as
      reading = { ...reading, cue }
      frames = framesFor(ctx.lang.frames, cue)
      hops++
      k = -1
      continue
    }
    if (frame.none) return null
    const drafts = readFrame(reading, frame, sentence)
    if (drafts) {
      scope.firedFrames?.add(frame.id)
      return drafts
    }
  }
  return null
}

/**
 * "Ukrainian pilots are being trained", "training Ukrainian pilots": operators who are trained are
 * trainees, not operating anything for anyone yet.
 */
function traineeNoun(ctx: DocumentContext, anchor: Lex, clause: Clause): boolean {
  if (anchor.payload.kind !== 'cue' || anchor.payload.cue !== 'operate' || !ctx.materielAt[anchor.start]) return false
  const train = (k: number): boolean => ctx.cueAt[k]?.payload.kind === 'cue' && (ctx.cueAt[k]!.payload as { cue: string }).cue === 'train'
  for (let k = anchor.end; k < Math.min(clause.end, anchor.end + 4); k++) if (train(k) && onlyAuxiliaries(ctx, anchor.end, k)) return true
  for (let k = anchor.start - 1; k >= Math.max(clause.start, anchor.start - 4); k--) {
    if (train(k)) return true
    if (!ctx.tokens[k]!.word || ctx.cueAt[k] || (ctx.grammarAt[k] && !ctx.lang.determiners.has(ctx.tokens[k]!.key))) return false
  }
  return false
}

/**
 * The actors a frame reads: those within reach (a bare name after the verb of an object relative
 * is the main clause's), and the origin of the materiel an object relative is about ("les drones
 * iraniens que la Russie utilise": "iraniens" qualifies the relative's antecedent).
 */
function readingActors(ctx: DocumentContext, actors: readonly ActorMention[], allActors: readonly ActorMention[], anchor: Lex, materiel: readonly Lex[], objectRelative: boolean, relative: number | null): ActorMention[] {
  // "Iran, which has sent drones, and North Korea …": a relative put between commas, its antecedent
  // one of a list, ends at its closing comma; the actor after "and" is another of the list.
  const close = relative !== null && ctx.tokens[relative - 1]?.text === ',' ? closingComma(ctx, anchor.end) : null
  const inside = close === null || !ctx.grammarAt[close + 1]?.roles.includes('and') ? actors : actors.filter((a) => a.start < close)
  const within = objectRelative ? inside.filter((a) => !(a.marking === 'bare' && a.start >= anchor.end)) : [...inside]
  // Only where the relative has a subject of its own, the materiel being its object (after the verb: "qu'utilise la Russie").
  const ownSubject = (a: ActorMention): boolean => a.marking === 'bare' && ((a.start > relative! && a.end <= anchor.start) || (relative === anchor.start - 1 && a.start >= anchor.end && a.start - anchor.end <= 2))
  if (relative === null || !actors.some(ownSubject)) return within
  for (const a of allActors) if (a.marking === 'origin' && a.qualifies && materiel.includes(a.qualifies) && !within.includes(a)) within.push(a)
  return within
}

/** The first comma after token `from`, within its sentence. */
function closingComma(ctx: DocumentContext, from: number): number | null {
  for (let k = from; k < ctx.tokens.length; k++) {
    const text = ctx.tokens[k]!.text
    if (text === ',') return k
    if (/^[.!?;:]$/.test(text)) return null
  }
  return null
}

/**
 * "The drones used by Russia were supplied by Iran", "Shells fired at Kharkiv were made…": materiel
 * followed by a reduced relative (a participle right after it, no auxiliary) and then by the
 * trigger's auxiliary is the subject of the passive trigger.
 */
function passiveSubjectMateriel(ctx: DocumentContext, anchor: Lex, clauseMateriel: readonly Lex[]): Lex[] {
  let aux = anchor.start - 1
  while (aux >= 0 && anchor.start - aux <= 2 && !ctx.grammarAt[aux]?.roles.some((role) => role === 'be' || role === 'copula')) aux--
  if (aux < 0 || !ctx.grammarAt[aux]?.roles.some((role) => role === 'be' || role === 'copula')) return []
  const head = [...clauseMateriel].reverse().find((m) => m.end < aux && aux - m.end <= 6)
  if (!head || ctx.grammarAt[head.end - 1]?.roles.includes('be')) return []
  const reduced = ctx.cueAt[head.end]
  if (!reduced || reduced.payload.kind !== 'cue' || !isParticiple(ctx, reduced.end - 1)) return []
  // Only the relative's own words between: no comma, clause word or other verb.
  for (let k = reduced.end; k < aux; k++) if (!ctx.tokens[k]!.word || ctx.grammarAt[k]?.roles.some((role) => role === 'that' || role === 'break') || (ctx.cueAt[k] && ctx.cueAt[k] !== reduced)) return []
  return precedingList(ctx, clauseMateriel, head.end)
}

/**
 * "weapons to Houthi fighters", "armi ai miliziani yemeniti", "rifles to fighters of Hezbollah": a noun
 * after "to" or "for" that an actor owns names who receives; while something else is given, it is not
 * supplied. "Les drones sont fabriqués en Iran et livrés à la Russie": a passive joined to another
 * gives that one's subject.
 */
function givenMateriel(ctx: DocumentContext, anchor: Lex, form: FrameForm, materiel: Lex[], allActors: readonly ActorMention[], clauseMateriel: readonly Lex[]): Lex[] {
  const receiving = (m: Lex): boolean => allActors.some((a) => ownsRecipientNoun(ctx, a, m))
  const given = materiel.some((m) => !receiving(m)) ? materiel.filter((m) => !receiving(m)) : materiel
  return (given.length === 0 || given.every(receiving)) && form === 'passive' ? joinedPassiveSubject(ctx, anchor, clauseMateriel) : given
}

/** The materiel ending right before the auxiliary of the passive a participle is coordinated with, with its list (adjectives may follow it). */
function joinedPassiveSubject(ctx: DocumentContext, anchor: Lex, clauseMateriel: readonly Lex[]): Lex[] {
  const aux = coordinatedPassive(ctx, anchor)
  if (aux === null) return []
  const head = [...clauseMateriel].reverse().find((m) => m.end <= aux)
  if (!head || aux - head.end > 3) return []
  for (let k = head.end; k < aux; k++) if (ctx.cueAt[k] || ctx.entityAt[k] || !ctx.tokens[k]!.word || ctx.tokens[k]!.upper || ctx.grammarAt[k]?.roles.some((r) => r !== 'and')) return []
  return precedingList(ctx, clauseMateriel, head.end)
}

/**
 * "the missiles North Korea sent to Russia", "drones that Iran had supplied": a verb whose subject, a
 * state named right before it, follows materiel (bare or with "that"/"which") has that materiel, with
 * the list it ends, as its object.
 */
function relativeHead(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], clauseMateriel: readonly Lex[]): Lex[] {
  let j = anchor.start
  while (j > 0 && anchor.start - j < 2 && ctx.grammarAt[j - 1]?.roles.some((role) => role === 'have' || role === 'be')) j--
  const subject = actors.find((a) => a.end === j && a.marking === 'bare')
  // « des obus qu'il exporte en Russie » : a subject pronoun after an object relative stands for the maker named before.
  const pronoun = !subject && ctx.grammarAt[j - 1]?.roles.includes('pronoun') && ctx.lang.objectRelatives.has(ctx.tokens[j - 2]?.key ?? '')
  if (!subject && !pronoun) return []
  const k = subject ? (/^(that|which)$/.test(ctx.tokens[subject.start - 1]?.key ?? '') ? subject.start - 1 : subject.start) : j - 2
  return clauseMateriel.some((m) => m.end === k) ? precedingList(ctx, clauseMateriel, k) : []
}

/** For « des drones qu'elle exporte », the bare actor nearest before the materiel head, in its sentence, when a subject pronoun follows the relative word. */
function pronounRelativeSubject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], head: Lex): ActorMention | null {
  let j = anchor.start
  while (j > 0 && anchor.start - j < 2 && ctx.grammarAt[j - 1]?.roles.some((role) => role === 'have' || role === 'be')) j--
  if (!ctx.grammarAt[j - 1]?.roles.includes('pronoun') || actors.some((a) => a.end === j)) return null
  const sentenceStart = ctx.sentenceTokens[ctx.tokens[head.start]!.sentence]![0]
  return actors.filter((a) => a.marking === 'bare' && a.end <= head.start && a.start >= sentenceStart).sort((a, b) => b.start - a.start)[0] ?? null
}

/**
 * The actor owns the noun `m` of a "to"/"for" phrase: "to Houthi fighters", "aux combattants houthis",
 * "to fighters of Hezbollah", "à l'usine de drones d'Alabouga", "to the Alabuga drone plant".
 */
function ownsRecipientNoun(ctx: DocumentContext, a: ActorMention, m: Lex): boolean {
  if (a.qualifies === m) return a.prep === 'to' || a.prep === 'for'
  if (a.form === 'place' && a.prep === 'to' && a.end === m.start) return true
  const of = ctx.grammarAt[m.end]
  return a.start === of?.end && of.roles.includes('of') && toPhraseEndsAt(ctx, m.start)
}

/** A "to" phrase ("to", "à l'") ends right at token k. */
function toPhraseEndsAt(ctx: DocumentContext, k: number): boolean {
  for (let s = k - 1; s >= Math.max(0, k - 3); s--) {
    const g = ctx.grammarAt[s]
    if (g && g.end === k && g.roles.includes('to')) return true
  }
  return false
}

const framesByCue = new WeakMap<readonly CompiledFrame[], Map<CueKind, readonly CompiledFrame[]>>()

/** The frames of a language that list the cue, in their order. */
function framesFor(frames: readonly CompiledFrame[], cue: CueKind): readonly CompiledFrame[] {
  let byCue = framesByCue.get(frames)
  if (!byCue) framesByCue.set(frames, (byCue = new Map()))
  let list = byCue.get(cue)
  if (!list) byCue.set(cue, (list = frames.filter((frame) => frame.cues.includes(cue))))
  return list
}

/** Active verb, passive participle, noun or agent noun. A help word inside a materiel phrase ("military aid") is a noun. */
function formOf(ctx: DocumentContext, anchor: Lex): FrameForm {
  if (anchor.payload.kind !== 'cue') return 'active'
  // "military aid", "the repair of Russian tanks": a trigger that is also a materiel word is a noun
  // (help words always, others when "of/de" follows).
  const alsoMateriel = !!ctx.materielAt[anchor.start] && (anchor.payload.cue === 'help' || !!ctx.grammarAt[anchor.end]?.roles.includes('of'))
  const tense = anchor.payload.tense ?? (alsoMateriel ? 'noun' : null)
  if (tense === 'agent') return 'agent'
  if (tense === 'noun' && !byGerund(ctx, anchor)) return 'nominal'
  return isPassive(ctx, anchor) ? 'passive' : 'active'
}

/**
 * "by smuggling rockets", "by shipping them shells", "has been smuggling weapons": a gerund after "by"
 * or after an auxiliary "be", with an object, is a verb, though its form is also a noun.
 */
function byGerund(ctx: DocumentContext, anchor: Lex): boolean {
  // (The auxiliary may be one grammar phrase of several words: "has been".)
  const ending = [1, 2, 3].map((n) => ctx.grammarAt[anchor.start - n]).find((g) => g?.end === anchor.start)?.roles ?? []
  const after = ending.includes('by') || ending.includes('be') || ending.includes('copula')
  if (!/ing$/.test(ctx.tokens[anchor.end - 1]!.key) || !after || ctx.grammarAt[anchor.end]?.roles.includes('of')) return false
  for (let k = anchor.end; k < Math.min(anchor.end + 3, ctx.tokens.length); k++) {
    if (ctx.materielAt[k]) return true
    if (!ctx.lang.determiners.has(ctx.tokens[k]!.key) && !ctx.lang.materielPronouns.has(ctx.tokens[k]!.key) && !/^\p{N}/u.test(ctx.tokens[k]!.text)) return false
  }
  return false
}

/** "drones fournis par l'Iran", "were supplied by", "ont été livrés": a passive participle. */
function isPassive(ctx: DocumentContext, anchor: Lex): boolean {
  // "die von Iran gelieferten Drohnen", "Iranian-supplied drones": a participle before its noun, declined or glued to who gave.
  if (anchor.payload.kind === 'cue' && (isAttributive(ctx, anchor) || hyphenedAgent(ctx, anchor))) return true
  // "armed by": a cue may end on its preposition.
  if (!isParticiple(ctx, anchor.end - 1) && !isParticiple(ctx, anchor.start)) return false
  if (ctx.lang.verbFinal) return passiveInClause(ctx, anchor) && !futureReceipt(ctx, anchor)
  // "were armed", "been armed": a cue that holds its own auxiliary.
  if (anchor.end > anchor.start + 1 && ctx.grammarAt[anchor.start]?.roles.includes('be')) return true
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 3); k--) {
    const g = ctx.grammarAt[k]
    // ("s'est appuyé sur", "se sont servis de": a pronominal verb is active.)
    if (g?.roles.includes('be') && ctx.lang.reflexiveClitics.has(ctx.tokens[k - 1]?.key ?? '')) return false
    if (g?.roles.includes('be') || g?.roles.includes('copula')) return true
    if (g?.roles.includes('have')) return false
    if (!ctx.tokens[k]!.word) break
  }
  // "sont fabriqués en Iran et livrés à la Russie": a participle joined to a passive one after its complements.
  if (coordinatedPassive(ctx, anchor) !== null) return true
  // "est financé et armé par l'Iran", "is funded and armed by Iran": a participle joined to a passive one is passive.
  const joined = ctx.cueAt[anchor.start - 2]
  if (ctx.grammarAt[anchor.start - 1]?.roles.includes('and') && joined && joined.end === anchor.start - 1 && joined !== anchor && isPassive(ctx, joined)) return true
  // "has been armed and trained by Iran": so is one joined to a participle right after the auxiliary.
  if (ctx.grammarAt[anchor.start - 1]?.roles.includes('and') && !joined && isParticiple(ctx, anchor.start - 2) && passiveAuxiliaryBefore(ctx, anchor.start - 2)) return true
  if (actorApposition(ctx, anchor)) return true
  // A participle right after its noun: "drones supplied by Iran", "missiles livrés à Moscou",
  // "les pilotes ukrainiens formés en France"; but "instructors trained soldiers" is a past verb with its object.
  let noun = anchor.start - 1
  // "Les drones turcs Akinci, achetés par le Mali": an apposition after a comma.
  if (ctx.tokens[noun]?.text === ',') noun--
  const designation = ctx.materielAt[noun]
  if (designation && ctx.materielAt[designation.start - 1]) noun = designation.start - 1
  const demonym = ctx.entityAt[noun]
  if (demonym?.payload.kind === 'actor' && demonym.payload.form === 'demonym' && ctx.lang.adjectivePosition === 'after') noun = demonym.start - 1
  const nounAt = !!ctx.materielAt[noun] || !!ctx.grammarAt[noun]?.roles.includes('agent')
  return nounAt && !(ctx.lang.participleMayBePast && objectFollows(ctx, anchor.end))
}

/**
 * "Moscow, supplied with drones by Tehran, …", "the Houthis, armed by Iran, …": a participle put
 * after an actor and a comma, with "with" or "by" right after it, is passive.
 */
function actorApposition(ctx: DocumentContext, anchor: Lex): boolean {
  if (ctx.tokens[anchor.start - 1]?.text !== ',' || ctx.entityAt[anchor.start - 2]?.payload.kind !== 'actor') return false
  const after = ctx.grammarAt[anchor.end]?.roles ?? []
  return after.includes('with') || after.includes('by') || /\bby$/.test(ctx.tokens[anchor.end - 1]!.key)
}

/** A passive auxiliary ("was", "has been") within the few words before token k, no perfect "have" between. */
function passiveAuxiliaryBefore(ctx: DocumentContext, k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const g = ctx.grammarAt[i]
    if (g?.roles.includes('be') || g?.roles.includes('copula')) return true
    if (g?.roles.includes('have') || !ctx.tokens[i]!.word) return false
  }
  return false
}

/**
 * Where the participle closes its clause, the passive auxiliary stands anywhere before it in the
 * clause ("wurden von Deutschland an die Ukraine geliefert") or right after it ("…, die geliefert
 * worden sind"); a perfect auxiliary right after it makes it active ("…, dass Iran Drohnen geliefert hat").
 */
function passiveInClause(ctx: DocumentContext, anchor: Lex): boolean {
  const sentence = ctx.tokens[anchor.start]!.sentence
  for (let k = anchor.end; k < anchor.end + 2 && ctx.tokens[k]?.sentence === sentence; k++) {
    const g = ctx.grammarAt[k]
    if (g?.roles.includes('be')) return true
    if (g?.roles.includes('have')) return false
  }
  for (let k = anchor.start - 1; k >= 0 && ctx.tokens[k]!.sentence === sentence; k--) {
    const t = ctx.tokens[k]!
    const g = ctx.grammarAt[k]
    if (g?.roles.includes('be')) return true
    if (g?.roles.includes('have')) return false
    if (/^[,;:«»“”„"]$/.test(t.text) || g?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break')) break
  }
  return false
}

function hyphenedAgent(ctx: DocumentContext, anchor: Lex): boolean {
  const name = ctx.entityAt[anchor.start - (ctx.tokens[anchor.start - 1]?.text === '-' ? 2 : 1)]
  return name?.payload.kind === 'actor' && gluedAgentSuffix(ctx, name.end) === anchor.start
}

/** A noun phrase starts at token i: an actor, materiel, a determiner or a number. */
function objectFollows(ctx: DocumentContext, i: number): boolean {
  const t = ctx.tokens[i]
  if (!t || !t.word || t.sentence !== ctx.tokens[i - 1]?.sentence) return false
  return !!ctx.entityAt[i] || !!ctx.materielAt[i] || ctx.lang.determiners.has(t.key) || /^\p{N}/u.test(t.text)
}

function fits(r: Reading, frame: CompiledFrame): boolean {
  if (!frame.cues.includes(r.cue)) return false
  if (frame.forms && !frame.forms.includes(r.form)) return false
  const { when } = frame
  if (when.tags && !when.tags.some((tag) => hasTag(r.anchor, tag))) return false
  if (when.ownCategory !== null && (r.anchor.payload.kind === 'cue' && r.anchor.payload.category !== null) !== when.ownCategory) return false
  if (when.materiel && !materielFits(r.materiel, when.materiel, r.scope.ctx.sentenceTokens[r.scope.ctx.tokens[r.anchor.start]!.sentence]![0])) return false
  if (when.requires.length || when.unless.length) {
    const none: Chosen = { supplier: null, recipient: null, weakRecipient: false }
    if (when.requires.length && !when.requires.some((p) => findPlace(r, p, none))) return false
    if (when.unless.some((p) => findPlace(r, p, none))) return false
  }
  if (when.followedBy.size && !followedBy(r.scope.ctx.tokens, r.anchor.end, when.followedBy)) return false
  if (when.precededBy.size && !precededBy(r.scope.ctx.tokens, r.anchor.start, when.precededBy)) return false
  if (when.territory && !territoryFits(r, when.territory)) return false
  return true
}

const SUBJECT = parsePlace('subject')

/**
 * Whether the territory words after the trigger meet a frame's need: "let Israeli jets use its airspace"
 * opens the subject's own airspace; "allowed Kyiv to strike Russian territory" names another state's.
 */
function territoryFits(r: Reading, need: NonNullable<CompiledFrame['when']['territory']>): boolean {
  const { ctx } = r.scope
  if (need === 'object') return territoryObject(ctx, r.anchor, r.clause) !== null
  const words = territoriesAfter(ctx, r.anchor, r.clause)
  const subject = findPlace(r, SUBJECT, { supplier: null, recipient: null, weakRecipient: false })
  const foreign = words.some((m) => {
    const owner = territoryOwner(m, r.allActors)
    return owner !== null && owner.actor !== subject?.actor
  })
  return !foreign && (need === 'not-foreign' || words.some((m) => usedTerritory(ctx, r.anchor, m)))
}

/** One of the words stands among the six tokens before `at`, in its sentence. */
function precededBy(tokens: DocumentContext['tokens'], at: number, keys: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6) && tokens[k]!.sentence === tokens[at]!.sentence; k--) if (keys.has(tokens[k]!.key)) return true
  return false
}

/** One of the words stands among the eight tokens from `from` on. */
function followedBy(tokens: DocumentContext['tokens'], from: number, keys: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) if (keys.has(tokens[k]!.key)) return true
  return false
}

/** Categories of what flies: an interception of these defends the state they were aimed at. */
const AIRBORNE: ReadonlySet<string> = new Set(['drones', 'missiles', 'aircraft'])

/** Whether the materiel meets a frame's need; `sentenceStart` is the first token of the trigger's sentence. */
function materielFits(materiel: readonly Lex[], need: NonNullable<CompiledFrame['when']['materiel']>, sentenceStart: number): boolean {
  switch (need) {
    case 'some':
      return materiel.length > 0
    case 'none':
      return materiel.length === 0
    case 'personnel':
      return materiel.some(isPersonnel)
    case 'only-personnel':
      return materiel.length > 0 && materiel.every(isPersonnel)
    case 'weapons':
      return materiel.length > 0 && !materiel.some(isPersonnel)
    case 'financial':
      return materiel.some((m) => categoryOf(m) === 'financial')
    case 'no-financial':
      return !materiel.some((m) => categoryOf(m) === 'financial')
    case 'non-financial':
      return materiel.length > 0 && !materiel.some((m) => categoryOf(m) === 'financial')
    case 'no-weapons':
      // Personnel and a territory may be named ("ses troupes", "son espace aérien"), no weapon.
      return materiel.every((m) => isPersonnel(m) || categoryOf(m) === 'territory_access')
    case 'none-or-airborne':
      return materiel.length === 0 || materiel.some((m) => AIRBORNE.has(categoryOf(m) ?? ''))
    case 'named-before':
      return materiel.length > 0 && materiel.every((m) => m.end <= sentenceStart && !isPersonnel(m))
    case 'components':
      return materiel.some((m) => categoryOf(m) === 'components_dual_use')
  }
}

/** Applies one frame: roles from its places, categories, then the drafts for each coordinated supplier and recipient. */
function readFrame(r: Reading, frame: CompiledFrame, sentence: number): Draft[] | null {
  const { ctx } = r.scope
  const chosen: Chosen = { supplier: null, recipient: null, weakRecipient: false }
  const taken = new Set<ActorMention>()
  const fill = (role: 'supplier' | 'recipient'): void => {
    for (const place of frame[role]) {
      const found = findPlace(r, place, chosen, taken)
      if (found) {
        chosen[role] = found
        taken.add(found)
        return
      }
    }
  }
  if (frame.first === 'recipient') {
    fill('recipient')
    fill('supplier')
  } else {
    fill('supplier')
    fill('recipient')
  }
  if (frame.require.includes('supplier') && !chosen.supplier) return null
  if (frame.require.includes('recipient') && !chosen.recipient) return null
  // A trigger with no materiel word and no category of its own gives nothing, unless the frame fixes one.
  if (r.categories.length === 0 && !frame.category) return null
  let categories = categoriesFor(r, frame, chosen.supplier)
  if (categories.length === 0) return null
  let { supplier, recipient } = chosen
  supplier = ownOrgan(ctx, supplier, r.actors, r.materiel) ?? supplier
  recipient = onwardRecipient(ctx, recipient, r.allActors) ?? recipient
  // "mission de formation … de militaires ukrainiens": the trainees are not supplied troops.
  if (recipient && recipient.marking === 'personnel' && recipient.qualifies && categories.includes('trainers')) {
    const trained = categoryOf(recipient.qualifies)
    categories = categories.filter((c) => c !== trained || c === 'trainers')
  }
  // "pour leur apporter de l'aide", "to help them": the object pronoun is the actor named just before.
  if (!recipient) recipient = objectPronounReferent(ctx, r.anchor, r.allActors, supplier)
  const { hint, recipientHint } = hintsOf(r, frame, supplier, recipient)
  const location = r.actors.find((a) => a.form === 'place')?.actor ?? null
  // The party the conduct is aimed at: "at Kyiv", "contre l'Ukraine", or the object of a strike ("ont frappé Kiev").
  const struck = (a: ActorMention): boolean => (a.marking === 'bare' || a.marking === 'object') && !!ctx.cueAt[a.start - 1] && hasTag(ctx.cueAt[a.start - 1]!, 'launch')
  // ("formateurs en Ukraine" are not aimed at Ukraine: a place is a target only for launches.)
  const launch = hasTag(r.anchor, 'launch')
  const aimed = r.allActors.filter((a) => (a.marking === 'target' || (launch && a.marking === 'location') || struck(a)) && a.start >= r.anchor.end)
  const facing = aimed.find((a) => isConflictParty(ctx, a.actor))?.actor ?? null
  const aimedAt = launch ? (aimed[0]?.actor ?? null) : facing
  // "shot down drones launched by Moscow", "abattu des drones russes": the attacker is not defended.
  const notRecipients = hasTag(r.anchor, 'intercept') ? r.allActors.filter((a) => a.marking === 'origin' || a.marking === 'by').map((a) => a.actor) : []
  const suppliers = suppliersOf(r, supplier, recipient)
  const recipients = speakersCut(ctx, expandGroup(recipient, r.allActors)).filter((x) => !(x.marking === 'location' && suppliers.some((s) => s.actor === x.actor)))
  const out: Draft[] = []
  // "bought Turkish drones and Russian helicopters": each origin supplies the materiel it qualifies.
  const parts = originParts(r, supplier, frame.categories === 'origin' ? null : categories) ?? (suppliers.length ? suppliers : [null]).map((s) => ({ s, categories }))
  for (const { s, categories } of parts) {
    for (const x of recipients.length ? recipients : [null]) {
      out.push({
        supplier: s?.actor ?? null,
        recipient: x?.actor ?? null,
        categories,
        materiel: r.materiel,
        anchor: r.anchor,
        supplierMention: s,
        recipientMention: x,
        sentence,
        rule: `support.${frame.id}`,
        forcedStatus: frame.status ?? null,
        inferred: [],
        location,
        hint,
        ...(recipientHint ? { recipientHint: recipientHint.hint, ...(recipientHint.style !== undefined ? { recipientStyle: recipientHint.style } : {}) } : {}),
        facing,
        aimedAt,
        notRecipients,
        weakRecipient: chosen.weakRecipient && !!x && x.marking === 'location',
        completion: frame.complete,
      })
    }
  }
  return paidBack(ctx, r, dealSides(r, itemPartners(r, dealPartners(r, out))), sentence)
}

/**
 * "Armenia signed contracts with India for launchers and with France for radars": each partner a
 * further "with" names sells what is named after it, up to the next partner.
 */
function dealPartners(r: Reading, drafts: Draft[]): Draft[] {
  const { ctx } = r.scope
  if (!hasTag(r.anchor, 'deal') || drafts.length === 0) return drafts
  const partners = r.allActors.filter((a) => a.marking === 'with' && a.start >= r.anchor.end - 1 && ctx.tokens[a.start]!.sentence === ctx.tokens[r.anchor.start]!.sentence)
  if (partners.length < 2 || new Set(partners.map((p) => p.actor)).size < 2) return drafts
  const base = drafts.find((d) => d.supplier === partners[0]!.actor)
  if (!base) return drafts
  const out: Draft[] = []
  for (const [n, p] of partners.entries()) {
    const until = partners[n + 1]?.start ?? ctx.sentenceTokens[ctx.tokens[p.start]!.sentence]![1]
    const materiel: Lex[] = []
    for (let k = p.end; k < until && !ctx.grammarAt[k]?.roles.includes('break'); k++) {
      const m = ctx.materielAt[k]
      if (m && m.start === k) materiel.push(m)
    }
    const categories = categoriesOf(r.anchor, materiel, ctx)
    if (materiel.length && categories.length) out.push({ ...base, supplier: p.actor, supplierMention: p, categories, materiel })
  }
  return out.length ? [...drafts.filter((d) => d.supplier !== null && !partners.some((p) => p.actor === d.supplier)), ...out] : drafts
}

/**
 * « Le Hezbollah a reçu des missiles de l'Iran et des drones de la Syrie », « a acheté des drones à
 * Israël et des missiles à la Turquie », « a livré des drones à la Russie et des missiles aux Houthis »:
 * a side named after the verb by a preposition and then again, in another list, by the same one after
 * more materiel, is a new partner for each item; each gets the materiel named right before it.
 */
const ITEM_PREPS: ReadonlySet<string> = new Set(['to', 'for', 'from', 'of'])

function itemPartners(r: Reading, drafts: Draft[]): Draft[] {
  const { ctx } = r.scope
  const first = drafts[0]
  if (!first || drafts.some((d) => d.materiel !== first.materiel)) return drafts
  const side = ([['supplier', first.supplierMention], ['recipient', first.recipientMention]] as const).find(([, m]) => m && m.start >= r.anchor.end && ITEM_PREPS.has(m.prep ?? 'bare'))
  if (!side) return drafts
  const [role, mention] = side
  const partners = r.allActors.filter((a) => a.marking === mention!.marking && a.prep === mention!.prep && a.start >= r.anchor.end && r.allActors.indexOf(a) === a.group && a.start < r.clause.end)
  if (partners.length < 2 || new Set(partners.map((p) => p.actor)).size < 2) return drafts
  // (One verb over them all: "won't send soldiers to Ukraine and said that arms…" is another clause.)
  for (let k = r.anchor.end; k < partners[partners.length - 1]!.start; k++) if ((ctx.cueAt[k] && ctx.cueAt[k] !== r.anchor) || ctx.grammarAt[k]?.roles.some((role) => role === 'that' || role === 'relative' || role === 'break')) return drafts
  const out: Draft[] = []
  for (const [n, p] of partners.entries()) {
    const from = n === 0 ? r.anchor.end : partners[n - 1]!.end
    const materiel = r.materiel.filter((m) => m.start >= from && m.end <= p.start)
    const categories = materiel.length ? categoriesOf(r.anchor, materiel, ctx) : []
    if (categories.length === 0) return drafts
    for (const member of r.allActors.filter((a) => a.group === p.group)) {
      const base = drafts.find((d) => (role === 'supplier' ? d.recipient : d.supplier) !== member.actor) ?? first
      out.push(role === 'supplier' ? { ...base, supplier: member.actor, supplierMention: member, categories, materiel } : { ...base, recipient: member.actor, recipientMention: member, categories, materiel })
    }
  }
  return out
}

/** "Russia signed a contract with India for S-400 systems": the maker of what a deal is for sells it, whoever signs. */
function dealSides(r: Reading, drafts: Draft[]): Draft[] {
  const maker = hasTag(r.anchor, 'deal') ? designationOrigin(r.materiel)?.actor : undefined
  if (!maker) return drafts
  return drafts.map((d) => (d.recipient === maker && d.supplier ? { ...d, supplier: d.recipient, recipient: d.supplier, supplierMention: d.recipientMention, recipientMention: d.supplierMention } : d))
}

/**
 * "North Korea sends shells to Russia in exchange for oil", "reçoit de la nourriture de la Russie en
 * échange d'obus": what is named after an exchange word, and only there, goes the other way.
 */
function paidBack(ctx: DocumentContext, r: Reading, drafts: Draft[], sentence: number): Draft[] {
  if (!r.materiel.some((m) => m.start >= r.anchor.end)) return drafts
  const matches: TrieMatch<true>[] = []
  ctx.lang.exchanges.matchAll(ctx.tokens, matches, r.anchor.end, ctx.sentenceTokens[sentence]![1])
  const exchange = matches[0]
  if (!exchange) return drafts
  const before = new Set(r.materiel.filter((m) => m.start < exchange.start).map(categoryOf))
  const after = r.materiel.filter((m) => m.start >= exchange.end)
  const back = new Set(after.map(categoryOf).filter((c) => !before.has(c)))
  if (back.size === 0) return drafts
  // ("…in cambio dell'assistenza tecnica russa": what the supplier's own origin marks is still its own.)
  const origins = new Set(r.allActors.filter((a) => a.qualifies && after.includes(a.qualifies)).map((a) => a.actor))
  const out: Draft[] = []
  for (const d of drafts) {
    if (d.supplier && origins.has(d.supplier)) {
      out.push(d)
      continue
    }
    const forward = d.categories.filter((c) => !back.has(c))
    const returned = d.categories.filter((c) => back.has(c))
    if (forward.length) out.push({ ...d, categories: forward })
    if (returned.length) out.push({ ...d, categories: returned, supplier: d.recipient, recipient: d.supplier, supplierMention: d.recipientMention, recipientMention: d.supplierMention, rule: 'support.exchange' })
  }
  return out
}

/**
 * The supplier with its coordinated list, the group it is counted among ("Turkey is not among NATO
 * members that sent…": the members did send), and the go-betweens of a route ("… to Ukraine via
 * intermediaries like Czechia and Poland").
 */
function suppliersOf(r: Reading, supplier: ActorMention | null, recipient: ActorMention | null): ActorMention[] {
  if (!supplier) return []
  const out = speakersCut(r.scope.ctx, expandGroup(supplier, r.allActors))
  if (supplier === r.bound.antecedent && r.bound.members) out.push(...expandGroup(r.bound.members, r.allActors))
  const receiving = expandGroup(recipient, r.allActors)
  for (const a of intermediaries(r.scope.ctx, r.anchor, r.clause, r.allActors)) if (!out.some((s) => s.actor === a.actor) && !receiving.some((x) => x.actor === a.actor)) out.push(a)
  return out
}

/**
 * "funneling arms to Ukraine via third-party intermediaries, namely NATO countries like Czechia, Poland
 * and Bulgaria": the states of the inclusion list that follows a route over go-betweens pass the
 * materiel on (an actor that only qualifies a noun, "NATO countries", is not one of them).
 */
function intermediaries(ctx: DocumentContext, anchor: Lex, clause: Clause, actors: readonly ActorMention[]): ActorMention[] {
  const matches: TrieMatch<true>[] = []
  const endOf = (trie: DocumentContext['lang']['inclusions'], k: number): number => {
    matches.length = 0
    trie.matchAt(ctx.tokens, k, matches)
    return Math.max(-1, ...matches.map((m) => m.end))
  }
  const qualifier = (a: ActorMention): boolean => !!ctx.grammarAt[a.end]?.roles.includes('agent') || !!ctx.grammarAt[a.end - 1]?.roles.includes('agent')
  for (let k = anchor.end; k < clause.end && k <= anchor.end + 12; k++) {
    const route = endOf(ctx.lang.intermediaryMarkers, k)
    if (route < 0) continue
    for (let i = route; i < Math.min(clause.end, route + 8); i++) {
      const list = endOf(ctx.lang.inclusions, i)
      const first = list < 0 ? undefined : actors.find((a) => a.start >= list && a.start - list <= 1 && !qualifier(a))
      if (first) return actors.filter((a) => a.group === first.group)
    }
    return []
  }
  return []
}

/**
 * "طهران أرسلت قوات من الحرس الثوري", "Iran sent troops of the Revolutionary Guards": personnel of
 * an organ of the supplying state are sent by that organ (the claim keeps it as `via`).
 */
function ownOrgan(ctx: DocumentContext, supplier: ActorMention | null, actors: readonly ActorMention[], materiel: readonly Lex[]): ActorMention | null {
  if (!supplier) return null
  const organOf = (code: string): boolean => {
    const actor = ctx.knowledge.actors.get(code)
    return actor?.kind === 'organ' && actor.parent === supplier.actor
  }
  return actors.find((a) => a.marking === 'personnel' && !!a.qualifies && materiel.includes(a.qualifies) && isPersonnel(a.qualifies) && organOf(a.actor)) ?? null
}

/** "donated a drone to Lithuania for transfer to Ukraine": the actor after an onward marker right after the recipient finally receives. */
function onwardRecipient(ctx: DocumentContext, recipient: ActorMention | null, actors: readonly ActorMention[]): ActorMention | null {
  if (!recipient) return null
  const { tokens } = ctx
  const matches: TrieMatch<true>[] = []
  for (let k = recipient.end; k < tokens.length && k <= recipient.end + 4 && tokens[k]!.sentence === tokens[recipient.start]!.sentence; k++) {
    if (tokens[k]!.text === ';' || tokens[k]!.text === '.') return null
    matches.length = 0
    ctx.lang.onwardMarkers.matchAt(tokens, k, matches)
    const end = Math.max(-1, ...matches.map((m) => m.end))
    if (end < 0) continue
    return actors.find((a) => a.start >= end && a.start - end <= 1 && a.actor !== recipient.actor) ?? null
  }
  return null
}

function categoriesFor(r: Reading, frame: CompiledFrame, supplier: ActorMention | null): Category[] {
  if (frame.category) return [frame.category]
  const own = r.anchor.payload.kind === 'cue' ? r.anchor.payload.category : null
  switch (frame.categories) {
    case 'own':
      // (A trigger read as another kind — "débloquer une aide militaire" as supply — gives its materiel.)
      if (!own || r.anchor.payload.kind !== 'cue') return [...r.categories]
      if (r.anchor.payload.cue === r.cue) return [own]
      return categoriesOf({ ...r.anchor, payload: { ...r.anchor.payload, category: null } }, r.materiel, r.scope.ctx)
    case 'personnel':
      return r.categories.filter(isPersonnelCategory)
    case 'no-personnel':
      return r.categories.filter((c) => !isPersonnelCategory(c))
    case 'origin': {
      // The materiel the supplier's origin words qualify: "Iranian drones" of "Iranian drones and Russian missiles".
      // (A designation's maker qualifies the designation alone: "Russia used Shahed drones".)
      const qualified = supplier ? (supplier.group < 0 && supplier.qualifies ? [supplier.qualifies] : r.actors.filter((a) => a.group === supplier.group && a.qualifies).map((a) => a.qualifies!)) : []
      return categoriesOf(r.anchor, qualified.length ? qualified : r.materiel, r.scope.ctx).filter((c) => !isPersonnelCategory(c) && c !== 'territory_access')
    }
    default:
      return [...r.categories]
  }
}

/**
 * The suppliers of a list of materiel each with its own origin ("Turkish drones and Russian
 * helicopters"), when the supplier was read from an origin word: every materiel goes to the origin
 * that qualifies it, or to the one of the materiel before it in the list (all of it, when `categories`
 * is null: supply implied by origin). Null when only one origin is named.
 */
function originParts(r: Reading, supplier: ActorMention | null, categories: readonly Category[] | null): Array<{ s: ActorMention; categories: Category[] }> | null {
  // (Only where origin means supply: not "British jets shot down Iranian drones".)
  if (!supplier || supplier.marking !== 'origin' || !supplier.qualifies || !ORIGIN_SUPPLIES.has(r.cue) || hasTag(r.anchor, 'intercept')) return null
  const origins = r.actors.filter((a) => a.marking === 'origin' && a.qualifies && r.materiel.includes(a.qualifies))
  if (new Set(origins.map((a) => a.actor)).size < 2) return null
  const owned = new Map<ActorMention, Lex[]>()
  let owners: ActorMention[] = [supplier]
  for (const m of [...r.materiel].sort((a, b) => a.start - b.start)) {
    // ("Chinese-made and Russian-made jets": origins joined before one materiel all own it.)
    const own = origins.filter((a) => a.qualifies === m)
    if (own.length > 0) owners = own
    for (const owner of owners) owned.set(owner, [...(owned.get(owner) ?? []), m])
  }
  // (Supply implied by origin gives no personnel and no territory.)
  const kept = (c: Category): boolean => (categories ? categories.includes(c) : !isPersonnelCategory(c) && c !== 'territory_access')
  const parts = [...owned].map(([s, materiel]) => ({ s, categories: categoriesOf(r.anchor, materiel, r.scope.ctx).filter(kept) }))
  return parts.filter((p) => p.categories.length > 0)
}

/**
 * "sent missiles to Russia, the U.S., Britain and Germany said": a list after a preposition whose
 * last member is the subject of a verb of saying holds the speakers after its first comma.
 */
function speakersCut(ctx: DocumentContext, members: ActorMention[]): ActorMention[] {
  const last = members[members.length - 1]
  if (members.length < 2 || members[0]!.marking === 'bare' || !speaks(ctx, last!)) return members
  let comma = members[0]!.end
  while (comma < last!.start && ctx.tokens[comma]!.text !== ',') comma++
  return comma < last!.start ? members.filter((m) => m.start < comma) : members
}

function expandGroup(mention: ActorMention | null, actors: readonly ActorMention[]): ActorMention[] {
  if (!mention) return []
  // A state read from a designation ("Gripen" → SWE) is in no group of the sentence.
  if (mention.group < 0) return [mention]
  return actors.filter((a) => a.group === mention.group)
}

/** How open roles may be filled from outside the sentence: the supplier's hint, and the recipient's with the kind of state it names. */
function hintsOf(r: Reading, frame: CompiledFrame, supplier: ActorMention | null, recipient: ActorMention | null): { hint: Hint; recipientHint: { hint: Hint; style?: StateStyle | null } | null } {
  const { ctx } = r.scope
  const hint: Hint = !supplier && frame.anaphora === 'supplier' ? supplierHint(ctx, r.anchor, r.bound.start, r.form, r.materiel) : null
  if (recipient) return { hint, recipientHint: null }
  // "Le pays a reçu des instructeurs russes", "Elle a acheté des radars": the anaphor subject receives.
  const before = frame.anaphora === 'recipient' ? supplierHint(ctx, r.anchor, r.bound.start, r.form, r.materiel) : null
  if (before === 'anaphor' || before === 'first_person') return { hint, recipientHint: { hint: before } }
  // ("ont vendu à l'île", "livre des armes à la junte": an anaphor after "à" receives.)
  const style = anaphorAfterTo(ctx, r.anchor)
  return { hint, recipientHint: style === undefined ? null : { hint: 'anaphor', style } }
}

/** The kind of state of an anaphor governed by "to"/"for" a few words after the trigger, in its clause ("à l'île", "au pays"); undefined when there is none. */
function anaphorAfterTo(ctx: DocumentContext, anchor: Lex): StateStyle | null | undefined {
  const sentence = ctx.tokens[anchor.start]!.sentence
  const headAt = (at: number): StateStyle | null | undefined => {
    for (let n = 1; n <= 3; n++) {
      const phrase = ctx.tokens.slice(at, at + n).map((t) => t.key).join(' ')
      if (ctx.lang.anaphorHeads.has(phrase) && !ctx.entityAt[at + n]) return ctx.lang.anaphorHeads.get(phrase)!
    }
    return undefined
  }
  for (let k = anchor.end; k < anchor.end + 8 && ctx.tokens[k]?.sentence === sentence; k++) {
    const g = ctx.grammarAt[k]
    if (!ctx.tokens[k]!.word || (k > anchor.end && ctx.cueAt[k]?.start === k) || g?.roles.some((r) => r === 'that' || r === 'break' || r === 'relative')) return undefined
    if (!g?.roles.some((r) => r === 'to' || r === 'for')) continue
    // ("à l'île": the preposition holds the definite article; "vers la junte": it stands after it; "à des pays" is no anaphor.)
    if (ctx.lang.definiteArticles.has(ctx.tokens[g.end - 1]!.key)) return headAt(g.end)
    return ctx.lang.definiteArticles.has(ctx.tokens[g.end]?.key ?? '') ? headAt(g.end + 1) : undefined
  }
  return undefined
}

function objectPronounReferent(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], supplier: ActorMention | null): ActorMention | null {
  const pronoun = [anchor.start - 1, anchor.start - 2, anchor.end].find((i) => ctx.grammarAt[i]?.roles.includes('object_pronoun'))
  if (pronoun === undefined) return null
  // ("Israel says Iran is arming them": who speaks of the deed is not its object.)
  return actors.filter((a) => a.end <= anchor.start && a.actor !== supplier?.actor && a.marking !== 'source' && !speaks(ctx, a)).sort((a, b) => b.start - a.start)[0] ?? null
}

/** How an open supplier may be filled: "nous/we" (the speaker's state), "il/le pays" (a state named before), or the announcer of a noun ("annonçant la livraison de…"). */
function supplierHint(ctx: DocumentContext, anchor: Lex, leftStart: number, form: FrameForm, materiel: readonly Lex[]): Hint {
  // "Dobbiamo consegnare", "we must send": a first-person verb governing the trigger right after it speaks for the speaker.
  const governor = ctx.cueAt[leftStart - 1]
  const low = governor && governor.end === leftStart && leftStart === anchor.start ? governor.start : leftStart
  // "le armi che inviamo": a trigger inflected in the first person, with no subject, speaks for the speaker.
  if (ctx.grammarAt[anchor.start]?.roles.includes('first_person') && ctx.grammarAt[anchor.start]!.end <= anchor.end) return 'first_person'
  for (let i = anchor.start - 1; i >= low && i >= anchor.start - 6; i--) {
    const g = ctx.grammarAt[i]
    if (g?.roles.includes('first_person')) return 'first_person'
    if (g?.roles.includes('anaphor')) return 'anaphor'
    // ("il a fourni"; « qu'il n'a jamais fourni », "it has not supplied": over the auxiliary and the words of a negation.)
    if (g?.roles.includes('pronoun') && (anchor.start - i <= 3 || verbGroupBetween(ctx, g.end, anchor.start))) return 'anaphor'
    // "India denied that its shells had been re-exported": the owner of the passive's subject supplied it.
    if (form === 'passive' && ctx.lang.possessives.has(ctx.tokens[i]!.key) && ctx.materielAt[i + 1]) return 'anaphor'
  }
  if (form === 'active' && pronounGovernsInfinitive(ctx, anchor)) return 'anaphor'
  // "نفت طهران أنها زودت…": a complementiser that carries the subject pronoun opens the clause.
  const opener = ctx.grammarAt[leftStart - 1]
  if (opener?.roles.includes('that') && opener.roles.includes('pronoun') && opener.end === leftStart && anchor.start - leftStart <= 3) return 'anaphor'
  // "Китай заперечує, що постачає Росії зброю": with no subject before the verb, the state named before acts.
  if (ctx.lang.proDrop && form === 'active') {
    let named = false
    for (let i = leftStart; i < anchor.start && !named; i++) named = ctx.entityAt[i]?.payload.kind === 'actor' || ctx.entityAt[i]?.payload.kind === 'person'
    if (!named) return 'anaphor'
  }
  // "Des chars seront livrés à l'Ukraine, a annoncé Berlin", "… will be sent to Ukraine, Berlin announced": who
  // announces an agentless transfer still to come makes it (one already made may be another's disclosure).
  // ("a annoncé que des chars seraient livrés": after an announcement, a conditional is a future seen from the past.)
  if ((form === 'passive' || form === 'active') && ((plannedBefore(ctx, anchor, false) && announcedInIncise(ctx, anchor, ANNOUNCING)) || (plannedBefore(ctx, anchor, true) && announcedBefore(ctx, anchor, leftStart, ANNOUNCING)))) return 'speaker'
  // « Aucune arme n'a été livrée à la Russie, assure Pékin », "No weapons have been sent to Russia, Beijing insists": a
  // state saying that a transfer with no giver never happened speaks of its own (never of its enemy's: such pairs are dropped).
  // (« Pékin assure qu'aucune arme n'a été livrée à la Russie », "Beijing says no weapons have been supplied to Russia": said before.)
  const statedByState = (cue: Lex): boolean => SAYING(cue) && stateAfter(ctx, cue)
  if ((form === 'passive' || form === 'nominal') && negatedBefore(ctx, anchor) && (announcedInIncise(ctx, anchor, statedByState) || announcedBefore(ctx, anchor, leftStart, statedByState, true))) return 'speaker'
  // « Livraisons d'armes à la Russie : Pékin dément », « Quant aux livraisons de composants à la Russie, Pékin les dément »:
  // a state denying, after it, a transfer with no giver denies its own.
  if ((form === 'passive' || form === 'nominal') && deniedByStateAfter(ctx, anchor)) return 'speaker'
  // « Des drones ont bien été livrés à la Russie, a reconnu Téhéran », "…, Iran admitted": a state admits a transfer of its own.
  if ((form === 'passive' || form === 'nominal') && announcedInIncise(ctx, anchor, (cue) => ADMITTING(cue) && stateAfter(ctx, cue))) return 'speaker'
  // « Le pays a suspendu 30 de ses licences d'exportation d'armes » : a state named before suspends the transfer it governs.
  if (form === 'nominal' && anaphorStops(ctx, anchor, materiel)) return 'anaphor'
  if (form === 'nominal') {
    for (let i = anchor.start - 1; i >= Math.max(0, anchor.start - 4); i--) {
      const cue = ctx.cueAt[i]
      if (cue && cue.payload.kind === 'cue' && (cue.payload.cue === 'future' || /^(annon|announc|pledg|promi|devoil|unveil)/.test(ctx.tokens[cue.start]!.key))) return 'speaker'
    }
  }
  return null
}

/** Only auxiliaries, adverbs and the words of a negation between two tokens: one verb group. */
function verbGroupBetween(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const auxiliary = ctx.grammarAt[i]?.roles.some((role) => role === 'have' || role === 'be')
    if (!auxiliary && !ctx.lang.adverbs.has(ctx.tokens[i]!.key) && !isNegationAt(ctx, i)) return false
  }
  return true
}

/** The verb that suspends or refuses a transfer noun has an anaphor (« le pays », « il ») for subject. */
function anaphorStops(ctx: DocumentContext, anchor: Lex, materiel: readonly Lex[]): boolean {
  const { verb } = stoppingVerb(ctx, anchor, materiel)
  if (!verb || verb.start > anchor.start) return false
  let j = verb.start - 1
  while (j >= 0 && (ctx.grammarAt[j]?.roles.some((role) => role === 'have' || role === 'be') || ctx.lang.adverbs.has(ctx.tokens[j]!.key))) j--
  for (let i = j; i >= Math.max(0, j - 3); i--) {
    const g = ctx.grammarAt[i]
    if (g && g.end === j + 1 && g.roles.some((role) => role === 'anaphor' || role === 'pronoun')) return true
  }
  return false
}

/**
 * "Il a finalement reconnu avoir livré des drones", "Elle nie fournir des armes", « Il a promis de livrer des obus »: the subject of an
 * infinitive trigger is the subject of the verb governing it, here a pronoun (over auxiliaries and
 * an adverb or two).
 */
function pronounGovernsInfinitive(ctx: DocumentContext, anchor: Lex): boolean {
  let k = anchor.start - 1
  while (k >= 0 && anchor.start - k <= 2 && (ctx.lang.infinitiveMarkers.has(ctx.tokens[k]!.key) || !!ctx.grammarAt[k]?.roles.some((r) => r === 'have' || r === 'be'))) k--
  const verb = ctx.cueAt[k]
  // (« Il a promis de livrer des obus »: who promises to give gives.)
  if (k === anchor.start - 1 || !verb || verb.payload.kind !== 'cue' || verb.payload.tense === 'noun' || !(GOVERNING.has(verb.payload.cue) || verb.payload.tags?.includes('pledge'))) return false
  let j = verb.start - 1
  for (let skipped = 0; j >= 0 && skipped < 4; j--, skipped++) {
    const t = ctx.tokens[j]!
    if (ctx.grammarAt[j]?.roles.includes('pronoun')) return !ctx.grammarAt[j]!.roles.includes('anaphor')
    if (!t.word || t.upper || ctx.entityAt[j] || ctx.cueAt[j] || (ctx.grammarAt[j] && !ctx.grammarAt[j]!.roles.some((r) => r === 'have' || r === 'be'))) return false
  }
  return false
}

/** Verbs whose subject is also the subject of the infinitive they govern. */
const GOVERNING: ReadonlySet<CueKind> = new Set(['reporting', 'admission', 'denial', 'refusal', 'future'])

/** An announcing verb within a few words after a comma that follows the trigger, in its sentence. */
const ANNOUNCING = (cue: Lex): boolean => cue.payload.kind === 'cue' && !!cue.payload.tags?.includes('announce')
const ADMITTING = (cue: Lex): boolean => cue.payload.kind === 'cue' && cue.payload.cue === 'admission' && !!cue.payload.tags?.includes('own')
const SAYING = (cue: Lex): boolean => cue.payload.kind === 'cue' && (cue.payload.cue === 'reporting' || cue.payload.cue === 'denial')

/** ", assure Pékin", ", Beijing insists": a state's name right after the verb of saying, or right before it. (A person may speak of another's transfer.) */
const stateAfter = (ctx: DocumentContext, cue: Lex): boolean => stateAround(ctx, cue.start, cue.end)

/** A state's name (not a demonym) ending right before token `start`, or starting at `end` (« a reconnu l'Iran »: over an article). */
function stateAround(ctx: DocumentContext, start: number, end: number): boolean {
  const state = (k: number): boolean => { const e = ctx.entityAt[k]; return e?.payload.kind === 'actor' && e.payload.form !== 'demonym' && ctx.knowledge.actors.get(e.payload.actor)?.kind === 'state' }
  const after = ctx.lang.definiteArticles.has(ctx.tokens[end]?.key ?? '') ? end + 1 : end
  return state(after) || state(start - 1)
}

/**
 * A verb or word of denying after the trigger, in its sentence, that a state speaks: named right before it (over an
 * object clitic and an auxiliary: « Pékin les a démentis »), right after it, or after the verb of saying that follows
 * (« … sont sans fondement, a réagi Pékin »).
 */
function deniedByStateAfter(ctx: DocumentContext, anchor: Lex): boolean {
  const end = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]![1]
  let denied = false
  for (let c = anchor.end; c < end; c++) {
    const cue = ctx.cueAt[c]
    if (!cue || cue.start !== c || cue.payload.kind !== 'cue') continue
    if (cue.payload.cue === 'denial') {
      let k = cue.start - 1
      while (k > anchor.end && (ctx.lang.objectClitics.has(ctx.tokens[k]!.key) || ctx.grammarAt[k]?.roles.includes('have'))) k--
      if (stateAround(ctx, k + 1, cue.end)) return true
      denied = true
    } else if (SAYING(cue)) {
      // ("…, Seoul said, while Pyongyang denies them": another speaks first, and the sentence's speaker is theirs.)
      if (!denied) return false
      if (stateAfter(ctx, cue)) return true
    }
  }
  return false
}

/** A negation among the few words before the trigger, in its sentence (« Aucune arme n'a été livrée »). */
function negatedBefore(ctx: DocumentContext, anchor: Lex): boolean {
  const start = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]![0]
  for (let i = anchor.start - 1; i >= Math.max(start, anchor.start - 6); i--) {
    if (isNegationAt(ctx, i)) return true
  }
  return false
}

function announcedInIncise(ctx: DocumentContext, anchor: Lex, says: (cue: Lex) => boolean): boolean {
  const end = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]![1]
  for (let c = anchor.end; c < end; c++) {
    if (ctx.tokens[c]!.text !== ',') continue
    for (let k = c + 1; k < Math.min(end, c + 6); k++) {
      const cue = ctx.cueAt[k]
      if (cue && says(cue)) return true
      if (ctx.tokens[k]!.text === ',') break
    }
  }
  return false
}

/** A word of plan or future ("seront", "will be", "décidé de") among the few words before the trigger, in its sentence. */
function plannedBefore(ctx: DocumentContext, anchor: Lex, conditional: boolean): boolean {
  const start = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]![0]
  for (let i = anchor.start - 1; i >= Math.max(start, anchor.start - 5); i--) {
    const cue = ctx.cueAt[i]
    if (cue?.payload.kind === 'cue' && (cue.payload.cue === 'future' || (conditional && cue.payload.cue === 'conditional'))) return true
  }
  return false
}

/** "Berlin a annoncé que des chars seront livrés…": the trigger's clause opens with "que"/"that" right after an announcing verb. */
function announcedBefore(ctx: DocumentContext, anchor: Lex, leftStart: number, says: (cue: Lex) => boolean, bare = false): boolean {
  // ("Beijing says no weapons…": with `bare`, the verb of saying may open the clause without "that".)
  if (bare && ctx.cueAt[leftStart - 1]?.end === leftStart && says(ctx.cueAt[leftStart - 1]!) && anchor.start - leftStart <= 8) return true
  const that = leftStart - 1
  if (!ctx.grammarAt[that]?.roles.includes('that') || anchor.start - leftStart > 8) return false
  return [that - 1, that - 2].some((k) => {
    const cue = ctx.cueAt[k]
    return !!cue && cue.end === that && says(cue)
  })
}
