import type { SpeakerType } from '../domain/records.js'
import type { GrammarRole, Standing } from './compile-knowledge.js'
import type { DocumentContext } from './document-context.js'
import { spanText } from './document-context.js'
import { isCaseless } from './lexicon-trie.js'
import { orgWordAhead, type PersonSpan } from './find-people.js'
import type { Lex } from './find-mentions.js'

/** Who a reporting clause names as the source of words, before coreference. */
export interface SpeakerPhrase {
  readonly type: 'person' | 'pronoun' | 'role' | 'institution' | 'outlet'
  /** Token range of the phrase's head (the name, pronoun, role or institution). */
  readonly start: number
  readonly end: number
  readonly person: PersonSpan | null
  readonly role: string | null
  readonly org: string | null
  readonly outlet: string | null
  readonly actor: string | null
  readonly standing: Standing | null
  /** A reporting verb with no subject in a language that drops them: the phrase is the verb itself. */
  readonly dropped?: boolean
}

/** A resolved speaker: what the annotation format calls speaker, role, org and outlet. */
export interface Speaker {
  readonly speaker: string | null
  readonly role: string | null
  readonly org: string | null
  readonly outlet: string | null
  readonly type: SpeakerType
  readonly actor: string | null
  readonly standing: Standing | null
  /** Unnamed, but identified by a definite role ("le secrétaire d'Etat américain", "глава МИД Ирана"): on the record. */
  readonly definite?: boolean
}

const QUOTE_MARKS = new Set(['«', '»', '“', '”', '„', '"', '‹', '›'])
const isQuoteMark = (ctx: DocumentContext, i: number): boolean => QUOTE_MARKS.has(ctx.tokens[i]?.text ?? '')

/** Index of people by token, built once per document. */
export class PeopleIndex {
  private readonly at: Array<PersonSpan | undefined>
  constructor(
    readonly people: readonly PersonSpan[],
    size: number,
  ) {
    this.at = new Array(size)
    for (const person of people) for (let i = person.start; i < person.end; i++) this.at[i] = person
  }
  personAt(i: number): PersonSpan | undefined {
    return this.at[i]
  }
}

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'the', 'a', 'an', 'son', 'sa', 'ses', 'leur', 'its', 'his', 'her', 'their', 'ce', 'cet', 'cette', 'this', 'that'])
/** An article or possessive opening a speaker phrase: the French and English ones, and the language's ("el portavoz", "il ministro"). */
const isArticle = (ctx: DocumentContext, key: string): boolean => ARTICLES.has(key) || ctx.lang.articles.has(key)
/** The token at `i` is an article; an acronym in capitals ("UN", "LA") never is. */
const isArticleAt = (ctx: DocumentContext, i: number): boolean => {
  const t = ctx.tokens[i]
  return !!t && !(t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase()) && isArticle(ctx, t.key)
}

/**
 * Reads the speaker phrase that is the subject of a reporting verb at `verb`, looking left
 * ("Kirby said", "le porte-parole du Kremlin, Dmitri Peskov, a déclaré"). Stops at a
 * quotation mark, a clause boundary, or the start of the sentence. A participle after a
 * comma ("…, arguing that", "…, en précisant") takes the subject of the sentence.
 */
export function readSpeakerBefore(ctx: DocumentContext, people: PeopleIndex, verb: number, floor: number): SpeakerPhrase | null {
  const { tokens } = ctx
  // "Berichte, wonach Teheran … geliefert hätte, nannte X falsch": where verbs close their clause,
  // a verb right after a clause ending in a verb has its subject after it.
  if (ctx.lang.verbFinal && tokens[verb - 1]?.text === ',' && (ctx.cueAt[verb - 2] || ctx.grammarAt[verb - 2]?.roles.some((r) => r === 'be' || r === 'have'))) return null
  const sentenceStart = ctx.sentenceTokens[tokens[verb]!.sentence]![0]
  const limit = clauseStartBefore(ctx, people, verb, Math.max(floor, sentenceStart, verb - 20))
  const gerund = (key: string): boolean => ctx.lang.gerundEndings.some((e) => key.endsWith(e) && key.length > e.length + 2)
  const participle = /ing$/.test(tokens[verb]!.key) || tokens[verb - 1]?.key === 'en' || gerund(tokens[verb]!.key)
  const afterComma = tokens[verb - 1]?.text === ',' || tokens[verb - 2]?.text === ',' || /^(by|en)$/.test(tokens[verb - 1]?.key ?? '')
  // (A participle after a comma, "…, arguing that", and a verb joined to the one before, "… et a déclaré", have no subject of their own.)
  if ((participle && afterComma) || coordinatedVerb(ctx, verb)) {
    const from = Math.max(floor, sentenceStart)
    const subject = sentenceSubject(ctx, people, from, verb) ?? (coordinatedVerb(ctx, verb) ? openingActor(ctx, from, verb) : null)
    if (subject) return subject
  }
  const antecedent = relativeAntecedent(ctx, people, verb, sentenceStart)
  if (antecedent) return antecedent
  // Pronoun right before the verb (allowing auxiliaries and adverbs): "he said", "il a ajouté".
  for (let i = verb - 1; i >= limit && i >= verb - 3; i--) {
    if (ctx.grammarAt[i]?.roles.includes('pronoun') && !people.personAt(i)) return phrase(ctx, 'pronoun', i, i + 1)
    if (tokens[i]!.upper && !ctx.grammarAt[i]) break
  }
  // The nearest person, role or institution to the left; a full name beats a lone capitalised word.
  // ("Kim Yo-jong, la sœur de Kim Jong-un, a dit…": a name after a preposition is a complement; the
  // subject is further left, or, when none is, that name.)
  let complement: PersonSpan | null = null
  for (let i = verb - 1; i >= limit; i--) {
    const person = people.personAt(i)
    if (person && person.start >= limit && complementName(ctx, person.start)) {
      complement ??= person
      i = person.start
      continue
    }
    if (person && person.start >= limit) {
      if (person.single) {
        const full = people.people.find((p) => !p.single && p.start >= limit && p.end <= person.start)
        if (full) return personPhrase(ctx, people, full)
      }
      return personPhrase(ctx, people, person)
    }
    const role = ctx.roleAt[i]
    if (role) return coordinatedPerson(ctx, people, role.start, limit) ?? appositivePerson(ctx, people, role, limit, verb) ?? (bodyRole(ctx, role) ? institutionBackward(ctx, role.start, role.end, limit, verb) : rolePhrase(ctx, people, role.start, role.end, limit, verb))
    const entity = ctx.entityAt[i]
    if (entity && entity.start >= limit && (entity.payload.kind === 'actor' || entity.payload.kind === 'outlet')) {
      // A speaker is a subject: "faites par Israël", "à l'Ukraine" are complements, and "la flotte
      // américaine" is a modifier of its noun; "ministère des Affaires étrangères de la Russie" is the
      // institution whose head is further left.
      // ("the foreign ministers of Britain, France and Germany said": the last of a list is governed like the first.)
      const first = listStart(ctx, entity.start, limit)
      const prep = prepositionOf(ctx, first)
      if (prep === 'of') {
        const head = headBefore(ctx, first, limit)
        if (head !== null) return ctx.roleAt[head] ? rolePhrase(ctx, people, ctx.roleAt[head]!.start, ctx.roleAt[head]!.end, limit, verb) : institutionSpan(ctx, head, entity.end)
      }
      if (prep !== null || modifies(ctx, entity) || oblique(entity.payload)) {
        i = entity.start
        continue
      }
      const media = reportNounAfterDemonym(ctx, entity)
      if (media > 0 && media <= verb) return { ...institution(ctx, entity.start, media), actor: null, standing: 'media' }
      return institutionBackward(ctx, entity.start, entity.end, limit, verb)
    }
    if (orgRunEnd(ctx, i)) {
      const run = orgRunSpeaker(ctx, people, i, limit, verb)
      if (typeof run !== 'number') return run
      i = run
      continue
    }
    if (isLowerNoun(ctx, i)) return lowerNounSpeaker(ctx, people, i, limit, verb)
  }
  return complement ? personPhrase(ctx, people, complement) : null
}

/**
 * A body named by a lower-case noun before the verb: "el vocero de la diplomacia iraní", the role
 * that owns the body speaks; "a agência sul-coreana de inteligência", the body is the head noun;
 * "the head of Ukraine's military", "a spokesman for Russia's defence ministry", the role of a state's body.
 */
function lowerNounSpeaker(ctx: DocumentContext, people: PeopleIndex, i: number, limit: number, verb: number): SpeakerPhrase {
  const possessor = possessorStart(ctx, bodyStart(ctx, i, limit))
  const at = possessor ?? i
  const forRole = possessor !== null && !!ctx.grammarAt[at - 1]?.roles.includes('for') ? ctx.roleAt[at - 2] : undefined
  const head = forRole ? forRole.start : prepositionOf(ctx, at) === 'of' ? headBefore(ctx, at, limit) : null
  const owner = head !== null ? ctx.roleAt[head] : undefined
  if (owner) return rolePhrase(ctx, people, owner.start, owner.end, limit, verb)
  // (« les forces de défense israéliennes »: with the demonym after the complement.)
  return head !== null ? institutionSpan(ctx, head, demonymAfterEnd(ctx, i + 1, verb)) : institutionBackward(ctx, i, i + 1, limit, verb)
}

