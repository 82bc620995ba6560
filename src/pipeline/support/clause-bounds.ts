import type { CueKind } from '../../domain/vocabulary.js'
import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { QuoteSpan } from '../find-quote-spans.js'
import { isBodyNoun, type ActorMention } from '../mark-actors.js'
import type { Clause, Scope } from './draft-claim.js'
import { ANCHORS, asideEnd, coordinatedTrigger, isNegationAt, isParticiple, modalAuxiliary, objectStartsAt, onlyAuxiliaries, relativeTransfer } from './materiel-phrases.js'
import { startsCoordinateClause } from '../coordinate-clause.js'

/** Cue kinds whose words end the subject of the next verb ("X said that…", "selon X"). */
const CLAUSE_OPENERS: ReadonlySet<CueKind> = new Set(['reporting', 'admission', 'denial', 'accusation', 'according', 'hedge', 'opinion', 'refusal', 'report_noun'])
const LEFT_REACH = 16
const RIGHT_REACH = 14

/** Splits a sentence at clause breaks (";", "mais", "while", "tandis que"). */
export function clausesOf(ctx: DocumentContext, from: number, to: number): Clause[] {
  const clauses: Clause[] = []
  let start = from
  for (let i = from; i < to; i++) {
    const g = ctx.grammarAt[i]
    if ((g && g.roles.includes('break') && !insertedAdverb(ctx, i, g.end)) || ctx.tokens[i]!.text === ';') {
      if (i > start) clauses.push({ start, end: i })
      start = g ? g.end : i + 1
      i = start - 1
    }
  }
  if (to > start) clauses.push({ start, end: to })
  return clauses
}

/**
 * "a par ailleurs acquis des drones", "ont toutefois livré", "acheminent pourtant des armes": a break
 * word right after an auxiliary, or after a verb with its object right behind it, sits inside the
 * clause and opens none.
 */
function insertedAdverb(ctx: DocumentContext, i: number, end: number): boolean {
  const before = ctx.grammarAt[i - 1]
  if (before?.roles.some((r) => r === 'have' || r === 'be')) return ctx.tokens[i]!.sentence === ctx.tokens[i - 1]!.sentence
  const verb = ctx.cueAt[i - 1]
  if (!verb || verb.payload.kind !== 'cue' || verb.payload.tense === 'noun' || verb.payload.tense === 'agent') return false
  return ctx.lang.determiners.has(ctx.tokens[end]?.key ?? '') || !!ctx.materielAt[end]
}

/** The support triggers that start in a clause. */
export function anchorsIn(ctx: DocumentContext, clause: Clause): Lex[] {
  const out: Lex[] = []
  for (let i = clause.start; i < clause.end; i++) {
    const cue = ctx.cueAt[i]
    // "2,000-pound bombs": a trigger word glued to a number is an adjective.
    const glued = ctx.tokens[i]!.hyphen && /^\p{N}/u.test(ctx.tokens[i - 1]?.text ?? '')
    // "Kiev réclame des Patriot à Washington": a request for materiel anchors the claim it argues for.
    if (cue && cue.start === i && cue.payload.kind === 'cue' && (ANCHORS.has(cue.payload.cue) || !!cue.payload.tags?.includes('request')) && !glued) out.push(cue)
  }
  return out
}

/**
 * "si la Chine livrait…", "if Iran sends": conduct inside a hypothesis is not claimed. A hypothesis
 * word ending a stance phrase of the cues ("sta valutando se", weighing whether) or right before an
 * infinitive trigger ("come procedere, se fornire") means "whether" and opens no hypothesis.
 */
export function isHypothetical(ctx: DocumentContext, clause: Clause, anchor: Lex): boolean {
  const anchorWord = ctx.tokens[anchor.start]!.text.toLowerCase()
  const infinitive = ctx.lang.infinitiveEndings.some((e) => anchorWord.endsWith(e))
  for (let i = clause.start; i < anchor.start; i++) {
    const cue = ctx.cueAt[i]
    const whether = (cue && cue.start < i) || (infinitive && ctx.grammarAt[i]?.end === anchor.start)
    if (ctx.grammarAt[i]?.roles.includes('hypothetical') && !whether) return true
  }
  return false
}

/** The quotation holding token i, if any. */
export function quoteAround(scope: Scope, i: number): QuoteSpan | null {
  const at = scope.ctx.tokens[i]!.start
  return scope.spans.find((q) => q.start <= at && at < q.end) ?? null
}

/** Where a trigger's own clause starts, and who its subject is when the words before say so. */
export interface LeftBound {
  readonly start: number
  /** The subject named elsewhere: a relative pronoun's antecedent, the object of "urged X to". */
  readonly antecedent: ActorMention | null
  /** The relative pronoun's token, if the clause is a relative one. */
  readonly relative: number | null
  /** Whoever asks for the transfer ("Kyiv urged Berlin to deliver"): who would receive. */
  readonly requester?: ActorMention | null
  /** The group the antecedent is (not) counted among ("Turkey is not among NATO members that sent…"): it did the deed too. */
  readonly members?: ActorMention
  /** The antecedent of a relative pronoun that is the verb's object ("der Ukraine, der Deutschland … zugesagt hat"): who receives. */
  readonly relativeObject?: ActorMention
}

/**
 * "Kyiv urged Berlin to deliver…", "accused Tehran of supplying": the object of a verb before an
 * infinitive does the deed, and whoever asks would receive; « a proposé au Soudan de lui vendre
 * des drones »: offering a state to give it oneself, the one who offers gives.
 */
