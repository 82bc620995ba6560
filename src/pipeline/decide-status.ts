import type { Quote } from '../domain/records.js'
import type { CueKind, Status } from '../domain/vocabulary.js'
import type { SpeakerMemory } from './attribute-quotes.js'
import { pronounInside, reportedMoodSpeaker, resolveSpeaker } from './attribute-quotes.js'
import { spanText, type DocumentContext } from './document-context.js'
import type { DraftClaim } from './support/draft-claim.js'
import { futureReceipt, isHedgeAdverb, predicatePlan } from './support/clause-bounds.js'
import { transferNounBefore } from './support/complete-claims.js'
import type { Lex } from './find-mentions.js'
import type { TrieMatch } from './lexicon-trie.js'
import { foldKey } from './normalize-text.js'
import { droppedSubject, institutionAt, personPhrase, readSpeakerAfter, readSpeakerBefore, type PeopleIndex, type Speaker } from './read-speaker.js'

export interface StatusDecision {
  readonly status: Status
  /** Rule that decided, e.g. "status.negation", "status.official-statement". */
  readonly rule: string
  readonly attributedTo: string | null
  /** The quotation the claim is stated in, if any. */
  readonly quote: number | null
  /** Ids of the cues that decided. */
  readonly cues: readonly string[]
  /** "X denies Y's claims that…": the accusation the denial answers, a claim of its own by Y. */
  readonly answers?: StatusDecision
}

const SPEECH: ReadonlySet<CueKind> = new Set(['reporting', 'admission', 'denial', 'accusation', 'hedge', 'opinion', 'refusal'])
const HAVE = /^(a|ont|avait|avaient|aurait|auraient|avoir|has|have|had|avons|avez|ai)$/i

/**
 * Decides a claim's status and who makes it, following corpus/README.md:
 * negation, denial, refusal and suspension → denied; recommendations and requests → opinion;
 * plans, pledges, orders and future forms → alleged_future; conditional mood, media, unnamed
 * sources and the journalist's own voice → reported; an official or a party stating it →
 * confirmed; an accusation, a hedge or a non-official → asserted.
 */
export function decideStatus(ctx: DocumentContext, claim: DraftClaim, quotes: readonly Quote[], people: PeopleIndex, memory: SpeakerMemory): StatusDecision {
  const trailing = trailingDenial(ctx, claim, people, memory)
  const own = decideOwnStatus(ctx, claim, quotes, people, memory, trailing?.cue ?? null)
  // "…, ce que Paris dément", "…, which Tehran denies": the claim is its maker's, and the denier denies it.
  if (!trailing || own.status === 'denied') return own
  return { status: 'denied', rule: 'status.denied-after', attributedTo: trailing.denier, quote: own.quote, cues: [trailing.cue.payload.entryId], answers: own }
}

/**
 * "Selon Moscou, des instructeurs français seraient présents, ce que Paris dément", "Kyiv says Iran sends
 * drones, a charge Tehran denies": a denial after the claim, opened by a comma and a relative or a noun of
 * claiming, whose own subject is named between them.
 */
function trailingDenial(ctx: DocumentContext, claim: DraftClaim, people: PeopleIndex, memory: SpeakerMemory): { cue: Lex; denier: string } | null {
  const anchor = claim.anchor
  const [, sentenceEnd] = ctx.sentenceTokens[claim.sentence]!
  let comma = -1
  for (let i = anchor.end; i < sentenceEnd; i++) {
    const t = ctx.tokens[i]!
    // ("…, but Tehran denies it", "…mais Téhéran le dément": a clause break opens the denial's clause as a comma does.)
    const contrast = ctx.grammarAt[i]?.roles.includes('break') && t.word
    if (t.text === ',' || /^(—|–|--?)$/.test(t.text) || contrast) comma = contrast ? ctx.grammarAt[i]!.end - 1 : i
    const cue = ctx.cueAt[i]
    // ("…, a plea Berlin has steadfastly refused": a request named after the comma is refused.)
    const refused = cue?.payload.kind === 'cue' && cue.payload.cue === 'refusal' && comma >= 0 && ctx.cueAt.slice(comma + 1, i).some((c) => c?.payload.kind === 'cue' && c.payload.cue === 'opinion')
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || (cue.payload.cue !== 'denial' && !refused) || conceded(ctx, cue)) continue
    if (comma < 0 || i - comma > 6) return null
    const opener =
      ctx.grammarAt[comma + 1]?.roles.some((r) => r === 'that' || r === 'relative') ||
      ctx.tokens[comma + 1]?.key === 'ce' ||
      ctx.cueAt.slice(comma + 1, i).some((c) => c?.payload.kind === 'cue' && (c.payload.cue === 'accusation' || c.payload.cue === 'report_noun' || c.payload.cue === 'opinion')) ||
      (breakBetween(ctx, Math.max(anchor.end, comma - 1), i) && deniesWhatCameBefore(ctx, cue, sentenceEnd))
    const phrase = opener ? readSpeakerBefore(ctx, people, i, comma + 1) : null
    const speaker = phrase ? resolveSpeaker(phrase, memory) : null
    const denier = speaker ? nameOf(speaker) : null
    return denier ? { cue, denier } : null
  }
  return null
}

/**
 * "…, but Tehran denies it", "but Moscow has denied the reports": after a clause break, a denial whose clause holds no
 * deed of its own ("but Tehran denies supplying missiles" denies that) answers the claim before it.
 */
function deniesWhatCameBefore(ctx: DocumentContext, denial: Lex, sentenceEnd: number): boolean {
  for (let k = denial.end; k < sentenceEnd; k++) {
    if (/^[,;:]$/.test(ctx.tokens[k]!.text) || ctx.grammarAt[k]?.roles.includes('break')) return true
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && DEED.has(cue.payload.cue)) return false
  }
  return true
}

/** The cues of the given kinds between two tokens, within the scope, outside the `quoted` ranges and other than `trailing`. */
function cueFinder(ctx: DocumentContext, scopeStart: number, scopeEnd: number, trailing: Lex | null, quoted: ReadonlyArray<readonly [number, number]>) {
  return (from: number, to: number, kinds: readonly CueKind[]): Lex[] => {
    const out: Lex[] = []
    for (let i = Math.max(from, scopeStart); i < Math.min(to, scopeEnd); i++) {
      const cue = ctx.cueAt[i]
      if (cue && cue.start === i && cue !== trailing && cue.payload.kind === 'cue' && kinds.includes(cue.payload.cue) && !insideAny(quoted, i)) out.push(cue)
    }
    return out
  }
}

/** Token i lies in one of the ranges (a loop: this is read for every token a cue search passes). */
function insideAny(ranges: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  for (let k = 0; k < ranges.length; k++) if (ranges[k]![0] <= i && i < ranges[k]![1]) return true
  return false
}

/**
 * Token ranges of the quotations of four words or more in the sentence: « Rien n'est exclu », a-t-il
 * répondu, en rappelant que la France avait livré… (a quoted word or two, "a qualifié de « mensonge »",
 * still governs the sentence).
 */
function quotedStatements(ctx: DocumentContext, quotes: readonly Quote[], sentenceStart: number, sentenceEnd: number): Array<[number, number]> {
  const { tokens } = ctx
  const out: Array<[number, number]> = []
  for (const q of quotes) {
    if (q.end <= tokens[sentenceStart]!.start || q.start >= tokens[sentenceEnd - 1]!.end) continue
    const a = lowerBound(tokens, q.start)
    const b = lowerBound(tokens, q.end)
    let words = 0
    for (let i = a; i < b && words < 4; i++) if (tokens[i]!.word) words++
    if (words >= 4) out.push([a, b])
  }
  return out
}

function decideOwnStatus(ctx: DocumentContext, claim: DraftClaim, quotes: readonly Quote[], people: PeopleIndex, memory: SpeakerMemory, trailing: Lex | null): StatusDecision {
  const { tokens } = ctx
  const anchor = claim.anchor
  const [sentenceStart, sentenceEnd] = ctx.sentenceTokens[claim.sentence]!
  const quoteIndex = quotes.findIndex((q) => q.start <= tokens[anchor.start]!.start && tokens[anchor.start]!.start < q.end)
  const quote = quoteIndex >= 0 ? quotes[quoteIndex]! : null
  // Cues are read inside the quotation when the claim is quoted, else in the sentence.
  const scopeStart = quote ? Math.max(sentenceStart, lowerBound(tokens, quote.start)) : sentenceStart
  const scopeEnd = quote ? Math.min(sentenceEnd, lowerBound(tokens, quote.end)) : sentenceEnd
  // (A claim outside quotations is not governed by the words of a whole statement quoted beside it.)
  const cuesIn = cueFinder(ctx, scopeStart, scopeEnd, trailing, quote ? [] : quotedStatements(ctx, quotes, sentenceStart, sentenceEnd))
  const answered = deniedBeforeContrast(ctx, anchor, scopeStart)
  let attribution = attributions.get(anchor)
  if (!attribution) attributions.set(anchor, (attribution = attributionOf(ctx, claim, quote, people, memory, answered ?? scopeStart, trailing ? trailing.start : scopeEnd)))
  const ids = (lexes: readonly Lex[]): string[] => [...new Set(lexes.map((l) => l.payload.entryId))]
  const result = (status: Status, rule: string, cues: readonly Lex[] = []): StatusDecision => ({
    status,
    rule,
    attributedTo: attribution.name,
    quote: quote ? quoteIndex : null,
    cues: ids([...cues, ...attribution.cues]),
  })

  const early = forcedDecision(claim, result) ?? hopeDecision(ctx, claim, cuesIn, scopeStart, result)
  if (early) return early

  // Negation close to the trigger: "n'a pas fourni", "has not sent", "never send", "not a single soldier".
  const negates = (n: Lex): boolean => !restrictive(ctx, n, scopeEnd) && !negatedStop(ctx, n, anchor)
  const negations = cuesIn(anchor.start - 5, anchor.end + 2, ['negation']).filter((n) => !separated(ctx, n, anchor) && negates(n) && !corrected(ctx, n, claim))
  const closing = closingCues(ctx, anchor, scopeEnd)
  const refusals = refusalsOf(ctx, anchor, scopeStart, closing, cuesIn)
  if (refusals.length && refusalNegated(ctx, refusals[0]!, negations, cuesIn)) {
    // "n'exclut pas de livrer", "does not rule out sending": a possibility, not a refusal.
    return result('alleged_future', 'status.negated-refusal', [...refusals, ...negations])
  }
  const negatedMateriel = claim.materiel.some((m) => cuesIn(m.start - 4, m.start, ['negation']).some((n) => negates(n) && !prepositionBetween(ctx, n.end, m.start) && !corrected(ctx, n, claim)))
  if (negations.length || negatedMateriel) return result('denied', 'status.negation', negations)
  // "Turkey is not among the NATO members that have sent…": the supplier is denied a place among those who did.
  const excluded = negatedMembership(ctx, claim)
  if (excluded) return result('denied', 'status.negated-membership', [excluded])
  const negatedPredicate = negatedNounPredicate(ctx, claim, cuesIn, negates)
  if (negatedPredicate) return result('denied', 'status.negated-predicate', [negatedPredicate])
  // ("Iran admitted sending drones before the war, but denied supplying them for use in Ukraine": a denial in a later clause with a deed of its own denies that deed.)
  const denials = cuesIn(answered ?? scopeStart, scopeEnd, ['denial']).filter((d) => !otherVoiceBetween(ctx, d, anchor) && !conceded(ctx, d) && !(d.start >= anchor.end && breakBetween(ctx, anchor.end, d.start) && !deniesWhatCameBefore(ctx, d, scopeEnd)))
  if (denials.length) return deniedAnswering(ctx, denials, people, memory, scopeStart, result)
  if (attribution.stance === 'deny' && !attribution.cues.some((c) => otherVoiceBetween(ctx, c, anchor))) return result('denied', 'status.denial', [])
  if (refusals.length) return result('denied', 'status.refusal', refusals)
  const suspensions = [...cuesIn(anchor.start - 8, anchor.end + 3, ['suspension']), ...closing.filter((c) => kindOf(c) === 'suspension')].filter((c) => !conceded(ctx, c) && !cuesIn(c.start - 4, c.start, ['negation']).some((n) => negatedStop(ctx, n, anchor) === c))
  if (suspensions.length) return result('denied', 'status.suspension', suspensions)

  const stance = opinionStatus(ctx, claim, [...closing, ...urgingIncise(ctx, anchor, attribution.cues)], cuesIn, result, quote ? null : scopeStart)
  if (stance) return stance

  // "Moscou aurait commandé 2 400 drones", "announced the delivery of six Caesar guns": an order or an
  // announced transfer is still to come.
  const tags = anchor.payload.kind === 'cue' ? (anchor.payload.tags ?? []) : []
  if (tags.includes('order')) return result('alleged_future', 'status.order')
  if (tags.includes('pledge')) return result('alleged_future', 'status.pledge')
  const announcer = announcingVerbBefore(ctx, anchor, claim.recipientMention) ?? announcedChain(ctx, anchor) ?? (tags.includes('contain') ? announcedHolder(ctx, anchor) : null) ?? closing.find((c) => c.payload.kind === 'cue' && !!c.payload.tags?.includes('announce'))
  if (announcer) return result('alleged_future', announcer.payload.kind === 'cue' && announcer.payload.tags?.includes('allow') ? 'status.permitted' : 'status.announced', [announcer])
  const aim = purchaseAsAim(ctx, claim)
  if (aim) return result('alleged_future', 'status.purpose', [aim])

  const futures = [...futureCues(ctx, anchor, cuesIn).filter((f) => !factiveBetween(ctx, f, anchor) && !introductory(ctx, claim, f)), ...closing.filter((c) => kindOf(c) === 'future')]
  // "dostarczy", "передаст": a verb form listed under `future` is one. ("hat die Lieferung … genehmigt": the perfect is the approving verb's.)
  if ((!isPastForm(ctx, anchor) || closing.some((c) => kindOf(c) === 'future')) && (futures.length || tenseOf(anchor) === 'future' || hasEnding(ctx, anchor, ctx.lang.futureEndings))) return result('alleged_future', 'status.future', futures)

  if (claim.forcedStatus === 'reported') return result('reported', 'status.origin-implied')
  // "…sent missiles, although many reportedly failed", "…Bomben, die im Sommer geliefert werden sollen": hearsay in a clause of its own (a relative one too) is about that clause.
  const conditionals = cuesIn(scopeStart, scopeEnd, ['conditional']).filter((c) => !newClauseBetween(ctx, Math.min(c.end, anchor.end), Math.max(c.start, anchor.start)) && !relativeBetween(ctx, anchor.end, c.start) && !inLaterConjunct(ctx, anchor, c) && !isClaimingVerb(ctx, c) && !factiveBetween(ctx, c, anchor))
  if (!conditionals.length && futureInPast(ctx, anchor, scopeStart)) return result('alleged_future', 'status.future-in-past')
  if (conditionals.length || tenseOf(anchor) === 'conditional' || hasEnding(ctx, anchor, ctx.lang.conditionalEndings)) return result('reported', 'status.conditional', conditionals)

  // "Zelensky thanked Norway for the F-16s": the recipient acknowledges the transfer in its own name.
  // ("Putin thanked Pyongyang for sending troops": the thanks govern the verb after them.)
  const thanks = tags.includes('thank') ? anchor : cuesIn(scopeStart, anchor.start, ['acquire']).find((c) => c.payload.kind === 'cue' && !!c.payload.tags?.includes('thank') && anchor.start - c.end <= 8)
  if (thanks && !attribution.speaker) return result('confirmed', 'status.thanks', [thanks])
  return statusOfVoice(ctx, claim, attribution, (kinds) => cuesIn(scopeStart, scopeEnd, kinds), result)
}