/**
 * Where a name starts with the role or title written right before it: "adviser to President Ilham
 * Aliyev", "conseiller du président Ilham Aliev" are complements through that role.
 */
function complementName(ctx: DocumentContext, start: number): boolean {
  const head = titledStart(ctx, start)
  if (head === start) return prepositionOf(ctx, start) !== null
  // ("with President Biden confirming…": "with" before a role opens an absolute clause whose subject the name is.)
  const mark = governingMark(ctx, head)
  return !!mark && !mark.cue && mark.roles.some((r) => r === 'of' || r === 'to' || r === 'for') && !mark.roles.includes('with')
}

function titledStart(ctx: DocumentContext, start: number): number {
  let k = start
  for (let guard = 0; guard < 3 && k > 0; guard++) {
    const role = ctx.roleAt[k - 1]
    const title = ctx.grammarAt[k - 1]?.roles.includes('title') ? k - 1 : null
    if (role && role.end === k) k = role.start
    else if (title !== null) k = title
    else break
  }
  return k
}

/** Where the clause of the verb at `verb` opens: after a quotation mark, a colon, a dash, "that" or a clause break. */
function clauseStartBefore(ctx: DocumentContext, people: PeopleIndex, verb: number, limit: number): number {
  for (let i = verb - 1; i >= limit; i--) {
    const t = ctx.tokens[i]!
    // "l'agence du renseignement (NIS) a déclaré": a closed parenthesis lies inside the clause.
    if (t.text === ')') {
      let open = i - 1
      while (open > limit && open >= i - 8 && ctx.tokens[open]!.text !== '(' && ctx.tokens[open]!.text !== ')') open--
      if (ctx.tokens[open]?.text === '(') {
        i = open
        continue
      }
    }
    // ("der „Spiegel“ berichtet", "comme le rapporte « Le Monde »": a name in quotation marks lies inside the clause.)
    const open = isQuoteMark(ctx, i) ? quotedNameStart(ctx, i, limit) : null
    if (open !== null) {
      i = open
      continue
    }
    if (isQuoteMark(ctx, i) || t.text === ';' || t.text === ':' || t.text === '(' || t.text === '—' || t.text === '–') return i + 1
    const g = ctx.grammarAt[i]
    // ("avait par ailleurs annoncé": a linking adverb between the auxiliary and its participle breaks no clause.)
    const afterAuxiliary = !!g?.roles.includes('break') && !!ctx.grammarAt[i - 1]?.roles.some((r) => r === 'have' || r === 'be')
    if (g && (g.roles.includes('that') || g.roles.includes('break')) && !afterAuxiliary && !people.personAt(i)) return i + 1
  }
  return limit
}

/** The opening quotation mark of a short name in quotation marks closed at `close` (an outlet or capitalised words only), if there is one. */
function quotedNameStart(ctx: DocumentContext, close: number, limit: number): number | null {
  for (let k = close - 1; k >= Math.max(limit, close - 5); k--) {
    if (isQuoteMark(ctx, k)) return k < close - 1 ? k : null
    const t = ctx.tokens[k]!
    if (!t.word || !(t.upper || ctx.entityAt[k]?.payload.kind === 'outlet' || ctx.lang.articles.has(t.key))) return null
  }
  return null
}

/**
 * "X a rejeté l'accusation devant l'ONU et a déclaré…", "X rejected the charge and said…": a verb
 * joined to the one before it by a conjunction word has no subject of its own (a comma does not
 * count: "« … », a déclaré X" is an incise).
 */
function coordinatedVerb(ctx: DocumentContext, verb: number): boolean {
  let k = verb - 1
  if (ctx.grammarAt[k]?.roles.some((r) => r === 'have' || r === 'be')) k--
  const t = ctx.tokens[k]
  return !!t && t.word && !!ctx.grammarAt[k]?.roles.includes('and')
}

/** "Maria Zakharova, who threatened…": a relative pronoun stands for the person before it. */
function relativeAntecedent(ctx: DocumentContext, people: PeopleIndex, verb: number, sentenceStart: number): SpeakerPhrase | null {
  for (let i = verb - 1; i >= Math.max(sentenceStart, verb - 3); i--) {
    if (!ctx.grammarAt[i]?.roles.includes('relative')) continue
    let k = i - 1
    if (ctx.tokens[k]?.text === ',') k--
    const antecedent = people.personAt(k)
    return antecedent && !antecedent.single ? personPhrase(ctx, people, antecedent) : null
  }
  return null
}

const QUANTIFIERS = new Set(['plusieurs', 'des', 'de', 'quelques', 'autres', 'other', 'several', 'some', 'many', 'les', 'the', 'nombreux', 'certains'])

/**
 * "Biden et plusieurs législateurs ont accusé", "Kirby and other officials said": a named
 * person coordinated before a group is the source to cite.
 */
function coordinatedPerson(ctx: DocumentContext, people: PeopleIndex, groupStart: number, limit: number): SpeakerPhrase | null {
  let k = groupStart - 1
  while (k >= limit && QUANTIFIERS.has(ctx.tokens[k]!.key)) k--
  if (k < limit || !ctx.grammarAt[k]?.roles.includes('and')) return null
  const person = people.personAt(k - 1)
  return person && person.start >= limit ? personPhrase(ctx, people, person) : null
}

/**
 * "Thomas Reed, a U.N. human rights expert on Sudan, said", "Maria Keller, a senior analyst at the
 * Rand Corporation, said": a role between commas right after a name is that person's, and the person
 * is the subject.
 */
function appositivePerson(ctx: DocumentContext, people: PeopleIndex, role: { start: number; end: number }, limit: number, verb: number): SpeakerPhrase | null {
  const { tokens } = ctx
  let k = role.start - 1
  while (k >= limit && role.start - k <= 6 && tokens[k]!.word && !ctx.cueAt[k] && !people.personAt(k)) k--
  const person = people.personAt(k - 1)
  if (k < limit || tokens[k]!.text !== ',' || !person || person.end !== k || person.start < limit) return null
  const end = appositionEnd(ctx, role.end, verb)
  if (tokens[end]?.text !== ',') return null
  const named = personPhrase(ctx, people, person)
  if (named.role) return named
  const lex = ctx.roleAt[role.start]
  const text = roleAndOrg(ctx, k + 1, end)
  return { ...named, role: text.role, org: text.org ?? named.org, outlet: text.outlet ?? named.outlet, actor: named.actor ?? actorIn(ctx, k + 1, role.end), standing: lex?.payload.kind === 'role' ? lex.payload.standing : named.standing }
}

/** The first person (or else institution) of a sentence, before `to`: the subject of its main verb. */
function sentenceSubject(ctx: DocumentContext, people: PeopleIndex, from: number, to: number): SpeakerPhrase | null {
  // "He called on Israel to … and said…": a pronoun opening the sentence is its subject.
  if (from < to && ctx.grammarAt[from]?.roles.includes('pronoun') && !people.personAt(from) && ctx.sentenceTokens[ctx.tokens[from]!.sentence]![0] === from) return phrase(ctx, 'pronoun', from, from + 1)
  for (let i = from; i < to; i++) {
    if (isQuoteMark(ctx, i)) return null
    const person = people.personAt(i)
    // "L'ex presidente Conte …, urlando": a surname right after a role is the subject too.
    if (person && (!person.single || ctx.roleAt[person.start - 1])) return personPhrase(ctx, people, person)
  }
  return null
}

/**
 * "Berlin has been the biggest supplier … and said…": a state's name opening the sentence, over its article, is
 * the subject of a verb joined to the first; not a demonym or a name that qualifies the noun after it ("Pentagon spokesman").
 */
function openingActor(ctx: DocumentContext, from: number, to: number): SpeakerPhrase | null {
  let k = from
  while (k < to && ctx.lang.determiners.has(ctx.tokens[k]!.key)) k++
  const opening = ctx.entityAt[k]
  if (!opening || opening.start !== k || ctx.sentenceTokens[ctx.tokens[from]!.sentence]![0] !== from || opening.payload.kind !== 'actor' || opening.payload.form === 'demonym') return null
  const next = ctx.tokens[opening.end]
  return next && (ctx.roleAt[opening.end] || (next.word && next.upper)) ? null : institutionBackward(ctx, opening.start, opening.end, from, to)
}

/**
 * Reads a speaker phrase after a reporting verb: the inverted subject of French incises
 * ("a déclaré à Fox News Behnam Ben Taleblu, chercheur…"), English "said Kirby" or "said
 * Deputy Pentagon Press Secretary Sabrina Singh", and the complement of "selon" /
 * "according to". Objects of prepositions ("à l'Ukraine", "told CNN") are not speakers.
 */
