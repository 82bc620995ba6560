import type { StateStyle } from '../../domain/vocabulary.js'
import { resolveSpeaker } from '../attribute-quotes.js'
import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import { isCaseless, type TrieMatch } from '../lexicon-trie.js'
import type { ActorMention } from '../mark-actors.js'
import { readSpeakerAfter, readSpeakerBefore } from '../read-speaker.js'
import type { Draft, DraftClaim, Scope } from './draft-claim.js'
import { isConflictParty, isTransferNoun, speaks } from './find-place.js'
import { startsCoordinateClause } from '../coordinate-clause.js'
import { predicatePlan } from './clause-bounds.js'

/**
 * Fills a role the sentence leaves open: "nous"/"we" inside a quotation is the speaker's
 * state, and so is the announcer of a noun ("annonçant la livraison de…"); "il"/"le pays" is
 * the state the last sentences name most (conflict parties aside); otherwise the partner the
 * document's complete claims most often pair with the known side, or, for conduct aimed at
 * one party of a conflict, the other party. Claims that stay incomplete are dropped.
 */
export function completeClaims(scope: Scope, drafts: readonly Draft[], actorsOf: (sentence: number) => readonly ActorMention[]): DraftClaim[] {
  const { ctx } = scope
  // Claims of a transfer noun whose contents a later verb lists ("the package … includes"): the contents stand for it.
  const superseded = new Set<Draft>()
  const sources = new Map<Draft, Draft>()
  const resolved = drafts.map((d) => {
    let supplier = d.supplier
    if (!supplier && d.hint === 'first_person') supplier = quoteSpeakerActor(scope, d.anchor.start) ?? sentenceSpeakerActor(scope, d)
    else if (!supplier && d.hint === 'speaker') supplier = sentenceSpeakerActor(scope, d) ?? quoteSpeakerActor(scope, d.anchor.start)
    // "le ministre iranien a reconnu que son pays…", "he said his country…": the speaker's own state.
    else if (!supplier && d.hint === 'anaphor') supplier = (possessiveAnaphor(ctx, d.anchor) ? sentenceSpeakerActor(scope, d) : null) ?? reportingSubject(ctx, actorsOf(d.sentence), d.anchor, d.recipient) ?? salientState(ctx, actorsOf, d.sentence, d.recipient, anaphorStyle(ctx, d.anchor), d.anchor.start)
    // ("Le pays a reçu…": a subject anaphor first; "à la junte" only when the document pairs the supplier with no one.)
    let recipient = (d.weakRecipient ? null : d.recipient) ?? (d.recipientHint && d.recipientStyle === undefined ? hintedRecipient(scope, actorsOf, d, supplier) : null)
    if (d.completion === 'contents') ({ supplier, recipient } = contentsOf(ctx, drafts, d, superseded, sources, actorsOf))
    if (supplier && !recipient && d.facing && d.completion === 'opponent') recipient = opponentOf(ctx, d.facing, supplier)
    if (!supplier && !recipient && d.completion !== 'never') ({ supplier, recipient } = addedTo(ctx, drafts, d))
    if (!supplier && !recipient && d.completion !== 'never') ({ supplier, recipient } = sameMaterielBefore(ctx, drafts, d))
    return { ...d, supplier, recipient, inferredSupplier: supplier !== d.supplier, inferredRecipient: recipient !== d.recipient && recipient !== null }
  })
  const pairs = new PairCounts(resolved)
  const supplying = new Set(resolved.flatMap((d) => (d.supplierMention ? [d.supplierMention.start] : [])))
  const out: DraftClaim[] = []
  const built = new Map<Draft, DraftClaim>()
  for (const [n, d] of resolved.entries()) {
    let { supplier, recipient } = d
    const inferred: Array<'supplier' | 'recipient'> = []
    if (d.inferredSupplier) inferred.push('supplier')
    if (d.inferredRecipient) inferred.push('recipient')
    const dative = supplier && !recipient && d.completion !== 'never' ? dativeReferent(ctx, actorsOf, d, supplier, supplying) : []
    if (supplier && !recipient && d.completion !== 'never') {
      recipient =
        (inExchange(ctx, d) ? pairs.partner('recipient', supplier) : null) ??
        (dative[0]?.actor ?? null) ??
        userBefore(ctx, actorsOf, d, supplier) ??
        destinationBefore(ctx, actorsOf, d, supplier) ??
        pairs.partner('supplier', supplier) ??
        (d.weakRecipient ? (d.recipientMention?.actor ?? null) : null) ??
        opponentOf(ctx, d.facing, supplier) ??
        requesterBefore(ctx, actorsOf, d.sentence, supplier) ??
        (d.recipientHint ? hintedRecipient(scope, actorsOf, d, supplier) : null) ??
        (!pairs.recipients.has(supplier) ? pairs.top('recipient', supplier) : null)
      // Weapons "fired at Israel" are not Israel's.
      if (recipient && (recipient === d.aimedAt || d.notRecipients.includes(recipient))) recipient = null
      if (recipient && !(d.weakRecipient && recipient === d.recipientMention?.actor)) inferred.push('recipient')
    } else if (!supplier && recipient && d.completion !== 'never' && !(d.inferredRecipient && d.recipientHint)) {
      // ("Le pays recevra des missiles de l'étranger": a recipient read from an anaphor is not paired with a guessed supplier.)
      supplier = pairs.partner('recipient', recipient) ?? (recipient === pairs.top('recipient', '') && !pairs.suppliers.has(recipient) ? pairs.top('supplier', recipient) : null) ?? plannedBySalient(ctx, actorsOf, d, recipient)
      // The state whose drones were shot down does not defend their target.
      if (supplier && d.notRecipients.includes(supplier)) supplier = null
      if (supplier) inferred.push('supplier')
    }
    if (!supplier || !recipient || supplier === recipient || opponents(ctx, supplier, recipient)) continue
    const { hint: _h, inferredSupplier: _s, inferredRecipient: _r, facing: _f, aimedAt: _a, notRecipients: _x, weakRecipient: _w, completion: _c, ...rest } = d
    const source = built.get(sources.get(drafts[n]!)!)
    const claim: DraftClaim = { ...rest, supplier, recipient, inferred, ...(source ? { statusFrom: source } : {}) }
    built.set(drafts[n]!, claim)
    if (!superseded.has(drafts[n]!)) out.push(claim)
    if (recipient === dative[0]?.actor) for (const member of dative.slice(1)) if (member.actor !== recipient && !opponents(ctx, supplier, member.actor)) out.push({ ...claim, recipient: member.actor })
  }
  return out
}

