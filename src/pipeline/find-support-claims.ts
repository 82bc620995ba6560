import type { Quote } from '../domain/records.js'
import type { Category, CueKind, StateStyle } from '../domain/vocabulary.js'
import { resolveSpeaker, type SpeakerMemory } from './attribute-quotes.js'
import type { DocumentContext } from './document-context.js'
import type { Lex } from './find-mentions.js'
import type { QuoteSpan } from './find-quote-spans.js'
import { markActors, type ActorMention, type Marking } from './mark-actors.js'
import { readSpeakerAfter, readSpeakerBefore, type PeopleIndex } from './read-speaker.js'

/** Cue kinds that can anchor a support claim. */
const ANCHORS: ReadonlySet<CueKind> = new Set(['supply', 'acquire', 'use', 'train', 'deploy', 'operate', 'produce', 'repair', 'fund', 'help'])
/** Cue kinds whose words end the subject of the next verb ("X said that…", "selon X"). */
const CLAUSE_OPENERS: ReadonlySet<CueKind> = new Set(['reporting', 'admission', 'denial', 'accusation', 'according', 'hedge', 'opinion', 'refusal', 'report_noun'])
const PERSONNEL: ReadonlySet<Category> = new Set(['troops', 'trainers', 'technical_support', 'operation_of_weapons'])
const QUOTE_MARKS = new Set(['«', '»', '“', '”', '„', '"'])
const LEFT_REACH = 16
const RIGHT_REACH = 14

/** A claim before status and attribution: who, to whom, what, and the words that say so. */
export interface DraftClaim {
  readonly supplier: string
  readonly recipient: string
  readonly categories: readonly Category[]
  readonly materiel: readonly Lex[]
  readonly anchor: Lex
  readonly supplierMention: ActorMention | null
  readonly recipientMention: ActorMention | null
  readonly sentence: number
  /** Extraction rule id, e.g. "support.supply.active", "support.origin-use". */
  readonly rule: string
  /** Fixed status: a contrast ("ce sont les Russes qui pilotent") or a rebuttal is a denial; origin-implied supply is reported. */
  readonly forcedStatus: 'denied' | 'reported' | null
  /** Roles filled from the rest of the document rather than the sentence. */
  readonly inferred: readonly ('supplier' | 'recipient')[]
  /** A place in the sentence that locates the conduct, if any. */
  readonly location: string | null
}

/** How an open role may be filled from outside the sentence. */
type Hint = 'first_person' | 'anaphor' | 'speaker' | null

type Draft = Omit<DraftClaim, 'supplier' | 'recipient'> & {
  supplier: string | null
  recipient: string | null
  hint: Hint
  /** A conflict party the conduct is aimed at ("fired … at Ukraine Army positions"). */
  facing: string | null
  /** The recipient is only where the personnel are (the theatre): the document may know better. */
  weakRecipient: boolean
  /** Never complete this claim from the rest of the document. */
  noFill: boolean
}

interface Frame {
  readonly start: number
  readonly end: number
}

interface Scope {
  readonly ctx: DocumentContext
  readonly people: PeopleIndex
  readonly quotes: readonly Quote[]
  readonly spans: readonly QuoteSpan[]
  readonly memory: SpeakerMemory
}

/**
 * Finds support claims sentence by sentence. Each support cue (supply, acquire, use, train,
 * deploy, operate, produce, repair, fund, help) is an anchor; the materiel after it (or
 * right before a participle) gives the categories; the actors' markings give supplier and
 * recipient according to the cue's direction (supply: subject → "à/to"; acquire: subject ←
 * "from/à"; use: origin → user). Roles the sentence leaves open are filled from the
 * document: the speaker's state for "nous", the most salient state for "le pays", then
 * the partner the document most often pairs with the known side.
 */
export function findSupportClaims(ctx: DocumentContext, people: PeopleIndex, quotes: readonly Quote[], spans: readonly QuoteSpan[], memory: SpeakerMemory): DraftClaim[] {
  const scope: Scope = { ctx, people, quotes, spans, memory }
  const drafts: Draft[] = []
  // Actors are marked only for the sentences that need them, once.
  const marked = new Map<number, ActorMention[]>()
  const actorsOf = (s: number): ActorMention[] => {
    let actors = marked.get(s)
    if (!actors) {
      const [from, to] = ctx.sentenceTokens[s]!
      actors = to > from ? markActors(ctx, people, from, to) : []
      marked.set(s, actors)
    }
    return actors
  }
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [from, to] = ctx.sentenceTokens[s]!
    if (to <= from || !hasSupportWords(ctx, from, to)) continue
    const actors = actorsOf(s)
    let found = 0
    for (const frame of framesOf(ctx, from, to)) {
      const frameMateriel = materielIn(ctx, frame)
      const anchors = anchorsIn(ctx, frame)
      if (anchors.length === 0) {
        const presence = presenceClaim(ctx, actors, frame, frameMateriel, s)
        if (presence) drafts.push(presence)
        continue
      }
      const assigned = assignMateriel(ctx, anchors, frameMateriel)
      for (const anchor of anchors) {
        if (isHypothetical(ctx, frame, anchor)) continue
        const claims = readClaim(scope, anchor, assigned.get(anchor) ?? [], actors, frame, s, frameMateriel)
        if (claims) {
          drafts.push(...claims)
          found += claims.length
        }
      }
    }
    if (found === 0) {
      const rebuttal = rebuttalClaim(ctx, actors, s, drafts, actorsOf)
      if (rebuttal) drafts.push(rebuttal)
    }
  }
  return fillFromDocument(scope, drafts, actorsOf)
}

/** The sentence has a support cue or materiel: the only sentences where claims can be. */
function hasSupportWords(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.cueAt[i] || ctx.materielAt[i]) return true
  return false
}

/** Splits a sentence at clause breaks (";", "mais", "while", "tandis que"). */
function framesOf(ctx: DocumentContext, from: number, to: number): Frame[] {
  const frames: Frame[] = []
  let start = from
  for (let i = from; i < to; i++) {
    const g = ctx.grammarAt[i]
    if ((g && g.roles.includes('break')) || ctx.tokens[i]!.text === ';') {
      if (i > start) frames.push({ start, end: i })
      start = g ? g.end : i + 1
      i = start - 1
    }
  }
  if (to > start) frames.push({ start, end: to })
  return frames
}

function anchorsIn(ctx: DocumentContext, frame: Frame): Lex[] {
  const out: Lex[] = []
  for (let i = frame.start; i < frame.end; i++) {
    const cue = ctx.cueAt[i]
    if (cue && cue.start === i && cue.payload.kind === 'cue' && ANCHORS.has(cue.payload.cue)) out.push(cue)
  }
  return out
}

const category = (m: Lex): Category | null => (m.payload.kind === 'materiel' ? m.payload.category : null)
const isPersonnel = (m: Lex): boolean => PERSONNEL.has(category(m) as Category)