export function readSpeakerAfter(ctx: DocumentContext, people: PeopleIndex, from: number, ceiling: number): SpeakerPhrase | null {
  const found = speakerAfter(ctx, people, from, ceiling)
  // "Laut John Kirby hat Nordkorea …": where the finite verb comes second, it follows the source phrase that opens the clause.
  const source = ctx.lang.verbFinal && sourceEndsAt(ctx, from) && !!found && finiteVerbAt(ctx, found.end)
  return found && found.type !== 'pronoun' && !source && opensReportedClause(ctx, found) ? null : found
}

/**
 * "« … », a déclaré le Times citant le capitaine John Reed" / "the Times said, citing Captain John
 * Reed": an outlet that cites someone passes the words to that someone, and stays their outlet.
 * `from` is the first token after the outlet's phrase and its verb.
 */
export function citedSpeaker(ctx: DocumentContext, people: PeopleIndex, outlet: SpeakerPhrase | null, from: number, ceiling: number): SpeakerPhrase | null {
  if (outlet?.type !== 'outlet') return null
  for (let i = from; i < Math.min(ceiling, from + 3); i++) {
    const cue = ctx.cueAt[i]
    if (!cue) {
      if (ctx.tokens[i]!.text === ',') continue
      return null
    }
    if (cue.payload.kind !== 'cue' || cue.payload.cue !== 'according' || !cue.payload.tags?.includes('cite')) return null
    const cited = readSpeakerAfter(ctx, people, cue.end, ceiling)
    return cited && cited.type !== 'pronoun' && cited.type !== 'outlet' ? { ...cited, outlet: cited.outlet ?? outlet.outlet ?? outletText(ctx, outlet.start, outlet.end) } : null
  }
  return null
}

/** A full name early in the phrase after a reporting verb, after titles, roles and organisation names. */
function fullNameEarly(ctx: DocumentContext, people: PeopleIndex, from: number, end: number): SpeakerPhrase | null {
  const { tokens } = ctx
  let commas = 0
  for (let i = from; i < end; i++) {
    const t = tokens[i]!
    // "M. Duval", "Dr. Hassan": the title's full stop does not end the phrase.
    const title = ctx.grammarAt[i]
    if (title?.roles.includes('title')) {
      i = title.end - 1
      continue
    }
    if (isQuoteMark(ctx, i) || t.text === '.' || t.text === ';' || t.text === ':') break
    // "a indiqué que l'Iran…": what follows "que" / "that" is the content, not the speaker.
    if (ctx.grammarAt[i]?.roles.includes('that') && i > from) break
    if (t.text === ',' && ++commas > 1) break
    const person = people.personAt(i)
    if (person && !person.single && !governed(ctx, person.start)) {
      const base = personPhrase(ctx, people, person)
      return { ...base, outlet: base.outlet ?? outletBetween(ctx, from, person.start) }
    }
    // ("devant la presse", "to the media": a report noun after its article is an audience, not what ends the phrase.)
    const cue = ctx.cueAt[i]
    const audience = isReportNoun(ctx, i) && ctx.lang.determiners.has(tokens[i - 1]?.key ?? '')
    if (cue && !audience && !ctx.roleAt[i] && !ctx.entityAt[i]) break
  }
  return null
}

/** "le quotidien britannique The Guardian", "the investigative website Bellingcat": an outlet after the words that describe it. */
function describedOutlet(ctx: DocumentContext, people: PeopleIndex, from: number, end: number): SpeakerPhrase | null {
  for (let i = from; i < Math.min(end, from + 7); i++) {
    const entity = ctx.entityAt[i]
    if (entity?.start === i && entity.payload.kind === 'outlet') return i > from ? { ...phrase(ctx, 'outlet', i, entity.end), outlet: outletText(ctx, i, entity.end), actor: null } : null
    const t = ctx.tokens[i]!
    const described = t.word && (!t.upper || entity?.payload.kind === 'actor') && (!ctx.cueAt[i] || isReportNoun(ctx, i))
    // ("w rozmowie z PAP", "in an interview with AFP": an outlet after a preposition other than "of" is an addressee.)
    const preposition = !!ctx.grammarAt[i]?.roles.some((r) => r !== 'of' && r !== 'agent')
    if (!described || preposition || ctx.roleAt[i] || people.personAt(i)) return null
  }
  return null
}

/**
 * "заявили в МЗС Ірану", "сообщили в Пентагоне", "souligne-t-on à l'Elysée" (after an impersonal
 * pronoun): the institution the words come from.
 */
function institutionOfPreposition(ctx: DocumentContext, from: number, end: number): SpeakerPhrase | null {
  const { tokens } = ctx
  const prep = ctx.grammarAt[from]
  const impersonal = from > 0 && ctx.lang.impersonalPronouns.has(tokens[from - 1]!.key) && ctx.lang.impersonalPrepositions.has(tokens[from]!.key)
  if (!prep || !(ctx.lang.speakerPrepositions.has(tokens[from]!.key) || impersonal) || prep.end >= end) return null
  const k = prep.end
  const entity = ctx.entityAt[k]
  // ("indique-t-on au ministère danois de la Défense": after an impersonal pronoun, an institution's own noun too.)
  const named = (entity && entity.start === k && entity.payload.kind === 'actor') || orgRunEnd(ctx, k) || (tokens[k]!.upper && tokens[k]!.word && tokens[k]!.text === tokens[k]!.text.toUpperCase()) || (impersonal && isLowerNoun(ctx, k))
  return named ? institutionForward(ctx, k, end) : null
}

/** A reporting word whose subject is an impersonal pronoun ("souligne-t-on"). */
export const impersonalCue = (ctx: DocumentContext, cue: Lex): boolean => ctx.lang.impersonalPronouns.has(ctx.tokens[cue.end - 1]!.key)

function speakerAfter(ctx: DocumentContext, people: PeopleIndex, from: number, ceiling: number): SpeakerPhrase | null {
  const { tokens } = ctx
  const sentenceEnd = ctx.sentenceTokens[tokens[Math.min(from, tokens.length - 1)]!.sentence]![1]
  const end = Math.min(ceiling, sentenceEnd, from + 24)
  const early = fullNameEarly(ctx, people, from, end) ?? describedOutlet(ctx, people, from, end)
  if (early) return early
  let outlet: string | null = null
  const ofPreposition = institutionOfPreposition(ctx, from, end)
  if (ofPreposition) return { ...ofPreposition, outlet }
  let i = from
  while (i < end) {
    const t = tokens[i]!
    const title = ctx.grammarAt[i]
    if (title?.roles.includes('title')) {
      i = title.end
      continue
    }
    if (isQuoteMark(ctx, i) || t.text === '.' || t.text === ';') break
    if (t.text === ':' && i > from) break
    if (ctx.grammarAt[i]?.roles.includes('that') && !ctx.grammarAt[i]?.roles.includes('relative')) break
    // "a affirmé dans un entretien accordé au Monde le ministre…": the subject after an adjunct of the verb.
    const past = i <= from + 2 && ctx.lang.speechAdjuncts.has(t.key) ? pastAdjunct(ctx, people, i, end) : null
    if (past !== null) {
      i = past
      continue
    }
    // "à Fox News", "told CNN", "aux journalistes", "to reporters": an addressee, not the speaker.
    const g = ctx.grammarAt[i]
    if (g && g.roles.includes('to')) {
      const next = ctx.entityAt[g.end]
      if (next?.payload.kind === 'outlet') {
        outlet = outletText(ctx, next.start, next.end)
        i = next.end
        continue
      }
    }
    if (ctx.grammarAt[i]?.roles.includes('pronoun') && !people.personAt(i)) return { ...phrase(ctx, 'pronoun', i, i + 1), outlet }
    const person = people.personAt(i)
    if (person && !governed(ctx, person.start)) return { ...personPhrase(ctx, people, person), outlet: outlet ?? personPhrase(ctx, people, person).outlet }
    const role = ctx.roleAt[i]
    if (role && !governed(ctx, role.start)) {
      // "le porte-parole du Kremlin, Dmitri Peskov": a role, then the name in apposition.
      const roleEnd = appositionEnd(ctx, role.end, end)
      // The apposition ends the sentence ("…Ирана. — Это…"): no name after it belongs to the role.
      // ("a écrit le président ukrainien sur X": a name governed by a preposition is not the role's holder.)
      const found = findPersonIn(people, role.end, tokens[roleEnd]?.text === '.' ? roleEnd : Math.min(end, roleEnd + 8))
      const named = found && !(found.single && governed(ctx, found.start)) ? found : null
      if (named) {
        const base = personPhrase(ctx, people, named)
        const roleText = roleAndOrg(ctx, role.start, Math.min(roleEnd, named.start))
        return { ...base, role: base.role ?? roleText.role, org: base.org ?? roleText.org, outlet: outlet ?? base.outlet }
      }
      return { ...rolePhrase(ctx, people, role.start, role.end, from, end), outlet }
    }
    const entity = ctx.entityAt[i]
    // "powiedział ukraiński polityk": a demonym before a person's role belongs to the role phrase
    // ("der südkoreanische Geheimdienst", an institution, and "американские чиновники", no one in
    // particular, speak for their state).
    if (entity && entity.payload.kind === 'actor' && entity.payload.form === 'demonym' && ctx.roleAt[entity.end]?.start === entity.end && !ctx.lang.orgWords.has(tokens[entity.end]!.key) && !ctx.lang.vagueRoles.has(tokens[entity.end]!.key)) {
      i = entity.end
      continue
    }
    // ("nach Angaben Südkoreas": a name in the genitive right after the source words is the source.)
    // ("des sources iraniennes", "les médias russes": sources and media named by a demonym report; they are not their state.)
    if (entity && modifies(ctx, entity) && isReportNoun(ctx, entity.start - 1) && !governed(ctx, entity.start - 1)) return { ...institution(ctx, entity.start - 1, entity.end), actor: null, standing: 'media', outlet }
    // ("Israeli media", "Iranian state television", "israelische Medien": where adjectives come first, the noun follows the demonym.)
    const media = entity ? reportNounAfterDemonym(ctx, entity) : -1
    if (media > 0 && !governed(ctx, entity!.start)) return { ...institution(ctx, entity!.start, media), actor: null, standing: 'media', outlet }
    if (entity && (entity.payload.kind === 'actor' || entity.payload.kind === 'outlet') && ((!governed(ctx, entity.start) && !oblique(entity.payload) && !agentOfAnother(ctx, from, entity.start)) || (entity.start === from && sourceEndsAt(ctx, from)))) {
      if (entity.payload.kind === 'outlet') return { ...phrase(ctx, 'outlet', entity.start, entity.end), outlet: outletText(ctx, entity.start, entity.end), actor: null }
      return { ...institutionForward(ctx, entity.start, end), outlet }
    }
    if ((orgRunEnd(ctx, i) || isLowerNoun(ctx, i) || (t.upper && t.word && !entity && orgWordAhead(ctx, i + 1))) && !governed(ctx, i)) return { ...institutionForward(ctx, i, end), outlet }
    // "pour annoncer la livraison de…": an object noun phrase or what is transferred ends the search.
    const insideGrammar = [1, 2, 3].some((d) => (ctx.grammarAt[i - d]?.end ?? 0) > i)
    if (ctx.materielAt[i] || (ctx.lang.determiners.has(t.key) && i > from && !insideGrammar && !ctx.roleAt[i + 1] && !ctx.entityAt[i + 1] && !isLowerNoun(ctx, i + 1) && tokens[i + 1]?.word && !tokens[i + 1]!.upper)) break
    i = entity ? entity.end : i + 1
  }
  return null
}