/**
 * "Berlin weighs its options. The delivery of Taurus missiles to Ukraine is planned", « Ab Januar sollen die
 * ersten Panzer an die Ukraine geliefert werden »: a transfer still to come, named by its noun or an
 * agentless passive in a sentence that names no one but its recipient, is planned by the state the
 * sentences before name most (the war's parties aside).
 */
function plannedBySalient(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], d: Draft, recipient: string): string | null {
  if (!/\.(nominal|passive)$/.test(d.rule) || actorsOf(d.sentence).some((a) => a.actor !== recipient)) return null
  const from = ctx.sentenceTokens[d.sentence]![0]
  let planned = !!predicatePlan(ctx, d.anchor)
  for (let k = from; k < d.anchor.start && !planned; k++) {
    const cue = ctx.cueAt[k]
    planned = cue?.payload.kind === 'cue' && (cue.payload.cue === 'future' || cue.payload.cue === 'conditional')
  }
  if (!planned) return null
  const state = salientState(ctx, actorsOf, d.sentence, recipient)
  return state && !opponents(ctx, state, recipient) ? state : null
}

/**
 * "L'Arménie cherche des armes. La France lui a vendu des radars", "l'Iran leur fournit des drones":
 * an indirect-object pronoun before the verb stands for the one named before it in the sentence,
 * or else for the subject of one of the two sentences before (the first actor they name).
 */
function dativeReferent(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], d: Draft, supplier: string, supplying: ReadonlySet<number>): ActorMention[] {
  const after = !dativeBefore(ctx, d.anchor) && objectAfter(ctx, d.anchor)
  if (!after && !dativeBefore(ctx, d.anchor)) return []
  // ("Israel says Iran is arming them": who speaks of the deed is not its object.)
  // ("Russia and China continue to sell it jets": the supplier's partners in its subject are not the object.)
  const sentenceOf = (a: ActorMention): number => ctx.tokens[a.start]!.sentence
  const coSubject = (a: ActorMention): boolean => !!d.supplierMention && d.supplierMention.group >= 0 && a.group === d.supplierMention.group && sentenceOf(a) === sentenceOf(d.supplierMention)
  const plural = after ? pluralObject(ctx, d.anchor) : pluralDative(ctx, d.anchor)
  const other = (a: ActorMention): boolean => a.actor !== supplier && a.marking !== 'source' && a.marking !== 'location' && a !== d.supplierMention && !(after && (speaks(ctx, a) || coSubject(a))) && !(plural && singleState(ctx, actorsOf, a))
  // ("La Turquie, qui soutient le gouvernement de Tripoli, y maintient…": a relative between the subject and the verb names it too.)
  // (« L'Iran soutient le Hezbollah mais ne lui a pas livré de missiles »: a subject shared over a clause break names none of it.)
  const shared = !!d.supplierMention && breakIn(ctx, d.supplierMention.end, d.anchor.start)
  const until = d.supplierMention && d.supplierMention.end <= d.anchor.start && !relativeAfter(ctx, d.supplierMention.end) && !shared ? d.supplierMention.start : d.anchor.start
  // ("La Russie y a envoyé des instructeurs, et la Turquie lui a vendu des drones": not the subject of a clause before.)
  const before = actorsOf(d.sentence).filter((a) => a.end <= until && other(a))
  const here = before.filter((a) => !clauseBetween(ctx, a.end, until)).pop()
  if (here) return [here]
  // ("Hezbollah is rearming, and Iran keeps sending it missiles": the subject of a clause before that supplies nothing.)
  const opener = before[0]
  if (after && opener && opener === actorsOf(d.sentence)[0] && opener.marking === 'bare' && !supplying.has(opener.start)) return [opener]
  for (let s = d.sentence - 1; s >= Math.max(0, d.sentence - 2); s--) {
    const named = actorsOf(s).filter(other)
    const subject = named.find((a) => a.marking === 'bare') ?? named[0]
    // ("Le Mali, le Burkina Faso et le Niger… Moscou leur fournit": a list stands behind "leur" as a whole.)
    if (subject) return named.filter((a) => a.group === subject.group && a.actor !== supplier)
  }
  return []
}

/** "supplying them with…": the object after the verb stands for several. */
function pluralObject(ctx: DocumentContext, anchor: Lex): boolean {
  const keys = ctx.tokens.slice(anchor.end, anchor.end + 3).map((t) => t.key)
  return [1, 2, 3].some((n) => ctx.lang.pluralObjects.has(keys.slice(0, n).join(' ')))
}

/**
 * "Israel struck Hamas in Gaza. Iran has given them rockets": one state named by its name, capital,
 * seat or leader, alone in its list, is no "them" (its people, "the Israelis", and a list may be).
 */