function objectDoes(ctx: DocumentContext, actors: readonly ActorMention[], cue: Lex, anchor: Lex): LeftBound | null {
  // ("Die USA werfen dem Iran vor, Russland … zu beliefern": the object nearest the verb, marked or not.)
  const bareObject = actors.find((a) => a.start >= cue.end && a.end <= anchor.start && (a.marking === 'bare' || a.marking === 'object'))
  const marked = markedObject(ctx, actors, cue, anchor.start)
  const object = marked && (!bareObject || marked.start < bareObject.start) ? marked : (bareObject ?? null)
  if (!object || cue.payload.kind !== 'cue') return null
  const requester = cue.payload.cue === 'opinion' ? (actors.filter((a) => a.end <= cue.start && a.marking === 'bare').sort((a, b) => b.start - a.start)[0] ?? null) : null
  const offered = !!cue.payload.tags?.includes('offer') && !!ctx.grammarAt[anchor.start - 1]?.roles.includes('object_pronoun')
  if (offered && requester) return { start: cue.end, antecedent: requester, relative: null, requester: object }
  return { start: cue.end, antecedent: object, relative: null, requester }
}

/**
 * Where the anchor's own clause starts on the left: after "that"/"que", a reporting verb,
 * "selon X", a colon, or the opening of the quotation it is in (unless the quotation opens
 * mid-clause, as in: Russia “used Iranian drones”). A relative pronoun gives its antecedent.
 */
export function leftBound(scope: Scope, anchor: Lex, clause: Clause, actors: readonly ActorMention[]): LeftBound {
  const { ctx } = scope
  let floor = Math.max(clause.start, anchor.start - LEFT_REACH)
  const quote = quoteAround(scope, anchor.start)
  if (quote) {
    let open = floor
    while (open < anchor.start && ctx.tokens[open]!.start < quote.open) open++
    const before = ctx.tokens[open - 1]
    const opensClause = !before || before.sentence !== ctx.tokens[open]!.sentence || !before.word || !!ctx.cueAt[open - 1]
    if (opensClause) floor = Math.max(floor, open)
  }
  const sanctioned = punishedFor(ctx, actors, anchor, floor)
  if (sanctioned) return { start: sanctioned.end, antecedent: sanctioned, relative: null }
  for (let i = anchor.start - 1; i >= floor; i--) {
    const token = ctx.tokens[i]!
    const g = ctx.grammarAt[i]
    // « Le Niger, à qui la Turquie a livré des drones, a aussi acheté… »: the verb after a relative between commas is its antecedent's.
    const closed = token.text === ',' ? closedRelative(ctx, actors, i, anchor, floor) : null
    if (closed) return { start: i + 1, antecedent: closed, relative: null }
    // "Belarusian firms that supply…": "that" after a noun is a relative pronoun.
    // "os tanques que Portugal enviou", "les chars que la France a livrés": "that" right after materiel
    // introduces a relative clause whose object is that materiel.
    const relativeThat = g?.roles.includes('that') && g.end === i + 1 && ((/^(that|which)$/.test(token.key) && (!!ctx.grammarAt[i - 1]?.roles.includes('agent') || /^(those|ones)$/.test(ctx.tokens[i - 1]?.key ?? ''))) || (materielBefore(ctx, i) && ((actors.some((a) => a.start > i && a.end <= anchor.start) && (actors.some((a) => a.start >= anchor.end && a.start <= anchor.end + 3) || isUse(anchor))) || firstPersonRelative(ctx, i + 1, anchor) || invertedRelative(ctx, i, anchor, actors))))
    if (g?.roles.includes('relative') || relativeThat) {
      const { antecedent, members } = relativeAntecedent(ctx, actors, i, anchor)
      if (antecedent && g && objectRelative(ctx, g.end - 1, antecedent, actors, anchor)) return { start: i + 1, antecedent: null, relative: i, relativeObject: antecedent }
      return { start: i + 1, antecedent, relative: i, ...(members ? { members } : {}) }
    }
    if (g?.roles.includes('that') || token.text === ':') return { start: i + 1, antecedent: null, relative: null }
    // "وأرسلت إيران", "وقد زودت": a coordinator glued to the next word (Arabic و، ف) opens a clause
    // whose verb comes first; an actor glued to it ("وإيران أرسلت") is that clause's subject.
    if (g?.roles.includes('and') && token.word && ctx.tokens[i + 1]?.start === token.end && !actors.some((a) => a.start > i && a.end <= anchor.start)) return { start: i + 1, antecedent: null, relative: null }
    const cue = ctx.cueAt[i]
    // "Putin thanked Pyongyang for sending troops": the one thanked did it, for the one who thanks.
    const thanks = cue?.payload.kind === 'cue' && !!cue.payload.tags?.includes('thank')
    if (cue && cue.start === i && cue.payload.kind === 'cue' && (CLAUSE_OPENERS.has(cue.payload.cue) || thanks || isLetting(cue, anchor)) && cue.end <= anchor.start) {
      // "a refusé de livrer", "nie avoir livré", "refused to send": the verb's subject is the supplier's.
      // "will not send", "won't deliver": a negated modal right before the verb shares its subject.
      // "denied sending", "refused supplying": the gerund right after the verb shares its subject too.
      const modal = (cue.payload.cue === 'refusal' || cue.payload.cue === 'denial') && cue.end === anchor.start
      // An infinitive written as such ("призвал Германию поставить") needs no marker before it.
      // (« a assuré ne pas livrer », "claims to supply" aside: a French infinitive by its ending, right after the verb or over a negation.)
      const infinitive = (anchor.payload.kind === 'cue' && anchor.payload.tense === 'infinitive' && anchor.start - cue.end <= 6) || bareInfinitive(ctx, cue.end, anchor)
      // ("X is reported to have sent", "is said to be supplying": a passive verb of saying before an infinitive is a hedge on its subject.)
      const saying = cue.payload.cue === 'according' || ((cue.payload.cue === 'reporting' || cue.payload.cue === 'report_noun') && auxiliaryEndingAt(ctx, cue.start) === null)
      if (((modal || infinitive || infinitiveBetween(ctx, cue.end, anchor.start) || zuInfinitive(ctx, anchor) || (thanks && anchor.start - cue.end <= 6)) && !saying) || declaresItselfReady(ctx, cue)) {
        const byObject = objectDoes(ctx, actors, cue, anchor)
        if (byObject) return byObject
        // "accusé le royaume de se ranger…": an anaphor is the object; it is resolved later.
        for (let k = cue.end; k < anchor.start; k++) if (ctx.grammarAt[k]?.roles.includes('anaphor')) return { start: cue.end, antecedent: null, relative: null }
        // "entreprises chinoises accusées de fournir": a participle's noun is the subject.
        if (isParticiple(ctx, cue.end - 1)) {
          // "China has been accused of supplying": over the auxiliaries to the subject.
          let j = cue.start
          for (let aux = auxiliaryEndingAt(ctx, j); aux !== null; aux = auxiliaryEndingAt(ctx, j)) j = aux
          const antecedent = actors.find((a) => a.end === cue.start || a.end === j) ?? null
          // ("Pékin est accusé par Washington d'exporter", "is accused by Washington of": the agent accuses, it does not supply.)
          const agent = actors.find((a) => a.marking === 'by' && a.start > cue.end - 1 && a.start - cue.end <= 2 && a.end <= anchor.start)
          if (antecedent) return { start: agent ? agent.end : cue.end, antecedent, relative: null }
        }
        i = cue.start
        continue
      }
      // "Germany, he said, will send…", "L'Allemagne, a-t-il affirmé, livrera…": an incise between commas leaves the clause open.
      const over = clauseGoesOn(ctx, cue, anchor)
      if (over !== null) {
        i = over
        continue
      }
      return { start: cue.end, antecedent: null, relative: null }
    }
  }
  return { start: floor, antecedent: null, relative: null }
}