/**
 * Materiel of a frame, without complements ("technology for spy satellites, tanks and
 * aircraft": only technology) and without sums that measure other materiel ("huit
 * milliards d'euros d'équipements": only the equipment).
 */
function materielIn(ctx: DocumentContext, frame: Frame): Lex[] {
  const all: Lex[] = []
  for (let i = frame.start; i < frame.end; i++) {
    const m = ctx.materielAt[i]
    if (m && m.start === i) all.push(m)
  }
  const out: Lex[] = []
  let complement = false
  let previous: Lex | null = null
  for (const m of all) {
    const gapStart = previous ? previous.end : 0
    const gap = previous ? ctx.tokens.slice(previous.end, m.start) : []
    const joined = previous !== null && gap.length <= 3 && gap.every((t, k) => ctx.grammarAt[gapStart + k]?.roles.includes('and') || !t.word || ctx.grammarAt[gapStart + k]?.roles.includes('of') || /^(the|les|des|le|la|l'|et|and|or|ou)$/.test(t.key))
    const forGap = previous !== null && gap.length <= 5 && gap.some((_, k) => ctx.grammarAt[gapStart + k]?.roles.includes('for'))
    if (forGap && previous && !['trainers', 'troops'].includes(category(previous) ?? '')) complement = true
    else if (!joined) complement = false
    if (!complement) out.push(m)
    previous = m
  }
  return out.filter((m, k) => {
    if (category(m) !== 'financial') return true
    const next = out[k + 1]
    if (!next) return true
    const gap = ctx.tokens.slice(m.end, next.start)
    return !(gap.length <= 2 && gap.some((t) => /^(de|d'|of|worth)$/.test(t.key)))
  })
}

/**
 * Each materiel mention goes to the anchor before it (its verb or noun). A mention right
 * before a participle or noun with no verb just before it ("drones fournis par", "arms
 * supplies", "Rockets were fired") goes to that anchor.
 */
function assignMateriel(ctx: DocumentContext, anchors: readonly Lex[], materiel: readonly Lex[]): Map<Lex, Lex[]> {
  const out = new Map<Lex, Lex[]>()
  const give = (a: Lex, m: Lex): void => {
    const list = out.get(a) ?? []
    list.push(m)
    out.set(a, list)
  }
  for (const m of materiel) {
    const before = [...anchors].reverse().find((a) => a.end <= m.start && !talkedAbout(ctx, a, m))
    const closeBefore = before && m.start - before.end <= 4 ? before : undefined
    // "supplier of military aid": the help word inside generic materiel yields to the noun before it.
    const overlapping = anchors.find((a) => a.start < m.end && m.start < a.end && !(closeBefore && a.payload.kind === 'cue' && a.payload.cue === 'help'))
    const after = anchors.find((a) => a.start >= m.end && a.start - m.end <= 3 && isParticipleOrNoun(ctx, a) && onlyAuxiliaries(ctx, m.end, a.start))
    // "Rockets were fired…", "the jets are on their way…": materiel as the subject of the next verb.
    const subjectOf = !before ? anchors.find((a) => a.start >= m.end && a.start - m.end <= 4 && onlyAuxiliaries(ctx, m.end, a.start)) : undefined
    // "frappes avec des drones achetés à l'Iran": a transfer participle right after the materiel
    // says where it came from, which its use does not.
    const cueOf = (a: Lex | undefined): string | null => (a?.payload.kind === 'cue' ? a.payload.cue : null)
    const boughtOrSent = after && after.start === m.end && (cueOf(after) === 'acquire' || cueOf(after) === 'supply') && cueOf(closeBefore) === 'use' ? after : undefined
    const target = overlapping ?? boughtOrSent ?? closeBefore ?? after ?? before ?? subjectOf
    if (target) give(target, m)
  }
  return out
}

/** "n'a fourni aucune précision sur le nombre de missiles": the materiel is the topic of another object, not the thing given. */
function talkedAbout(ctx: DocumentContext, anchor: Lex, m: Lex): boolean {
  for (let j = anchor.end + 1; j < m.start; j++) {
    if (!ctx.grammarAt[j]?.roles.includes('topic')) continue
    const previous = ctx.tokens[j - 1]!
    if (previous.word && !ctx.materielAt[j - 1] && !ctx.grammarAt[j - 1]) return true
  }
  return false
}

/**
 * Between two tokens there are only auxiliaries, adverbs, a relative pronoun and a demonym
 * glued to the noun ("soldats nord-coréens ont été", "missiles qui ont déjà été livrés").
 */
function onlyAuxiliaries(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (i === from && ctx.grammarAt[i]?.roles.includes('relative')) continue
    const g = ctx.grammarAt[i]
    const t = ctx.tokens[i]!
    const entity = ctx.entityAt[i]
    if (entity && entity.start === from && entity.payload.kind === 'actor' && entity.payload.form === 'demonym') {
      i = entity.end - 1
      continue
    }
    if (g && (g.roles.includes('be') || g.roles.includes('have') || g.roles.includes('copula'))) {
      i = g.end - 1
      continue
    }
    if (t.word && !/^(deja|already|all|tous|also|aussi|reportedly|allegedly|eventually|finally|ensuite|then)$/.test(t.key)) return false
  }
  return true
}

function isParticipleOrNoun(ctx: DocumentContext, anchor: Lex): boolean {
  if (anchor.payload.kind !== 'cue') return false
  if (anchor.payload.tense === 'noun' || anchor.payload.tense === 'agent') return true
  return isParticiple(ctx, anchor.end - 1)
}

/** A past participle: "livrés", "fournies", "supplied", "sent". */
export function isParticiple(ctx: DocumentContext, k: number): boolean {
  const token = ctx.tokens[k]
  if (!token) return false
  if (ctx.lang.participles.has(token.key)) return true
  const lower = token.text.toLowerCase()
  return ctx.lang.participleEndings.some((e) => lower.endsWith(e) && lower.length > e.length + 1)
}

function isHypothetical(ctx: DocumentContext, frame: Frame, anchor: Lex): boolean {
  for (let i = frame.start; i < anchor.start; i++) if (ctx.grammarAt[i]?.roles.includes('hypothetical')) return true
  return false
}

function categoriesOf(anchor: Lex, materiel: readonly Lex[]): Category[] {
  const specific = new Set<Category>()
  const generic = new Set<Category>()
  for (const m of materiel) {
    if (m.payload.kind !== 'materiel') continue
    ;(m.payload.generic ? generic : specific).add(m.payload.category)
  }
  if (anchor.payload.kind === 'cue' && anchor.payload.category) specific.add(anchor.payload.category)
  // "drones and other weapons", "weapons, including ATACMS": the generic word yields.
  return specific.size > 0 ? [...specific] : [...generic]
}

/** The quotation holding token i, if any. */
function quoteAround(scope: Scope, i: number): QuoteSpan | null {
  const at = scope.ctx.tokens[i]!.start
  return scope.spans.find((q) => q.start <= at && at < q.end) ?? null
}

/**
 * Where the anchor's own clause starts on the left: after "that"/"que", a reporting verb,
 * "selon X", a colon, or the opening of the quotation it is in (unless the quotation opens
 * mid-clause, as in: Russia “used Iranian drones”). A relative pronoun gives its antecedent.
 */
function leftBound(
  scope: Scope,
  anchor: Lex,
  frame: Frame,
  actors: readonly ActorMention[],
): { start: number; antecedent: ActorMention | null; relative: number | null; requester?: ActorMention | null } {
  const { ctx } = scope
  let floor = Math.max(frame.start, anchor.start - LEFT_REACH)
  const quote = quoteAround(scope, anchor.start)
  if (quote) {
    let open = floor
    while (open < anchor.start && ctx.tokens[open]!.start < quote.open) open++
    const before = ctx.tokens[open - 1]
    const opensClause = !before || before.sentence !== ctx.tokens[open]!.sentence || !before.word || !!ctx.cueAt[open - 1]
    if (opensClause) floor = Math.max(floor, open)
  }
  for (let i = anchor.start - 1; i >= floor; i--) {
    const token = ctx.tokens[i]!
    const g = ctx.grammarAt[i]
    // "Belarusian firms that supply…": "that" after a noun is a relative pronoun.
    const relativeThat = g?.roles.includes('that') && /^(that|which)$/.test(token.key) && !!ctx.grammarAt[i - 1]?.roles.includes('agent')
    if (g?.roles.includes('relative') || relativeThat) {
      let k = i - 1
      while (k >= 0 && (ctx.tokens[k]!.text === ',' || /^(of|de|d'|dont|all|tous|toutes|both)$/.test(ctx.tokens[k]!.key) || (ctx.grammarAt[k]?.roles.includes('agent') && !ctx.entityAt[k]))) k--
      const antecedent = actors.find((a) => a.end === k + 1) ?? null
      return { start: i + 1, antecedent, relative: i }
    }
    if (g?.roles.includes('that') || token.text === ':') return { start: i + 1, antecedent: null, relative: null }
    const cue = ctx.cueAt[i]
    if (cue && cue.start === i && cue.payload.kind === 'cue' && CLAUSE_OPENERS.has(cue.payload.cue) && cue.end <= anchor.start) {
      // "a refusé de livrer", "nie avoir livré", "refused to send": the verb's subject is the supplier's.
      // "will not send", "won't deliver": a negated modal right before the verb shares its subject.
      const modal = cue.payload.cue === 'refusal' && cue.end === anchor.start
      if ((modal || infinitiveBetween(ctx, cue.end, anchor.start)) && cue.payload.cue !== 'according' && cue.payload.cue !== 'reporting' && cue.payload.cue !== 'report_noun') {
        // "Kyiv urged Berlin to deliver…", "accused Tehran of supplying": the object does it.
        const object = actors.find((a) => a.start >= cue.end && a.end <= anchor.start && a.marking === 'bare') ?? null
        // …and whoever asks is who would receive.
        const requester = cue.payload.cue === 'opinion' ? (actors.filter((a) => a.end <= cue.start && a.marking === 'bare').sort((a, b) => b.start - a.start)[0] ?? null) : null
        if (object) return { start: cue.end, antecedent: object, relative: null, requester }
        // "accusé le royaume de se ranger…": an anaphor is the object; it is resolved later.
        for (let k = cue.end; k < anchor.start; k++) if (ctx.grammarAt[k]?.roles.includes('anaphor')) return { start: cue.end, antecedent: null, relative: null }
        // "entreprises chinoises accusées de fournir": a participle's noun is the subject.
        if (isParticiple(ctx, cue.end - 1)) {
          const antecedent = actors.find((a) => a.end === cue.start) ?? null
          if (antecedent) return { start: cue.end, antecedent, relative: null }
        }
        i = cue.start
        continue
      }
      return { start: cue.end, antecedent: null, relative: null }
    }
  }
  return { start: floor, antecedent: null, relative: null }
}

/** Only an infinitive marker (and objects) separate a governing verb from the anchor: "refusé de", "refused to", "nie avoir". */
function infinitiveBetween(ctx: DocumentContext, from: number, to: number): boolean {
  if (to - from > 6) return false
  let marker = false
  for (let i = from; i < to; i++) {
    const key = ctx.tokens[i]!.key
    if (/^(de|d'|to|a|à|avoir|having|have|etre)$/.test(key)) marker = true
    else if (!ctx.entityAt[i] && !/^(le|la|les|l'|the)$/.test(key) && ctx.tokens[i]!.word) return false
  }
  return marker
}

/** Where the anchor's reach ends on the right: a colon, a parenthesis, a later "according to", or its quotation's end. */
function rightBound(scope: Scope, anchor: Lex, frame: Frame): number {
  const { ctx } = scope
  let ceiling = Math.min(frame.end, anchor.end + RIGHT_REACH)
  const quote = quoteAround(scope, anchor.start)
  if (quote) while (ceiling > anchor.end && ctx.tokens[ceiling - 1]!.start >= quote.end) ceiling--
  for (let i = anchor.end; i < ceiling; i++) {
    const t = ctx.tokens[i]!
    if (t.text === ':' || t.text === ';' || t.text === '(') return i
    const cue = ctx.cueAt[i]
    if (cue && cue.payload.kind === 'cue' && (cue.payload.cue === 'according' || cue.payload.cue === 'reporting') && i > anchor.end + 2) return i
  }
  return ceiling
}

/**
 * Materiel within the anchor's reach, and the rest of a list that starts within it
 * ("des milliers de drones …, mais également des munitions d'artillerie et des missiles").
 */
function continuedList(ctx: DocumentContext, assigned: readonly Lex[], leftStart: number, rightEnd: number): Lex[] {
  const out = assigned.filter((m) => m.start >= leftStart && m.end <= rightEnd)
  let last = out[out.length - 1]
  for (const m of assigned) {
    if (!last || m.start < rightEnd || out.includes(m)) continue
    const gap = ctx.tokens.slice(last.end, m.start)
    const listy = gap.length <= 8 && gap.every((t, k) => !t.word || ctx.grammarAt[last!.end + k] || (!t.upper && !ctx.cueAt[last!.end + k] && !ctx.entityAt[last!.end + k]))
    if (!listy || !gap.some((_, k) => ctx.grammarAt[last!.end + k]?.roles.includes('and'))) break
    out.push(m)
    last = m
  }
  return out
}

/** The coordinated list of materiel that ends right before token `at` ("X, Y and Z – all of which"). */
function precedingList(ctx: DocumentContext, materiel: readonly Lex[], at: number): Lex[] {
  const before = materiel.filter((m) => m.end <= at)
  const last = before[before.length - 1]
  if (!last || at - last.end > 5) return []
  const list = [last]
  for (let k = before.length - 2; k >= 0; k--) {
    const m = before[k]!
    const gap = ctx.tokens.slice(m.end, list[0]!.start)
    if (gap.length > 6 || gap.some((t, j) => t.word && !ctx.grammarAt[m.end + j]?.roles.includes('and') && !ctx.grammarAt[m.end + j]?.roles.includes('of') && !ctx.materielAt[m.end + j])) break
    list.unshift(m)
  }
  return list
}

function readClaim(scope: Scope, anchor: Lex, assigned: Lex[], allActors: readonly ActorMention[], frame: Frame, sentence: number, frameMateriel: readonly Lex[]): Draft[] | null {
  const { ctx } = scope
  if (anchor.payload.kind !== 'cue') return null
  // "military aid": a help word inside a materiel phrase is the noun, whatever its form.
  const tense = anchor.payload.tense ?? (anchor.payload.cue === 'help' && ctx.materielAt[anchor.start] ? 'noun' : null)
  const { start: leftStart, antecedent, relative, requester } = leftBound(scope, anchor, frame, allActors)
  const rightEnd = rightBound(scope, anchor, frame)
  const actors = allActors.filter((a) => a.start >= leftStart && a.end <= rightEnd && a.marking !== 'source' && a.marking !== 'target')
  const materiel = continuedList(ctx, assigned, leftStart, rightEnd)
  // "… cluster munitions – all of which were eventually awarded to Kyiv": the relative's antecedent list.
  if (materiel.length === 0 && relative !== null) materiel.push(...precedingList(ctx, frameMateriel, relative))
  let cue = anchor.payload.cue
  // Deploying drones is using them; launching a training mission is supplying trainers.
  if (cue === 'deploy' && materiel.length > 0 && !materiel.some(isPersonnel)) cue = 'use'
  else if (cue === 'use' && materiel.length > 0 && materiel.every(isPersonnel)) cue = 'supply'
  // Personnel or origin named before the verb ("des instructeurs iraniens devraient être envoyés").
  if (materiel.length === 0 && (cue === 'use' || cue === 'deploy' || cue === 'operate' || cue === 'train' || cue === 'supply')) {
    for (const a of actors) if (a.qualifies && a.end <= anchor.start && onlyAuxiliaries(ctx, Math.max(a.end, a.qualifies.end), anchor.start) && !materiel.includes(a.qualifies)) materiel.push(a.qualifies)
  }
  let categories = categoriesOf(anchor, materiel)
  // "Téhéran a autorisé la Russie à fabriquer…": a licence needs no materiel of its own.
  if (categories.length === 0 && cue === 'produce') categories = ['production_licence']
  if (categories.length === 0) return null

  const passive = isPassive(ctx, anchor)
  const left = (a: ActorMention): boolean => a.end <= anchor.start
  const right = (a: ActorMention): boolean => a.start >= anchor.end
  const nearestLeft = (list: readonly ActorMention[]): ActorMention | null => list.filter(left).sort((a, b) => b.start - a.start)[0] ?? null
  const nearestRight = (list: readonly ActorMention[]): ActorMention | null => list.filter(right).sort((a, b) => a.start - b.start)[0] ?? null
  const closeRight = (list: readonly ActorMention[], reach: number): ActorMention | null => {
    const a = nearestRight(list)
    return a && a.start - anchor.end <= reach ? a : null
  }
  const marked = (...ms: Marking[]): ActorMention[] => actors.filter((a) => ms.includes(a.marking) || ((a.marking === 'origin' || a.marking === 'personnel') && a.prep !== null && ms.includes(a.prep) && (a.prep === 'to' || a.prep === 'for')))
  const gerundSubject = byGerundSubject(ctx, anchor, allActors, frame)
  const bareLeft = antecedent ?? gerundSubject ?? nearestLeft(marked('bare'))
  const origin = marked('origin')
  // "combat with Ukrainian troops", "former les militaires russes": personnel governed by a preposition are not the supplier's.
  const personnel = marked('personnel')
  const ownPersonnel = personnel.filter(
    (p) => !['with', 'to', 'for', 'target'].includes(p.prep ?? '') && cue !== 'fund' && cue !== 'help' && cue !== 'repair' && (!p.qualifies || materiel.includes(p.qualifies) || cue === 'train' || cue === 'deploy' || cue === 'operate'),
  )
  const first = (...candidates: Array<ActorMention | null | undefined>): ActorMention | null => candidates.find((c) => !!c) ?? null

  let supplier: ActorMention | null = null
  let recipient: ActorMention | null = null
  let rule = `support.${cue}`
  let forcedStatus: Draft['forcedStatus'] = null
  let weakRecipient = false
  let noFill = false
  const theatre = (a: ActorMention | null): ActorMention | null => {
    // Personnel "in Ukraine" fight for someone: the place alone does not say whom.
    if (a && a.marking === 'location' && isDefendingParty(ctx, a.actor)) weakRecipient = true
    return a
  }
  switch (cue) {
    case 'supply':
    case 'fund':
    case 'help':
    case 'repair': {
      const ownCategory = cue === 'help' && anchor.payload.category !== null
      if (cue === 'help' && tense !== 'noun' && tense !== 'agent' && !ownCategory) return null
      if ((cue === 'help' || cue === 'repair' || cue === 'fund') && !ownCategory && !materiel.some((m) => m.payload.kind === 'materiel' && (cue !== 'fund' || m.payload.category === 'financial'))) return null
      // What is repaired or financed is not what is supplied: the service is.
      if (cue === 'repair') categories = ['maintenance']
      if (cue === 'fund') categories = ['financial']
      if (tense === 'agent') {
        // "Berlin has been the second-biggest supplier of military aid to Ukraine", "Russia's top backer".
        supplier = first(copulaSubject(ctx, anchor, actors), closeRight(marked('by'), 4))
        recipient = first(nearestLeft(marked('genitive')), nearestRight(marked('to', 'for')), closeRight(marked('of'), 6))
        rule += '.agent-noun'
        noFill = true
      } else if (tense === 'noun') {
        supplier = first(closeRight(marked('from'), 8), closeRight(marked('by'), 10), closeRight(marked('of'), 8), nearestRight(origin), nearestLeft(origin), nearestLeft(marked('genitive')), adjacentLeft(ctx, anchor, marked('bare', 'by')), stoppedBy(ctx, anchor, materiel, marked('bare')))
        recipient = first(nearestRight(marked('to', 'for')), nearestLeft(marked('to', 'for')), sharedWith(ctx, anchor, actors))
        rule += '.nominal'
      } else if (passive) {
        supplier = first(nearestRight(marked('by')), nearestLeft(marked('by')), nearestRight(origin), nearestLeft(origin), nearestRight(marked('from')))
        recipient = first(nearestRight(marked('to', 'for')), nearestLeft(marked('to', 'for')), nearestLeft(marked('by').filter((a) => a !== supplier)), theatre(nearestRight(marked('location'))))
        rule += '.passive'
      } else {
        supplier = first(bareLeft, nearestLeft(origin), nearestLeft(ownPersonnel), nearestRight(origin), nearestRight(ownPersonnel), nearestRight(marked('from')), adjacentLeft(ctx, anchor, marked('by')))
        recipient = first(
          nearestRight(marked('to', 'for')),
          closeRight(marked('bare'), 3),
          trainees(ctx, categories, personnel, anchor),
          nearestLeft(marked('to', 'for')),
          sharedWith(ctx, anchor, actors),
          helpObject(ctx, anchor, actors, gerundSubject),
          // Personnel are sent somewhere; weapons "to attack targets inside Russia" are not sent to Russia.
          materiel.some(isPersonnel) ? theatre(nearestRight(marked('location'))) : null,
          requester && requester.actor !== supplier?.actor ? requester : null,
        )
        rule += '.active'
      }
      break
    }
    case 'acquire': {
      // "ordered 40,000 rockets to be produced": a command, not a purchase.
      if (/^order/.test(ctx.tokens[anchor.start]!.key) && ctx.tokens.slice(anchor.end, anchor.end + 6).some((t) => t.key === 'to')) return null
      // "acheter des Gripen": bought new, from the state that makes them; what is received may come from anyone.
      const purchase = anchor.payload.purchase
      const maker = purchase ? designationOrigin(materiel) : null
      if (passive) {
        // "Moscou utilise des obus achetés à…": a participle right after its noun (no auxiliary)
        // names goods of the sentence's subject, who bought them.
        const reduced = !ctx.grammarAt[anchor.start - 1]?.roles.some((role) => role === 'be' || role === 'have')
        recipient = first(nearestRight(marked('by')), nearestRight(marked('for')), reduced ? nearestLeft(marked('bare')) : null)
        // "des drones achetés à l'Iran": bought "à" someone is bought from them.
        const boughtFrom = purchase ? closeRight(marked('to'), 3) : null
        supplier = first(nearestRight(marked('from')), boughtFrom, nearestRight(origin), nearestLeft(origin), maker)
      } else {
        recipient = first(bareLeft, nearestRight(marked('for')), nearestLeft(marked('genitive')), tense === 'noun' ? closeRight(marked('by'), 6) : null, nearestLeft(marked('to')))
        // "l'achat de Gripen par l'Ukraine": the buyer named by "par" is not also the seller.
        const sellerBy = marked('by').filter((a) => a !== recipient)
        supplier = first(nearestRight(marked('from')), nearestRight(marked('to')), nearestRight(origin), nearestLeft(origin), nearestRight(sellerBy), nearestLeft(sellerBy), maker)
      }
      rule += passive ? '.passive' : tense === 'noun' ? '.nominal' : '.active'
      break
    }
    case 'use': {
      const from = closeRight(marked('from'), 5)
      if (from && isLaunchCue(ctx, anchor)) {
        // "launched from the territory of Belarus", "drone strikes from Belarus": the territory is the support.
        supplier = from
        const launcher = origin.find((o) => o.end <= anchor.start && anchor.start - o.end <= 3)
        recipient = first(nearestRight(marked('by')), launcher, bareLeft, nearestLeft(origin), nearestLeft(marked('by')))
        categories = ['territory_access']
        rule = 'support.territory'
        break
      }
      // Supply implied by origin: "Iranian drones used by Russia", "Russia used a North Korean missile".
      supplier = first(nearestRight(origin), nearestLeft(origin))
      if (!supplier) return null
      // "Russian jets use its airfields": the materiel before an active verb is the user, not the thing used.
      if (!passive && supplier.qualifies && supplier.qualifies.end >= anchor.start - 1 && supplier.qualifies.end <= anchor.start) return null
      // The user may be named by its personnel: "fired by Russian troops", "Russian troops are firing…".
      const users = personnel.filter((p) => p.actor !== supplier!.actor && (passive ? p.prep === 'by' : p.prep === null))
      recipient = passive
        ? first(nearestRight(marked('by')), nearestLeft(marked('by')), nearestRight(users))
        : first(bareLeft, nearestLeft(marked('genitive')), nearestRight(marked('by')), nearestLeft(users))
      const qualified = actors.filter((a) => a.group === supplier!.group && a.qualifies).map((a) => a.qualifies!)
      categories = categoriesOf(anchor, qualified.length ? qualified : materiel).filter((c) => !PERSONNEL.has(c) && c !== 'territory_access')
      if (categories.length === 0) return null
      rule = 'support.origin-use'
      forcedStatus = 'reported'
      break
    }
    case 'train':
      if (passive) {
        // "Ces militaires seront formés en Pologne et en Allemagne": the host trains.
        supplier = first(nearestRight(marked('by')), nearestRight(marked('location')))
        recipient = first(nearestLeft(personnel), nearestLeft(marked('bare')))
      } else {
        supplier = first(bareLeft, nearestLeft(ownPersonnel), nearestLeft(origin), nearestRight(marked('by')))
        recipient = first(closeRight(personnel, 4), closeRight(marked('bare'), 3), nearestRight(marked('to', 'for')))
      }
      categories = ['trainers']
      break
    case 'deploy': {
      if (!materiel.some(isPersonnel)) return null
      supplier = first(ownPersonnel[0], bareLeft, nearestRight(marked('by')))
      recipient = first(nearestRight(marked('for')), nearestRight(marked('to')), helpObject(ctx, anchor, actors, null), theatre(nearestRight(marked('location'))), theatre(nearestLeft(marked('location'))))
      categories = categories.filter((c) => PERSONNEL.has(c))
      break
    }
    case 'operate': {
      const cleft = cleftContrast(ctx, anchor, allActors)
      if (cleft) return [cleft]
      supplier = ownPersonnel[0] ?? null
      if (!supplier) return null
      recipient = first(nearestRight(marked('for')), theatre(nearestRight(marked('location'))))
      categories = ['operation_of_weapons']
      break
    }
    case 'produce': {
      supplier = first(bareLeft, nearestRight(marked('by')))
      const host = first(closeRight(marked('bare'), 3), nearestRight(marked('location')))
      const beneficiary = nearestRight(marked('to', 'for'))
      if (!host && materiel.length === 0) return null
      if (beneficiary && !host) recipient = beneficiary
      else {
        recipient = host
        categories = ['production_licence']
      }
      break
    }
    default:
      return null
  }
  // "mission de formation … de militaires ukrainiens": the trainees are not supplied troops.
  if (recipient && recipient.marking === 'personnel' && recipient.qualifies && categories.includes('trainers')) {
    const trained = category(recipient.qualifies)
    categories = categories.filter((c) => c !== trained || c === 'trainers')
  }
  // "pour leur apporter de l'aide", "to help them": the object pronoun is the actor named just before.
  if (!recipient) recipient = objectPronounReferent(ctx, anchor, allActors, supplier)
  let hint: Hint = null
  if (!supplier && cue !== 'acquire' && cue !== 'use') hint = supplierHint(ctx, anchor, leftStart, tense)
  const location = actors.find((a) => a.form === 'place')?.actor ?? null
  const facing = allActors.find((a) => (a.marking === 'target' || a.marking === 'location') && a.start >= anchor.end && isConflictParty(ctx, a.actor))?.actor ?? null
  const suppliers = expandGroup(supplier, allActors)
  const recipients = expandGroup(recipient, allActors).filter((r) => !(r.marking === 'location' && suppliers.some((s) => s.actor === r.actor)))
  const out: Draft[] = []
  for (const s of suppliers.length ? suppliers : [null]) {
    for (const r of recipients.length ? recipients : [null]) {
      out.push({
        supplier: s?.actor ?? null,
        recipient: r?.actor ?? null,
        categories,
        materiel,
        anchor,
        supplierMention: s,
        recipientMention: r,
        sentence,
        rule,
        forcedStatus,
        inferred: [],
        location,
        hint,
        facing,
        weakRecipient: weakRecipient && !!r && r.marking === 'location',
        noFill,
      })
    }
  }
  return out
}

function expandGroup(mention: ActorMention | null, actors: readonly ActorMention[]): ActorMention[] {
  if (!mention) return []
  // A state read from a designation ("Gripen" → SWE) is in no group of the sentence.
  if (mention.group < 0) return [mention]
  return actors.filter((a) => a.group === mention.group)
}

function isConflictParty(ctx: DocumentContext, actor: string): boolean {
  return ctx.knowledge.data.conflicts.some((c) => c.parties.includes(actor))
}

/** A party on whose soil the war is fought (not the aggressor): foreign personnel there may serve either side. */
function isDefendingParty(ctx: DocumentContext, actor: string): boolean {
  return ctx.knowledge.data.conflicts.some((c) => c.parties.includes(actor) && c.aggressor !== actor)
}

/** How an open supplier may be filled: "nous/we" (the speaker's state), "il/le pays" (a state named before), or the announcer of a noun ("annonçant la livraison de…"). */
function supplierHint(ctx: DocumentContext, anchor: Lex, leftStart: number, tense: string | null): Hint {
  for (let i = anchor.start - 1; i >= leftStart && i >= anchor.start - 6; i--) {
    const g = ctx.grammarAt[i]
    if (g?.roles.includes('first_person')) return 'first_person'
    if (g?.roles.includes('anaphor')) return 'anaphor'
    if (g?.roles.includes('pronoun') && anchor.start - i <= 3) return 'anaphor'
  }
  if (tense === 'noun') {
    for (let i = anchor.start - 1; i >= Math.max(0, anchor.start - 4); i--) {
      const cue = ctx.cueAt[i]
      if (cue && cue.payload.kind === 'cue' && (cue.payload.cue === 'future' || /^(annon|announc|pledg|promi|devoil|unveil)/.test(ctx.tokens[cue.start]!.key))) return 'speaker'
    }
  }
  return null
}

/** The designation's state of manufacture for purchases ("l'achat de Gripen" → SWE). */
function designationOrigin(materiel: readonly Lex[]): ActorMention | null {
  for (const m of materiel) {
    if (m.payload.kind === 'materiel' && m.payload.origin) {
      return { start: m.start, end: m.end, actor: m.payload.origin, marking: 'origin', prep: null, form: 'name', privateFirm: false, entryId: m.payload.entryId, qualifies: m, group: -1 }
    }
  }
  return null
}

/** "en livrant", "by sending": the subject of a gerund is the subject of its clause. */
function byGerundSubject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], frame: Frame): ActorMention | null {
  if (!/(ing|ant)$/.test(ctx.tokens[anchor.start]!.key)) return null
  let k = anchor.start - 1
  while (k >= 0 && ctx.cueAt[k]?.payload.kind === 'cue' && (ctx.cueAt[k]!.payload as { cue: string }).cue === 'negation') k--
  const before = ctx.tokens[k]
  // "by sending", "en livrant", ", ne vendant pas": the participle's subject is the clause's.
  if (!before || !(/^(by|en)$/.test(before.key) || before.text === ',')) return null
  return actors.find((a) => a.start >= frame.start && a.end <= anchor.start && a.marking === 'bare') ?? null
}

/** "intelligence sharing with Kyiv", "partage de renseignements avec l'Ukraine": sharing is giving. */
function sharedWith(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): ActorMention | null {
  if (!/^(shar|partag)/.test(ctx.tokens[anchor.start]!.key)) return null
  return actors.find((a) => a.marking === 'with' && a.start >= anchor.end) ?? null
}

/** Trainees: "former les militaires russes", "training of Ukrainian soldiers". */
function trainees(ctx: DocumentContext, categories: readonly Category[], personnel: readonly ActorMention[], anchor: Lex): ActorMention | null {
  if (!categories.includes('trainers')) return null
  void ctx
  return personnel.find((p) => p.start >= anchor.end && (p.prep === 'of' || p.prep === 'for' || p.prep === 'to' || p.prep === null) && !(p.qualifies && p.qualifies.payload.kind === 'materiel' && p.qualifies.payload.category === 'trainers')) ?? null
}

function objectPronounReferent(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], supplier: ActorMention | null): ActorMention | null {
  const pronoun = [anchor.start - 1, anchor.start - 2, anchor.end].find((i) => ctx.grammarAt[i]?.roles.includes('object_pronoun'))
  if (pronoun === undefined) return null
  return actors.filter((a) => a.end <= anchor.start && a.actor !== supplier?.actor && a.marking !== 'source').sort((a, b) => b.start - a.start)[0] ?? null
}

/** A bare actor right before a noun anchor: "Iranian deliveries", "US support". */
function adjacentLeft(ctx: DocumentContext, anchor: Lex, bare: readonly ActorMention[]): ActorMention | null {
  return bare.find((a) => a.end === anchor.start || (a.end === anchor.start - 1 && !ctx.tokens[a.end]!.upper && ctx.tokens[a.end]!.word)) ?? null
}

/**
 * "The United States suspended military aid to Kyiv", "Berlin a gelé son aide militaire": the
 * subject of a verb that stops or refuses the support named by the noun is its supplier.
 */
function stoppedBy(ctx: DocumentContext, anchor: Lex, materiel: readonly Lex[], bare: readonly ActorMention[]): ActorMention | null {
  let k = anchor.start - 1
  const within = (i: number): boolean => materiel.some((m) => m.start <= i && i < m.end)
  while (k >= 0 && (within(k) || /^(its|their|his|her|the|all|further|new|son|sa|ses|leur|leurs|la|le|les|l'|toute|toutes|nouvelle|nouvelles)$/.test(ctx.tokens[k]!.key))) k--
  const verb = ctx.cueAt[k]
  if (!verb || verb.payload.kind !== 'cue' || (verb.payload.cue !== 'suspension' && verb.payload.cue !== 'refusal')) return null
  let j = verb.start - 1
  while (j >= 0 && ctx.grammarAt[j]?.roles.some((role) => role === 'have' || role === 'be')) j--
  return bare.find((a) => a.end === j + 1) ?? null
}

/** The subject of a copula before an agent noun: "North Korea has become Russia's primary weapons supplier". */
function copulaSubject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): ActorMention | null {
  for (let i = anchor.start - 1; i >= Math.max(0, anchor.start - 8); i--) {
    if (ctx.grammarAt[i]?.roles.includes('copula') || ctx.grammarAt[i]?.roles.includes('be')) {
      return actors.filter((a) => a.end <= i && a.marking === 'bare').sort((a, b) => b.start - a.start)[0] ?? null
    }
  }
  return adjacentLeft(ctx, anchor, actors.filter((a) => a.marking === 'bare'))
}

/** "pour soutenir Moscou", "to support Russia", "helping Russia … by sending": the object of a help verb. */
function helpObject(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[], gerundSubject: ActorMention | null): ActorMention | null {
  for (const a of actors) {
    if ((a.marking !== 'bare' && a.marking !== 'of') || a === gerundSubject) continue
    if (a.start <= anchor.end && !gerundSubject) continue
    // "soutenir Moscou", "soutenir les forces du Kremlin"
    for (let k = a.start - 1; k >= Math.max(0, a.start - 5); k--) {
      const cue = ctx.cueAt[k]
      if (cue && cue.payload.kind === 'cue' && cue.payload.cue === 'help') return a
      const t = ctx.tokens[k]!
      if (!t.word || (!ctx.grammarAt[k] && !/^(le|la|les|l'|the)$/.test(t.key))) break
    }
  }
  return null
}

/** "drones fournis par l'Iran", "were supplied by", "ont été livrés": a passive participle. */
function isPassive(ctx: DocumentContext, anchor: Lex): boolean {
  if (anchor.payload.kind !== 'cue' || anchor.payload.tense === 'noun' || anchor.payload.tense === 'agent') return false
  if (!isParticiple(ctx, anchor.end - 1)) return false
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 3); k--) {
    const g = ctx.grammarAt[k]
    if (g?.roles.includes('be') || g?.roles.includes('copula')) return true
    if (g?.roles.includes('have')) return false
    if (!ctx.tokens[k]!.word) break
  }
  // A participle right after its noun: "drones supplied by Iran", "missiles livrés à Moscou".
  return !!ctx.materielAt[anchor.start - 1]
}

function isLaunchCue(ctx: DocumentContext, anchor: Lex): boolean {
  return /^(launch|lanc|fire|fired|tir|strike|struck|frapp|attack|attaq)/.test(ctx.tokens[anchor.start]!.key)
}

/**
 * "There is not a single Belarusian soldier … in Ukraine", "des soldats nord-coréens en
 * Russie": personnel of one state placed in another's territory, with no verb of supply.
 */
function presenceClaim(ctx: DocumentContext, actors: readonly ActorMention[], frame: Frame, materiel: readonly Lex[], sentence: number): Draft | null {
  const personnel = actors.find(
    (a) =>
      a.marking === 'personnel' &&
      a.start >= frame.start &&
      a.end <= frame.end &&
      !!a.qualifies &&
      category(a.qualifies) === 'troops' &&
      !['with', 'to', 'for', 'target', 'of'].includes(a.prep ?? ''),
  )
  if (!personnel || !personnel.qualifies) return null
  const place = actors.find((a) => a.marking === 'location' && a.start > personnel.end && a.end <= frame.end && a.actor !== personnel.actor)
  if (!place) return null
  const anchor = personnel.qualifies
  const listed = materiel.filter((m) => m.start >= personnel.start && m.end <= place.start)
  return {
    supplier: personnel.actor,
    recipient: place.actor,
    categories: categoriesOf(anchor, listed.length ? listed : [anchor]),
    materiel: listed.length ? listed : [anchor],
    anchor,
    supplierMention: personnel,
    recipientMention: place,
    sentence,
    rule: 'support.presence',
    forcedStatus: null,
    inferred: [],
    location: place.actor,
    hint: null,
    facing: null,
    weakRecipient: isDefendingParty(ctx, place.actor),
    noFill: false,
  }
}

/**
 * "L'accusation a été démentie par l'Arabie saoudite", "Iran denied the reports": a denial
 * with no transfer words of its own rebuts the claims of the previous sentence that concern
 * the denier.
 */
function rebuttalClaim(ctx: DocumentContext, actors: readonly ActorMention[], sentence: number, drafts: readonly Draft[], actorsOf: (sentence: number) => readonly ActorMention[]): Draft | null {
  const [from, to] = ctx.sentenceTokens[sentence]!
  let denial: Lex | null = null
  for (let i = from; i < to && !denial; i++) {
    const cue = ctx.cueAt[i]
    if (cue && cue.payload.kind === 'cue' && cue.payload.cue === 'denial') denial = cue
  }
  if (!denial) return null
  const denier = actors.find((a) => a.marking === 'by' || a.marking === 'bare')
  if (!denier) return null
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!
    if (d.sentence < sentence - 1) break
    // "accusé le royaume de…", then "démentie par l'Arabie saoudite": the anaphor is resolved first.
    const supplier = d.supplier ?? (d.hint === 'anaphor' ? salientState(ctx, actorsOf, d.sentence, d.recipient, anaphorStyle(ctx, d.anchor)) : null)
    if (supplier !== denier.actor && d.recipient !== denier.actor) continue
    return { ...d, supplier, anchor: denial, supplierMention: supplier === denier.actor ? denier : null, recipientMention: d.recipient === denier.actor ? denier : null, sentence, rule: 'support.rebuttal', forcedStatus: 'denied', materiel: [], hint: null, facing: null, weakRecipient: false, noFill: true }
  }
  return null
}

/**
 * "ce sont les Russes qui pilotent", "it is the Russians who operate": the text credits the
 * recipient with operating the weapons, which negates operation by its supplier. The supplier
 * is filled in from the document's other claims.
 */
function cleftContrast(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): Draft | null {
  const { tokens } = ctx
  const who = anchor.start - 1
  if (!ctx.grammarAt[who]?.roles.includes('relative') && !/^(qui|who|that)$/.test(tokens[who]?.key ?? '')) return null
  const operator = actors.find((a) => a.end === who)
  if (!operator) return null
  const head = tokens
    .slice(Math.max(0, operator.start - 4), operator.start)
    .map((t) => t.key)
    .join(' ')
  if (!/(ce sont|c'est|it is|it's|it was|they are)/.test(head)) return null
  return {
    supplier: null,
    recipient: operator.actor,
    categories: ['operation_of_weapons'],
    materiel: [],
    anchor,
    supplierMention: null,
    recipientMention: operator,
    sentence: tokens[anchor.start]!.sentence,
    rule: 'support.operate.cleft-contrast',
    forcedStatus: 'denied',
    inferred: [],
    location: null,
    hint: null,
    facing: null,
    weakRecipient: false,
    noFill: false,
  }
}

/**
 * Fills a role the sentence leaves open: "nous"/"we" inside a quotation is the speaker's
 * state, and so is the announcer of a noun ("annonçant la livraison de…"); "il"/"le pays" is
 * the state the last sentences name most (conflict parties aside); otherwise the partner the
 * document's complete claims most often pair with the known side, or, for conduct aimed at
 * one party of a conflict, the other party. Claims that stay incomplete are dropped.
 */
function fillFromDocument(scope: Scope, drafts: readonly Draft[], actorsOf: (sentence: number) => readonly ActorMention[]): DraftClaim[] {
  const { ctx } = scope
  const resolved = drafts.map((d) => {
    let supplier = d.supplier
    if (!supplier && d.hint === 'first_person') supplier = quoteSpeakerActor(scope, d.anchor.start) ?? sentenceSpeakerActor(scope, d)
    else if (!supplier && d.hint === 'speaker') supplier = sentenceSpeakerActor(scope, d) ?? quoteSpeakerActor(scope, d.anchor.start)
    else if (!supplier && d.hint === 'anaphor') supplier = salientState(ctx, actorsOf, d.sentence, d.recipient, anaphorStyle(ctx, d.anchor))
    let recipient = d.weakRecipient ? null : d.recipient
    if (supplier && !recipient && d.facing && d.rule === 'support.territory') recipient = opponentOf(ctx, d.facing, supplier)
    return { ...d, supplier, recipient, inferredSupplier: supplier !== d.supplier, inferredRecipient: recipient !== d.recipient && recipient !== null }
  })
  const pairCount = new Map<string, number>()
  for (const d of resolved) {
    if (d.supplier && d.recipient && d.supplier !== d.recipient) pairCount.set(`${d.supplier}>${d.recipient}`, (pairCount.get(`${d.supplier}>${d.recipient}`) ?? 0) + 1)
  }
  const partner = (side: 'supplier' | 'recipient', value: string): string | null => {
    let top: string | null = null
    let topCount = 0
    for (const [pair, count] of pairCount) {
      const [s, r] = pair.split('>') as [string, string]
      if ((side === 'supplier' ? s : r) === value && count > topCount) {
        top = side === 'supplier' ? r : s
        topCount = count
      }
    }
    return top
  }
  // The document's main dyad: the supplier and the recipient it names most, complete or not.
  const tally = (side: 'supplier' | 'recipient'): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const d of resolved) {
      const v = d[side]
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    return counts
  }
  const top = (counts: Map<string, number>, not: string): string | null => {
    let best: string | null = null
    let bestCount = 0
    for (const [v, c] of counts) if (v !== not && c > bestCount) [best, bestCount] = [v, c]
    return best
  }
  const suppliers = tally('supplier')
  const recipients = tally('recipient')
  const out: DraftClaim[] = []
  for (const d of resolved) {
    let { supplier, recipient } = d
    const inferred: Array<'supplier' | 'recipient'> = []
    if (d.inferredSupplier) inferred.push('supplier')
    if (d.inferredRecipient) inferred.push('recipient')
    if (supplier && !recipient && !d.noFill) {
      recipient =
        partner('supplier', supplier) ??
        (d.weakRecipient ? d.recipientMention?.actor ?? null : null) ??
        opponentOf(ctx, d.facing, supplier) ??
        (!recipients.has(supplier) ? top(recipients, supplier) : null)
      if (recipient && !(d.weakRecipient && recipient === d.recipientMention?.actor)) inferred.push('recipient')
    } else if (!supplier && recipient && !d.noFill) {
      supplier = partner('recipient', recipient) ?? (recipient === top(recipients, '') && !suppliers.has(recipient) ? top(suppliers, recipient) : null)
      if (supplier) inferred.push('supplier')
    }
    if (!supplier || !recipient || supplier === recipient) continue
    const { hint: _h, inferredSupplier: _s, inferredRecipient: _r, facing: _f, weakRecipient: _w, noFill: _n, ...rest } = d
    out.push({ ...rest, supplier, recipient, inferred })
  }
  return out
}

/** The state of the speaker of the quotation holding token i. */
function quoteSpeakerActor(scope: Scope, i: number): string | null {
  const at = scope.ctx.tokens[i]!.start
  return scope.quotes.find((q) => q.start <= at && at < q.end)?.speakerActor ?? null
}

/** The state of whoever the sentence's reporting verb names ("Lecornu a déclaré …, annonçant la livraison"). */
function sentenceSpeakerActor(scope: Scope, d: Draft): string | null {
  const { ctx } = scope
  const [from, to] = ctx.sentenceTokens[d.sentence]!
  for (let i = from; i < to; i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i || cue.payload.kind !== 'cue' || cue.payload.cue !== 'reporting') continue
    const phrase = readSpeakerBefore(ctx, scope.people, cue.start, from) ?? readSpeakerAfter(ctx, scope.people, cue.end, to)
    const speaker = phrase ? resolveSpeaker(phrase, scope.memory) : null
    if (speaker?.actor) return speaker.actor
  }
  return null
}

/** The kind of state the anaphor before the anchor names ("le royaume": kingdom), if it names one. */
function anaphorStyle(ctx: DocumentContext, anchor: Lex): StateStyle | null {
  for (let i = anchor.start - 1; i >= 0 && i >= anchor.start - 6; i--) {
    const g = ctx.grammarAt[i]
    if (!g?.roles.includes('anaphor')) continue
    const phrase = ctx.tokens.slice(i, g.end).map((t) => t.key).join(' ')
    return ctx.lang.anaphorStyles.get(phrase) ?? null
  }
  return null
}

/**
 * The state the surrounding sentences name most often, conflict parties and the claim's
 * other side aside: what "le pays", "the country" or "it" most likely refers to. A styled
 * anaphor ("le royaume") only refers to a state of that style.
 */
function salientState(ctx: DocumentContext, actorsOf: (sentence: number) => readonly ActorMention[], sentence: number, exclude: string | null, style: StateStyle | null = null): string | null {
  const counts = new Map<string, number>()
  for (let s = Math.max(0, sentence - 3); s <= sentence; s++) {
    for (const a of actorsOf(s)) {
      if (a.actor === exclude || isConflictParty(ctx, a.actor) || a.marking === 'source') continue
      if (style && ctx.knowledge.actors.get(a.actor)?.style !== style) continue
      if (s === sentence && a.start > (ctx.sentenceTokens[s]![1] ?? 0)) continue
      counts.set(a.actor, (counts.get(a.actor) ?? 0) + (s === sentence ? 0.5 : 1))
    }
  }
  let best: string | null = null
  let bestCount = 0
  for (const [actor, count] of counts) {
    if (count > bestCount) {
      best = actor
      bestCount = count
    }
  }
  return best
}

/** The other party of a conflict whose party `facing` is (attacks "at Ukraine" are the aggressor's). */
function opponentOf(ctx: DocumentContext, facing: string | null, supplier: string): string | null {
  if (!facing) return null
  for (const conflict of ctx.knowledge.data.conflicts) {
    if (!conflict.parties.includes(facing) || conflict.parties.includes(supplier)) continue
    const other = conflict.parties.find((p) => p !== facing)
    if (other) return other
  }
  return null
}