type Decide = (status: Status, rule: string, cues?: readonly Lex[]) => StatusDecision

/**
 * "Deutschland soll im Sommer Panzer liefern", "sollen geliefert werden": a modal of hearsay before a
 * verb in the present infinitive is a plan; before a perfect one ("soll … geliefert haben") it stays hearsay.
 * Where verbs close the clause the modal may follow ("…, dass Iran Drohnen liefern soll"), and a trigger noun
 * may be the modal's subject ("Die Lieferung soll im Herbst beginnen").
 */
function modalPlan(ctx: DocumentContext, anchor: Lex, cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[]): Lex | null {
  const isModal = (c: Lex): boolean => c.payload.kind === 'cue' && !!c.payload.tags?.includes('modal')
  if (claimIsNominal(anchor)) return ctx.lang.verbFinal ? nominalModalPlan(ctx, anchor, cuesIn) : null
  const modal = cuesIn(anchor.start - 10, anchor.start, ['conditional']).find((c) => isModal(c) && !newClauseBetween(ctx, c.end, anchor.start))
  const tense = tenseOf(anchor)
  if (tense !== 'infinitive' && tense !== 'participle') return null
  if (modal) {
    for (let k = anchor.end; k < Math.min(anchor.end + 2, ctx.tokens.length); k++) if (ctx.grammarAt[k]?.roles.some((r) => r === 'have' || r === 'be')) return null
    return modal
  }
  if (!ctx.lang.verbFinal) return null
  // ("liefern soll", "geliefert werden soll"; "geliefert haben soll", "geliefert worden sein soll" are done.)
  for (let k = anchor.end; k < Math.min(anchor.end + 4, ctx.tokens.length); k++) {
    const cue = ctx.cueAt[k]
    if (cue && cue.start === k && kindOf(cue) === 'conditional' && isModal(cue)) return cuesIn(k, cue.end, ['conditional'])[0] ?? null
    if (ctx.lang.perfectAuxiliaries.has(ctx.tokens[k]!.key) || !ctx.grammarAt[k]?.roles.includes('be')) return null
  }
  return null
}

/**
 * "Die Lieferung der Kampfjets soll im Herbst beginnen", "Im Herbst sollen die Lieferungen beginnen": a modal of
 * hearsay in the clause of a trigger noun, with no comma or clause word between, whose clause does not close on a
 * perfect auxiliary ("soll bereits erfolgt sein").
 */