function singleState(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], a: ActorMention): boolean {
  if (ctx.knowledge.actors.get(a.actor)?.kind !== 'state' || a.marking === 'personnel' || !['name', 'capital', 'metonym', 'leader'].includes(a.form)) return false
  // (« les Houthis », « aux Émirats » : a name after a plural article names several.)
  if (/^(les|des|aux|ces)$/.test(ctx.tokens[a.start - 1]?.key ?? '')) return false
  // ("Sudan's armed forces": its forces are several.)
  if ([a.end, a.end + 1, a.end + 2].some((k) => /s$/.test(ctx.tokens[k]?.key ?? '') && ctx.lang.forcesNouns.has(ctx.tokens[k]!.key))) return false
  return actorsOf(ctx.tokens[a.start]!.sentence).every((b) => b === a || b.group !== a.group || b.actor === a.actor)
}

/**
 * "The Houthis attacked ships. Iran denies supplying them with missiles", "selling it fighter jets",
 * "arming the group": an object after an active verb that stands for a recipient named before — it
 * is followed by "with", by the materiel (two objects), or ends the clause of a verb of arming. An
 * object followed by "to" or "for" is the materiel itself ("sent them to Russia").
 */
function objectAfter(ctx: DocumentContext, anchor: Lex): boolean {
  if (anchor.payload.kind !== 'cue' || anchor.payload.tense === 'noun' || anchor.payload.tense === 'agent' || ctx.lang.recipientObjects.size === 0) return false
  const { tokens } = ctx
  let end = -1
  for (let n = 1; n <= 3 && anchor.end + n <= tokens.length; n++) {
    if (ctx.lang.recipientObjects.has(tokens.slice(anchor.end, anchor.end + n).map((t) => t.key).join(' '))) end = anchor.end + n
  }
  if (end < 0 || ctx.entityAt[end - 1] || tokens[end - 1]!.sentence !== tokens[anchor.start]!.sentence) return false
  const next = ctx.grammarAt[end]
  if (next?.roles.includes('with')) return true
  if (next?.roles.some((r) => r === 'to' || r === 'for')) return false
  for (let k = end; k < Math.min(end + 3, tokens.length) && tokens[k]!.sentence === tokens[end - 1]!.sentence; k++) {
    if (ctx.materielAt[k]) return true
    if (!tokens[k]!.word || ctx.cueAt[k] || ctx.entityAt[k] || (ctx.grammarAt[k] && !ctx.lang.determiners.has(tokens[k]!.key))) break
  }
  const closes = !tokens[end] || !tokens[end]!.word || tokens[end]!.sentence !== tokens[end - 1]!.sentence || !!next?.roles.some((r) => r === 'break' || r === 'and')
  return closes && !!anchor.payload.tags?.includes('equip')
}

/**
 * "Le Niger a rompu avec la France. Le pays a reçu…", "Elle a acheté…": the subject of one of the two
 * sentences before (parties of the war included), else the state they name most; "nous avons reçu…":
 * the speaker's state.
 */
function hintedRecipient(scope: Scope, actorsOf: (sentence: number) => readonly ActorMention[], d: Draft, supplier: string | null): string | null {
  if (d.recipientHint === 'first_person') return quoteSpeakerActor(scope, d.anchor.start) ?? sentenceSpeakerActor(scope, d)
  const style = d.recipientStyle ?? anaphorStyle(scope.ctx, d.anchor)
  const fits = (a: ActorMention): boolean => a.actor !== supplier && a.marking !== 'source' && (!style || scope.ctx.knowledge.actors.get(a.actor)?.style === style)
  for (let s = d.sentence - 1; s >= Math.max(0, d.sentence - 2); s--) {
    const subject = actorsOf(s).find((a) => fits(a) && a.marking === 'bare')
    if (subject) return subject.actor
  }
  return salientState(scope.ctx, actorsOf, d.sentence, supplier, style, d.anchor.start, true)
}

/** ", qui …" right after a mention: a relative clause about it. */
function relativeAfter(ctx: DocumentContext, end: number): boolean {
  return ctx.tokens[end]?.text === ',' && !!ctx.grammarAt[end + 1]?.roles.includes('relative')
}

/** A clause break ("mais", "but", ";") between two tokens. */
function breakIn(ctx: DocumentContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.grammarAt[k]?.roles.includes('break')) return true
  return false
}

/** A comma and a coordinator opening another clause between two tokens. */
function clauseBetween(ctx: DocumentContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.text === ',' && startsCoordinateClause(ctx, k + 1)) return true
  return false
}

/**
 * « Des drones sont arrivés au Soudan. Ils ont été fournis par les Émirats »: materiel named in a
 * sentence before (read through a pronoun or a word for it) goes where that sentence said it arrived or
 * was sent — a state after "à"/"au"/"en" behind the materiel, in a sentence with a verb of sending or arriving.
 */
function destinationBefore(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], d: Draft, supplier: string): string | null {
  const [from] = ctx.sentenceTokens[d.sentence]!
  if (d.materiel.length === 0 || !d.materiel.every((m) => m.end <= from)) return null
  const named = d.materiel[d.materiel.length - 1]!
  const there = ctx.tokens[named.start]!.sentence
  // (Only where the materiel moved: "fired missiles at Eilat" names a target.)
  const [start, end] = ctx.sentenceTokens[there]!
  let moved = false
  for (let k = start; k < end && !moved; k++) {
    const cue = ctx.cueAt[k]
    moved = cue?.payload.kind === 'cue' && cue.start === k && (cue.payload.cue === 'supply' || !!cue.payload.tags?.includes('arrive')) && !cue.payload.tags?.includes('launch')
  }
  if (!moved) return null
  const arrived = (a: ActorMention): boolean => (a.marking === 'to' || a.marking === 'location') && a.start >= named.end && a.actor !== supplier && ctx.knowledge.actors.get(a.actor)?.kind === 'state'
  const place = actorsOf(there).find(arrived)
  return place && !opponents(ctx, supplier, place.actor) ? place.actor : null
}