/**
 * Where the subject starts after an adjunct opened at `at` ("dans un entretien accordé au Monde",
 * "lors d'une conférence de presse commune"): the first role, full name or actor named after some
 * word of the adjunct's own and governed by none of its prepositions. Null when the sentence, a
 * quotation or a clause of content comes first.
 */
function pastAdjunct(ctx: DocumentContext, people: PeopleIndex, at: number, end: number): number | null {
  const { tokens } = ctx
  let content = false
  for (let j = at + 1; j < Math.min(end, at + 14); j++) {
    const t = tokens[j]!
    if (isQuoteMark(ctx, j) || t.text === '.' || t.text === ';' || t.text === ':' || ctx.grammarAt[j]?.roles.includes('that')) return null
    const entity = ctx.entityAt[j]
    const person = people.personAt(j)
    const candidate = (ctx.roleAt[j]?.start === j || (person && !person.single) || (entity?.start === j && entity.payload.kind === 'actor' && entity.payload.form !== 'demonym')) && !governed(ctx, j)
    if (candidate && content) return isArticleAt(ctx, j - 1) ? j - 1 : j
    if (t.word && !isArticle(ctx, t.key) && !ctx.lang.determiners.has(t.key)) content = true
  }
  return null
}

/**
 * The phrase found after a reporting verb is followed by a verb of its own: it is the subject of
 * the reported clause ("said Russia was cooperating"), not an inverted speaker.
 */
export function opensReportedClause(ctx: DocumentContext, phrase: SpeakerPhrase): boolean {
  const next = phrase.end
  const g = ctx.grammarAt[next]
  const cue = ctx.cueAt[next]
  return !!g?.roles.some((r) => r === 'be' || r === 'have' || r === 'copula') || (!!cue && cue.payload.kind === 'cue' && cue.payload.tense !== 'noun' && cue.payload.cue !== 'according')
}

/** The words of a source ("laut", "nach Angaben") end right before token i. */
function sourceEndsAt(ctx: DocumentContext, i: number): boolean {
  const cue = ctx.cueAt[i - 1]
  return cue?.end === i && cue.payload.kind === 'cue' && cue.payload.cue === 'according'
}

/** An auxiliary or a finite verb (not a participle or an infinitive) at token i. */
function finiteVerbAt(ctx: DocumentContext, i: number): boolean {
  const cue = ctx.cueAt[i]
  return !!ctx.grammarAt[i]?.roles.some((r) => r === 'be' || r === 'have' || r === 'copula') || (!!cue && cue.start === i && cue.payload.kind === 'cue' && cue.payload.tense === null)
}

/** A name of two words or more covers token i (a lone capitalised word may be part of an organisation's name). */
function fullName(people: PeopleIndex, i: number): boolean {
  const person = people.personAt(i)
  return !!person && !person.single
}

/** A declined name in a case other than the nominative ("Ukrainy", "России"): a complement, never the subject that speaks. */
function oblique(payload: { kind: string; grammarCases?: readonly string[] }): boolean {
  return payload.kind === 'actor' && !!payload.grammarCases && payload.grammarCases.length > 0 && !payload.grammarCases.includes('nom')
}

/** The word at `at` is the object of a preposition other than "by"/"par" (an addressee or a complement). */
/**
 * "répond aux critères fixés par la France": a "by" phrase after other words is the agent of
 * another verb; only right after the reporting words ("a été démenti par Moscou") does it speak.
 */
function agentOfAnother(ctx: DocumentContext, from: number, at: number): boolean {
  const mark = governingMark(ctx, at, from)
  return !!mark && !mark.cue && mark.roles.includes('by') && mark.start > from && ctx.tokens.slice(from, mark.start).some((t) => t.word)
}

export function governed(ctx: DocumentContext, at: number): boolean {
  const mark = governingMark(ctx, at)
  // "according to X", "selon X": the preposition belongs to the cue, X is the source.
  if (!mark || mark.cue || statementOf(ctx, mark.start)) return false
  // ("Pour la Chine, il s'agit de « … »": a preposition of view opening the sentence names who holds the view.)
  const opener = ctx.tokens[mark.start]!
  if (ctx.lang.speakerOpeners.has(opener.key) && ctx.sentenceTokens[opener.sentence]![0] === mark.start) return false
  const { roles } = mark
  return (roles.includes('to') || roles.includes('for') || roles.includes('of') || roles.includes('in') || roles.includes('with') || roles.includes('from')) && !roles.includes('by')
}

/**
 * "according to a statement from the Pentagon", "selon un communiqué du ministère": after "according
 * to" and a noun of saying with its article, "of" or "from" names who says it.
 */
function statementOf(ctx: DocumentContext, mark: number): boolean {
  const noun = ctx.cueAt[mark - 1]
  if (!noun || noun.end !== mark || noun.payload.kind !== 'cue' || (noun.payload.cue !== 'reporting' && noun.payload.cue !== 'report_noun')) return false
  if (!ctx.grammarAt[mark]?.roles.some((r) => r === 'of' || r === 'from')) return false
  const article = ctx.tokens[noun.start - 1]?.key ?? ''
  if (!ctx.lang.articles.has(article) && !ctx.lang.determiners.has(article)) return false
  // (Only as the source "according to" names: "la replica del governo" elsewhere is a complement.)
  const according = ctx.cueAt[noun.start - 2]
  return according?.end === noun.start - 1 && according.payload.kind === 'cue' && according.payload.cue === 'according'
}

/** The grammar word ending right before the word at `at` (articles skipped, from `floor` on), where it starts, and whether a cue holds it. */
function governingMark(ctx: DocumentContext, at: number, floor = 0): { start: number; roles: readonly GrammarRole[]; cue: boolean } | null {
  let k = at - 1
  while (k >= floor && isArticleAt(ctx, k) && !ctx.grammarAt[k]?.roles.some((r) => r === 'to' || r === 'of' || r === 'by')) k--
  for (let s = k; s >= Math.max(floor, k - 3); s--) {
    const g = ctx.grammarAt[s]
    if (g && g.end >= k + 1 && g.end <= at) return { start: s, roles: g.roles, cue: !!ctx.cueAt[s] }
  }
  return null
}

/** The preposition governing the word at `at`, articles skipped: "of" ("de la Russie", "of Iran"), "other" (à, par, to, by…), or none. */
function prepositionOf(ctx: DocumentContext, at: number): 'of' | 'other' | null {
  const preposition = (k: number): boolean => !!ctx.grammarAt[k]?.roles.some((r) => r === 'of' || r === 'to' || r === 'for' || r === 'in' || r === 'with' || r === 'from' || r === 'by')
  let k = at - 1
  // ("à" folds to "a", which is also the English article.)
  while (k >= 0 && ARTICLES.has(ctx.tokens[k]!.key) && !preposition(k)) k--
  for (let s = k; s >= Math.max(0, k - 3); s--) {
    const g = ctx.grammarAt[s]
    // The preposition may have swallowed the article ("à l'", "de la").
    if (!g || g.end < k + 1 || g.end > at) continue
    if (ctx.cueAt[s]) return null
    if (g.roles.includes('of')) return 'of'
    if (g.roles.some((r) => r === 'to' || r === 'for' || r === 'in' || r === 'with' || r === 'from' || r === 'by')) return 'other'
    return null
  }
  return null
}