function nominalModalPlan(ctx: DocumentContext, anchor: Lex, cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[]): Lex | null {
  const clauseWord = (k: number): boolean => /^[,;:.!?«»“”„"()—–]$/.test(ctx.tokens[k]!.text) || !!ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break')
  let start = anchor.start
  while (start > Math.max(0, anchor.start - 10) && !clauseWord(start - 1)) start--
  let end = anchor.end
  while (end < Math.min(ctx.tokens.length, anchor.end + 20) && !clauseWord(end)) end++
  const modal = cuesIn(start, end, ['conditional']).find((c) => c.payload.kind === 'cue' && !!c.payload.tags?.includes('modal') && (c.start >= anchor.end || c.end <= anchor.start))
  if (!modal) return null
  for (let k = anchor.end; k < end; k++) {
    const cue = ctx.cueAt[k]
    // (Another verb of a deed after the noun has the modal.)
    if (cue && cue.start === k && cue.payload.kind === 'cue' && DEED.has(cue.payload.cue) && !claimIsNominal(cue)) return null
  }
  return ctx.lang.perfectAuxiliaries.has(ctx.tokens[end - 1]!.key) ? null : modal
}

/**
 * Opinions before the trigger in its scope (cuesIn clamps to it) or closing its clause: a negated one refuses, one's own
 * obligation plans, a schedule in the journalist's voice plans, others argue. `unquoted` is the sentence start outside quotations.
 */
function opinionStatus(ctx: DocumentContext, claim: DraftClaim, closing: readonly Lex[], cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[], result: Decide, unquoted: number | null): StatusDecision | null {
  const anchor = claim.anchor
  const opinions = [...cuesIn(0, anchor.start, ['opinion']).filter((o) => !factiveBetween(ctx, o, anchor)), ...closing.filter((c) => kindOf(c) === 'opinion')]
  // "I do not think it is right to supply…", "la France ne souhaite pas livrer…": not wanting the transfer is refusing it.
  // ("Switzerland cannot agree to a request to re-export…": a request one does not grant, over a verb and an article.)
  const requestNoun = (o: Lex): boolean => kindOf(o) === 'opinion' && ctx.lang.determiners.has(ctx.tokens[o.start - 1]?.key ?? '')
  const negationsOver = (o: Lex): Lex[] => [...cuesIn(o.start - 3, o.start, ['negation']), ...(requestNoun(o) ? cuesIn(o.start - 5, o.start - 3, ['negation']).filter((n) => !commaBetween(ctx, n.end, o.start) && !breakBetween(ctx, n.end, o.start)) : [])]
  const negatedOpinion = cuesIn(0, anchor.start, ['opinion', 'hedge']).find((o) => negationsOver(o).length > 0)
  if (negatedOpinion) return result('denied', 'status.negated-opinion', [negatedOpinion, ...negationsOver(negatedOpinion)])
  if (isOwnObligation(ctx, anchor, opinions)) return result('alleged_future', 'status.own-obligation', opinions)
  if (isOwnIntent(ctx, claim, opinions)) return result('alleged_future', 'status.own-intent', opinions)
  if (isOwnOffer(claim, opinions)) return result('alleged_future', 'status.own-offer', opinions)
  // (The modal's subject does the deed; it is no speaker.)
  if (unquoted !== null && isSchedule(ctx, anchor, opinions, unquoted, cuesIn)) return { ...result('alleged_future', 'status.schedule', opinions), attributedTo: null }
  if (opinions.length) return result('opinion', 'status.opinion', opinions)
  return null
}

/**
 * "Deutschland müsse Kampfjets liefern, forderte Kiesewetter", "…, urged the senator": the verb of request of an incise
 * after a comma that gives the claim its speaker argues for it ("will send tanks because Kyiv asked" is no incise).
 */
function urgingIncise(ctx: DocumentContext, anchor: Lex, voiced: readonly Lex[]): Lex[] {
  return voiced.filter((c) => kindOf(c) === 'opinion' && c.start >= anchor.end && commaBetween(ctx, anchor.end, c.start))
}

const kindOf = (cue: Lex): CueKind | null => (cue.payload.kind === 'cue' ? cue.payload.cue : null)
const CLOSING: ReadonlySet<CueKind> = new Set(['refusal', 'opinion', 'suspension', 'future', 'reporting', 'admission', 'denial', 'accusation'])

/**
 * "Der Bundestag hat die Lieferung von Taurus an die Ukraine abgelehnt", "hat die Lieferung … gefordert":
 * where verbs close their clause, the cues after a trigger noun up to the end of its clause (no
 * comma, clause word or other trigger between) are the verb that governs it.
 */
function closingCues(ctx: DocumentContext, anchor: Lex, scopeEnd: number): Lex[] {
  if (!ctx.lang.verbFinal || !claimIsNominal(anchor)) return []
  const out: Lex[] = []
  for (let k = anchor.end; k < Math.min(scopeEnd, anchor.end + 15); k++) {
    const t = ctx.tokens[k]!
    if (/^[,;:.!?«»“”„"()—–-]$/.test(t.text) || ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break')) break
    const cue = ctx.cueAt[k]
    if (!cue || cue.start !== k || cue.payload.kind !== 'cue') continue
    if (DEED.has(cue.payload.cue)) break
    if (CLOSING.has(cue.payload.cue)) out.push(cue)
  }
  return out
}

/**
 * "Die Drohnen werden von der Türkei an die Ukraine verkauft": where verbs close the clause, an auxiliary of the future
 * before a participle in its clause, with none after it ("wird … geliefert werden"), makes the passive of the present,
 * not a plan. (After the participle, "geliefert werden" may be the infinitive a modal governs: "sollen … geliefert werden".)
 */
function isPassiveAuxiliary(ctx: DocumentContext, f: Lex, anchor: Lex): boolean {
  if (!ctx.lang.verbFinal || tenseOf(anchor) !== 'participle' || f.end - f.start !== 1 || futureReceipt(ctx, anchor)) return false
  const isBe = (k: number): boolean => !!ctx.grammarAt[k]?.roles.includes('be')
  if (!isBe(f.start)) return false
  return f.end <= anchor.start && anchor.start - f.end <= 8 && !commaBetween(ctx, f.end, anchor.start) && !isBe(anchor.end)
}

/** The words that put a transfer in the future: "will send", "plans to deliver", "pledged to send", "a promis de livrer". */
function futureCues(ctx: DocumentContext, anchor: Lex, cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[]): Lex[] {
  // "…, dass Panzer geliefert werden": where verbs close the clause, the auxiliary of the future follows the verb.
  const after = (f: Lex): boolean => ctx.lang.verbFinal && f.start >= anchor.end && f.start <= anchor.end + 1
  // "передать Украине ракеты пообещала Германия": a promising verb after an infinitive governs it too.
  // ("Deutschland werde noch in diesem Jahr zwei weitere Systeme liefern": where verbs close the clause, the
  // auxiliary may stand further before the infinitive, in the same clause.)
  const reach = ctx.lang.verbFinal && tenseOf(anchor) === 'infinitive' ? 18 : 10
  // ("wolle nicht mehr auflisten, welche Waffensysteme sie der Ukraine liefere", "will help Poland, which sent jets to Kyiv": a relative clause has a tense of its own.)
  const futures = cuesIn(anchor.start - reach, anchor.end + 4, ['future']).filter((f) => (f.start < anchor.start || claimIsNominal(anchor) || tenseOf(anchor) === 'infinitive' || after(f)) && (anchor.start - f.start <= 10 || !commaBetween(ctx, f.end, anchor.start)) && !relativeBetween(ctx, f.end, anchor.start) && !isPassiveAuxiliary(ctx, f, anchor))
  // "pledged to send", "a promis de livrer": a promise governs the transfer verb after it.
  const pledges = cuesIn(anchor.start - 10, anchor.start, ['supply']).filter((c) => c.payload.kind === 'cue' && !!c.payload.tags?.includes('pledge'))
  // "signed a contract with India for the purchase of launchers", « un contrat avec la France pour l'achat de canons »: an order governs the transfer noun after it.
  if (claimIsNominal(anchor)) pledges.push(...cuesIn(anchor.start - 8, anchor.start, ['acquire', 'supply']).filter((c) => c.payload.kind === 'cue' && !!c.payload.tags?.includes('order') && !commaBetween(ctx, c.end, anchor.start)))
  // "hat zugesagt / plant, der Ukraine Panzer zu liefern": a promise or a plan governing a zu-infinitive.
  const governing = zuInfinitiveHead(ctx, anchor)
  if (governing && (kindOf(governing) === 'future' || tenseOf(governing) === 'future')) pledges.push(governing)
  const modal = modalPlan(ctx, anchor, cuesIn) ?? predicatePlan(ctx, anchor)
  if (modal) pledges.push(modal)
  // « La Grèce autorisera les États-Unis à livrer des armes »: what a permission still to come permits is still to come.
  pledges.push(...cuesIn(anchor.start - 10, anchor.start, ['use']).filter((c) => c.payload.kind === 'cue' && !!c.payload.tags?.includes('allow') && (tenseOf(c) === 'future' || hasEnding(ctx, c, ctx.lang.futureEndings)) && !commaBetween(ctx, c.end, anchor.start)))
  pledges.push(...laterTime(ctx, anchor, cuesIn))
  if (futures.length || pledges.length) return [...futures, ...pledges]
  // "expects to build 400 tanks a year and repair armoured vehicles": a verb joined to the one before shares its future.
  const head = coordinatedHead(ctx, anchor)
  return head ? futureCues(ctx, head, cuesIn) : []
}

/**
 * "Die USA liefern Israel nach Angaben der Zeitung in den kommenden Wochen Bomben": a word of time to come anywhere
 * later in the clause of a verb trigger (no comma, clause word or other deed between) makes it a plan.
 */
function laterTime(ctx: DocumentContext, anchor: Lex, cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[]): Lex[] {
  if (claimIsNominal(anchor) || isPastForm(ctx, anchor)) return []
  const times = cuesIn(anchor.end, anchor.end + 12, ['future']).filter((f) => f.payload.kind === 'cue' && !!f.payload.tags?.includes('time'))
  return times.filter((f) => {
    for (let k = anchor.end; k < f.start; k++) {
      const cue = ctx.cueAt[k]
      if (/^[,;:.!?«»“”„"()—–]$/.test(ctx.tokens[k]!.text) || ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break') || (cue?.payload.kind === 'cue' && DEED.has(cue.payload.cue))) return false
    }
    return true
  })
}

/** A relative word opening a clause after a comma lies between two tokens. */
function relativeBetween(ctx: DocumentContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.grammarAt[k]?.roles.includes('relative') && (ctx.tokens[k]!.text === ',' || ctx.tokens[k - 1]?.text === ',')) return true
  return false
}

const DEED: ReadonlySet<CueKind> = new Set(['supply', 'acquire', 'use', 'train', 'deploy', 'operate', 'produce', 'repair', 'fund', 'help'])

/**
 * "will deliver howitzers over the coming months and train their crews": the verb of a deed right
 * after a conjunction word has the verb of the deed before it, in the same clause, as its head.
 */
function coordinatedHead(ctx: DocumentContext, anchor: Lex): Lex | null {
  // (« a promis de l'équiper et de lui fournir des instructeurs » : an infinitive marker and clitics may stand between.)
  let lead = anchor.start
  while (lead > anchor.start - 3 && (ctx.lang.infinitiveMarkers.has(ctx.tokens[lead - 1]?.key ?? '') || ctx.lang.objectClitics.has(ctx.tokens[lead - 1]?.key ?? ''))) lead--
  const and = lead - 1
  const t = ctx.tokens[and]
  // (« de former…, de les équiper, de les entraîner » : a comma before an infinitive's marker joins it too.)
  const joined = (!!t?.word && ctx.grammarAt[and]?.roles.includes('and') && ctx.grammarAt[and]!.end === lead) || (t?.text === ',' && lead < anchor.start && ctx.lang.infinitiveMarkers.has(ctx.tokens[lead]!.key))
  if (claimIsNominal(anchor) || !joined) return null
  const matches: TrieMatch<true>[] = []
  ctx.lang.inclusions.matchAt(ctx.tokens, and, matches)
  if (matches.length) return null
  for (let k = and - 1; k >= Math.max(0, and - 15); k--) {
    const tk = ctx.tokens[k]!
    // (« de former « 2 000 soldats, de les équiper » : a quotation opening after the verb before is no break.)
    if (/^[,;:.!?»”"()—–]$/.test(tk.text) || ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'break')) return null
    const cue = ctx.cueAt[k]
    if (cue && cue.start === k && cue.payload.kind === 'cue' && DEED.has(cue.payload.cue) && !claimIsNominal(cue)) return cue
  }
  return null
}

/** « a annoncé sa volonté de former…, de les équiper et leur apporter… » : the announcement before the first verb of a chain. */
function announcedChain(ctx: DocumentContext, anchor: Lex): Lex | null {
  let head = coordinatedHead(ctx, anchor)
  for (let hops = 0; head && hops < 4; hops++) {
    const announcer = announcingVerbBefore(ctx, head)
    if (announcer) return announcer
    head = coordinatedHead(ctx, head)
  }
  return null
}

/** The sentence holding the trigger ends with a question mark. */
function askedAsQuestion(ctx: DocumentContext, anchor: Lex): boolean {
  const sentence = ctx.sentences[ctx.tokens[anchor.start]!.sentence]!
  return ctx.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')
}

/**
 * The status a voice gives: the journalist or a medium reports; an unnamed source reports; an
 * admission confirms; an accusation or a hedge asserts; an official, an institution or a party confirms.
 */
function statusOfVoice(ctx: DocumentContext, claim: DraftClaim, attribution: Attribution, inScope: (kinds: readonly CueKind[]) => Lex[], result: Decide): StatusDecision {
  const speaker = attribution.speaker
  const reportOf = reportNounOver(ctx, claim.anchor)
  if (reportOf) return result('reported', 'status.report-of', [reportOf])
  if (!speaker && attribution.stance === 'accuse') return result('asserted', 'status.accusation', attribution.cues)
  // "Russia is believed to have received…": a hedge with no one behind it still hedges.
  if (!speaker && attribution.stance === 'hedge') return result('asserted', 'status.hedge', attribution.cues)
  // « La Chine livre-t-elle des drones à la Russie ? » : a question in the writer's voice raises a suspicion, it reports no fact.
  if (!speaker && askedAsQuestion(ctx, claim.anchor)) return result('asserted', 'status.question')
  if (!speaker) {
    const reports = inScope(['report_noun'])
    return result('reported', reports.length ? 'status.media-report' : 'status.journalist-voice', reports)
  }
  if (speaker.type === 'outlet' || speaker.standing === 'media') return result('reported', 'status.media-report')
  const anonymous = attribution.anonymous
  // "A UN official said…", "a U.N. expert on Myanmar said…": whoever speaks for an international body is that body speaking.
  const body = !!speaker.actor && speaker.actor !== claim.supplier && speaker.actor !== claim.recipient && ctx.knowledge.actors.get(speaker.actor)?.kind === 'organisation'
  // ("the head of the foreign ministry said": an official named by a definite role is on the record.)
  const onRecord = speaker.definite && speaker.standing === 'official'
  const accusations = [...inScope(['accusation']), ...inScope(['conditional']).filter((c) => isClaimingVerb(ctx, c))]
  // (An accusation stays one whoever makes it, unnamed officials too.)
  const accused = accusations.length > 0 || attribution.stance === 'accuse'
  if (speaker.type === 'unnamed' && !accused && !onRecord && !body && !intelligenceBody(speaker.role) && !/((?<!ad)minist|diplomatie|diplomacy|spokes(?:man|woman|person)|porte-parole|sprecher|secretary|secr[eé]taire|sekret[äa]r|\bpr[eé]sident|präsident|chancellor|chancelier|kanzler|\bministère|\bdepartment|\bdépartement|\bgovernment|\bgouvernement|regierung|ministerium|geheimdienst|nachrichtendienst|\bgoverno|servi[cç]os? (?:de informa|de intelig|secreto)|\bgobierno|министерств|міністерств|правительств|уряд|разведк|розвідк|ведомств|відомств)/iu.test(speaker.role ?? '')) return result('reported', 'status.unnamed-source')
  const hedges = inScope(['hedge']).filter((h) => !inLaterPredicate(ctx, claim.anchor, h) && !inLaterStatement(ctx, claim.anchor, h))
  // (Unnamed sources who "confirm" are still unnamed.)
  const unnamed = anonymous && kindOf(anonymous) !== 'report_noun'
  if (!unnamed && (attribution.stance === 'confirm' || inScope(['admission']).length)) return result('confirmed', 'status.admission')
  if (accused) return result('asserted', 'status.accusation', accusations)
  if (unnamed) return result('reported', 'status.unnamed-source', [anonymous])
  // (A state body's own report, "the Pentagon's report said", is that body speaking.)
  if (anonymous && !speaker.actor) return result('reported', 'status.media-report', [anonymous])
  if (hedges.length) return result('asserted', 'status.hedge', hedges)
  const party = speaker.actor && (speaker.actor === claim.supplier || speaker.actor === claim.recipient)
  // "the Stockholm International Peace Research Institute said", « l'Institut d'études de sécurité a affirmé »: a research body or watchdog is no government.
  if (speaker.type === 'institution' && !party && RESEARCH_BODY.test(`${speaker.speaker ?? ''} ${speaker.org ?? ''}`)) return result('asserted', 'status.research-body')
  if (speaker.standing === 'official' || speaker.type === 'institution' || party) return result('confirmed', 'status.official-statement')
  if (body) return result('confirmed', 'status.international-body')
  return result('asserted', 'status.named-source')
}

/**
 * "concerned by reports of Iranian arms deliveries to Hezbollah", « des informations faisant état de livraisons d'armes »:
 * a transfer noun governed by a report noun before it (over "of", articles, demonyms and materiel) is what the reports
 * say, whoever mentions them.
 */
function reportNounOver(ctx: DocumentContext, anchor: Lex): Lex | null {
  if (!claimIsNominal(anchor)) return null
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 6); k--) {
    const cue = ctx.cueAt[k]
    // (Pictures show rather than say: "images of the arrival of Russian soldiers".)
    if (cue?.payload.kind === 'cue') return cue.payload.cue === 'report_noun' && cue.end <= anchor.start && !ctx.entityAt[k] && !VISUAL.test(ctx.tokens[cue.start]!.key) ? cue : null
    const t = ctx.tokens[k]!
    const passable = ctx.grammarAt[k]?.roles.includes('of') || ctx.lang.articles.has(t.key) || ctx.lang.determiners.has(t.key) || ctx.entityAt[k]?.payload.kind === 'actor' || ctx.materielAt[k]
    if (!t.word || !passable) return null
  }
  return null
}

const VISUAL = /^(images?|vid[eé]os?|photos?|photographs?|footage|bilder?|aufnahmen|fotos?)$/u

/** Words that name a research body, a think tank or a watchdog in the name of an institution. */
const RESEARCH_BODY = /(\binstitut|\bresearch\b|\brecherche|forschung|\bstudies\b|\bétudes\b|\bstudien\b|universit|\bfoundation\b|\bfondation\b|stiftung|\bwatch\b|\bamnesty\b|\bobservator|\bthink tank)/iu

/**
 * "The Defense Intelligence Agency said", "les services de renseignement ukrainiens ont affirmé": an
 * intelligence service speaking as a body is on the record; its unnamed officers or sources are not.
 */
function intelligenceBody(role: string | null): boolean {
  return !!role && /\b(intelligence|renseignement)/iu.test(role) && !/\b(officials?|sources?|officers?|agents?|responsables?|officiers?|membres?|members?|analysts?|analystes?|experts?)\b/iu.test(role)
}

/** Claims of one trigger (several suppliers, several categories) share one attribution. */
const attributions = new WeakMap<Lex, Attribution>()

interface Attribution {
  readonly speaker: Speaker | null
  readonly name: string | null
  readonly stance: string | null
  readonly cues: readonly Lex[]
  /** The voice is unnamed sources or officials ("sources close to…", "U.S. officials") or a report ("media reports"). */
  readonly anonymous?: Lex | null
}

/** "officials", "responsables", "Beamte", "diplomats": officials in the plural are no one on the record. */
const OFFICIALS = /^(officials|responsables|beamte|beamten|regierungsbeamte|regierungsvertreter|vertreter|diplomats|diplomates|diplomaten|insiders)$/

/**
 * "Sources close to the ministry said", "Two people familiar with the talks said", "according to U.S.
 * officials", "d'après des responsables américains", "media reports say": the words of the speaker's
 * phrase (and those right before it, up to the verb) name unnamed sources, officials in the plural or a
 * report; the role or cue that does.
 */
function anonymousSource(ctx: DocumentContext, cue: Lex, phrase: { start: number; end: number }, floor: number): Lex | null {
  let from = phrase.start
  let to = phrase.end
  if (cue.start >= phrase.end) {
    // Subject before the verb: the phrase, the words before it in the same noun phrase and those up to the verb.
    while (from - 1 >= floor && from > phrase.start - 6 && ctx.tokens[from - 1]!.word && !ctx.grammarAt[from - 1]?.roles.some((r) => r === 'that' || r === 'break')) from--
    to = cue.start
  } else from = Math.max(cue.end, Math.min(from, cue.end))
  for (let i = from; i < to; i++) {
    const role = ctx.roleAt[i]
    if (role?.payload.kind === 'role' && (role.payload.entryId.endsWith('.role.source') || (role.payload.standing === 'official' && OFFICIALS.test(ctx.tokens[role.end - 1]!.key)))) return role
    const other = ctx.cueAt[i]
    // (A report noun in or before the phrase names the speaker itself: "l'agence sud-coréenne du renseignement".)
    const between = cue.start >= phrase.end ? i >= phrase.end : i < phrase.start
    if (other && other !== cue && between && other.payload.kind === 'cue' && other.payload.cue === 'report_noun' && !ctx.entityAt[i]) return other
  }
  return null
}

/**
 * Who makes the claim: the speaker of the quotation it is in; else the subject of a reporting
 * verb in the sentence ("Kirby said that…", "…, a affirmé la Maison Blanche"); else the
 * complement of "selon" / "according to"; else nobody (the journalist's own voice).
 */
function attributionOf(ctx: DocumentContext, claim: DraftClaim, quote: Quote | null, people: PeopleIndex, memory: SpeakerMemory, from: number, to: number): Attribution {
  if (quote) {
    const speaker: Speaker = {
      speaker: quote.speaker,
      role: quote.role,
      org: quote.org,
      outlet: quote.outlet,
      type: quote.speakerType,
      actor: quote.speakerActor,
      standing: quote.standing,
    }
    const stance = quote.cues.length ? stanceOfEntry(ctx, quote.cues[0]!) : null
    return { speaker, name: nameOf(speaker), stance, cues: [] }
  }
  const anchor = claim.anchor
  // A reporting verb before the claim (indirect speech) or after it (incise), nearest first.
  const candidates: Lex[] = []
  for (let i = from; i < to; i++) {
    const cue = ctx.cueAt[i]
    if (cue && cue.start === i && cue.payload.kind === 'cue' && (SPEECH.has(cue.payload.cue) || cue.payload.cue === 'according' || !!cue.payload.tags?.includes('thank') || (cue.payload.cue === 'conditional' && isClaimingVerb(ctx, cue)) || (cue.payload.cue === 'report_noun' && !!reportSubject(ctx, cue, from))) && !isHedgeAdverb(ctx, cue) && !conceded(ctx, cue)) candidates.push(cue)
  }
  candidates.sort((a, b) => Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start))
  const closing = closingCues(ctx, anchor, to)
  let raised: Lex | null = null
  for (const cue of candidates) {
    if (cue.payload.kind !== 'cue' || joinedAfter(ctx, anchor, cue)) continue
    // ("…promised to send howitzers, though officials declined to say when", "X declined to comment, but…": a clause of its own.)
    if (cue.start > anchor.end ? breakBetween(ctx, anchor.end, cue.start) : cue.payload.cue === 'refusal' && breakBetween(ctx, cue.end, anchor.start)) continue
    // "Der Kanzler hat die Lieferung … abgelehnt": the verb closing the clause of a trigger noun has its subject before the noun.
    const closer = closing.includes(cue) ? (readSpeakerBefore(ctx, people, anchor.start, from) ?? readSpeakerAfter(ctx, people, cue.end, to)) : null
    // "…, said Paula Greene" / "…, a affirmé la Maison Blanche": after the claim, behind a comma, the subject follows.
    // ("…, a indiqué le gouvernement malien": over the auxiliary.)
    const opening = ctx.grammarAt[cue.start - 1]?.roles.includes('have') ? cue.start - 2 : cue.start - 1
    const incise = cue.start > anchor.end && ctx.tokens[opening]?.text === ','
    const phrase =
      closer ??
      (cue.payload.cue === 'according'
        ? cue.payload.tags?.includes('own')
          ? ownAccount(ctx, people, cue, from, to)
          : (readSpeakerAfter(ctx, people, cue.end, accordingEnd(ctx, cue, anchor, to)) ?? reportOwner(ctx, cue.end, to))
        : incise
          ? (readSpeakerAfter(ctx, people, cue.end, to) ?? readSpeakerBefore(ctx, people, cue.start, cue.start - 1))
          : // "…package announced on Friday": a verb after the claim has its subject after the claim too.
            (readSpeakerBefore(ctx, people, cue.start, cue.start > anchor.end ? Math.max(anchor.end, cue.start - 4) : from) ?? ownedReportBefore(ctx, cue, from) ?? readSpeakerAfter(ctx, people, cue.end, to))) ??
      // "« … », a-t-il répondu, en rappelant que…": the pronoun inside the reporting words.
      pronounInside(ctx, cue)
    // "sources reported…", "media reports say…": a report noun as the verb's subject is no one in particular.
    const reporter = !phrase && cue.start < anchor.start ? reportSubject(ctx, cue, from) : null
    if (reporter) return { speaker: null, name: spanText(ctx, reporter.start, reporter.end), stance: cue.payload.stance, cues: [cue, reporter] }
    if (phrase && cue.payload.cue === 'hedge' && raisedSubject(claim, phrase)) raised ??= cue
    // ("Germany should send Taurus missiles, Kiesewetter urged": the subject of a modal right before the deed does the deed; it is no speaker.)
    if (phrase && modalOfSupplier(ctx, claim, cue, phrase)) continue
    if (!phrase || raised === cue) continue
    // "Les Émirats sont accusés de fournir…", "Iran is accused of sending…": the subject of a passive accusation is the accused.
    if (cue.payload.cue === 'accusation' && raisedSubject(claim, phrase) && passiveAt(ctx, cue)) return passiveAccuser(ctx, people, memory, cue, to)
    const speaker = resolveSpeaker(phrase, memory)
    // "Ils reprochent à Téhéran…", "They accuse Iran…": a pronoun no one named before stands for still accuses.
    if (!speaker && phrase.type === 'pronoun' && cue.payload.cue === 'accusation') return { speaker: null, name: null, stance: 'accuse', cues: [cue] }
    if (!speaker) continue
    return { speaker, name: nameOf(speaker), stance: cue.payload.stance, cues: [cue], anonymous: speaker.type === 'person' ? null : anonymousSource(ctx, cue, phrase, from) }
  }
  const signed = dashSignature(ctx, claim.sentence, people, memory) ?? backReference(ctx, claim.sentence, people, memory) ?? continuedSpeech(ctx, claim.sentence, people, memory) ?? confirmedAfter(ctx, claim.sentence, people, memory)
  if (signed) return signed
  // "وأضاف أن…": in a language that drops subjects, the nearest reporting verb before the claim speaks for the last speaker.
  const verb = ctx.lang.proDrop ? candidates.find((c) => c.start < anchor.start && c.payload.kind === 'cue' && c.payload.cue !== 'according') : undefined
  const dropped = verb ? droppedSubject(ctx, verb) : null
  const speaker = dropped ? resolveSpeaker(dropped, memory) : null
  if (verb && speaker && verb.payload.kind === 'cue') return { speaker, name: nameOf(speaker), stance: verb.payload.stance, cues: [verb] }
  return { speaker: null, name: null, stance: raised ? 'hedge' : null, cues: raised ? [raised] : [] }
}

/** "Die USA haben nach eigenen Angaben…", "Turkey has, by its own account, delivered…": the subject of the clause speaks for itself. */
function ownAccount(ctx: DocumentContext, people: PeopleIndex, cue: Lex, from: number, to: number): ReturnType<typeof readSpeakerBefore> {
  return readSpeakerBefore(ctx, people, cue.start, from) ?? readSpeakerAfter(ctx, people, cue.end, to)
}

/**
 * « Le rapport du ministère des Armées indique que… », "A Pentagon report says…": a report noun owned by a body, as the
 * subject of the verb of saying, is that body speaking.
 */
function ownedReportBefore(ctx: DocumentContext, cue: Lex, from: number): ReturnType<typeof institutionAt> | null {
  for (let k = cue.start - 1; k >= Math.max(from, cue.start - 8); k--) {
    const noun = ctx.cueAt[k]
    if (noun && noun.start === k && noun.payload.kind === 'cue' && noun.payload.cue === 'report_noun') return reportOwner(ctx, k, cue.start)
    if (!ctx.tokens[k]!.word || ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'break')) return null
  }
  return null
}

/**
 * "Iran is accused of sending…" accuses no one in particular; "…is accused by Washington of…",
 * « est accusé par Washington de… »: the agent of the passive accuses.
 */
function passiveAccuser(ctx: DocumentContext, people: PeopleIndex, memory: SpeakerMemory, cue: Lex, to: number): Attribution {
  const by = ctx.grammarAt[cue.end]
  const phrase = by?.roles.includes('by') ? readSpeakerAfter(ctx, people, by.end, to) : null
  const accuser = phrase ? resolveSpeaker(phrase, memory) : null
  return accuser ? { speaker: accuser, name: nameOf(accuser), stance: 'accuse', cues: [cue] } : { speaker: null, name: null, stance: 'accuse', cues: [cue] }
}

/**
 * "According to the report, Iranian drones were delivered…": before the claim, what "according to"
 * names ends at the first comma or at the claim; "Iranian" after the comma is none of it.
 */
function accordingEnd(ctx: DocumentContext, cue: Lex, anchor: Lex, to: number): number {
  if (cue.start > anchor.start) return to
  for (let k = cue.end; k < Math.min(to, anchor.start); k++) if (ctx.tokens[k]!.text === ',') return k
  return Math.min(to, anchor.start)
}

/**
 * "according to a U.N. report", "according to a report by the Pentagon": the body or state that owns the
 * report named after "according to", right before the report noun or after its "by" / "of" / "from".
 */
function reportOwner(ctx: DocumentContext, from: number, to: number): ReturnType<typeof institutionAt> | null {
  let k = from
  while (k < to && (ctx.lang.determiners.has(ctx.tokens[k]!.key) || ctx.lang.articles.has(ctx.tokens[k]!.key))) k++
  const owner = (at: number): ReturnType<typeof institutionAt> | null => {
    const e = ctx.entityAt[at]
    return e && e.start === at && e.payload.kind === 'actor' && e.payload.form !== 'demonym' && e.end <= to ? institutionAt(ctx, at) : null
  }
  const isReport = (at: number): boolean => {
    const cue = ctx.cueAt[at]
    return cue?.payload.kind === 'cue' && cue.payload.cue === 'report_noun'
  }
  const before = ctx.entityAt[k]
  if (before && before.start === k && isReport(before.end)) return owner(k)
  if (!isReport(k)) return null
  // ("according to the Pentagon's annual report", « le rapport annuel du Pentagone »: an adjective or two may follow the noun.)
  let after = ctx.cueAt[k]!.end
  while (after < Math.min(to, ctx.cueAt[k]!.end + 2) && ctx.tokens[after]!.word && !ctx.grammarAt[after] && !ctx.cueAt[after] && !ctx.entityAt[after]) after++
  const prep = ctx.grammarAt[after]
  if (!prep?.roles.some((r) => r === 'agent' || r === 'by' || r === 'of' || r === 'from')) return null
  let at = prep.end
  while (at < to && (ctx.lang.determiners.has(ctx.tokens[at]!.key) || ctx.lang.articles.has(ctx.tokens[at]!.key))) at++
  return owner(at)
}

/**
 * "Russia is believed to have received missiles from Iran", "Iran appears to have sent drones": the subject of a
 * hedge whose verb is the deed's own is the one who does the deed, not someone who speaks.
 */
/** "Germany must deliver jets", « l'Allemagne doit livrer »: an opinion word at most two words before the trigger, whose subject is the supplier. */
function modalOfSupplier(ctx: DocumentContext, claim: DraftClaim, cue: Lex, phrase: { start: number; end: number }): boolean {
  const supplier = claim.supplierMention
  return kindOf(cue) === 'opinion' && cue.end <= claim.anchor.start && claim.anchor.start - cue.end <= 2 && !!supplier && supplier.start < phrase.end && phrase.start < supplier.end && !ctx.tokens.slice(cue.end, claim.anchor.start).some((t) => !t.word)
}

function raisedSubject(claim: DraftClaim, phrase: { start: number; end: number }): boolean {
  return [claim.supplierMention, claim.recipientMention].some((m) => !!m && m.start < phrase.end && phrase.start < m.end)
}

/**
 * "despite repeated denials from Tehran", "malgré les démentis de Téhéran", "trotz Dementis": a denial in a
 * concessive phrase is granted by the sentence, which states its claim over it.
 */
function conceded(ctx: DocumentContext, cue: Lex): boolean {
  for (let k = cue.start - 1; k >= Math.max(0, cue.start - 5); k--) {
    if (ctx.grammarAt[k]?.roles.includes('concessive')) return true
    const t = ctx.tokens[k]!
    // ("repeated denials": a word of saying may qualify the denial.)
    const other = ctx.cueAt[k]
    if ((!t.word && t.key !== "'s" && t.text !== '’s') || (other && other !== cue && !(other.payload.kind === 'cue' && (other.payload.cue === 'reporting' || other.payload.cue === 'hedge')))) return false
  }
  return false
}

/** "is accused", "has been accused": a form of "be" ends right before the verb. */
function passiveAt(ctx: DocumentContext, verb: Lex): boolean {
  return [1, 2].some((d) => {
    const g = ctx.grammarAt[verb.start - d]
    return !!g && g.end === verb.start && g.roles.some((r) => r === 'be' || r === 'copula')
  })
}

/** The report noun right before a verb of saying, as its subject ("sources reported", "reports say"). */
function reportSubject(ctx: DocumentContext, cue: Lex, floor: number): Lex | null {
  const noun = ctx.cueAt[cue.start - 1]
  return noun && noun.end === cue.start && noun.start >= floor && noun.payload.kind === 'cue' && noun.payload.cue === 'report_noun' && !ctx.entityAt[noun.start] ? noun : null
}

/**
 * "Berlin has been a major supplier of tanks to Kyiv and said on Monday…", "a livré des chars et a
 * déclaré…": a reporting verb joined after the claim by a conjunction word governs what follows it.
 */
function joinedAfter(ctx: DocumentContext, anchor: Lex, cue: Lex): boolean {
  if (cue.start < anchor.end) return false
  let k = cue.start - 1
  if (ctx.grammarAt[k]?.roles.some((r) => r === 'have' || r === 'be')) k--
  return !!ctx.tokens[k]?.word && !!ctx.grammarAt[k]?.roles.includes('and')
}

/** "Pistorius sagte, die Lage sei ernst. Deutschland habe bereits Panzer geliefert.": a sentence in the mood of reported speech goes on with the last speaker. */
function continuedSpeech(ctx: DocumentContext, sentence: number, people: PeopleIndex, memory: SpeakerMemory): Attribution | null {
  const continued = reportedMoodSpeaker(ctx, sentence, null, people, memory)
  if (!continued || continued.cue.payload.kind !== 'cue') return null
  return { speaker: continued.speaker, name: nameOf(continued.speaker), stance: continued.cue.payload.stance, cues: [continued.cue] }
}

/** "Постачання КНДР боєприпасів Росії є критичною проблемою, – Буданов": a headline signed after a dash. */
function dashSignature(ctx: DocumentContext, sentence: number, people: PeopleIndex, memory: SpeakerMemory): Attribution | null {
  const [from, to] = ctx.sentenceTokens[sentence]!
  let end = to
  while (end > from && /^[.!?…]$/.test(ctx.tokens[end - 1]!.text)) end--
  const person = people.personAt(end - 1)
  if (!person || person.end !== end || person.start - 2 < from) return null
  if (!/^[—–-]$/.test(ctx.tokens[person.start - 1]!.text) || ctx.tokens[person.start - 2]!.text !== ',') return null
  const speaker = resolveSpeaker(personPhrase(ctx, people, person), memory)
  return speaker ? { speaker, name: nameOf(speaker), stance: 'assert', cues: [] } : null
}

/**
 * "… Об этом заявил Дмитрий Песков", "… Про це сказав Зеленський": the next sentence opens with a
 * word that points back and its reporting verb names who said the claim's sentence.
 */
function backReference(ctx: DocumentContext, sentence: number, people: PeopleIndex, memory: SpeakerMemory): Attribution | null {
  const next = ctx.sentenceTokens[sentence + 1]
  if (!next) return null
  const [from, to] = next
  let opener = -1
  // "Про це заявив…", "Як передає УНІАН, про це сказав…": the back-reference opens the sentence or its main clause.
  for (let i = from; i < Math.min(to, from + 8) && opener < 0; i++) if (ctx.grammarAt[i]?.roles.includes('back_reference') && (i < from + 3 || ctx.tokens[i - 1]!.text === ',')) opener = ctx.grammarAt[i]!.end
  if (opener < 0) return null
  for (let i = opener; i < Math.min(to, opener + 12); i++) {
    const cue = ctx.cueAt[i]
    // ("Das Weiße Haus sagte…": a pointer that is also an article points back only when the verb follows it, „Das sagte X“.)
    if ((ctx.lang.articles.has(ctx.tokens[opener - 1]!.key) || ctx.lang.definiteArticles.has(ctx.tokens[opener - 1]!.key)) && i > opener) return null
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || !SPEECH.has(cue.payload.cue)) continue
    const phrase = readSpeakerAfter(ctx, people, cue.end, to) ?? readSpeakerBefore(ctx, people, cue.start, opener)
    const speaker = phrase ? resolveSpeaker(phrase, memory) : null
    if (speaker) return { speaker, name: nameOf(speaker), stance: cue.payload.stance, cues: [cue] }
  }
  return null
}

/** Words that stand for a whole statement after the verb ("confirmed it / this", „bestätigte dies“) or before it (« l'a confirmé »). */
const STATEMENT_AFTER = /^(it|this|dies|cela|ceci|ça)$/
const STATEMENT_BEFORE = /^(l'|l’|le)$/

/**
 * "… The Pentagon confirmed the delivery on Monday.", « … Le ministère l'a confirmé », „… Das Ministerium bestätigte dies“:
 * the next sentence opens with a subject and a verb of confirming whose object stands for the sentence before (a pronoun
 * or a transfer noun with its article): that subject confirms it. (A denial there answers the claim with a claim of its own.)
 */
function confirmedAfter(ctx: DocumentContext, sentence: number, people: PeopleIndex, memory: SpeakerMemory): Attribution | null {
  const next = ctx.sentenceTokens[sentence + 1]
  if (!next) return null
  const [from, to] = next
  const pointsBack = (k: number, words: RegExp): boolean => k >= from && k < to && (words.test(ctx.tokens[k]!.key) || (k > from && !!ctx.grammarAt[k]?.roles.includes('back_reference')))
  const transferNoun = (k: number): boolean => { const c = ctx.cueAt[k]; return c?.payload.kind === 'cue' && c.start === k && DEED.has(c.payload.cue) && claimIsNominal(c) }
  for (let i = from + 1; i < Math.min(to, from + 8); i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || !SPEECH.has(cue.payload.cue)) continue
    if (cue.payload.cue !== 'admission') return null
    // (« l'a confirmé »: the clitic before the auxiliary.)
    const before = ctx.grammarAt[i - 1]?.roles.includes('have') ? i - 2 : i - 1
    const clitic = before > from && pointsBack(before, STATEMENT_BEFORE)
    const object = clitic || pointsBack(cue.end, STATEMENT_AFTER) || transferNoun(cue.end + 1) || transferNoun(cue.end + 2)
    const phrase = object ? readSpeakerBefore(ctx, people, clitic ? before : before + 1, from) : null
    const speaker = phrase ? resolveSpeaker(phrase, memory) : null
    return speaker ? { speaker, name: nameOf(speaker), stance: cue.payload.stance, cues: [cue] } : null
  }
  return null
}

const nameOf = (speaker: Speaker): string | null => speaker.speaker ?? speaker.role ?? speaker.org ?? null

/** The stance of a cue entry (each entry has one), looked up once per document. */
const stances = new WeakMap<DocumentContext, Map<string, string | null>>()
function stanceOfEntry(ctx: DocumentContext, entryId: string): string | null {
  let byEntry = stances.get(ctx)
  if (!byEntry) {
    byEntry = new Map()
    for (const cue of ctx.mentions) if (cue.payload.kind === 'cue' && !byEntry.has(cue.payload.entryId)) byEntry.set(cue.payload.entryId, cue.payload.stance)
    stances.set(ctx, byEntry)
  }
  return byEntry.get(entryId) ?? null
}

/** "a livré", "ont envoyé", "has supplied", "had sent": a completed transfer. */
function isPastForm(ctx: DocumentContext, anchor: Lex): boolean {
  const { tokens } = ctx
  // Forms a lexicon lists as past ("поставил", "передала") or future ("передаст") say so themselves.
  const tense = tenseOf(anchor)
  if (tense === 'past') return true
  if (tense === 'future') return false
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 3); k--) {
    const t = tokens[k]!
    // "a livré" (has delivered), but not the Portuguese article in "A Alemanha enviará" nor the
    // preposition before an infinitive in "pronto a fornire", "dispuesto a enviar".
    const roles = ctx.grammarAt[k]?.roles ?? []
    // Nor the English article in "400 tanks a year and repair…".
    if (HAVE.test(t.text) && !ctx.lang.articles.has(t.key) && !ctx.lang.determiners.has(t.key) && !(roles.includes('to') && !roles.includes('have'))) return true
    if (!t.word || ctx.cueAt[k]?.payload.kind === 'cue') break
  }
  // "…, dass Iran Drohnen geliefert hat", "hat der Ukraine Panzer geliefert": the perfect auxiliary around a clause-final participle.
  if (ctx.lang.verbFinal && perfectInClause(ctx, anchor)) return true
  // English simple past carries no future, unless a modal governs it ("could be bought and sent").
  return /(ed|sent|gave|sold|shipped)$/.test(tokens[anchor.start]!.key) && !tokens.slice(Math.max(0, anchor.start - 5), anchor.start).some((t) => /^(will|would|to|could|may|might|shall|can)$/.test(t.key))
}