/**
 * "La Russie a tiré des missiles sur Kharkiv. Ces engins ont été livrés par la Corée du Nord", "Ils
 * ont utilisé des missiles fournis par Téhéran": weapons whose supplier alone is named were used by
 * whoever the sentence or one of the two before says fired or used weapons of the same kind — the
 * subject of that verb, or for a subject pronoun the first state of the sentence before.
 */
function userBefore(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], d: Draft, supplier: string): string | null {
  if (d.categories.length === 0 || d.categories.some((c) => PERSONNEL_CATEGORIES.has(c))) return null
  for (let s = d.sentence; s >= Math.max(0, d.sentence - 2); s--) {
    const [from, to] = ctx.sentenceTokens[s]!
    for (let i = from; i < to; i++) {
      const cue = ctx.cueAt[i]
      if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || cue.payload.cue !== 'use' || cue === d.anchor) continue
      const sameKind = (k: number): boolean => {
        const m = ctx.materielAt[k]
        return m?.payload.kind === 'materiel' && d.categories.includes(m.payload.category)
      }
      if (![0, 1, 2, 3, 4].some((n) => cue.end + n < to && sameKind(cue.end + n))) continue
      // "Israel bombed a convoy of Iranian arms": the transfer itself is what the verb hits, not what its subject uses.
      if (d.anchor.payload.kind === 'cue' && d.anchor.payload.tense === 'noun' && d.anchor.start >= cue.end && d.anchor.start - cue.end <= 3) continue
      const user = userOf(ctx, actorsOf, s, cue)
      if (user && user !== supplier && !opponents(ctx, user, supplier)) return user
    }
  }
  return null
}

/** The subject of a verb of use: the actor ending right before it (over auxiliaries), or what a subject pronoun there stands for. */
function userOf(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], s: number, verb: Lex): string | null {
  const [from] = ctx.sentenceTokens[s]!
  let j = verb.start - 1
  while (j >= from && ctx.grammarAt[j]?.roles.some((r) => r === 'have' || r === 'be')) j--
  const subject = actorsOf(s).find((a) => a.end === j + 1 && (a.marking === 'bare' || a.marking === 'personnel' || a.marking === 'origin'))
  if (subject) return subject.actor
  if (j < from || !ctx.grammarAt[j]?.roles.includes('pronoun') || ctx.grammarAt[j]?.roles.includes('anaphor') || s === 0) return null
  return actorsOf(s - 1).find((a) => a.marking === 'bare')?.actor ?? null
}

const PERSONNEL_CATEGORIES: ReadonlySet<string> = new Set(['troops', 'trainers', 'technical_support', 'operation_of_weapons'])

/** "lui a livré", "leur en avait vendu", "ne lui a pas fourni", "va lui envoyer": a dative pronoun before the verb and its auxiliaries. */
function dativeBefore(ctx: DocumentContext, anchor: Lex): boolean {
  return dativeAt(ctx, anchor) >= 0
}

/** « leur apporte », « leur a vendu » : the dative pronoun before the verb stands for several. */
function pluralDative(ctx: DocumentContext, anchor: Lex): boolean {
  const k = dativeAt(ctx, anchor)
  return k >= 0 && ctx.lang.pluralObjects.has(ctx.tokens[k]!.key)
}

/** Where the dative pronoun before the verb and its auxiliaries stands, or -1. */
function dativeAt(ctx: DocumentContext, anchor: Lex): number {
  if (anchor.payload.kind !== 'cue' || anchor.payload.tense === 'noun' || anchor.payload.tense === 'agent' || ctx.lang.dativeClitics.size === 0) return -1
  let k = anchor.start - 1
  const skippable = (i: number): boolean => {
    const cue = ctx.cueAt[i]
    return !!ctx.grammarAt[i]?.roles.some((r) => r === 'have' || r === 'be') || ctx.lang.materielPronouns.has(ctx.tokens[i]!.key) || (cue?.payload.kind === 'cue' && cue.payload.cue === 'negation')
  }
  while (k >= 0 && anchor.start - k <= 4 && skippable(k)) k--
  return k >= 0 && ctx.lang.dativeClitics.has(ctx.tokens[k]!.key) ? k : -1
}

/**
 * "Kiev réclame davantage de systèmes de défense antiaérienne. L'Allemagne a promis…", "Kyiv asked for
 * more air defence. Berlin pledged…", "Ukraine is running short of shells. Prague will send…": the state
 * that asked for or lacks materiel in that sentence or the one before (the subject of a request word or
 * a word of need followed by materiel) receives what is then promised.
 */
function requesterBefore(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], sentence: number, supplier: string): string | null {
  for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
    const [from, to] = ctx.sentenceTokens[s]!
    for (let i = from; i < to; i++) {
      const cue = ctx.cueAt[i]
      const asking = !!cue && cue.start === i && cue.payload.kind === 'cue' && cue.payload.cue === 'opinion'
      if (!asking && (cue || !ctx.lang.needWords.has(ctx.tokens[i]!.key))) continue
      const end = asking ? cue.end : i + 1
      const asked = [end, end + 1, end + 2, end + 3].some((k) => k < to && ctx.materielAt[k] && !ctx.cueAt[k])
      if (!asked) continue
      const subject = actorsOf(s).filter((a) => a.end <= i && a.marking === 'bare').pop()
      if (subject && subject.actor !== supplier) return subject.actor
    }
  }
  return null
}