/** "la Chine est l'un des pays qui…", "Iran is (not) among the countries that…": words that link a relative's noun to the copula's subject. */
function linkingWord(ctx: DocumentContext, t: number): boolean {
  const cue = ctx.cueAt[t]
  return /^(of|de|d'|dont|all|tous|toutes|both|des|les|the|those|un|une|l'|one|among|parmi|partie|part|fait|font|faisait|faisaient|figure|figurent|figurait|figuraient|compte|comptent)$/.test(ctx.tokens[t]!.key) || !!ctx.grammarAt[t]?.roles.includes('copula') || (cue?.payload.kind === 'cue' && cue.payload.cue === 'negation')
}

/**
 * The actor a relative pronoun at i stands for: the one right before it, over a generic agent noun
 * and, through a copula, its subject ("Iran is one of the countries that…"). An actor that only
 * qualifies the agent noun ("Turkey is not among NATO members that…") gives way to the copula's
 * subject; "Among the countries that sent tanks … are Poland and Spain", "Parmi les pays qui … figurent
 * l'Allemagne et la Pologne": the subject after the copula.
 */
/** A comma right before the anchor's verb group that closes a relative clause opened after an actor: that actor. */
function closedRelative(ctx: DocumentContext, actors: readonly ActorMention[], comma: number, anchor: Lex, floor: number): ActorMention | null {
  if (ctx.lang.verbFinal || !onlyAuxiliaries(ctx, comma + 1, anchor.start) || comma + 1 === anchor.start) return null
  for (let r = comma - 1; r > floor; r--) {
    const t = ctx.tokens[r]!
    if (t.text === ';' || t.text === ':') return null
    const g = ctx.grammarAt[r]
    if (!g?.roles.includes('relative') && !(g?.roles.includes('that') && ctx.lang.objectRelatives.has(t.key))) continue
    const opening = ctx.grammarAt[r - 1]?.roles.includes('to') ? r - 2 : r - 1
    if (ctx.tokens[opening]?.text !== ',') return null
    return relativeAntecedent(ctx, actors, r, anchor).antecedent
  }
  return null
}

function relativeAntecedent(ctx: DocumentContext, actors: readonly ActorMention[], i: number, anchor: Lex): { antecedent: ActorMention | null; members?: ActorMention } {
  const generic = (t: number): boolean => !!ctx.grammarAt[t]?.roles.includes('agent') && !ctx.entityAt[t]
  // (« le Niger, à qui… »: over the preposition that makes the relative an indirect object.)
  let k = ctx.grammarAt[i - 1]?.roles.includes('to') && ctx.grammarAt[i - 1]!.end === i ? i - 2 : i - 1
  let copula = -1
  for (; k >= 0 && (ctx.tokens[k]!.text === ',' || linkingWord(ctx, k) || generic(k)); k--) if (copula < 0 && ctx.grammarAt[k]?.roles.includes('copula')) copula = k
  // ("Hungary, which buys gas, is not one of the countries that…": over a relative between commas.)
  // ("les drones iraniens qui…": a demonym that qualifies materiel is not the antecedent.)
  const antecedent = (copula >= 0 ? copulaSubjectBefore(ctx, actors, copula) : null) ?? actors.find((a) => a.end === k + 1 && a.marking !== 'origin') ?? null
  if (antecedent && (generic(antecedent.end) || !!ctx.grammarAt[antecedent.end - 1]?.roles.includes('agent'))) {
    const subject = copulaSubjectBefore(ctx, actors, antecedent.start - 1)
    return subject ? { antecedent: subject, members: antecedent } : { antecedent }
  }
  if (antecedent || !/^(among|parmi)$/.test(ctx.tokens[k + 1]?.key ?? '')) return { antecedent }
  const sentence = ctx.tokens[i]!.sentence
  for (let c = anchor.end; c < ctx.tokens.length && ctx.tokens[c]!.sentence === sentence; c++) {
    if (!ctx.grammarAt[c]?.roles.includes('copula') || ctx.tokens[c - 1]?.word === false) continue
    return { antecedent: actors.find((a) => a.start >= ctx.grammarAt[c]!.end && a.start - ctx.grammarAt[c]!.end <= 1 && a.marking === 'bare') ?? null }
  }
  return { antecedent: null }
}