function perfectInClause(ctx: DocumentContext, anchor: Lex): boolean {
  if (ctx.grammarAt[anchor.end]?.roles.includes('have')) return true
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 15); k--) {
    const t = ctx.tokens[k]!
    const g = ctx.grammarAt[k]
    if (t.sentence !== ctx.tokens[anchor.start]!.sentence || /^[,;:«»“”„"]$/.test(t.text) || g?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break')) return false
    if (g?.roles.includes('have')) return true
  }
  return false
}

/**
 * "a annoncé la livraison de", "announced the transfer of", "a annoncé sa volonté de livrer", "prépare
 * l'envoi de": an announcing or preparing verb governing the noun or the infinitive ("a annoncé avoir
 * livré" is done).
 */
/** « a dévoilé une enveloppe pour Kiev, qui comprend des chars »: contents of a transfer noun that was announced were announced too. */
function announcedHolder(ctx: DocumentContext, anchor: Lex): Lex | null {
  const sentence = ctx.tokens[anchor.start]!.sentence
  const from = ctx.sentenceTokens[sentence]![0]
  for (let k = anchor.start - 1; k >= Math.max(from, anchor.start - 8); k--) {
    const cue = ctx.cueAt[k]
    if (cue && cue.start === k && cue.payload.kind === 'cue' && cue.payload.tense === 'noun' && (cue.payload.cue === 'supply' || cue.payload.cue === 'fund' || cue.payload.cue === 'help')) return announcingVerbBefore(ctx, cue)
  }
  // ("…announced a new $400 million package. It includes shells": a pronoun opening the clause stands for the noun before.)
  const noun = anchor.start - 1 === from && ctx.grammarAt[from]?.roles.includes('pronoun') ? transferNounBefore(ctx, sentence) : undefined
  return noun ? announcingVerbBefore(ctx, noun) : null
}

function announcingVerbBefore(ctx: DocumentContext, anchor: Lex, recipient: DraftClaim['recipientMention'] = null): Lex | null {
  const governing = zuInfinitiveHead(ctx, anchor)
  if (governing) return governing.payload.kind === 'cue' && governing.payload.tags?.includes('announce') ? governing : null
  // ("announced a new $400 million aid package": an amount lies in the noun phrase.)
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 8); k--) {
    const cue = ctx.cueAt[k]
    if (cue && cue.payload.kind === 'cue') {
      if (cue.payload.cue === 'future') continue
      // ("prépare la livraison de": a transfer being prepared is still to come.)
      // ("authorised the export of", « a autorisé la vente de »: so is a transfer permitted, named by its noun.)
      const permits = !!cue.payload.tags?.includes('allow') && tenseOf(anchor) === 'noun'
      return cue.payload.tags?.includes('announce') || cue.payload.tags?.includes('prepare') || permits ? cue : null
    }
    const t = ctx.tokens[k]!
    // ("kündigte der Ukraine die Lieferung … an": the recipient in the dative, with no preposition, stands between.)
    const dative = !!recipient && recipient.prep === null && recipient.marking === 'to' && recipient.start <= k && k < recipient.end
    if (dative) continue
    // ("Gestern kündigte Moskau (dem Iran) die Lieferung … an": the subject after the verb.)
    const subject = ctx.lang.verbFinal ? ctx.entityAt[k] : undefined
    const verb = subject ? ctx.cueAt[subject.start - 1] : undefined
    if (subject && verb?.end === subject.start && verb.payload.kind === 'cue' && !verb.payload.noun) { k = subject.start; continue }
    if ((!t.word && !/^[\p{Sc}\p{N}][\p{N}.,]*$/u.test(t.text)) || ctx.entityAt[k] || ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'have' || r === 'be') || /^(avoir|having|had)$/.test(t.key)) return null
  }
  return null
}