/**
 * "The package includes HIMARS munitions and Javelins", "L'enveloppe comprend des obus": a verb of
 * contents whose subject is a transfer noun takes that transfer's sides — the noun's own claim in
 * the sentence (whose generic materiel the contents then replace), else the last transfer claimed
 * in the two sentences before. Sides the verb's own phrases name ("for Ukraine") stay, and the
 * contents are as certain as the transfer (its status).
 */
function contentsOf(ctx: DocumentContext, drafts: readonly Draft[], d: Draft, superseded: Set<Draft>, sources: Map<Draft, Draft>, actorsOf: (sentence: number) => readonly ActorMention[]): { supplier: string | null; recipient: string | null } {
  const none = { supplier: null, recipient: null }
  const noun = contentsNoun(ctx, d)
  if (!noun) return demonstrativeSubject(ctx, d.anchor) ? contentsOfLast(ctx, actorsOf, drafts, d, sources) : none
  const own = drafts.filter((p) => (p.anchor === noun || inRelativeOf(ctx, noun, p.anchor, d.anchor)) && p.supplier && p.recipient)
  for (const p of own) if (p.materiel.every((m) => m.payload.kind === 'materiel' && m.payload.generic)) superseded.add(p)
  const source = own[0] ?? lastClaimBefore(drafts, d, (p) => ofPackage(ctx, p))
  if (!source) return nounSides(ctx, actorsOf(d.sentence), noun, d) ?? none
  sources.set(d, source)
  return { supplier: d.supplier ?? source.supplier, recipient: d.recipient ?? source.recipient }
}

/**
 * The transfer or aid noun in the eight words before a verb of contents; « l'aide militaire que Téhéran
 * fournit aux Houthis comprend… »: the words of an object relative
 * among them are skipped, the noun it follows being the verb's subject.
 */
function contentsNoun(ctx: DocumentContext, d: Draft): Lex | undefined {
  const [from] = ctx.sentenceTokens[d.sentence]!
  let limit = d.anchor.start - 8
  for (let k = d.anchor.start - 1; k >= Math.max(from, limit); k--) {
    if (isTransferNoun(ctx.cueAt[k]) || isAidNoun(ctx.cueAt[k])) return ctx.cueAt[k]
    if (ctx.lang.objectRelatives.has(ctx.tokens[k]!.key)) limit = Math.min(limit, k - 4)
  }
  return undefined
}

/** « l'aide que Téhéran fournit aux Houthis comprend… »: the verb of a relative opened right after the noun, before the verb of contents. */
function inRelativeOf(ctx: DocumentContext, noun: Lex, verb: Lex, contents: Lex): boolean {
  if (verb.start <= noun.start || verb.end > contents.start) return false
  for (let k = noun.end; k < verb.start; k++) if (ctx.lang.objectRelatives.has(ctx.tokens[k]!.key)) return k - noun.end <= 2
  return false
}

/**
 * « Berlin a dévoilé une nouvelle enveloppe pour Kiev, qui comprend des chars », "unveiled a package for Kyiv
 * that includes…": a transfer noun naming no materiel of its own has the sides its sentence gives it — who
 * announces, promises or gives it (the subject before that verb) or its own state (« le programme russe »),
 * and the state after "pour"/"à"/"for" right after it.
 */
function nounSides(ctx: DocumentContext, actors: readonly ActorMention[], noun: Lex, d: Draft): { supplier: string | null; recipient: string | null } | null {
  const recipient = actors.find((a) => (a.marking === 'to' || a.marking === 'for') && a.start >= noun.end && a.end <= d.anchor.start)
  const own = actors.find((a) => a.marking === 'by' && a.start >= noun.end && a.end <= d.anchor.start)
  const verb = (k: number): boolean => { const cue = ctx.cueAt[k]; return cue?.payload.kind === 'cue' && ['reporting', 'future', 'supply', 'fund'].includes(cue.payload.cue) && cue.payload.tense !== 'noun' }
  const subject = actors.filter((a) => a.marking === 'bare' && a.end <= noun.start).find((a) => Array.from({ length: noun.start - a.end }, (_, j) => a.end + j).some(verb))
  const supplier = d.supplier ?? own?.actor ?? subject?.actor ?? null
  const to = d.recipient ?? recipient?.actor ?? null
  return supplier && to ? { supplier, recipient: to } : null
}

/**
 * "Ce programme comprend…", "Cet accord prévoit…": a demonstrative and one noun open the clause of the
 * contents verb; "It includes…", « Elle comprend… »: so does a subject pronoun.
 */
function demonstrativeSubject(ctx: DocumentContext, anchor: Lex): boolean {
  const [from] = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]!
  if (anchor.start - 1 === from && ctx.grammarAt[from]?.roles.includes('pronoun')) return true
  const k = anchor.start - 2
  return k >= from && ctx.lang.demonstratives.has(ctx.tokens[k]!.key) && ctx.tokens[k + 1]!.word && !ctx.entityAt[k + 1] && !ctx.materielAt[k + 1]
}

/**
 * The contents of the last transfer or aid claimed in the two sentences before; with none claimed
 * ("The United States announced a new $400 million package. It includes shells for Ukraine"), the
 * sides the last transfer noun's own sentence gives it.
 */