/** The bare subject of a copula reached over linking words before t ("Turkey, which …, is not among"), if there is one. */
function copulaSubjectBefore(ctx: DocumentContext, actors: readonly ActorMention[], t: number): ActorMention | null {
  let k = t
  let copula = false
  while (k >= 0 && linkingWord(ctx, k)) copula = copula || !!ctx.grammarAt[k--]?.roles.includes('copula')
  if (!copula) return null
  // ", which has good ties with Kyiv," : over a relative between commas.
  if (ctx.tokens[k]?.text === ',') {
    let open = k - 1
    while (open >= 0 && k - open <= 16 && ctx.tokens[open]!.text !== ',' && ctx.tokens[open]!.sentence === ctx.tokens[k]!.sentence) open--
    if (ctx.tokens[open]?.text === ',' && ctx.grammarAt[open + 1]?.roles.some((role) => role === 'relative' || role === 'that')) k = open - 1
  }
  return actors.find((a) => a.end === k + 1 && a.marking === 'bare') ?? null
}

/** "hat vermutlich", "has probably": a one-word hedge right after an auxiliary is an adverb of the clause, no verb of speech. */
export function isHedgeAdverb(ctx: DocumentContext, cue: Lex): boolean {
  return cue.payload.kind === 'cue' && cue.payload.cue === 'hedge' && cue.end === cue.start + 1 && afterAuxiliary(ctx, cue.start)
}

/** Where verbs close their clause, token i stands a few words after the clause's auxiliary, with no comma or clause word between. */
function inMiddleField(ctx: DocumentContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6 && ctx.tokens[k]!.sentence === ctx.tokens[i]!.sentence; k--) {
    const roles = ctx.grammarAt[k]?.roles
    if (!ctx.tokens[k]!.word || roles?.some((r) => r === 'that' || r === 'relative' || r === 'break')) return false
    if (roles?.some((r) => r === 'have' || r === 'be')) return true
  }
  return false
}

const afterAuxiliary = (ctx: DocumentContext, i: number): boolean => {
  const k = ctx.tokens[i - 1]?.text === ',' ? i - 2 : i - 1
  return !!ctx.grammarAt[k]?.roles.some((r) => r === 'be' || r === 'have' || r === 'copula')
}

/**
 * Where a cue before the trigger leaves its clause open, the index to read on from: an incise
 * (", he said,"), a modal before the verb, or an announcement of an infinitive the speaker does.
 */
function clauseGoesOn(ctx: DocumentContext, cue: Lex, anchor: Lex): number | null {
  if (cue.payload.kind !== 'cue') return null
  // "Germany, he said, will send…", "L'Allemagne, a-t-il affirmé, livrera…": an incise between commas leaves the clause open.
  const incise = cue.payload.cue === 'reporting' ? inciseOpening(ctx, cue) : null
  if (incise !== null) return incise
  // "hat vermutlich … geliefert", "has probably sent": a hedging adverb after the auxiliary stays inside the clause.
  if (isHedgeAdverb(ctx, cue)) return cue.start
  // "Nordkorea hat nach Angaben Südkoreas Granaten geliefert", "has, according to Seoul, sent": so does a source after the auxiliary.
  if (cue.payload.cue === 'according' && afterAuxiliary(ctx, cue.start)) return cue.start
  // ("Nordkorea hat Russland nach Angaben Seouls Granaten geliefert": anywhere between the auxiliary and the verb that closes the clause.)
  if (cue.payload.cue === 'according' && ctx.lang.verbFinal && inMiddleField(ctx, cue.start)) return cue.start
  // "Ces missiles, selon les experts, ont été fournis…": a source between commas leaves it open too.
  if (cue.payload.cue === 'according' && asideEnd(ctx, cue.start - 1, Math.min(anchor.start, cue.end + 9)) !== null) return cue.start - 1
  // "Germany should send", "Iran may have sent", "tanks must be delivered": a modal before the verb opens no clause.
  // ("might have" + "have been": the auxiliary may run past the cue.)
  if (modalAuxiliary(ctx, cue.start, anchor.start) && onlyAuxiliaries(ctx, Math.max(cue.end, ctx.grammarAt[cue.end - 1]?.end ?? 0), anchor.start)) return cue.start
  // "Macron a annoncé sa volonté de former…", "Biden announced plans to send…": the speaker does it.
  if (cue.payload.cue === 'reporting' && infinitiveComplement(ctx, cue.end, anchor.start, anchor)) return cue.start
  // "Die USA haben angekündigt, der Ukraine Raketen zu liefern": an announced zu-infinitive is the announcer's deed.
  if (cue.payload.tags?.includes('announce') && zuInfinitive(ctx, anchor)) return cue.start
  return null
}

/**
 * "Serbien wird von China Drohnen erhalten", "Ägypten wird weitere Rafale bekommen": where verbs close the clause, a
 * verb of receiving (not of buying) whose participle is its infinitive, after a present form of "werden", is the
 * future of the active, not a passive: one does not "get received".
 */