/**
 * "Die USA kündigten an, der Ukraine Raketen zu liefern": the verb that governs a zu-infinitive
 * clause is the last cue before the comma that opens it ("geliefert zu haben" is done: none).
 */
/** A status the frame fixed: a contrast denies; a request ("Kiev réclame des Patriot") argues for a transfer; a condition makes it one to come. */
function forcedDecision(claim: DraftClaim, result: Decide): StatusDecision | null {
  if (claim.forcedStatus === 'denied' || claim.forcedStatus === 'opinion') return result(claim.forcedStatus, claim.forcedStatus === 'denied' ? 'status.contrast' : 'status.request')
  return claim.forcedStatus === 'alleged_future' ? result('alleged_future', 'status.condition') : null
}

/**
 * "I hope Iran will not send missiles", « J'espère que la Chine ne livrera pas d'armes »: a wish over a clause
 * whose own subject supplies argues about the transfer, whether it wishes it made or not.
 */
function hopeDecision(ctx: DocumentContext, claim: DraftClaim, cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[], scopeStart: number, result: Decide): StatusDecision | null {
  const subject = claim.supplierMention
  if (!subject || subject.start >= claim.anchor.start) return null
  const hope = cuesIn(scopeStart, subject.start, ['opinion']).find((c) => c.payload.kind === 'cue' && !!c.payload.tags?.includes('intent') && subject.start - c.end <= 2)
  return hope ? result('opinion', 'status.hope', [hope]) : null
}