function contentsOfLast(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], drafts: readonly Draft[], d: Draft, sources: Map<Draft, Draft>): { supplier: string | null; recipient: string | null } {
  const source = lastClaimBefore(drafts, d, (p) => ofPackage(ctx, p))
  if (!source) {
    const noun = transferNounBefore(ctx, d.sentence)
    return (noun ? nounSides(ctx, actorsOf(ctx.tokens[noun.start]!.sentence), noun, d) : null) ?? { supplier: null, recipient: null }
  }
  sources.set(d, source)
  return { supplier: d.supplier ?? source.supplier, recipient: d.recipient ?? source.recipient }
}

/** The last transfer or aid noun in the two sentences before `sentence`. */
export function transferNounBefore(ctx: DocumentContext, sentence: number): Lex | undefined {
  if (sentence === 0) return undefined
  const from = ctx.sentenceTokens[Math.max(0, sentence - 2)]![0]
  for (let k = ctx.sentenceTokens[sentence]![0] - 1; k >= from; k--) if (isTransferNoun(ctx.cueAt[k]) || isAidNoun(ctx.cueAt[k])) return ctx.cueAt[k]
  return undefined
}

/** A claim made by a transfer or aid noun, or one whose materiel is such a noun (« Ankara a promis un paquet d'aide »). */
const ofPackage = (ctx: DocumentContext, p: Draft): boolean =>
  isTransferNoun(p.anchor) || isAidNoun(p.anchor) || p.materiel.some((m) => isTransferNoun(ctx.cueAt[m.start]) || isAidNoun(ctx.cueAt[m.start]))

const isAidNoun = (lex: Lex | undefined): boolean => !!lex && lex.payload.kind === 'cue' && lex.payload.tense === 'noun' && lex.payload.cue === 'help'

/**
 * "A questo si aggiungono le forniture di proiettili": a trigger naming neither side in a sentence
 * that opens by adding to what was just said takes the sides of the last claim of the two sentences
 * before.
 */
function addedTo(ctx: DocumentContext, drafts: readonly Draft[], d: Draft): { supplier: string | null; recipient: string | null } {
  const none = { supplier: null, recipient: null }
  const [from] = ctx.sentenceTokens[d.sentence]!
  const matches: TrieMatch<true>[] = []
  ctx.lang.additions.matchAt(ctx.tokens, from, matches)
  if (matches.length === 0 || d.anchor.start < from) return none
  const last = lastClaimBefore(drafts, d)
  return last ? { supplier: last.supplier, recipient: last.recipient } : none
}

/** The last draft naming both sides in the two sentences before `d`'s, of those `accept` takes. */
function lastClaimBefore(drafts: readonly Draft[], d: Draft, accept: (p: Draft) => boolean = () => true): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const p = drafts[k]!
    if (p.supplier && p.recipient && p.sentence < d.sentence && p.sentence >= d.sentence - 2 && accept(p)) return p
  }
  return undefined
}

/** "In exchange, Moscow provides oil", "En échange, la Russie fournirait…": an exchange word before the trigger in its sentence. */
function inExchange(ctx: DocumentContext, d: Draft): boolean {
  const [from] = ctx.sentenceTokens[d.sentence]!
  const matches: TrieMatch<true>[] = []
  ctx.lang.exchanges.matchAll(ctx.tokens, matches, from, d.anchor.start)
  return matches.length > 0
}

/**
 * "Ethiopia received TB2 drones from Turkey. The drones were delivered in late 2021": a trigger naming
 * neither side whose materiel all follows a definite article or a demonstrative, or was named in a
 * sentence before (« Les premiers exemplaires sont arrivés », « Ils ont été livrés en mai »), takes the
 * sides of the last claim, in the two sentences before, of the same category.
 */
function sameMaterielBefore(ctx: DocumentContext, drafts: readonly Draft[], d: Draft): { supplier: string | null; recipient: string | null } {
  const [from] = ctx.sentenceTokens[d.sentence]!
  const definite = (m: Lex): boolean => {
    const key = ctx.tokens[m.start - 1]?.key ?? ''
    return m.end <= from || ctx.lang.definiteArticles.has(key) || ctx.lang.demonstratives.has(key)
  }
  if (d.materiel.length === 0 || !d.materiel.every(definite)) return { supplier: null, recipient: null }
  const last = lastClaimBefore(drafts, d, (p) => p.categories.some((c) => d.categories.includes(c)))
  return { supplier: last?.supplier ?? null, recipient: last?.recipient ?? null }
}

/** How often the document pairs each supplier with each recipient, and names each side. */
class PairCounts {
  private readonly pairs = new Map<string, number>()
  readonly suppliers = new Map<string, number>()
  readonly recipients = new Map<string, number>()

  constructor(drafts: ReadonlyArray<{ supplier: string | null; recipient: string | null }>) {
    for (const d of drafts) {
      if (d.supplier && d.recipient && d.supplier !== d.recipient) this.pairs.set(`${d.supplier}>${d.recipient}`, (this.pairs.get(`${d.supplier}>${d.recipient}`) ?? 0) + 1)
      if (d.supplier) this.suppliers.set(d.supplier, (this.suppliers.get(d.supplier) ?? 0) + 1)
      if (d.recipient) this.recipients.set(d.recipient, (this.recipients.get(d.recipient) ?? 0) + 1)
    }
  }

  /** The partner the document most often pairs with `value` on the given side. */
  partner(side: 'supplier' | 'recipient', value: string): string | null {
    let top: string | null = null
    let topCount = 0
    for (const [pair, count] of this.pairs) {
      const [s, r] = pair.split('>') as [string, string]
      if ((side === 'supplier' ? s : r) === value && count > topCount) {
        top = side === 'supplier' ? r : s
        topCount = count
      }
    }
    return top
  }