/**
 * Where the list of actors that ends with the one starting at `start` begins ("Britain, France and
 * Germany"): a word of coordination before the last one, commas or words before the others. A comma
 * alone before it ends a clause ("…to Russia, Ukraine says").
 */
function listStart(ctx: DocumentContext, start: number, limit: number): number {
  let k = start
  for (;;) {
    const link = ctx.grammarAt[k - 1]?.end === k ? k - 1 : ctx.grammarAt[k - 2]?.end === k ? k - 2 : -1
    const joins = link > limit && !!ctx.grammarAt[link]!.roles.includes('and') && (k !== start || ctx.tokens[link]!.word)
    const before = joins ? ctx.entityAt[link - 1] : undefined
    if (!before || before.end !== link || before.payload.kind !== 'actor') return k
    k = before.start
  }
}

const isReportNoun = (ctx: DocumentContext, i: number): boolean => {
  const cue = ctx.cueAt[i]
  return cue?.payload.kind === 'cue' && cue.payload.cue === 'report_noun'
}

/** The end of a report noun right after a demonym it follows ("Israeli media", "Iranian state media"), or -1. */
function reportNounAfterDemonym(ctx: DocumentContext, entity: { start: number; end: number; payload: { kind: string; form?: string } }): number {
  if (entity.payload.kind !== 'actor' || entity.payload.form !== 'demonym' || ctx.lang.adjectivePosition !== 'before') return -1
  // ("according to an Iranian report": after an indefinite article, no one in particular.)
  const before = ctx.tokens[entity.start - 1]?.key ?? ''
  if ((ctx.lang.articles.has(before) || ctx.lang.determiners.has(before)) && !ctx.lang.definiteArticles.has(before)) return -1
  // (One lower-case word may stand between: "state media".)
  for (const k of [entity.end, entity.end + 1]) {
    if (isReportNoun(ctx, k) && ctx.cueAt[k]!.start === k) return ctx.cueAt[k]!.end
    const t = ctx.tokens[k]
    if (!t?.word || t.upper || ctx.cueAt[k] || ctx.entityAt[k] || ctx.roleAt[k]) return -1
  }
  return -1
}

/** A demonym right after a noun modifies it ("la flotte américaine", "un responsable iranien"): the noun speaks, not the state. */
function modifies(ctx: DocumentContext, entity: { start: number; payload: { kind: string; form?: string } }): boolean {
  if (entity.payload.kind !== 'actor' || entity.payload.form !== 'demonym' || ctx.lang.adjectivePosition !== 'after') return false
  const previous = ctx.tokens[entity.start - 1]
  return !!previous && previous.word && !ARTICLES.has(previous.key) && !ctx.grammarAt[entity.start - 1]?.roles.some((r) => r === 'of' || r === 'to' || r === 'by' || r === 'and')
}

/**
 * The head noun of an institution whose complement starts at `at` ("ministère des Affaires
 * étrangères de la Russie", "the Foreign Ministry of Iran"): a role word or an institution noun
 * to the left, over "de/des/of", capitalised words and articles.
 */
function headBefore(ctx: DocumentContext, at: number, limit: number): number | null {
  for (let k = at - 1; k >= limit && at - k <= 8; k--) {
    if (ctx.roleAt[k]) return ctx.roleAt[k]!.start
    if (isLowerNoun(ctx, k) || (orgRunEnd(ctx, k) && ctx.lang.orgWords.has(ctx.tokens[k]!.key))) return k
    const t = ctx.tokens[k]!
    if (!t.word || ctx.cueAt[k] || !(ARTICLES.has(t.key) || ctx.grammarAt[k]?.roles.includes('of') || t.upper || ctx.entityAt[k])) return null
  }
  return null
}

/** Over the lower-case words and the demonym that end an institution's name, up to its verb ("étrangères russe"). */
function trailingWordsEnd(ctx: DocumentContext, from: number, verb: number): number {
  let end = from
  while (end < verb && end - from < 3 && ctx.tokens[end]!.word && !ctx.tokens[end]!.upper && !ctx.cueAt[end] && !ctx.grammarAt[end] && !ctx.roleAt[end]) end++
  return end
}

function institutionSpan(ctx: DocumentContext, from: number, to: number): SpeakerPhrase {
  return institution(ctx, from, to)
}

function outletBetween(ctx: DocumentContext, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const e = ctx.entityAt[i]
    if (e?.payload.kind === 'outlet') return outletText(ctx, e.start, e.end)
  }
  return null
}

/** In a language that drops subjects, a reporting verb with none ("وأضاف أن…") stands for a pronoun subject. */
export function droppedSubject(ctx: DocumentContext, verb: { readonly start: number; readonly end: number }): SpeakerPhrase | null {
  return ctx.lang.proDrop ? { ...phrase(ctx, 'pronoun', verb.start, verb.end), dropped: true } : null
}

function phrase(ctx: DocumentContext, type: SpeakerPhrase['type'], start: number, end: number): SpeakerPhrase {
  return { type, start, end, person: null, role: null, org: null, outlet: null, actor: null, standing: null }
}

function findPersonIn(people: PeopleIndex, from: number, to: number): PersonSpan | null {
  for (let i = from; i < to; i++) {
    const person = people.personAt(i)
    if (person && person.start >= from) return person
  }
  return null
}