/** Refusals of the trigger: before it in its clause, closing it, or („schließt nicht aus, … zu liefern“) governing its zu-infinitive across the comma. */
function refusalsOf(ctx: DocumentContext, anchor: Lex, scopeStart: number, closing: readonly Lex[], cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[]): Lex[] {
  const governing = zuInfinitiveHead(ctx, anchor)
  return [...cuesIn(scopeStart, anchor.start, ['refusal']).filter((c) => !newClauseBetween(ctx, c.end, anchor.start) || c === governing), ...closing.filter((c) => kindOf(c) === 'refusal')]
}

/** "n'exclut pas", "does not rule out": a negation before the refusal; „schließt nicht aus“: or right after its verb. */
function refusalNegated(ctx: DocumentContext, refusal: Lex, negations: readonly Lex[], cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[]): boolean {
  return negations.some((n) => n.start < refusal.start) || cuesIn(refusal.end, refusal.end + 2, ['negation']).some((n) => !newClauseBetween(ctx, refusal.end, n.start))
}

function zuInfinitiveHead(ctx: DocumentContext, anchor: Lex): Lex | null {
  // ("zu schicken" may be listed whole.)
  const zu = ctx.tokens[anchor.start]?.key === 'zu' ? anchor.start : anchor.start - 1
  // ("zu überlassen", "zu übergeben": a form listed as a participle is an infinitive right after "zu".)
  const infinitive = tenseOf(anchor) === 'infinitive' || (zu === anchor.start - 1 && tenseOf(anchor) === 'participle')
  if (!ctx.lang.verbFinal || ctx.tokens[zu]?.key !== 'zu' || !infinitive) return null
  let comma = zu - 1
  while (comma > anchor.start - 14 && comma >= 0 && ctx.tokens[comma]!.text !== ',') {
    if (!ctx.tokens[comma]!.word || ctx.grammarAt[comma]?.roles.includes('that')) return null
    comma--
  }
  for (let k = comma - 1; k >= Math.max(0, comma - 4); k--) {
    const cue = ctx.cueAt[k]
    if (cue && cue.payload.kind === 'cue' && cue.payload.cue !== 'negation') return cue
    if (!ctx.tokens[k]!.word) return null
  }
  return null
}

/**
 * "raised funds to buy drones for Kyiv", "collecte des fonds pour acheter des obus": a purchase in an
 * infinitive of purpose, at the trigger or between it and what is bought, is an aim, not a deed.
 */
function purchaseAsAim(ctx: DocumentContext, claim: DraftClaim): Lex | null {
  const anchor = claim.anchor
  const until = Math.min(anchor.end + 12, ...claim.materiel.map((m) => m.start).filter((s) => s >= anchor.start))
  const matches: TrieMatch<true>[] = []
  for (let i = anchor.start; i < Math.max(until, anchor.end); i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || !cue.payload.purchase || cue.payload.tense === 'noun') continue
    for (let k = Math.max(0, i - 3); k < i; k++) {
      matches.length = 0
      ctx.lang.purposeMarkers.matchAt(ctx.tokens, k, matches)
      // "continued to buy": a bare infinitive marker before the trigger itself may follow any verb
      // (but not a deal: "signed a contract with India to buy guns" buys them later).
      const bare = k === i - 1 && ctx.lang.infinitiveMarkers.has(ctx.tokens[k]!.key)
      if (matches.some((m) => m.end === i) && !(bare && i === anchor.start && !dealBefore(ctx, k))) return cue
    }
  }
  return null
}

/** A deal or contract ending within four words before `at`, in its sentence ("a deal with India to buy"). */
function dealBefore(ctx: DocumentContext, at: number): boolean {
  const sentence = ctx.tokens[at]!.sentence
  for (let k = at - 1; k >= Math.max(0, at - 4) && ctx.tokens[k]!.sentence === sentence; k--) {
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && cue.payload.tags?.includes('deal')) return true
    if (ctx.tokens[k]!.text === ',' || ctx.grammarAt[k]?.roles.includes('break')) return false
  }
  return false
}

const tenseOf = (anchor: Lex): string | null => (anchor.payload.kind === 'cue' ? anchor.payload.tense : null)

function claimIsNominal(anchor: Lex): boolean {
  return anchor.payload.kind === 'cue' && anchor.payload.tense === 'noun'
}

function hasEnding(ctx: DocumentContext, anchor: Lex, endings: readonly string[]): boolean {
  if (anchor.payload.kind !== 'cue' || anchor.payload.tense === 'noun' || endings.length === 0) return false
  // Accents count: Spanish "dispara" (fires) is no future of the kind "enviará".
  // The verb may open a phrase cue ("assurera la maintenance") or close it.
  const words = anchor.end - anchor.start > 1 ? [ctx.tokens[anchor.start]!.lower, ctx.tokens[anchor.end - 1]!.lower] : [ctx.tokens[anchor.start]!.lower]
  return words.some((lower) => endings.some((e) => lower.endsWith(e) && lower.length > e.length + 2))
}

/** A trigger noun that is the subject of a negated or refusing predicate ("Deliveries of … never resumed", "…is off the table"). */
function negatedNounPredicate(ctx: DocumentContext, claim: DraftClaim, cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[], negates: (n: Lex) => boolean): Lex | null {
  const anchor = claim.anchor
  if (!claimIsNominal(anchor)) return null
  // ("Deliveries of 2,000-pound bombs from the United States to Israel never resumed": the predicate follows the whole noun phrase.)
  const phraseEnd = Math.max(anchor.end + 10, ...[claim.supplierMention, claim.recipientMention, ...claim.materiel].map((m) => (m && m.start >= anchor.end ? m.end + 4 : 0)))
  return predicateNegation(ctx, anchor, cuesIn(anchor.end + 2, phraseEnd, ['negation', 'suspension']).filter(negates)) ?? refusedPredicate(ctx, anchor, cuesIn(anchor.end + 2, anchor.end + 12, ['refusal']))
}

/**
 * "Deliveries of bombs to Israel never resumed", "les livraisons de chars n'ont pas eu lieu": a trigger
 * noun that is the subject of a negated verb did not happen. Not over a comma or a clause word, not
 * a negated copula ("la livraison n'est pas une escalade"), and not a negated stop ("n'ont pas cessé").
 */