  /** The supplier or recipient the document names most, `not` aside. */
  top(side: 'supplier' | 'recipient', not: string): string | null {
    let best: string | null = null
    let bestCount = 0
    for (const [v, c] of side === 'supplier' ? this.suppliers : this.recipients) if (v !== not && c > bestCount) [best, bestCount] = [v, c]
    return best
  }
}

/** Verbs whose subject a pronoun of the clause they govern stands for: "X denied that it…", "X claims it…". */
const SELF_REPORTING: ReadonlySet<string> = new Set(['reporting', 'denial', 'admission', 'accusation'])

/**
 * "Serbia denied allegations that it was giving rockets…", "Iran says it has never sent…": a subject
 * pronoun opening a clause that a verb of saying, denying or admitting governs (over the noun it
 * complements: "allegations from a newspaper report", "claims") stands for that verb's subject, when
 * a state or group is named there. A noun anaphor ("the country") is left to the salient state.
 */
function reportingSubject(ctx: DocumentContext, actors: readonly ActorMention[], anchor: Lex, recipient: string | null): string | null {
  const sentenceStart = ctx.sentenceTokens[ctx.tokens[anchor.start]!.sentence]![0]
  let p = anchor.start - 1
  // (or its possessive: "denied that its shells had been re-exported")
  const possessive = (k: number): boolean => ctx.lang.possessives.has(ctx.tokens[k]!.key) && !!ctx.materielAt[k + 1]
  while (p >= Math.max(sentenceStart, anchor.start - 4) && !ctx.grammarAt[p]?.roles.includes('pronoun') && !possessive(p)) p--
  const pronoun = p >= sentenceStart && possessive(p) ? { end: p + 1, roles: [] } : ctx.grammarAt[p]
  if (!pronoun || pronoun.end !== p + 1 || pronoun.roles.includes('anaphor')) return null
  // The verb's subject: the actor right before it, over auxiliaries ("Belgrade has denied").
  // ("La France a de son côté annoncé", "France, for its part, announced": over an adverbial or an incise too.)
  const subjectOf = (verb: number): ActorMention | undefined => {
    let j = verb - 1
    let skipped = 0
    while (j >= sentenceStart && skipped <= 5 && adverbialWord(ctx, j)) {
      if (!ctx.grammarAt[j]?.roles.some((role) => role === 'have' || role === 'be')) skipped++
      j--
    }
    return actors.find((a) => a.end === j + 1 && a.marking === 'bare' && a.form !== 'leader' && a.form !== 'demonym')
  }
  const start = ctx.grammarAt[p - 1]?.roles.includes('that') ? p - 2 : p - 1
  for (let k = start; k >= sentenceStart && start - k <= 6; k--) {
    const cue = ctx.cueAt[k]
    const saying = cue?.payload.kind === 'cue' && cue.start === k && SELF_REPORTING.has(cue.payload.cue)
    const subject = saying && cue.payload.kind === 'cue' && cue.payload.tense !== 'noun' ? subjectOf(k) : undefined
    if (subject) return subject.actor !== recipient ? subject.actor : null
    // Over the nouns the clause complements ("allegations", "a newspaper report") and the words of their phrase.
    if (!ctx.tokens[k]!.word || ctx.entityAt[k] || (cue?.payload.kind === 'cue' && cue.payload.tense !== 'noun' && !saying && cue.payload.cue !== 'report_noun')) return null
  }
  return null
}

/** An auxiliary, a comma or a lower-case word that is no cue, name or clause word: what may stand between a subject and its verb. */
function adverbialWord(ctx: DocumentContext, i: number): boolean {
  const t = ctx.tokens[i]!
  const roles = ctx.grammarAt[i]?.roles ?? []
  if (roles.some((role) => role === 'have' || role === 'be')) return true
  if (roles.some((role) => role === 'that' || role === 'break' || role === 'relative' || role === 'pronoun')) return false
  if (t.text === ',') return true
  return t.word && !t.upper && !ctx.cueAt[i] && !ctx.entityAt[i] && !ctx.materielAt[i]
}

/** The state of the speaker of the quotation holding token i. */
function quoteSpeakerActor(scope: Scope, i: number): string | null {
  const at = scope.ctx.tokens[i]!.start
  return scope.quotes.find((q) => q.start <= at && at < q.end)?.speakerActor ?? null
}

/** Verbs whose subject is a sentence's speaker. */
const SPEAKING: ReadonlySet<string> = new Set(['reporting', 'denial', 'admission'])

/** The state of whoever the sentence's reporting verb names ("Lecornu a déclaré …, annonçant la livraison"). */
function sentenceSpeakerActor(scope: Scope, d: Draft): string | null {
  const { ctx } = scope
  const [from, to] = ctx.sentenceTokens[d.sentence]!
  for (let i = from; i < to; i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || !SPEAKING.has(cue.payload.cue)) continue
    const phrase = readSpeakerBefore(ctx, scope.people, cue.start, from) ?? readSpeakerAfter(ctx, scope.people, cue.end, to)
    const speaker = phrase ? resolveSpeaker(phrase, scope.memory) : null
    if (speaker?.actor) return speaker.actor
  }
  return null
}

/** Where the anaphor within six words before the anchor starts ("le royaume", "son pays"), if there is one. */
function anaphorBefore(ctx: DocumentContext, anchor: Lex): number | null {
  for (let i = anchor.start - 1; i >= 0 && i >= anchor.start - 6; i--) if (ctx.grammarAt[i]?.roles.includes('anaphor')) return i
  return null
}