/** A person with the role and organisation the text gives around the name. */
export function personPhrase(ctx: DocumentContext, people: PeopleIndex, person: PersonSpan): SpeakerPhrase {
  const { tokens } = ctx
  let role: string | null = null
  let org: string | null = null
  let standing: Standing | null = null
  // Role before the name: "Deputy Pentagon Press Secretary Sabrina Singh", "le porte-parole du
  // Conseil de sécurité nationale de la Maison Blanche, John Kirby".
  const before = roleBefore(ctx, people, person)
  if (before) {
    const text = roleAndOrg(ctx, before.roleStart, before.roleEnd)
    role = text.role
    org = before.orgStart < before.roleStart ? spanText(ctx, before.orgStart, before.roleStart).replace(/^(the|le|la|les|l['’])\s+/i, '').replace(/['’]s$/, '') : text.org
    standing = before.standing
  }
  // Apposition after the name: "Behnam Ben Taleblu, chercheur principal de la Fondation…".
  let outlet: string | null = null
  let actor = person.actor
  // "le président ukrainien, Pavlo Lenko": the demonym right after the role word is the person's state.
  const demonym = before ? ctx.entityAt[ctx.roleAt[before.roleStart]?.end ?? -1] : undefined
  if (demonym?.payload.kind === 'actor' && demonym.payload.form === 'demonym' && demonym.end <= before!.roleEnd) actor ??= demonym.payload.actor
  // "Lithuanian Defence Minister X", "Lithuania's defence minister X": an official's state named before the role.
  if (before && before.standing === 'official' && before.orgStart < before.roleStart) actor ??= actorIn(ctx, before.orgStart, before.roleStart)
  if (tokens[person.end]?.text === ',') {
    let k = person.end + 1
    while (isArticleAt(ctx, k) || /^(ancien|ancienne|former|ex|senior|chief)$/i.test(tokens[k]?.text ?? '')) k++
    // "a U.N. human rights expert", "the White House spokesman": the body and a few modifiers before the role.
    const modifiers = k
    while (!ctx.roleAt[k] && k < modifiers + 4 && tokens[k]?.word && !ctx.cueAt[k] && !ctx.grammarAt[k] && !people.personAt(k) && (ctx.entityAt[k]?.payload.kind === 'actor' || isOrgWord(ctx, k) || !tokens[k]!.upper)) k++
    const r = ctx.roleAt[k]
    if (r && !role) {
      actor ??= actorIn(ctx, person.end + 1, r.start)
      const end = appositionEnd(ctx, r.end, Math.min(tokens.length, r.end + 20))
      const text = roleAndOrg(ctx, person.end + 1, end)
      role = text.role
      org = text.org ?? org
      outlet = text.outlet
      standing = r.payload.kind === 'role' ? r.payload.standing : null
    }
  }
  if (role && /\b(ancien|ancienne|former|ex-|retired|à la retraite)\b/i.test(role)) standing = 'expert'
  if (!standing && person.entryId) standing = 'official'
  const name = person.name.replace(/['’]s$/, '')
  return { type: 'person', start: person.start, end: person.end, person: { ...person, name }, role, org, outlet, actor, standing }
}

export type Gender = 'f' | 'm'

/** The gender a word gives ("elle", "la", "cheffe", "Mrs."): the word alone, or with the full stop of a title. */
export function genderOfWord(ctx: DocumentContext, i: number): Gender | null {
  const t = ctx.tokens[i]
  if (!t || !t.word) return null
  const dotted = ctx.tokens[i + 1]?.text === '.' && ctx.tokens[i + 1]!.start === t.end ? ctx.lang.genderWords.get(`${t.key}.`) : undefined
  return dotted ?? ctx.lang.genderWords.get(t.key) ?? null
}

/**
 * The gender the text gives a person where it names them: a title right before the name ("Mme
 * Kallas"), the article and noun of the role before it ("la ministre allemande …, Annalena
 * Baerbock"), or of the apposition after it ("Kaja Kallas, cheffe de la diplomatie").
 */
export function personGender(ctx: DocumentContext, people: PeopleIndex, person: PersonSpan): Gender | null {
  const { tokens } = ctx
  const at: number[] = []
  for (let k = person.start - 1; k >= Math.max(0, person.start - 3); k--) {
    const title = ctx.grammarAt[k]
    if (title?.roles.includes('title') && title.end >= person.start - 1) at.push(k)
  }
  const before = roleBefore(ctx, people, person)
  if (before) at.push(before.roleStart - 1, before.roleStart, before.roleStart + 1)
  // (Only a role in apposition: "Selon Volodymyr Zelensky, la Russie…" says nothing of him.)
  if (tokens[person.end]?.text === ',' && (ctx.roleAt[person.end + 1] || ctx.roleAt[person.end + 2])) at.push(person.end + 1, person.end + 2)
  for (const k of at) {
    if (tokens[k]?.sentence !== tokens[person.start]!.sentence || people.personAt(k)) continue
    const gender = genderOfWord(ctx, k)
    if (gender) return gender
  }
  return null
}

/** The lexicon entry of the role the text gives a person where it names them, before the name or in apposition after it. */
export function personRoleEntry(ctx: DocumentContext, people: PeopleIndex, person: PersonSpan): string | null {
  const before = roleBefore(ctx, people, person)
  const lex = before ? ctx.roleAt[before.roleStart] : ctx.tokens[person.end]?.text === ',' ? (ctx.roleAt[person.end + 1] ?? ctx.roleAt[person.end + 2]) : undefined
  return lex?.payload.kind === 'role' ? lex.payload.entryId : null
}

/** The role phrase that ends right before a name, or before the comma that precedes it. */
function roleBefore(ctx: DocumentContext, people: PeopleIndex, person: PersonSpan): { roleStart: number; roleEnd: number; orgStart: number; standing: Standing | null } | null {
  const { tokens } = ctx
  const sentence = tokens[person.start]!.sentence
  let k = person.start - 1
  const comma = tokens[k]?.text === ','
  if (comma) k--
  const floor = Math.max(0, k - 14)
  for (let i = k; i >= floor; i--) {
    const t = tokens[i]!
    if (t.sentence !== sentence || (!t.word && t.text !== "'" && t.text !== '’')) return null
    if (people.personAt(i) || (ctx.cueAt[i] && !ctx.roleAt[i])) return null
    const g = ctx.grammarAt[i]
    if (g && (g.roles.includes('that') || g.roles.includes('break'))) return null
    const role = ctx.roleAt[i]
    if (!role) {
      // Without a comma the role must touch the name: only capitalised words may sit between, or
      // the demonym of the role ("le ministre de la Défense sud-coréen Shin Won-sik").
      const entity = ctx.entityAt[i]
      if (!comma && !t.upper && !(entity?.payload.kind === 'actor' && entity.payload.form === 'demonym')) return null
      continue
    }
    let orgStart = role.start
    while (orgStart - 1 >= 0 && tokens[orgStart - 1]!.sentence === sentence && isOrgWord(ctx, orgStart - 1) && !people.personAt(orgStart - 1)) orgStart--
    orgStart = possessorStart(ctx, orgStart) ?? orgStart
    return { roleStart: role.start, roleEnd: k + 1, orgStart, standing: role.payload.kind === 'role' ? role.payload.standing : null }
  }
  return null
}

/** Where the lower-case words of a body's name that end at token i start ("defence ministry"). */
function bodyStart(ctx: DocumentContext, i: number, limit: number): number {
  let k = i
  while (k - 1 >= limit && k > i - 3 && isLowerNoun(ctx, k - 1)) k--
  return k
}

/** "Russia's ambassador": where the possessive actor before token i starts, if there is one. */
function possessorStart(ctx: DocumentContext, i: number): number | null {
  if (ctx.tokens[i - 1]?.key !== "'s") return null
  const entity = ctx.entityAt[i - 2]
  return entity?.payload.kind === 'actor' && entity.end === i - 1 ? entity.start : null
}

/** A role with no name: "the spokesperson", "un haut responsable américain", "one official familiar with…". */
function rolePhrase(ctx: DocumentContext, people: PeopleIndex, start: number, end: number, floor: number, ceiling: number): SpeakerPhrase {
  const { tokens } = ctx
  let from = start
  while (from - 1 >= floor && (isOrgWord(ctx, from - 1) || ctx.roleAt[from - 1]) && !people.personAt(from - 1)) from--
  const possessor = possessorStart(ctx, from)
  if (possessor !== null && possessor >= floor) from = possessor
  let to = end
  // "…le porte-parole a démenti", "الضابط الأميركي أن": an auxiliary or "that" ends the role.
  const verbal = (i: number): boolean => !!ctx.grammarAt[i]?.roles.some((role) => role === 'have' || role === 'be' || role === 'copula' || role === 'that')
  // "…urzędnik i dodał", "le président l'a répété": a coordinator or an object clitic before a verb ends the role too.
  const coordinated = (i: number): boolean => (!!ctx.grammarAt[i]?.roles.includes('and') || ctx.lang.objectClitics.has(tokens[i]!.key)) && (!!ctx.cueAt[i + 1] || verbal(i + 1))
  // ("le porte-parole de Vladimir Poutine": a name after "of" belongs to the role; any other name is the person's own.)
  const ownName = (i: number): boolean => {
    const person = people.personAt(i)
    return !!person && prepositionOf(ctx, person.start) !== 'of'
  }
  // ("a expliqué un responsable russe à la télévision d'État", "a déclaré un diplomate à l'AFP": whom it was said to is no part of the role.)
  const audience = (i: number): boolean => {
    const g = ctx.grammarAt[i]
    if (!g?.roles.includes('to')) return false
    let k = g.end
    while (k < ceiling && (ctx.lang.determiners.has(tokens[k]!.key) || /^(le|la|les|l'|the)$/.test(tokens[k]!.key))) k++
    return ctx.entityAt[k]?.payload.kind === 'outlet' || (!!tokens[k]?.word && !tokens[k]!.upper && !ctx.entityAt[k])
  }
  while (to < ceiling && to < end + 8 && (tokens[to]?.word || /^['’]s$/.test(tokens[to]?.key ?? '')) && !ctx.cueAt[to] && !ownName(to) && !verbal(to) && !coordinated(to) && !audience(to)) to++
  const text = roleAndOrg(ctx, from, to)
  const lex = ctx.roleAt[start]
  const actor = actorIn(ctx, from, to)
  return {
    type: 'role',
    start: from,
    end: to,
    person: null,
    role: text.role,
    org: text.org,
    outlet: text.outlet,
    actor,
    standing: lex?.payload.kind === 'role' ? lex.payload.standing : null,
  }
}

/** "Ukraine’s air force", "Kyiv authorities", "the Kremlin", "China’s foreign ministry". */
/**
 * The institution whose name's run of capitalised words ends at i, or where to go on looking when the
 * run is a complement ("premier X w Polsat News stwierdził": a name governed by a preposition).
 */
function orgRunSpeaker(ctx: DocumentContext, people: PeopleIndex, i: number, limit: number, verb: number): SpeakerPhrase | number {
  let runStart = i
  while (runStart - 1 >= limit && isOrgWord(ctx, runStart - 1) && !ctx.grammarAt[runStart - 1] && !fullName(people, runStart - 1)) runStart--
  const prep = prepositionOf(ctx, runStart)
  if (prep === 'other') return runStart
  // "le ministère des Affaires étrangères russe", "le ministère de la Défense": the head noun before, with its complement.
  const head = prep === 'of' ? headBefore(ctx, runStart, limit) : null
  // ("the Joint Chiefs of Staff": a head in capitals takes the capitalised words before it.)
  if (head !== null && !ctx.roleAt[head]) return institutionSpan(ctx, ctx.tokens[head]!.upper ? capitalisedRunStart(ctx, head, limit) : head, trailingWordsEnd(ctx, i + 1, verb))
  // ("un porte-parole du ministère russe de la Défense": the role whose complement the name ends speaks.)
  const role = head !== null ? ctx.roleAt[head] : undefined
  if (role) return rolePhrase(ctx, people, role.start, role.end, limit, verb)
  return institutionBackward(ctx, i, i + 1, limit, verb)
}

/** The first of the capitalised words, names of no entity, that run up to token `at` ("Joint" Chiefs). */
function capitalisedRunStart(ctx: DocumentContext, at: number, limit: number): number {
  let start = at
  while (start - 1 >= limit && ctx.tokens[start - 1]!.upper && ctx.tokens[start - 1]!.word && !ctx.entityAt[start - 1] && !ctx.cueAt[start - 1] && !ctx.grammarAt[start - 1] && !ctx.roleAt[start - 1]) start--
  return start
}

/** "the Institute for the Study of War said": a name in capitals goes on over "of", "for the" up to its verb. */
function titledNameEnd(ctx: DocumentContext, end: number, verb: number): number {
  let to = end
  for (let k = end; k < verb; k++) {
    const t = ctx.tokens[k]!
    if (t.upper && t.word && !ctx.cueAt[k]) to = k + 1
    else if (!/^(of|for|the|on|and)$/.test(t.key) || k - to >= 2) break
  }
  return to === verb ? to : end
}

/** Over "of", "for", "the" and capitalised words, names of no entity, after an institution's name in capitals. */
function titledNameForward(ctx: DocumentContext, end: number, ceiling: number): number {
  let to = end
  for (let k = end; k < ceiling; k++) {
    const t = ctx.tokens[k]!
    if (t.upper && t.word && !ctx.cueAt[k] && !ctx.entityAt[k] && k > to) to = k + 1
    else if (!/^(of|for|the)$/.test(t.key) || k - to >= 2) break
  }
  return to
}

function institutionBackward(ctx: DocumentContext, start: number, end: number, floor: number, verb: number): SpeakerPhrase {
  const { tokens } = ctx
  let from = start
  // ("the Emirati foreign ministry", "the Ukrainian air force": lower-case words of the name before its head.)
  while (from - 1 >= floor && (isOrgWord(ctx, from - 1) || tokens[from - 1]!.key === "'s" || isLowerNoun(ctx, from - 1) || titledLink(ctx, from - 1, floor))) from--
  // (« l'armée de l'air ukrainienne »: back to the start of an agent noun whose words the name ends.)
  for (let j = from - 1; j >= Math.max(floor, from - 5); j--) {
    const g = ctx.grammarAt[j]
    if (!g) continue
    if (g.end >= from && g.roles.includes('agent')) from = j
    break
  }
  let to = end
  while (to < verb && (tokens[to]!.key === "'s" || isOrgWord(ctx, to) || isLowerNoun(ctx, to))) to++
  to = titledNameEnd(ctx, to, verb)
  return institution(ctx, from, nameComplementEnd(ctx, to, verb))
}

/** "National Security and Defence Council": "and" or "of" between two words in capitals of a name, no entity's. */
function titledLink(ctx: DocumentContext, i: number, floor: number): boolean {
  const link = ctx.grammarAt[i]
  if (!link || link.end !== i + 1 || !link.roles.some((r) => r === 'and' || r === 'of') || i - 1 < floor) return false
  const titled = (k: number): boolean => !!ctx.tokens[k]?.upper && ctx.tokens[k]!.word && !ctx.entityAt[k] && !ctx.cueAt[k] && !ctx.roleAt[k] && !ctx.grammarAt[k]
  return titled(i - 1) && titled(i + 1)
}

/**
 * "ministère des Affaires étrangères russe", "ministry of Foreign Affairs": an institution noun's
 * complement in capitals, with the lower-case words and demonym after it, is part of its name.
 */
function nameComplementEnd(ctx: DocumentContext, to: number, verb: number, forward = false): number {
  const of = ctx.grammarAt[to]
  const titled = orgRunEnd(ctx, to - 1)
  if (to >= verb || !of?.roles.includes('of') || !(forward || titled || isLowerNoun(ctx, to - 1) || demonymOfLowerNoun(ctx, to))) return to
  let k = of.end
  while (k < verb && isArticleAt(ctx, k)) k++
  // ("l'armée de l'air ukrainienne": the complement may be an institution's own lower-case noun; « le Conseil de
  // sécurité nationale ukrainien »: after a head in capitals, any plain lower-case word.)
  const lower = ((forward && isLowerNoun(ctx, k)) || (titled && plainWord(ctx, k))) && !ctx.tokens[k]!.upper
  if (k >= verb || !(ctx.tokens[k]!.upper || lower) || ctx.entityAt[k] || ctx.roleAt[k] || ctx.cueAt[k]) return to
  let end = k + 1
  while (end < verb && end - k < 4 && ctx.tokens[end]!.upper && ctx.tokens[end]!.word && !ctx.entityAt[end] && !ctx.cueAt[end] && !ctx.grammarAt[end] && !ctx.roleAt[end]) end++
  // "ministère de l'Europe et des Affaires étrangères": a second complement joined by "and".
  const and = ctx.grammarAt[end]
  if (and?.roles.includes('and') && ctx.grammarAt[and.end]?.roles.includes('of')) {
    const more = nameComplementEnd(ctx, and.end, verb, forward)
    if (more > and.end) return more
  }
  return forward ? demonymAfterEnd(ctx, end, verb) : trailingWordsEnd(ctx, end, verb)
}

/** « le ministère iranien des Affaires étrangères »: the name's head noun, then its demonym, end at `to`. */
function demonymOfLowerNoun(ctx: DocumentContext, to: number): boolean {
  const e = ctx.entityAt[to - 1]
  return e?.end === to && e.payload.kind === 'actor' && e.payload.form === 'demonym' && isLowerNoun(ctx, e.start - 1)
}

/** A lower-case word that is no name, cue, role, materiel or grammar word. */
function plainWord(ctx: DocumentContext, i: number): boolean {
  const t = ctx.tokens[i]
  return !!t && t.word && !t.upper && !ctx.entityAt[i] && !ctx.cueAt[i] && !ctx.roleAt[i] && !ctx.materielAt[i] && !ctx.grammarAt[i]
}

/** The institution whose name opens at token `start` ("ministère des Affaires étrangères iranien"), up to its sentence's end. */
export function institutionAt(ctx: DocumentContext, start: number): SpeakerPhrase {
  return institutionForward(ctx, start, ctx.sentenceTokens[ctx.tokens[start]!.sentence]![1])
}

function institutionForward(ctx: DocumentContext, start: number, ceiling: number): SpeakerPhrase {
  const { tokens } = ctx
  let to = start + 1
  const entity = ctx.entityAt[start]
  if (entity) to = entity.end
  // "l'armée de l'air", "la marine nationale": an institution the grammar knows as one phrase.
  const agent = ctx.grammarAt[start]
  if (!entity && agent?.roles.includes('agent') && agent.end <= ceiling && isLowerNoun(ctx, start)) to = Math.max(to, agent.end)
  while (to < ceiling && (tokens[to]!.key === "'s" || isOrgWord(ctx, to) || (isLowerNoun(ctx, to) && to - start < 5))) to++
  if (!ctx.lang.hasArticles && ctx.lang.orgWords.has(tokens[to - 1]!.key)) to = genitiveComplementEnd(ctx, to, ceiling)
  // "l'état-major interarmées sud-coréen": a lower-case word or two, then the state's demonym, end the name.
  to = demonymAfterEnd(ctx, to, ceiling)
  // ("said the Joint Chiefs of Staff": a name in capitals goes on over "of", "for the".)
  if (tokens[start]!.upper && ctx.lang.hasArticles) to = titledNameForward(ctx, to, ceiling)
  // "le ministère français de l'Europe et des Affaires étrangères": its complement in capitals.
  if (isLowerNoun(ctx, start)) to = nameComplementEnd(ctx, to, ceiling, true)
  // "l'ambassade d'Iran", "the embassy of Iran": the state the institution belongs to is part of its name.
  const of = ctx.grammarAt[to]
  const owner = of?.roles.includes('of') && ctx.grammarAt[to - 1] !== of ? ctx.entityAt[of.end] : undefined
  if (owner && owner.start === of!.end && owner.payload.kind === 'actor' && owner.end <= ceiling && isLowerNoun(ctx, to - 1)) to = owner.end
  return institution(ctx, start, to)
}

/** Past at most two lower-case words to a demonym that ends an institution's name, or `to` itself. */
function demonymAfterEnd(ctx: DocumentContext, to: number, ceiling: number): number {
  if (!ctx.lang.hasArticles || ctx.lang.adjectivePosition !== 'after') return to
  for (let k = to; k < Math.min(ceiling, to + 3); k++) {
    const entity = ctx.entityAt[k]
    if (entity?.start === k && entity.payload.kind === 'actor' && entity.payload.form === 'demonym') return entity.end
    const t = ctx.tokens[k]!
    if (!t.word || t.upper || ctx.cueAt[k] || ctx.grammarAt[k] || ctx.roleAt[k] || ctx.materielAt[k] || entity) return to
  }
  return to
}

/**
 * "ministerstwa obrony Rosji", "міністерства оборони України": without articles, an institution's
 * word is followed by its complements in the genitive, lower-case words and at most one name.
 */
function genitiveComplementEnd(ctx: DocumentContext, from: number, ceiling: number): number {
  let to = from
  while (to < ceiling && to - from < 3) {
    const t = ctx.tokens[to]!
    const entity = ctx.entityAt[to]
    if (entity?.payload.kind === 'actor' && entity.start === to) return entity.end
    if (!t.word || t.upper || ctx.cueAt[to] || ctx.grammarAt[to] || ctx.roleAt[to] || ctx.materielAt[to]) break
    to++
  }
  return to === from || ctx.entityAt[to - 1] ? to : from
}

function institution(ctx: DocumentContext, from: number, to: number): SpeakerPhrase {
  let start = from
  while (start < to && isArticleAt(ctx, start)) start++
  const text = spanText(ctx, start, to).replace(/[,:]$/, '')
  const outletLex = ctx.entityAt[start]?.payload.kind === 'outlet' ? ctx.entityAt[start] : undefined
  const actor = actorIn(ctx, start, to)
  return {
    type: outletLex ? 'outlet' : 'institution',
    start,
    end: to,
    person: null,
    role: null,
    org: text,
    outlet: outletLex ? outletText(ctx, outletLex.start, outletLex.end) : null,
    actor,
    standing: outletLex ? 'media' : actor ? 'official' : null,
  }
}

function actorIn(ctx: DocumentContext, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const e = ctx.entityAt[i]
    if (e?.payload.kind === 'actor') return e.payload.actor
  }
  return null
}

const outletText = (ctx: DocumentContext, start: number, end: number): string => {
  let to = end
  // "Fox News Digital": capitalised words glued to the outlet name belong to it.
  while (ctx.tokens[to]?.upper && ctx.tokens[to]!.word && !ctx.cueAt[to] && ctx.tokens[to]!.sentence === ctx.tokens[start]!.sentence && to < end + 2 && ctx.lang.orgWords.has(ctx.tokens[to]!.key)) to++
  return spanText(ctx, start, to)
}

/** Capitalised non-name words, demonyms and state names inside an organisation's name. */
function isOrgWord(ctx: DocumentContext, i: number): boolean {
  const t = ctx.tokens[i]
  if (!t || !t.word) return false
  const e = ctx.entityAt[i]
  if (e && (e.payload.kind === 'actor' || e.payload.kind === 'outlet')) return true
  // ("laut Pentagon Raketen geliefert": where all nouns are capitalised, what is supplied ends the name.)
  if (ctx.cueAt[i] || (ctx.lang.capitalisedNouns && (ctx.materielAt[i] || /^\p{N}/u.test(t.text)))) return false
  return t.upper && !ctx.lang.notNames.has(t.key) ? true : ctx.lang.orgWords.has(t.key) || (t.upper && ctx.lang.orgWords.has(t.key))
}

/** A role word that names a body, not a person: "Ukraine's military intelligence agency", "the intelligence services". */
function bodyRole(ctx: DocumentContext, role: { readonly start: number; readonly end: number }): boolean {
  return /^(agency|agencies|service|services|community)$/.test(ctx.tokens[role.end - 1]!.key) && prepositionOf(ctx, role.start) === null
}

/** A lower-case word that can end an institution's name: "air force", "authorities", "ministry". */
function isLowerNoun(ctx: DocumentContext, i: number): boolean {
  const t = ctx.tokens[i]
  const g = ctx.grammarAt[i]
  if (!t || !t.word || t.upper || ctx.cueAt[i] || (g && !g.roles.includes('agent'))) return false
  if (ctx.lang.institutionNouns.has(t.key) || hyphenCompounds(ctx, i).some((c) => ctx.lang.institutionNouns.has(c))) return true
  // Without articles, institutions are written in lower case ("ministerstwa obrony", "міністерство оборони").
  if (!ctx.lang.hasArticles && ctx.lang.orgWords.has(t.key)) return true
  return /^(air|force|forces|army|armée|armées|navy|marine|military|ministry|minist[eè]re|authorities|autorit[eé]s|government|gouvernement|administration|agency|agence|services?|intelligence|renseignement|office|command|commandement|presidency|pr[eé]sidence|statement|communiqu[eé]|council|conseil|department|foreign|defense|defence|d[eé]fense|diplomacy|diplomatie|officials|responsables|état-major|staff|junta|junte|regime|régime)$/i.test(t.text)
}

/** "état-major", "garde-côtes": the compounds token i forms with a word glued to it by a hyphen (a hyphen is no token). */
function hyphenCompounds(ctx: DocumentContext, i: number): string[] {
  const t = ctx.tokens[i]!
  const next = ctx.tokens[i + 1]
  const out: string[] = []
  if (next?.hyphen && next.word) out.push(`${t.key}-${next.key}`)
  if (t.hyphen && i > 0 && ctx.tokens[i - 1]!.word) out.push(`${ctx.tokens[i - 1]!.key}-${t.key}`)
  return out
}

/** End of an apposition: the next comma, full stop, quotation mark or reporting cue. */
function appositionEnd(ctx: DocumentContext, from: number, limit: number): number {
  let i = from
  while (i < limit) {
    const t = ctx.tokens[i]!
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':' || t.text === '(' || t.text === ')' || isQuoteMark(ctx, i)) break
    if (ctx.cueAt[i] && ctx.cueAt[i]!.payload.kind === 'cue' && ['reporting', 'admission', 'denial'].includes((ctx.cueAt[i]!.payload as { cue: string }).cue)) break
    if (ctx.tokens[i]!.sentence !== ctx.tokens[from]!.sentence) break
    i++
  }
  return i
}

/**
 * Splits "chercheur principal pour les affaires du Moyen-Orient à la Heritage Foundation"
 * into a role and an organisation, and drops a trailing outlet ("à Fox News Digital").
 */
export function roleAndOrg(ctx: DocumentContext, start: number, end: number): { role: string | null; org: string | null; outlet: string | null } {
  const { tokens } = ctx
  let to = end
  let outlet: string | null = null
  for (let i = start; i < to; i++) {
    const e = ctx.entityAt[i]
    if (e?.payload.kind === 'outlet' && ctx.grammarAt[i - 1]?.roles.includes('to')) {
      outlet = outletText(ctx, e.start, e.end)
      to = i - 1
      break
    }
  }
  let from = start
  while (from < to && (isArticleAt(ctx, from) || tokens[from]!.text === ',')) from++
  if (from >= to) return { role: null, org: null, outlet }
  // "Russia's ambassador to the United States": the possessor is the organisation.
  const possessor = ctx.entityAt[from]
  let possessorOrg: string | null = null
  if (possessor?.payload.kind === 'actor' && possessor.start === from && tokens[possessor.end]?.key === "'s" && possessor.end + 1 < to) {
    possessorOrg = spanText(ctx, possessor.start, possessor.end)
    from = possessor.end + 1
  }
  // An envoy is sent "to" or "aux" a host: that preposition names the host, not the organisation.
  let envoy = false
  for (let i = from; i < to && !envoy; i++) envoy = ctx.roleAt[i]?.payload.kind === 'role' && ctx.roleAt[i]!.payload.entryId.endsWith('.diplomat')
  const hostAt = (i: number): boolean => envoy && !!ctx.grammarAt[i]?.roles.includes('to')
  // The organisation starts at the last "of/de/du/at/à la" that introduces a capitalised name or a known actor.
  let split = -1
  for (let i = from + 1; i < to; i++) {
    const g = ctx.grammarAt[i]
    if (!g || hostAt(i) || !(g.roles.includes('from') || g.roles.includes('to') || g.roles.includes('in') || (envoy && g.roles.includes('of')) || /^(of|at|for|pour)$/i.test(tokens[i]!.text))) continue
    let k = g.end
    while (k < to && isArticleAt(ctx, k)) k++
    if (k < to && (tokens[k]!.upper || ctx.entityAt[k])) {
      split = i
      if (g.roles.includes('to') || /^(at)$/i.test(tokens[i]!.text)) break
    }
  }
  if (split === -1 || possessorOrg) return { role: spanText(ctx, from, to), org: possessorOrg, outlet }
  let orgStart = ctx.grammarAt[split]?.end ?? split + 1
  while (orgStart < to && isArticleAt(ctx, orgStart)) orgStart++
  // "de la DIA et auteur de …": the organisation stops where a lower-case phrase is coordinated.
  let orgEnd = to
  for (let i = orgStart + 1; i < to; i++) {
    if (hostAt(i)) {
      orgEnd = i
      break
    }
    if (ctx.grammarAt[i]?.roles.includes('and') && tokens[i + 1] && !tokens[i + 1]!.upper) {
      orgEnd = i
      break
    }
  }
  return { role: spanText(ctx, from, split), org: spanText(ctx, orgStart, orgEnd), outlet }
}

/** True when token i starts or continues a capitalised run that names an organisation ("وزارة الدفاع" in a script without capitals). */
function orgRunEnd(ctx: DocumentContext, i: number): boolean {
  const t = ctx.tokens[i]
  return !!t && (t.upper || isCaseless(t.text)) && t.word && (ctx.lang.orgWords.has(t.key) || (ACRONYM.test(t.text) && !ctx.cueAt[i] && !ctx.grammarAt[i]))
}

/** "le NIS", "le SBU", "ГУР": an acronym in capitals names a body (not one the lexicon reads as a word, "ЗМІ" for the media). */
const ACRONYM = /^\p{Lu}{2,6}$/u