function predicateNegation(ctx: DocumentContext, anchor: Lex, cues: readonly Lex[]): Lex | null {
  const negation = cues.find((c) => c.payload.kind === 'cue' && c.payload.cue === 'negation')
  if (!negation) return null
  for (let i = anchor.end; i < negation.start; i++) {
    const t = ctx.tokens[i]!
    const cue = ctx.cueAt[i]
    if (t.text === ',' || t.text === ';' || t.text === '(' || ctx.grammarAt[i]?.roles.includes('that') || (cue?.payload.kind === 'cue' && cue.start === i && cue.payload.cue !== 'negation' && cue.payload.tense !== 'noun')) return null
  }
  // ("…was not a surprise": a copula before the negation and an article after it is a negated copula too.)
  const article = (k: number): boolean => ctx.lang.articles.has(ctx.tokens[k]?.key ?? '') || ctx.lang.determiners.has(ctx.tokens[k]?.key ?? '')
  if (ctx.grammarAt[negation.start - 1]?.roles.some((r) => r === 'be' || r === 'copula') && article(negation.end)) return null
  for (let i = negation.end; i < Math.min(negation.end + 4, ctx.tokens.length); i++) {
    const g = ctx.grammarAt[i]
    if (g?.roles.some((r) => r === 'be' || r === 'copula')) return null
    const cue = ctx.cueAt[i]
    if (cue?.payload.kind === 'cue' && cue.payload.cue === 'suspension') return null
  }
  return negation
}

/**
 * "A German delivery of Taurus to Ukraine is off the table", "une livraison de chars est exclue": a
 * trigger noun that is the subject of a copula before a word of refusal is refused. Not over a comma,
 * a clause word or another verb.
 */
function refusedPredicate(ctx: DocumentContext, anchor: Lex, refusals: readonly Lex[]): Lex | null {
  const refusal = refusals[0]
  if (!refusal) return null
  let copula = false
  for (let i = anchor.end; i < refusal.start; i++) {
    const cue = ctx.cueAt[i]
    if (/^[,;:]$/.test(ctx.tokens[i]!.text) || ctx.grammarAt[i]?.roles.includes('that') || (cue?.payload.kind === 'cue' && cue.start === i && cue.payload.tense !== 'noun')) return null
    if (ctx.grammarAt[i]?.roles.some((r) => r === 'be' || r === 'copula')) copula = true
  }
  return copula ? refusal : null
}

/**
 * "has not stopped arms exports", "has never halted", « n'a jamais cessé de livrer »: the verb of stopping right after a
 * negation (over auxiliaries, adverbs and the other particle of the negation), before the trigger; a stop negated goes
 * on, and neither word denies. Returns it, or null.
 */
function negatedStop(ctx: DocumentContext, negation: Lex, anchor: Lex): Lex | null {
  for (let k = negation.end; k < Math.min(anchor.start, negation.end + 4); k++) {
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && cue.start === k && cue.payload.cue === 'suspension') return cue.end <= anchor.start ? cue : null
    const passable = ctx.grammarAt[k]?.roles.some((r) => r === 'have' || r === 'be') || ctx.lang.adverbs.has(ctx.tokens[k]!.key) || (cue?.payload.kind === 'cue' && cue.payload.cue === 'negation')
    if (!passable) return null
  }
  return null
}

/** "n'a reçu que 400 000 obus": a negation particle followed by the language's "only" word restricts, it does not negate. */
function restrictive(ctx: DocumentContext, negation: Lex, scopeEnd: number): boolean {
  const rule = ctx.lang.restrictive
  if (!rule || !rule.particles.has(ctx.tokens[negation.start]!.key)) return false
  for (let i = negation.end; i < Math.min(negation.end + 8, scopeEnd); i++) {
    const t = ctx.tokens[i]!
    if (t.text === ',' || t.text === ';') return false
    const cue = ctx.cueAt[i]
    if (cue?.payload.kind === 'cue' && cue.payload.cue === 'negation') return false
    if (rule.only.has(t.key)) return true
  }
  return false
}

/**
 * "disseram que enviariam tanques", "anunció en mayo que mandaría", « a indiqué le 3 mai que la France
 * livrerait »: a verb in the conditional after a reporting verb and "that" is the future of that past, a
 * plan (not the hearsay of "estaría enviando"). Words of time or of the hearer may stand between the
 * verb and "that"; materiel, punctuation or another cue there means "that" opens something else.
 */
function futureInPast(ctx: DocumentContext, anchor: Lex, from: number): boolean {
  if (ctx.lang.conditionalEndings.length === 0 || !hasEnding(ctx, anchor, ctx.lang.conditionalEndings)) return false
  let k = anchor.start - 1
  while (k >= from && anchor.start - k <= 4 && !ctx.grammarAt[k]?.roles.includes('that')) k--
  if (k < from || !ctx.grammarAt[k]?.roles.includes('that')) return false
  for (let i = k - 1; i >= Math.max(from, k - 5); i--) {
    const cue = ctx.cueAt[i]
    if (cue?.payload.kind === 'cue') return cue.payload.cue === 'reporting' && cue.end > i
    if (ctx.materielAt[i] || /^[\p{P}]+$/u.test(ctx.tokens[i]!.text)) return false
  }
  return false
}

/**
 * "X denied sending arms, after the United States said X sends rockets": a reporting verb with a
 * subject of its own between the denial and the trigger governs the trigger instead.
 */
function otherVoiceBetween(ctx: DocumentContext, denial: Lex, anchor: Lex): boolean {
  if (denial.start > anchor.start) return false
  for (let i = denial.end; i < anchor.start; i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || (cue.payload.cue !== 'reporting' && cue.payload.cue !== 'accusation')) continue
    if (deniedObject(ctx, denial, i) >= 0) continue
    for (let k = Math.max(denial.end, i - 4); k < i; k++) if (ctx.entityAt[k]?.payload.kind === 'actor') return true
  }
  return false
}

/**
 * "denies Moscow's claims that…", "rejected Russian intelligence allegations of…": an accusation or a
 * report named right after the denial, with no clause word, comma, pronoun or other cue between, is
 * what is denied. Returns the token where it starts, or -1.
 */
function deniedObject(ctx: DocumentContext, denial: Lex, cue: number): number {
  if (cue - denial.end > 7) return -1
  for (let k = denial.end; k < cue; k++) {
    const t = ctx.tokens[k]!
    const roles = ctx.grammarAt[k]?.roles ?? []
    if (t.text === ',' || t.text === ';' || t.text === ':' || ctx.cueAt[k] || roles.some((r) => r === 'that' || r === 'break' || r === 'pronoun' || r === 'have' || r === 'be')) return -1
  }
  return cue
}

const ANSWERED: Partial<Record<CueKind, Status>> = { accusation: 'asserted', report_noun: 'reported', opinion: 'opinion' }

/**
 * A denial is its subject's ("Belgrade denied…"); when it names the accusation or report it answers
 * and who made it ("denied Moscow's claims that…", "rejected the Pentagon's reports of…"), that
 * accusation stays a claim of its own by its maker: asserted, or reported for a report; a request
 * refused ("negou o pedido do governo da Alemanha para que…") stays its maker's opinion.
 */
function deniedAnswering(ctx: DocumentContext, denials: readonly Lex[], people: PeopleIndex, memory: SpeakerMemory, floor: number, result: Decide): StatusDecision {
  const denied = result('denied', 'status.denial', denials)
  const named = (phrase: ReturnType<typeof readSpeakerBefore>): string | null => {
    const speaker = phrase ? resolveSpeaker(phrase, memory) : null
    // "Moscow's claims": the maker of the claims, not the possessive.
    return speaker ? (nameOf(speaker)?.replace(/['’]s$/, '') ?? null) : null
  }
  for (const denial of denials) {
    for (let i = denial.end; i < Math.min(denial.end + 8, ctx.tokens.length); i++) {
      const cue = ctx.cueAt[i]
      if (!cue || cue.start !== i || cue.payload.kind !== 'cue') continue
      const status = ANSWERED[cue.payload.cue]
      const accuser = status && deniedObject(ctx, denial, i) >= 0 && i > denial.end ? (named(readSpeakerBefore(ctx, people, i, denial.end)) ?? ownerAfter(ctx, cue)) : null
      if (!status || !accuser) break
      const answered = { ...result(status, 'status.denied-accusation', [cue]), attributedTo: accuser }
      return { ...denied, attributedTo: named(readSpeakerBefore(ctx, people, denial.start, floor)) ?? denied.attributedTo, answers: answered }
    }
  }
  return denied
}

/** "o pedido do governo da Alemanha", "die Bitte der Ukraine": who makes a request or a claim named after the noun, in the genitive. */
function ownerAfter(ctx: DocumentContext, noun: Lex): string | null {
  const of = ctx.grammarAt[noun.end]
  let from = of?.roles.includes('of') ? of.end : noun.end
  const article = (k: number): boolean => ctx.lang.determiners.has(ctx.tokens[k]?.key ?? '') || ctx.lang.articles.has(ctx.tokens[k]?.key ?? '')
  while (article(from) && !ctx.entityAt[from]) from++
  for (let k = from; k < Math.min(ctx.tokens.length, from + 4); k++) {
    const entity = ctx.entityAt[k]
    // ("claims of Belarusian arms supplies": a demonym qualifies what is claimed.)
    if (entity?.start === k && entity.payload.kind === 'actor') return entity.payload.form === 'demonym' ? null : spanText(ctx, article(from) && entity.end > from + 1 ? from + 1 : from, entity.end)
    // Only the articles and attributes of the genitive ("des Außenministeriums der Ukraine") lie before the name.
    if (!ctx.tokens[k]!.word || ctx.cueAt[k] || (ctx.grammarAt[k] && !ctx.grammarAt[k]!.roles.includes('of') && !ctx.grammarAt[k]!.roles.includes('agent'))) return null
  }
  return null
}

/**
 * A clause of its own starts between two tokens: after ";", ":", a dash or a clause break ("but",
 * "mais"), or a cleft after a comma ("pas question de mercenaires, ce sont des instructeurs…").
 */
/** A clause break word ("but", "though", "mais", "tandis que") or a semicolon between two tokens. */
/**
 * « Téhéran dément mais a livré des drones », "Iran denies it but shipped drones": the token after a
 * contrastive break (no "and" word: « mais aussi » lists) that follows a denial before the trigger, in
 * its scope; null when there is none.
 */
function deniedBeforeContrast(ctx: DocumentContext, anchor: Lex, scopeStart: number): number | null {
  for (let k = anchor.start - 1; k > scopeStart; k--) {
    const g = ctx.grammarAt[k]
    if (!g?.roles.includes('break') || g.roles.includes('and') || g.end > anchor.start) continue
    for (let i = scopeStart; i < k; i++) {
      const cue = ctx.cueAt[i]
      if (cue?.payload.kind === 'cue' && cue.payload.cue === 'denial' && cue.start === i) return g.end
    }
    return null
  }
  return null
}

function breakBetween(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.tokens[i]!.text === ';' || ctx.grammarAt[i]?.roles.includes('break')) return true
  return false
}

function newClauseBetween(ctx: DocumentContext, from: number, to: number): boolean {
  const { tokens } = ctx
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || ctx.grammarAt[i]?.roles.includes('break')) return true
    if (t.text === ',' && /^(c'est|ce|it|they|this)$/.test(tokens[i + 1]?.key ?? '') && ctx.grammarAt[i + 2]?.roles.some((r) => r === 'be' || r === 'copula')) return true
    // ", on parle plutôt de…", ", we are talking about…" — but not an incise (", he said, to send").
    if (t.text === ',' && (ctx.grammarAt[i + 1]?.roles.includes('pronoun') || /^(on|nous|we|je|i)$/.test(tokens[i + 1]?.key ?? '')) && !isSpeech(ctx.cueAt[i + 2])) return true
  }
  return false
}

/**
 * "le pays livre des drones depuis août et une nouvelle commande aurait été passée": a conditional in
 * a clause joined after a finite verb (a conjunction word, then a new subject) is that clause's mood.
 */
function inLaterConjunct(ctx: DocumentContext, anchor: Lex, conditional: Lex): boolean {
  if (conditional.start < anchor.end || claimIsNominal(anchor) || !isFinite(ctx, anchor)) return false
  for (let k = anchor.end; k < conditional.start; k++) {
    const next = ctx.tokens[k + 1]?.key ?? ''
    if (ctx.tokens[k]!.word && ctx.grammarAt[k]?.roles.includes('and') && (ctx.lang.articles.has(next) || ctx.lang.determiners.has(next))) return true
  }
  return false
}

/**
 * "Russia received missiles from Iran and will probably use them": a word after the trigger, behind a
 * conjunction word that opens a predicate of its own (an auxiliary, a future or another verb), is about that predicate.
 */
function inLaterPredicate(ctx: DocumentContext, anchor: Lex, cue: Lex): boolean {
  if (cue.start < anchor.end) return false
  for (let k = anchor.end; k < cue.start; k++) {
    if (!ctx.tokens[k]!.word || !ctx.grammarAt[k]?.roles.includes('and')) continue
    const next = ctx.grammarAt[k]!.end
    const verb = ctx.cueAt[next]
    if (ctx.grammarAt[next]?.roles.some((r) => r === 'have' || r === 'be') || (verb && verb.payload.kind === 'cue' && (verb.payload.cue === 'future' || (DEED.has(verb.payload.cue) && !claimIsNominal(verb))))) return true
  }
  return false
}

/**
 * "Iran has sent missiles to Russia, Blinken said, warning that Moscow would likely use them": a hedge after the
 * trigger, behind a verb of saying or a clause word of its own, hedges that other statement.
 */
function inLaterStatement(ctx: DocumentContext, anchor: Lex, hedge: Lex): boolean {
  if (hedge.start < anchor.end) return false
  for (let k = anchor.end; k < hedge.start; k++) {
    const cue = ctx.cueAt[k]
    if (ctx.grammarAt[k]?.roles.includes('that') || (cue && cue.payload.kind === 'cue' && SPEECH.has(cue.payload.cue) && cue.payload.cue !== 'hedge')) return true
  }
  return false
}

/**
 * "ce qu’ils ont prétendu être…": after an auxiliary, the participle listed as a hedge ("prétendu",
 * alleged) is the verb of claiming, which the speaker's own stance decides, not hearsay.
 */
function isClaimingVerb(ctx: DocumentContext, cue: Lex): boolean {
  const word = ctx.tokens[cue.end - 1]!
  if (cue.end - cue.start !== 1) return false
  const before = ctx.grammarAt[cue.start - 1]?.roles ?? []
  // "Kyiv alleged that…", "Kiev prétend que…": a subject's verb of claiming before "that" (not the passive "it is alleged that").
  if (ctx.grammarAt[cue.end]?.roles.includes('that') && ctx.tokens[cue.start - 1]?.word && !before.some((r) => r === 'be' || r === 'have' || r === 'copula')) return true
  return before.includes('have') && (ctx.lang.participles.has(word.key) || ctx.lang.participleEndings.some((e) => word.lower.endsWith(e)))
}

/**
 * "Under a deal signed in 2022, Iran supplies drones…", "En vertu d'un accord, l'Iran fournit…": a word of
 * the future in a phrase set off by a comma before the subject of a conjugated trigger is not its tense.
 */
function introductory(ctx: DocumentContext, claim: DraftClaim, future: Lex): boolean {
  const subject = claim.supplierMention
  const tense = tenseOf(claim.anchor)
  if (!subject || future.end > subject.start || subject.end > claim.anchor.start || (tense !== null && tense !== 'past')) return false
  for (let k = subject.end; k < claim.anchor.start; k++) if (ctx.cueAt[k] || ctx.tokens[k]!.text === ',') return false
  // ("Der Vertrag sieht vor, dass Russland dem Iran Kampfjets liefert": a verb of plan right before a comma and "that" governs the clause it opens.)
  const governs = (k: number): boolean => k - future.end <= 1 && !!ctx.grammarAt[k + 1]?.roles.includes('that') && !ctx.grammarAt[future.start]?.roles.includes('be')
  for (let k = future.end; k < subject.start; k++) if (ctx.tokens[k]!.text === ',') return !governs(k)
  return false
}

/** "Il serait logique de…, étant donné que l'Iran fournit…": a causal clause states its content as fact, whatever the mood before it. */
function factiveBetween(ctx: DocumentContext, conditional: Lex, anchor: Lex): boolean {
  for (let k = conditional.end; k < anchor.start; k++) if (ctx.grammarAt[k]?.roles.includes('factive')) return true
  return false
}

/** A conjugated verb, not a participle standing for an adjective ("les drones livrés à la Russie"). */
function isFinite(ctx: DocumentContext, anchor: Lex): boolean {
  const tense = tenseOf(anchor)
  if (tense === 'infinitive' || tense === 'participle' || tense === 'agent') return false
  if (isPastForm(ctx, anchor)) return true
  const word = ctx.tokens[anchor.end - 1]!
  return !ctx.lang.participles.has(word.key) && !ctx.lang.participleEndings.some((e) => word.lower.endsWith(e)) && !ctx.lang.infinitiveEndings.some((e) => word.lower.endsWith(e))
}

const isSpeech = (cue: Lex | undefined): boolean => cue?.payload.kind === 'cue' && (cue.payload.cue === 'reporting' || cue.payload.cue === 'according')

const PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'with', 'in', 'by', 'to', 'from', 'topic'])