export function futureReceipt(ctx: DocumentContext, anchor: Lex): boolean {
  if (!ctx.lang.verbFinal || anchor.payload.kind !== 'cue' || anchor.payload.cue !== 'acquire' || anchor.payload.purchase || anchor.payload.tense !== 'participle') return false
  if (anchor.end - anchor.start !== 1 || !ctx.tokens[anchor.start]!.key.endsWith('en')) return false
  const sentence = ctx.tokens[anchor.start]!.sentence
  for (let k = anchor.start - 1; k >= 0 && ctx.tokens[k]!.sentence === sentence && anchor.start - k <= 10; k--) {
    if (/^[,;:«»“”„"]$/.test(ctx.tokens[k]!.text)) return false
    if (ctx.grammarAt[k]?.roles.includes('be')) return /^(wird|werden|werde|wirst|würde|würden)$/.test(ctx.tokens[k]!.lower)
  }
  return false
}

/**
 * "The delivery of F-35 jets to Israel is planned", « la livraison de chars … est prévue »: a word of plan
 * right after the copula whose subject is the transfer noun, before any comma or clause word.
 */
export function predicatePlan(ctx: DocumentContext, anchor: Lex): Lex | null {
  if (anchor.payload.kind !== 'cue' || anchor.payload.tense !== 'noun') return null
  const sentence = ctx.tokens[anchor.start]!.sentence
  for (let k = anchor.end; k < anchor.end + 12 && ctx.tokens[k]?.sentence === sentence; k++) {
    const t = ctx.tokens[k]!
    const g = ctx.grammarAt[k]
    if (!t.word || g?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break')) return null
    const cue = ctx.cueAt[k]
    const copula = !!g?.roles.some((r) => r === 'be' || r === 'copula')
    if (cue?.payload.kind === 'cue' && cue.start === k && !(copula && cue.payload.cue === 'future')) return null
    if (!copula) continue
    const next = cue?.payload.kind === 'cue' && cue.payload.cue === 'future' ? cue : ctx.cueAt[g!.end]
    return next?.payload.kind === 'cue' && next.payload.cue === 'future' ? next : null
  }
  return null
}

/** The comma that opens an incise ", he said," / ", a-t-il affirmé," around a reporting verb closed by a comma. */
function inciseOpening(ctx: DocumentContext, cue: Lex): number | null {
  const { tokens } = ctx
  if (tokens[cue.end]?.text !== ',') return null
  for (let k = cue.start - 1; k >= 0 && k >= cue.start - 5; k--) {
    const t = tokens[k]!
    if (t.text === ',') return k
    if (!t.word && t.text !== '-' && t.text !== '.') return null
  }
  return null
}

/**
 * "les missiles que tire l'armée russe", "les drones qu'utilise la Russie": an object relative pronoun
 * right before the verb, whose subject follows it.
 */
function invertedRelative(ctx: DocumentContext, i: number, anchor: Lex, actors: readonly ActorMention[]): boolean {
  return anchor.start === i + 1 && ctx.lang.objectRelatives.has(ctx.tokens[i]!.key) && actors.some((a) => a.start >= anchor.end && a.start - anchor.end <= 2)
}

/**
 * "Russland, dem Iran Drohnen liefert", "die Ukraine, der Deutschland Panzer zugesagt hat": a relative
 * pronoun that cannot be the subject (a dative, or "der" after a feminine name), in a clause with a
 * subject of its own, makes its antecedent the verb's object.
 */
function objectRelative(ctx: DocumentContext, pronounAt: number, antecedent: ActorMention, actors: readonly ActorMention[], anchor: Lex): boolean {
  const key = ctx.tokens[pronounAt]?.key ?? ''
  const feminine = ctx.lang.feminineObjectRelatives.has(key) && (ctx.lang.feminineArticles.has(ctx.tokens[antecedent.start - 1]?.key ?? '') || (!!antecedent.byCase && antecedent.marking === 'to'))
  // (« la Russie, à laquelle la Corée a livré des obus », « le Niger, à qui… »: a relative after "to" is its indirect object.)
  const to = ctx.grammarAt[pronounAt - 1]
  const dative = !!to && to.end === pronounAt && to.roles.includes('to') && !!ctx.grammarAt[pronounAt]?.roles.includes('relative')
  if (!ctx.lang.objectRelatives.has(key) && !feminine && !dative) return false
  return actors.some((a) => a !== antecedent && a.marking === 'bare' && a.start > pronounAt && a.end <= anchor.start)
}

/**
 * Between a reporting verb and the trigger there is only an infinitive's lead-in: a noun of
 * intent with its determiner and an infinitive marker ("sa volonté de", "plans to", "vouloir").
 */
function infinitiveComplement(ctx: DocumentContext, from: number, to: number, anchor: Lex): boolean {
  if (bareInfinitive(ctx, from, anchor)) return true
  // "n'avoir jamais livré", "ne plus fournir": a negation may follow the marker.
  while (to > from && isNegationAt(ctx, to - 1)) to--
  if (to - from > 5 || to <= from) return false
  const last = ctx.tokens[to - 1]!
  if (!ctx.lang.infinitiveMarkers.has(last.key)) return false
  for (let i = from; i < to - 1; i++) {
    const t = ctx.tokens[i]!
    const cue = ctx.cueAt[i]
    // "sa volonté de", "affirme ne pas avoir livré": intent and negation words lead in too.
    const intent = cue?.payload.kind === 'cue' && (cue.payload.cue === 'future' || cue.payload.cue === 'conditional' || cue.payload.cue === 'negation')
    if (!t.word || t.upper || ctx.entityAt[i] || (cue && !intent) || ctx.materielAt[i]) return false
    const g = ctx.grammarAt[i]
    if (g && (g.roles.includes('that') || g.roles.includes('relative') || g.roles.includes('break'))) return false
  }
  return true
}

/**
 * « Pékin affirme fournir des armes », « assure ne pas livrer » : a verb trigger written as an
 * infinitive (by the language's infinitive endings) right after the governing verb, over a negation
 * only, has that verb's subject.
 */
function bareInfinitive(ctx: DocumentContext, from: number, anchor: Lex): boolean {
  if (anchor.payload.kind !== 'cue' || anchor.payload.tense !== null || anchor.start < from || anchor.start - from > 3) return false
  // (« ne plus vendre », « affirme toujours fournir » : a negation or an adverb may stand between.)
  for (let k = from; k < anchor.start; k++) if (!isNegationAt(ctx, k) && !plainAdverb(ctx, k)) return false
  const word = ctx.tokens[anchor.start]!.lower
  return ctx.lang.infinitiveEndings.some((e) => word.endsWith(e))
}

/** A plain adverb (« plus », « toujours ») : no cue, name, materiel, function word or other infinitive (« vouloir », « devoir »). */
function plainAdverb(ctx: DocumentContext, i: number): boolean {
  const t = ctx.tokens[i]!
  if (!t.word || t.upper || ctx.cueAt[i] || ctx.entityAt[i] || ctx.materielAt[i] || ctx.grammarAt[i]) return false
  return !ctx.lang.infinitiveEndings.some((e) => t.lower.endsWith(e))
}


/**
 * A reflexive verb of saying (over its auxiliary) right before a word of plan: « Israël se dit prêt à livrer »,
 * « s'est dit disposé à fournir ». It opens no clause: the subject that declares itself ready plans the transfer.
 */
function declaresItselfReady(ctx: DocumentContext, cue: Lex): boolean {
  if (cue.payload.kind !== 'cue' || cue.payload.cue !== 'reporting') return false
  const next = ctx.cueAt[cue.end]
  if (next?.payload.kind !== 'cue' || next.payload.cue !== 'future' || next.start !== cue.end) return false
  const k = auxiliaryEndingAt(ctx, cue.start) ?? cue.start
  return ctx.lang.reflexiveClitics.has(ctx.tokens[k - 1]?.key ?? '')
}

/** Start of an auxiliary ("has been", "a été", "is") that ends right before token `at`. */
function auxiliaryEndingAt(ctx: DocumentContext, at: number): number | null {
  for (let s = at - 1; s >= Math.max(0, at - 3); s--) {
    const g = ctx.grammarAt[s]
    if (g && g.end === at && g.roles.some((r) => r === 'have' || r === 'be' || r === 'copula')) return s
  }
  return null
}

function reportingWithin(ctx: DocumentContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!
    if (!t.word || ctx.materielAt[k] && !ctx.roleAt[k] && !ctx.entityAt[k - 1]) return false
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue') return cue.payload.cue === 'reporting' || cue.payload.cue === 'admission'
  }
  return false
}

/** Token i is an auxiliary, a copula or a verb cue (not a noun): the verb of a clause. */
function mainVerbAt(ctx: DocumentContext, i: number): boolean {
  const g = ctx.grammarAt[i]
  if (g && (g.roles.includes('be') || g.roles.includes('copula') || g.roles.includes('have'))) return true
  const cue = ctx.cueAt[i]
  return !!cue && cue.start === i && cue.payload.kind === 'cue' && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent' && cue.payload.cue !== 'negation' && cue.payload.cue !== 'according'
}

/** "bestreitet, Drohnen geliefert zu haben", "weigert sich, Panzer zu liefern": where verbs close the clause, "zu" marks the infinitive next to it. */
function zuInfinitive(ctx: DocumentContext, anchor: Lex): boolean {
  return ctx.lang.verbFinal && (ctx.tokens[anchor.start - 1]?.key === 'zu' || ctx.tokens[anchor.start]?.key === 'zu' || ctx.tokens[anchor.end]?.key === 'zu')
}

/** Only an infinitive marker (and objects) separate a governing verb from the anchor: "refusé de", "refused to", "nie avoir". */
/** A "to" preposition at `i` that governs an actor before `to` ("à la Russie", "aux États-Unis"). */
function toActor(ctx: DocumentContext, i: number, to: number): boolean {
  const g = ctx.grammarAt[i]
  if (!g?.roles.includes('to') || g.end >= to) return false
  const article = /^(le|la|les|l')$/.test(ctx.tokens[g.end]!.key) || ctx.lang.articles.has(ctx.tokens[g.end]!.key)
  const next = g.end + (article ? 1 : 0)
  return !!ctx.entityAt[next] || (next < to && bodyOfActor(ctx, next))
}

function infinitiveBetween(ctx: DocumentContext, from: number, to: number): boolean {
  if (to - from > 6) return false
  let marker = false
  for (let i = from; i < to; i++) {
    const key = ctx.tokens[i]!.key
    if (ctx.lang.infinitiveMarkers.has(key)) marker = true
    // "is thought to be providing", "is believed to have sent": auxiliaries after the marker.
    else if (marker && ctx.grammarAt[i]?.roles.some((role) => role === 'be' || role === 'have')) continue
    // "a demandé à la Russie de lui livrer": the one asked, and an object pronoun after the marker.
    else if (toActor(ctx, i, to) || (marker && ctx.lang.objectClitics.has(key)) || bodyOfActor(ctx, i)) continue
    // "est accusé par Washington de livrer", "is accused by Washington of sending": the agent of a passive before the marker.
    else if (!marker && ctx.grammarAt[i]?.roles.includes('by')) continue
    // « dément tout projet de livrer », « écarte toute intention d'envoyer »: a noun of plan and its determiner before the marker.
    else if (!marker && ctx.lang.determiners.has(key) && planNoun(ctx, i + 1) && i + 2 < to) i++
    // "refuse toujours de livrer", "still refuses to send": adverbs may sit between, and a negation ("nie ne jamais avoir").
    else if (!isNegationAt(ctx, i) && !ctx.entityAt[i] && !/^(le|la|les|l'|the)$/.test(key) && !ctx.lang.articles.has(key) && ctx.tokens[i]!.word && (ctx.cueAt[i] || ctx.materielAt[i] || ctx.tokens[i]!.upper || ctx.lang.determiners.has(key) || ctx.grammarAt[i])) return false
  }
  return marker
}

const planNoun = (ctx: DocumentContext, i: number): boolean => { const cue = ctx.cueAt[i]; return cue?.payload.kind === 'cue' && cue.payload.cue === 'future' && cue.start === i && cue.end === i + 1 }

/** "acusó al gobierno iraní de", "al Gobierno de Irán", "the Iranian army to": a word for a body of the state named beside it. */
function bodyOfActor(ctx: DocumentContext, i: number): boolean {
  if (!isBodyNoun(ctx, i)) return false
  const isActor = (k: number): boolean => ctx.entityAt[k]?.payload.kind === 'actor'
  return isActor(i + 1) || isActor(i - 1) || (!!ctx.grammarAt[i + 1]?.roles.includes('of') && isActor(ctx.grammarAt[i + 1]!.end))
}

/**
 * "sanciones contra Irán por suministrar drones", "sanctions against Iran for supplying", «санкції
 * проти Ірану за постачання дронів»: the actor aimed at, right before "for" (or a preposition of
 * ground) and the infinitive or noun, is the one who does what the trigger says.
 */
function punishedFor(ctx: DocumentContext, actors: readonly ActorMention[], anchor: Lex, floor: number): ActorMention | null {
  const target = actors.find((a) => a.marking === 'target' && a.start >= floor && a.end <= anchor.start && anchor.start - a.end <= 4)
  if (!target || target.end === anchor.start) return null
  let purpose = false
  for (let k = target.end; k < anchor.start; k++) {
    const g = ctx.grammarAt[k]
    const key = ctx.tokens[k]!.key
    if (g?.roles.some((r) => r === 'by' || r === 'for') || ctx.lang.grounds.has(key)) purpose = true
    else if (!ctx.lang.infinitiveMarkers.has(key) && !g?.roles.includes('have') && !/^(having|avoir|haber|ter)$/.test(key)) return null
    if (g) k = g.end - 1
  }
  return purpose ? target : null
}

/**
 * "le armi che inviamo", "las armas que enviamos": with the subject dropped, a trigger in the first
 * person right after "che"/"que" (its auxiliaries aside) has the materiel before them as its object.
 */
function firstPersonRelative(ctx: DocumentContext, from: number, anchor: Lex): boolean {
  if (!ctx.lang.proDrop) return false
  let firstPerson = false
  for (let k = from; k < anchor.end; k++) {
    const g = ctx.grammarAt[k]
    if (g?.roles.includes('first_person')) firstPerson = true
    else if (k < anchor.start && !g?.roles.some((r) => r === 'have' || r === 'be')) return false
  }
  return firstPerson
}

/** Materiel ends right before token `at`, model numbers after it aside ("tanques Leopard 2 A6 que…"). */
function materielBefore(ctx: DocumentContext, at: number): boolean {
  // (« Les drones Shahed, que l'Iran fournit à la Russie… »: over the comma that opens a relative between commas.)
  let k = ctx.tokens[at - 1]?.text === ',' ? at - 2 : at - 1
  // ("les drones iraniens que…": over the demonym that follows the materiel.)
  const demonym = ctx.entityAt[k]
  if (demonym && demonym.payload.kind === 'actor' && demonym.payload.form === 'demonym' && demonym.end === k + 1) k = demonym.start - 1
  while (k >= 0 && at - k <= 3 && !ctx.materielAt[k] && /^[\p{Lu}\d][\p{Lu}\d-]*$/u.test(ctx.tokens[k]!.text) && /\d/.test(ctx.tokens[k]!.text)) k--
  return k >= 0 && !!ctx.materielAt[k]
}

/** A verb of use: "les drones que la Russie utilise" has the materiel before "que" as its object. */
const isUse = (anchor: Lex): boolean => anchor.payload.kind === 'cue' && anchor.payload.cue === 'use' && anchor.payload.tense !== 'noun'

/**
 * ", selon Séoul, des millions d'obus", ", according to Seoul, millions of shells", ", depuis l'été
 * et malgré l'embargo, des missiles": at the comma `i`, an aside that the object follows. Where the
 * clause goes on after it; else `i`.
 */
function asideBeforeObject(ctx: DocumentContext, i: number, end: number): number {
  const after = asideEnd(ctx, i, Math.min(end, i + 15))
  return after !== null && objectStartsAt(ctx, after) ? after : i
}

/**
 * « Le Caire “n'a jamais fourni” d'armes à Moscou », 'Iran "continues to deliver" drones to Russia':
 * a few quoted words inside a clause, with words of the clause on both sides, leave the clause whole.
 */
function quotedVerbGroup(ctx: DocumentContext, quote: QuoteSpan, clause: Clause): boolean {
  let first = clause.start
  while (first < clause.end && ctx.tokens[first]!.start < quote.open) first++
  let after = first
  while (after < clause.end && ctx.tokens[after]!.start < quote.close + 1) after++
  const before = ctx.tokens[first - 1]
  const next = ctx.tokens[after]
  return !!before && !!next && first > clause.start && after < clause.end && before.word && next.word && !ctx.cueAt[first - 1] && after - first <= 8
}

/** Where the anchor's reach ends on the right: a colon, a parenthesis, a later "according to", or its quotation's end. */
export function rightBound(scope: Scope, anchor: Lex, clause: Clause, relative = false): number {
  const { ctx } = scope
  let ceiling = Math.min(clause.end, anchor.end + RIGHT_REACH)
  const quote = quoteAround(scope, anchor.start)
  if (quote && !quotedVerbGroup(ctx, quote, clause)) while (ceiling > anchor.end && ctx.tokens[ceiling - 1]!.start >= quote.end) ceiling--
  for (let i = anchor.end; i < ceiling; i++) {
    const t = ctx.tokens[i]!
    if (t.text === ':' || t.text === ';' || t.text === '(') return i
    // "a envoyé à la Russie, selon Séoul, des millions d'obus": an aside between commas before the object is passed over, and reaches no further.
    const aside = t.text === ',' ? asideBeforeObject(ctx, i, clause.end) : i
    if (aside > i) {
      ceiling = Math.min(clause.end, ceiling + aside - i)
      i = aside - 1
      continue
    }
    // "…, and Russia bought missiles": a comma and a coordinator before a new verb start another clause.
    if (t.text === ',' && startsCoordinateClause(ctx, i + 1)) return i
    // "F-16, которые страны НАТО поставят Киеву, станут целью": a comma before the main clause's verb ends a relative clause.
    if (relative && t.text === ',' && mainVerbAt(ctx, i + 1)) return i
    // "os tanques que Portugal enviou à Ucrânia já estão na Alemanha": the main clause's copula ends the relative one.
    // (A copula that opens an origin phrase, "… هي صناعة سورية", says where the antecedent comes from: it stays in reach.)
    if (relative && !ctx.lang.verbFinal && i > anchor.end && ctx.grammarAt[i]?.roles.some((r) => r === 'be' || r === 'copula') && !isOriginCue(ctx.cueAt[i])) return i
    // "Drohnen entwickeln, die in der Ukraine eingesetzt werden": where verbs close their clause, a
    // relative clause after the trigger has its own verb; its actors are not the trigger's.
    if (ctx.lang.verbFinal && i > anchor.end && ctx.grammarAt[i]?.roles.includes('relative')) return i
    // "…, South Korean intelligence said": an incise naming who says it.
    if (t.text === ',' && reportingWithin(ctx, i + 1, Math.min(ctx.tokens.length, i + 7))) return i
    if (coordinatedSpeechVerb(ctx, i)) return i
    if (i > anchor.end && coordinatedTrigger(ctx, i)) return i
    if (i > anchor.end && relativeTransfer(ctx, i)) return i
    const cue = ctx.cueAt[i]
    if (cue && cue.payload.kind === 'cue' && (cue.payload.cue === 'according' || cue.payload.cue === 'reporting') && i > anchor.end + 2 && !sayingInRelative(ctx, cue)) return i
  }
  return ceiling
}

/**
 * "drones that analysts say came from Iran", "shells which Kyiv says were made in North Korea": a
 * verb of saying between a relative pronoun after materiel and the relative's own verb is an aside.
 */
function sayingInRelative(ctx: DocumentContext, cue: Lex): boolean {
  let k = cue.start - 1
  while (k > cue.start - 4 && k >= 0 && !ctx.grammarAt[k]?.roles.includes('that')) k--
  if (!ctx.grammarAt[k]?.roles.includes('that') || !ctx.materielAt[k - 1]) return false
  const next = ctx.cueAt[cue.end]
  return !!ctx.grammarAt[cue.end]?.roles.some((r) => r === 'be' || r === 'have' || r === 'copula') || (!!next && next.payload.kind === 'cue' && (next.payload.cue === 'origin' || ANCHORS.has(next.payload.cue)))
}

const isOriginCue = (lex: Lex | undefined): boolean => lex?.payload.kind === 'cue' && lex.payload.cue === 'origin'

const SPEECH_KINDS: ReadonlySet<string> = new Set(['reporting', 'opinion', 'accusation', 'denial', 'admission'])

/** "suministra armas y aconsejó a Washington que…": a coordinator right before a verb of saying or asking opens that verb's clause. */
function coordinatedSpeechVerb(ctx: DocumentContext, i: number): boolean {
  const g = ctx.grammarAt[i]
  if (!g?.roles.includes('and') || !ctx.tokens[i]!.word) return false
  const cue = ctx.cueAt[g.end]
  return !!cue && cue.start === g.end && cue.payload.kind === 'cue' && SPEECH_KINDS.has(cue.payload.cue) && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent'
}

/**
 * « La Pologne permettra aux États-Unis d'envoyer des armes », "let the US ship weapons": the one let or
 * permitted makes the transfer that follows. (What it is let use keeps the origin named before:
 * "Iranian missiles …, allowing Russia to use more of its arsenal".)
 */
function isLetting(cue: Lex, anchor: Lex): boolean {
  return cue.payload.kind === 'cue' && !!cue.payload.tags?.includes('allow') && cue.payload.category === null && anchor.payload.kind === 'cue' && anchor.payload.cue !== 'use'
}

/**
 * "acusó a Irán de suministrar", "instó a Alemania a enviar", "a demandé à Berlin de livrer": right
 * after a verb of accusing or asking, an actor behind "a/à" is the verb's object, and it does what
 * the infinitive says; it is not the claim's recipient.
 */
function markedObject(ctx: DocumentContext, actors: readonly ActorMention[], cue: Lex, before: number): ActorMention | null {
  if (cue.payload.kind !== 'cue' || (cue.payload.cue !== 'accusation' && cue.payload.cue !== 'opinion' && !cue.payload.tags?.includes('allow'))) return null
  // ("acusó al Gobierno de Irán de suministrar": over a word for the state's body and "of".)
  const reach = (a: ActorMention): boolean => a.start - cue.end <= 2 || (a.start - cue.end <= 4 && bodyOfActor(ctx, a.start - 2))
  // ("werfen dem Iran vor": a dative right after a verb of accusing is the one accused; "die Forderung der Ukraine": a genitive right after a request is who asks.)
  // (« permettra aux États-Unis de »: a verb of permission may end on its "à", the one permitted right after it.)
  const next = (a: ActorMention): boolean => a.start > cue.end || (a.marking === 'to' && cue.payload.kind === 'cue' && (cue.payload.cue === 'accusation' || !!cue.payload.tags?.includes('allow')))
  return actors.find((a) => (a.marking === 'to' || a.marking === 'of') && next(a) && reach(a) && a.end < before) ?? null
}