/** The anaphor before the anchor is possessive: "son pays", "leur pays", "his country", "its country". */
function possessiveAnaphor(ctx: DocumentContext, anchor: Lex): boolean {
  const at = anaphorBefore(ctx, anchor)
  return at !== null && ctx.lang.possessives.has(ctx.tokens[at]!.key)
}

/** The kind of state the anaphor before the anchor names ("le royaume": kingdom), if it names one. */
export function anaphorStyle(ctx: DocumentContext, anchor: Lex): StateStyle | null {
  const at = anaphorBefore(ctx, anchor)
  if (at === null) return null
  const phrase = ctx.tokens.slice(at, ctx.grammarAt[at]!.end).map((t) => t.key).join(' ')
  return ctx.lang.anaphorStyles.get(phrase) ?? null
}

/**
 * The state the surrounding sentences name most often, conflict parties and the claim's
 * other side aside: what "le pays", "the country" or "it" most likely refers to. A styled
 * anaphor ("le royaume") only refers to a state of that style.
 */
export function salientState(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], sentence: number, exclude: string | null, style: StateStyle | null = null, before = Infinity, parties = false): string | null {
  const counts = new Map<string, number>()
  // On a tie the state named last before the verb wins: "BRUSELAS - … España mandará…, pero no cederá…" is Spain's.
  const last = new Map<string, number>()
  for (let s = Math.max(0, sentence - 3); s <= sentence; s++) {
    for (const a of actorsOf(s)) {
      if (a.actor === exclude || (!parties && isConflictParty(ctx, a.actor)) || a.marking === 'source') continue
      if (style && ctx.knowledge.actors.get(a.actor)?.style !== style) continue
      if (s === sentence && a.start > (ctx.sentenceTokens[s]![1] ?? 0)) continue
      if (s === sentence && (reportsBefore(ctx, a, before) || modifiesNoun(ctx, a))) continue
      counts.set(a.actor, (counts.get(a.actor) ?? 0) + (s === sentence ? 0.5 : 1))
      if (s < sentence || a.start < before) last.set(a.actor, s * 100000 + a.start)
    }
  }
  // …and a state before an organisation ("a representative of North Korea at the UN denied the country sent…").
  const isState = (code: string): number => (ctx.knowledge.actors.get(code)?.kind === 'state' ? 1 : 0)
  const laterState = (a: string, b: string): boolean => isState(a) !== isState(b) ? isState(a) > isState(b) : (last.get(a) ?? -1) > (last.get(b) ?? -1)
  let best: string | null = null
  let bestCount = 0
  for (const [actor, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && laterState(actor, best))) {
      best = actor
      bestCount = count
    }
  }
  return best
}

/**
 * "Pyongyang rejected South Korean media reports that it…", "China dismissed a U.S. report saying it…":
 * a state named as the modifier of a noun (a demonym before a lower-case word, a name before a report
 * or a role) is not what a pronoun of its sentence stands for.
 */
function modifiesNoun(ctx: DocumentContext, a: ActorMention): boolean {
  const next = ctx.tokens[a.end]
  // Only where adjectives come before their noun and a capital tells names from nouns.
  if (ctx.lang.adjectivePosition !== 'before' || !next || isCaseless(next.text)) return false
  if (!next.word || next.upper || ctx.grammarAt[a.end]?.roles.some((r) => r !== 'agent')) return false
  const cue = ctx.cueAt[a.end]
  if (a.form === 'demonym') return !cue || cue.payload.kind !== 'cue' || cue.payload.tense === 'noun' || cue.payload.cue === 'report_noun'
  return !!ctx.roleAt[a.end] || (cue?.payload.kind === 'cue' && cue.payload.cue === 'report_noun')
}

/**
 * The state is the subject of a reporting verb before the anaphor ("the United States say that the
 * Asian country sends…"): a speaker does not call itself "the country".
 */
function reportsBefore(ctx: DocumentContext, a: ActorMention, before: number): boolean {
  for (let k = a.end; k <= a.end + 1; k++) {
    const cue = ctx.cueAt[k]
    if (!cue || cue.start >= before || cue.payload.kind !== 'cue' || (cue.payload.cue !== 'reporting' && cue.payload.cue !== 'accusation')) continue
    // Only for a noun anaphor in the clause it reports ("afirmam que o país…"): "X said: «we will
    // send»" and "España anunció que enviaría" (a dropped subject) are X's own voice.
    const that = [0, 1, 2, 3].map((d) => cue.end + d).find((j) => j < before && ctx.grammarAt[j]?.roles.includes('that'))
    if (that === undefined) continue
    for (let j = that + 1; j < before && j <= that + 4; j++) if (ctx.grammarAt[j]?.roles.includes('anaphor')) return true
  }
  return false
}

/** Two parties of one conflict fight each other: "Kyiv sent troops into Russia" is an incursion, not support. */
function opponents(ctx: DocumentContext, a: string, b: string): boolean {
  return ctx.knowledge.data.conflicts.some((c) => c.parties.includes(a) && c.parties.includes(b))
}

/** The other party of a conflict whose party `facing` is (attacks "at Ukraine" are the aggressor's). */
export function opponentOf(ctx: DocumentContext, facing: string | null, supplier: string): string | null {
  if (!facing) return null
  for (const conflict of ctx.knowledge.data.conflicts) {
    if (!conflict.parties.includes(facing) || conflict.parties.includes(supplier)) continue
    // Only a state at war with the one attacked: an armed group is one attacker among several
    // ("Iranian drones fired at Israel" may be Hezbollah's, the Houthis' or Iran's own).
    const other = conflict.parties.find((p) => p !== facing)
    if (other && ctx.knowledge.actors.get(other)?.kind === 'state') return other
  }
  return null
}