/** "keine Auflagen für Waffen", "no limits on weapons": a negation before a preposition negates another noun, not the materiel. */
function prepositionBetween(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.grammarAt[i]?.roles.some((r) => PREPOSITIONS.has(r))) return true
  return false
}

/**
 * "X is not among the countries that sent…", "X n'est pas parmi les pays qui…", "X is not one of…": a
 * negation right before "among" or "one of", between the supplier named before and a relative that
 * holds the trigger.
 */
function negatedMembership(ctx: DocumentContext, claim: DraftClaim): Lex | null {
  const supplier = claim.supplierMention
  if (!supplier || supplier.end > claim.anchor.start || claim.anchor.start - supplier.end > 30) return null
  for (let i = supplier.end; i < claim.anchor.start; i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || cue.payload.cue !== 'negation') continue
    // ("not one of": the negation may hold "one".)
    if (!ctx.tokens.slice(cue.start + 1, cue.end + 1).some((t) => /^(among|amongst|parmi|one)$/.test(t.key))) continue
    for (let k = cue.end; k < claim.anchor.start; k++) if (ctx.grammarAt[k]?.roles.some((role) => role === 'that' || role === 'relative')) return cue
  }
  return null
}

const commaBetween = (ctx: DocumentContext, from: number, to: number): boolean => ctx.tokens.slice(from, to).some((t) => /^[,;:]$/.test(t.text))

/**
 * "Іран не ракети передає Хезболлі, а дрони", «передает Судану не танки, а вертолёты»: a negation
 * right before materiel is put right by a comma and a word of correction; the claim's materiel, all
 * after that word, is not under it.
 */
function corrected(ctx: DocumentContext, negation: Lex, claim: DraftClaim): boolean {
  if (ctx.lang.corrections.size === 0 || claim.materiel.length === 0) return false
  let object = false
  for (let k = negation.end; k < Math.min(negation.end + 3, ctx.tokens.length); k++) if (ctx.materielAt[k]) object = true
  if (!object) return false
  const first = Math.min(...claim.materiel.map((m) => m.start))
  for (let i = negation.end; i < first - 1; i++) {
    if (ctx.tokens[i]!.text === ',' && ctx.lang.corrections.has(ctx.tokens[i + 1]!.key)) return !claim.materiel.some((m) => m.start < i)
  }
  return false
}

/**
 * The draft cut at a word of correction after a negated object ("не танки, а гелікоптери"): the
 * materiel before and after it are told apart, each with its own categories, so that the negation
 * governs the first part only. A draft with no such cut, or whose categories the parts do not split
 * cleanly, is kept whole.
 */
export function splitAtCorrection(ctx: DocumentContext, draft: DraftClaim): DraftClaim[] {
  if (ctx.lang.corrections.size === 0 || draft.materiel.length < 2) return [draft]
  const sorted = [...draft.materiel].sort((a, b) => a.start - b.start)
  for (let i = sorted[0]!.end; i < sorted[sorted.length - 1]!.start; i++) {
    if (ctx.tokens[i]!.text !== ',' || !ctx.lang.corrections.has(ctx.tokens[i + 1]?.key ?? '')) continue
    const before = sorted.filter((m) => m.start < i)
    const after = sorted.filter((m) => m.start > i)
    const categoriesOf = (ms: readonly Lex[]) => draft.categories.filter((c) => ms.some((m) => m.payload.kind === 'materiel' && m.payload.category === c))
    const [first, second] = [categoriesOf(before), categoriesOf(after)]
    const clean = first.length + second.length === draft.categories.length && first.every((c) => !second.includes(c))
    const negatedAt = (k: number): boolean => k >= 0 && ctx.cueAt[k]?.payload.kind === 'cue' && ctx.cueAt[k]!.payload.cue === 'negation'
    const negated = before.some((m) => negatedAt(m.start - 1) || negatedAt(m.start - 2) || negatedAt(m.start - 3))
    if (!negated || !clean || first.length === 0 || second.length === 0) return [draft]
    return [{ ...draft, materiel: before, categories: first }, { ...draft, materiel: after, categories: second }]
  }
  return [draft]
}

/** A comma or clause word between a negation and the trigger ends its scope. */
function separated(ctx: DocumentContext, negation: Lex, anchor: Lex): boolean {
  const [a, b] = negation.start < anchor.start ? [negation.end, anchor.start] : [anchor.end, negation.start]
  for (let i = a; i < b; i++) {
    const t = ctx.tokens[i]!
    if (t.text === ',' || t.text === ';' || ctx.grammarAt[i]?.roles.includes('that')) return true
  }
  return false
}

function lowerBound(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const VOICES: readonly CueKind[] = ['reporting', 'according', 'admission', 'denial', 'accusation', 'hedge', 'opinion', 'refusal', 'report_noun', 'conditional']

/**
 * "Les Pays-Bas doivent livrer des F-16 à l'Ukraine d'ici l'été": a modal of obligation right before the trigger, in the
 * journalist's own voice (no other voice in the sentence, no phrase set off before it: "Pour le sénateur, la France
 * doit livrer…" is the senator's opinion), is a schedule.
 */
function isSchedule(ctx: DocumentContext, anchor: Lex, opinions: readonly Lex[], from: number, cuesIn: (from: number, to: number, kinds: readonly CueKind[]) => Lex[]): boolean {
  const modal = (o: Lex): boolean => o.payload.kind === 'cue' && !!o.payload.tags?.includes('modal')
  if (!opinions.length || !opinions.every((o) => modal(o) && o.end <= anchor.start && anchor.start - o.end <= 2 && !commaBetween(ctx, from, o.start))) return false
  for (let k = opinions[0]!.end; k < anchor.start; k++) if (!ctx.tokens[k]!.word || ctx.cueAt[k] || ctx.entityAt[k]) return false
  return cuesIn(from, ctx.tokens.length, VOICES).every(modal)
}

/**
 * "The Netherlands wants to deliver F-16s", « la France souhaite livrer des canons Caesar »: a wish or a hope whose subject is the
 * supplier, right before its own transfer verb, is a plan ("Kyiv hopes to receive Taurus" stays the recipient's plea).
 */
function isOwnIntent(ctx: DocumentContext, claim: DraftClaim, opinions: readonly Lex[]): boolean {
  // ("Israel wants to buy more F-35 jets", « Israël souhaite acheter des F-35 »: the buyer's own wish to buy is its plan.)
  const supplier = claim.anchor.payload.kind === 'cue' && claim.anchor.payload.purchase ? claim.recipientMention : claim.supplierMention
  if (!supplier || !opinions.length) return false
  return opinions.every((o) => o.payload.kind === 'cue' && !!o.payload.tags?.includes('intent') && o.end <= claim.anchor.start && claim.anchor.start - o.end <= 2 && supplier.end <= o.start && o.start - supplier.end <= 2 && !commaBetween(ctx, supplier.end, claim.anchor.start))
}

/** « La Turquie a proposé à l'Azerbaïdjan de lui livrer des drones »: the supplier's own offer, its subject before the verb of offering, is a plan. */
function isOwnOffer(claim: DraftClaim, opinions: readonly Lex[]): boolean {
  const supplier = claim.supplierMention
  return !!supplier && opinions.length > 0 && opinions.every((o) => o.payload.kind === 'cue' && !!o.payload.tags?.includes('offer') && supplier.end <= o.start && o.end <= claim.anchor.start)
}

/** "Dobbiamo consegnare…": an obligation the speaker's own state states in the first person, right before the trigger, is a plan, not advice. */
function isOwnObligation(ctx: DocumentContext, anchor: Lex, opinions: readonly Lex[]): boolean {
  return opinions.length > 0 && opinions.every((o) => o.end === anchor.start && !!ctx.grammarAt[o.start]?.roles.includes('first_person'))
}
