import type { Quote, QuoteKind } from '../domain/records.js'
import type { CueKind } from '../domain/vocabulary.js'
import type { DocumentContext } from './document-context.js'
import type { QuoteSpan } from './find-quote-spans.js'
import { spanText } from './document-context.js'
import type { Lex } from './find-mentions.js'
import { foldKey } from './normalize-text.js'
import { citedSpeaker, droppedSubject, genderOfWord, governed, impersonalCue, institutionAt, PeopleIndex, personGender, personPhrase, personRoleEntry, type Gender, readSpeakerAfter, readSpeakerBefore, type Speaker, type SpeakerPhrase } from './read-speaker.js'

const SPEECH: ReadonlySet<CueKind> = new Set(['reporting', 'admission', 'denial', 'accusation'])
const QUOTE_MARKS = new Set(['«', '»', '“', '”', '„', '"', '‹', '›'])

interface KnownPerson {
  readonly name: string
  /** Folded full name and its words, computed once. */
  readonly key: string
  readonly words: readonly string[]
  readonly surname: string
  readonly first: number
  role: string | null
  org: string | null
  actor: string | null
  standing: Speaker['standing']
  gender: Gender | null
  /** The lexicon entry of the role given where the person is named ("représentant" → fr.role.diplomat). */
  roleEntry: string | null
}

/**
 * Remembers who the document has named so far, for coreference: a later "Kirby", "he",
 * "le porte-parole" or "the ministry" resolves to the full name introduced earlier.
 */
export class SpeakerMemory {
  private readonly persons: KnownPerson[] = []
  /** Person mentions outside quotations, in text order (token index). */
  private readonly mentions: Array<{ at: number; person: KnownPerson }> = []
  private readonly institutions: Speaker[] = []
  private ctx: DocumentContext | null = null
  private quoteSpans: readonly QuoteSpan[] = []
  /** The speaker of the latest attributed quotation, and where it was. */
  last: Speaker | null = null
  lastAt = -1

  register(phrase: SpeakerPhrase): KnownPerson | null {
    if (phrase.type !== 'person' || !phrase.person || phrase.person.single) return null
    const name = phrase.person.name
    const key = foldKey(name)
    const known = this.persons.find((p) => p.key === key)
    if (known) {
      known.role ??= phrase.role
      known.org ??= phrase.org
      known.actor ??= phrase.actor
      known.standing ??= phrase.standing
      return known
    }
    const words = name.split(/\s+/)
    const folded = key.split(/\s+/)
    const person: KnownPerson = { name, key, words: folded, surname: folded[folded.length - 1]!, first: phrase.start, role: phrase.role, org: phrase.org, actor: phrase.actor, standing: phrase.standing, gender: null, roleEntry: null }
    this.persons.push(person)
    return person
  }

  /** Registers every full name in the document with the role and organisation around it. */
  rememberPeople(ctx: DocumentContext, people: PeopleIndex, spans: readonly QuoteSpan[]): void {
    this.ctx = ctx
    this.quoteSpans = spans
    const inQuote = (i: number): boolean => spans.some((q) => q.start <= ctx.tokens[i]!.start && ctx.tokens[i]!.start < q.end)
    for (const person of people.people) {
      const known = person.single ? this.person(person.name, person.start) : this.register(personPhrase(ctx, people, person))
      if (known) {
        known.gender ??= personGender(ctx, people, person)
        known.roleEntry ??= personRoleEntry(ctx, people, person)
      }
      if (known && !inQuote(person.start) && !isCrossLink(ctx, ctx.tokens[person.start]!.sentence)) this.mentions.push({ at: person.start, person: known })
    }
  }

  /** The full person a surname or name refers to, preferring someone named before `at`. */
  person(name: string, at: number): KnownPerson | null {
    const key = foldKey(name)
    const last = key.split(/\s+/).pop()!
    const matches = this.persons.filter((p) => p.key === key || p.surname === last || p.words.includes(key))
    return matches.find((p) => p.first <= at) ?? matches[0] ?? null
  }

  /**
   * The most recent person whose role shares the head word of `role`; with `actor` ("the Brazilian
   * president"), never someone known to be of another state.
   */
  byRole(role: string, at: number, actor: string | null = null): KnownPerson | null {
    const head = foldKey(role).split(/\s+/).find((w) => w.length > 3) ?? foldKey(role)
    // "presidente" is the lexicon's "President", "ministra" its "minister": the head's stem is enough.
    const stem = head.length > 6 ? head.slice(0, head.length - 2) : head
    const candidates = this.persons.filter((p) => p.first <= at && p.role && foldKey(p.role).includes(stem) && (!actor || !p.actor || p.actor === actor))
    // ("a ministra" after "a ministra …, Helena Moura" and "o ministro …, Andris Kalns": the role word itself first, then its stem.)
    const same = candidates.filter((p) => foldKey(p.role!).split(/\s+/).includes(head))
    return same[same.length - 1] ?? candidates[candidates.length - 1] ?? null
  }

  /**
   * The person most recently named outside quotations before token `at`, within `reach` tokens;
   * with `holder`, the most recent one known to hold a function (a role in the text or the people
   * lexicon), so "the spokesperson" is not the photographer credited last.
   */
  recentPerson(at: number, reach = Infinity, holder = false, gender: Gender | null = null): { at: number; person: KnownPerson } | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!
      if (m.at >= at) continue
      if (at - m.at > reach) return null
      // ("a-t-elle déclaré" after "Annalena Baerbock … a rencontré Volodymyr Zelensky": not him.)
      if (gender && m.person.gender && m.person.gender !== gender) continue
      if (!holder || m.person.role || m.person.standing) return m
    }
    return null
  }

  /**
   * The person a pronoun at `at` most likely stands for: in the latest sentence that names someone of
   * its gender, the first such person, its subject ("Zelensky a reçu Macron. « … », a-t-il déclaré" is
   * Zelensky's); `at` of the result is the latest mention, for recency.
   */
  subjectOfLatest(at: number, gender: Gender | null): { at: number; person: KnownPerson } | null {
    const latest = this.recentPerson(at, Infinity, false, gender)
    const ctx = this.ctx
    if (!latest || !ctx) return latest
    const sentence = ctx.tokens[latest.at]!.sentence
    const first = this.mentions.find((m) => ctx.tokens[m.at]!.sentence === sentence && m.at < at && (!gender || !m.person.gender || m.person.gender === gender))
    return first && first.person !== latest.person ? { at: latest.at, person: first.person } : latest
  }

  /** The person of state `actor` most recently named outside quotations before token `at`, within `reach` tokens. */
  recentOf(actor: string, at: number, reach: number): KnownPerson | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!
      if (m.at >= at) continue
      if (at - m.at > reach) return null
      if (m.person.actor === actor) return m.person
    }
    return null
  }

  /** What "he", "she", "il" refers to: the latest of the last speaker and the last person named, of the pronoun's gender when it has one. */
  pronoun(at: number, gender: Gender | null = null): Speaker | null {
    const named = this.subjectOfLatest(at, gender)
    // (Read after the quotations, the last speaker may come later in the text than `at`: not the one meant.)
    const last = this.lastAt <= at && this.agrees(this.last, gender) ? this.last : null
    const role = this.roleSubjectBefore(at, gender)
    if (role && role.at > (named?.at ?? -1) && (!last || role.at > this.lastAt)) return resolveSpeaker(role.phrase, this)
    if (named && (!last || named.at > this.lastAt)) return speakerOf(named.person)
    return last ?? (named ? speakerOf(named.person) : null)
  }

  /**
   * "Le ministre des Armées s'est rendu à Kiev. Il a affirmé que…", "The State Department spokeswoman held a briefing. She
   * said…": a singular role after a definite article that opens one of the two sentences before the pronoun (same paragraph
   * or the one before), outside quotations, of the pronoun's gender when both are known.
   */
  private roleSubjectBefore(at: number, gender: Gender | null): { at: number; phrase: SpeakerPhrase } | null {
    const ctx = this.ctx
    if (!ctx || !ctx.tokens[at]) return null
    const current = ctx.tokens[at]!.sentence
    for (let s = current - 1; s >= Math.max(0, current - 2); s--) {
      if (ctx.sentences[current]!.paragraph - ctx.sentences[s]!.paragraph > 1) return null
      const [from, to] = ctx.sentenceTokens[s]!
      for (let i = from; i < Math.min(to, from + 6); i++) {
        if (QUOTE_MARKS.has(ctx.tokens[i]!.text) || this.mentions.some((m) => m.at === i)) break
        const role = ctx.roleAt[i]
        if (!role || role.start !== i || role.payload.kind !== 'role' || (/[sx]$/.test(ctx.tokens[role.end - 1]!.key) && /[sx]$/.test(ctx.tokens[i]!.key))) continue
        const article = [i - 1, i - 2, i - 3].find((k) => k >= from && ctx.lang.definiteArticles.has(ctx.tokens[k]!.key))
        const own = article === undefined ? null : genderOfWord(ctx, article)
        if (article === undefined || (gender && own && own !== gender)) break
        return { at: i, phrase: rolePhrase(ctx, role, i === from ? i : Math.min(i, article + 1)) }
      }
    }
    return null
  }

  /**
   * "Mikhaïl Oulianov, représentant russe…, a nié. Selon le diplomate, « … »": a singular role after a
   * definite article is the person last named, within `reach` tokens, with a role of the same entry.
   */
  sameRole(phrase: SpeakerPhrase, reach: number): KnownPerson | null {
    const ctx = this.ctx
    if (!ctx || phrase.start <= 0 || !ctx.lang.definiteArticles.has(ctx.tokens[phrase.start - 1]!.key)) return null
    const entry = this.roleEntryOf(phrase)
    const m = entry ? this.recentPerson(phrase.start, reach) : null
    // ("el presidente colombiano" after the Ukrainian president: someone else.)
    const otherState = !!m && !!phrase.actor && m.person.actor !== phrase.actor
    return m && m.person.roleEntry === entry!.entryId && !otherState ? m.person : null
  }

  /** The lexicon entry of the singular role a phrase names ("le porte-parole" → fr.role.spokesperson). */
  private roleEntryOf(phrase: SpeakerPhrase): { entryId: string; distinct: boolean } | null {
    const ctx = this.ctx
    for (let i = phrase.start; ctx && i < phrase.end; i++) {
      const lex = ctx.roleAt[i]
      if (lex?.payload.kind === 'role' && !/[sx]$/.test(ctx.tokens[lex.end - 1]!.key)) return lex.payload
    }
    return null
  }

  /**
   * "La porte-parole du gouvernement" after "le chef de la CDU, Friedrich Merz": a function no other
   * role names, after a person named with another role, is someone else's ("président" after "ancien
   * général", "le diplomate" after a spokesperson of a foreign ministry may be the same person).
   */
  otherFunction(phrase: SpeakerPhrase, person: KnownPerson): boolean {
    const entry = this.roleEntryOf(phrase)
    return !!entry?.distinct && !!person.roleEntry && entry.entryId !== person.roleEntry
  }

  /**
   * A pronoun of `gender` at token `at` can go on with the last speaker: they may have that gender, and
   * no one known to have it was named since while theirs is unknown ("…», a déclaré Paul Marchand. …
   * la députée Anne Vidal … « … », a-t-elle ajouté").
   */
  goesOn(at: number, gender: Gender | null): boolean {
    if (!this.last || !this.agrees(this.last, gender)) return false
    if (!gender || this.genderOfSpeaker(this.last)) return true
    const named = this.recentPerson(at, Infinity, false, gender)
    return !(named && named.at > this.lastAt && named.person.gender === gender)
  }

  private genderOfSpeaker(speaker: Speaker): Gender | null {
    if (speaker.type !== 'person' || !speaker.speaker) return null
    const key = foldKey(speaker.speaker)
    return this.persons.find((p) => p.key === key)?.gender ?? null
  }

  /** The gender of a pronoun phrase ("elle", "she"), if its word gives one. */
  genderOf(phrase: SpeakerPhrase): Gender | null {
    return this.ctx && phrase.type === 'pronoun' && !phrase.dropped ? genderOfWord(this.ctx, phrase.start) : null
  }

  /** A speaker may be referred to by a pronoun of `gender`: no gender, not a person, or a person of that gender or of none known. */
  agrees(speaker: Speaker | null, gender: Gender | null): boolean {
    if (!gender || !speaker) return true
    const known = this.genderOfSpeaker(speaker)
    return !known || known === gender
  }

  /**
   * Who a reporting verb with no subject at token `at` speaks for ("…», disse."): the subject of the
   * closest sentence before it that names one — its first person or role outside quotations — within
   * the paragraph or the one before, or the last speaker when their quotation is as recent.
   */
  dropped(at: number): Speaker | null {
    const ctx = this.ctx
    if (!ctx || !ctx.tokens[at]) return this.pronoun(at)
    const current = ctx.tokens[at]!.sentence
    const paragraph = ctx.sentences[current]!.paragraph
    for (let s = current; s >= Math.max(0, current - 2); s--) {
      if (paragraph - ctx.sentences[s]!.paragraph > 1) break
      const [from, to] = ctx.sentenceTokens[s]!
      const subject = this.sentenceSubject(from, s === current ? at : to)
      const lastHere = this.last && this.lastAt >= from && this.lastAt < (s === current ? at : to)
      if (subject && !(lastHere && this.lastAt >= subject.at)) return subject.speaker
      if (lastHere) return this.last
    }
    return this.pronoun(at)
  }

  /** The first person, or role that names a known holder, outside quotations between tokens `from` and `to`. */
  private sentenceSubject(from: number, to: number): { at: number; speaker: Speaker } | null {
    const ctx = this.ctx!
    const quoted = (i: number): boolean => this.quoteSpans.some((q) => q.start <= ctx.tokens[i]!.start && ctx.tokens[i]!.start < q.end)
    const mention = this.mentions.find((m) => m.at >= from && m.at < to)
    const stop = mention ? mention.at : to
    for (let i = from; i < stop; i++) {
      const role = ctx.roleAt[i]
      if (!role || role.start !== i || quoted(i)) continue
      // "a ministra, Ana Costa, …": a role in apposition to a name is that person's.
      if (mention && mention.at - role.end <= 2) break
      const actor = demonymBeside(ctx, role.start, role.end)
      const known = this.byRole(spanText(ctx, role.start, role.end), i, actor) ?? (actor ? this.recentOf(actor, i, 250) : null)
      if (known) return { at: i, speaker: speakerOf(known) }
    }
    return mention ? { at: mention.at, speaker: speakerOf(mention.person) } : null
  }

  /** "the ministry" → the latest "China's foreign ministry" written before token `at`. */
  institution(head: string, at: number): Speaker | null {
    const key = foldKey(head)
    for (let i = this.institutions.length - 1; i >= 0; i--) {
      const inst = this.institutions[i]!
      if (inst.speaker && foldKey(inst.speaker).includes(key)) return inst
    }
    const ctx = this.ctx
    if (!ctx || at <= 0) return null
    // The latest earlier name ending in the same noun: "China's foreign ministry" for "the ministry".
    for (let i = Math.min(at, ctx.tokens.length) - 1; i >= 0; i--) {
      if (ctx.tokens[i]!.key !== key) continue
      let from = i
      while (from > 0 && i - from < 5) {
        const t = ctx.tokens[from - 1]!
        if (t.sentence !== ctx.tokens[i]!.sentence || !(t.upper || /^('s|of|de|du|des|foreign|affairs|defense|defence|national|security|state|etrangeres|affaires)$/.test(t.key))) break
        from--
      }
      // "Le ministère des Affaires étrangères iranien …", "La présidence ukrainienne …": the name goes on after its noun.
      const named = institutionAt(ctx, i)
      const end = Math.max(i + 1, named.end)
      if ((from < i && ctx.tokens.slice(from, i).some((t) => t.upper)) || (end > i + 1 && named.actor)) {
        const text = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[end - 1]!.end)
        return { speaker: text.replace(/^(The|Le|La|Les|L['’])\s*/, ''), role: null, org: null, outlet: null, type: 'institution', actor: named.actor, standing: 'official' }
      }
    }
    return null
  }

  /** A phrase's words with the one before it (to see "le", "the"). */
  phraseText(phrase: SpeakerPhrase): string | null {
    const ctx = this.ctx
    if (!ctx || phrase.end <= 0) return null
    const k = Math.max(0, phrase.start - 1)
    return ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[Math.max(k, phrase.end - 1)]!.end)
  }

  /** A role phrase names someone definite: "le porte-parole", "the spokesperson", or any role in a language without articles. */
  definite(phrase: SpeakerPhrase): boolean {
    return this.articled(phrase) || (!!this.ctx && !this.ctx.lang.hasArticles)
  }

  /** The role phrase has a definite article before it ("le porte-parole", "the spokesperson"). */
  articled(phrase: SpeakerPhrase): boolean {
    const text = this.phraseText(phrase) ?? ''
    if (DEFINITE.test(text)) return true
    const article = this.ctx?.lang.definiteArticles
    return !!article && article.size > 0 && phrase.start > 0 && article.has(this.ctx!.tokens[phrase.start - 1]!.key)
  }

  /** A role phrase that names no one in particular ("sources", "эксперты", "джерела"). */
  vague(phrase: SpeakerPhrase): boolean {
    if (PLURAL_OR_VAGUE.test(phrase.role ?? '')) return true
    const ctx = this.ctx
    if (!ctx || ctx.lang.vagueRoles.size === 0) return false
    for (let i = phrase.start; i < phrase.end; i++) if (ctx.lang.vagueRoles.has(ctx.tokens[i]!.key)) return true
    return false
  }

  /**
   * A state's service named by a demonym and an institution's word, nothing else ("Ukraiński wywiad",
   * "rosyjskie służby"): the institution speaks, as its text.
   */
  stateService(phrase: SpeakerPhrase): string | null {
    const ctx = this.ctx
    if (!ctx || !phrase.actor || phrase.end - phrase.start > 3) return null
    let demonym = false
    let institution = false
    for (let i = phrase.start; i < phrase.end; i++) {
      const entity = ctx.entityAt[i]
      const key = ctx.tokens[i]!.key
      if (entity?.payload.kind === 'actor' && entity.payload.form === 'demonym' && entity.payload.actor === phrase.actor) demonym = true
      else if (ctx.lang.orgWords.has(key) && ctx.lang.vagueRoles.has(key)) institution = true
      else if (!ctx.lang.vagueRoles.has(key)) return null
    }
    return demonym && institution ? ctx.text.slice(ctx.tokens[phrase.start]!.start, ctx.tokens[phrase.end - 1]!.end) : null
  }

  /**
   * "le service de renseignement sud-coréen", "l'agence de renseignement": a role whose head word names
   * a body, after a definite article, is that body speaking, as its text.
   */
  body(phrase: SpeakerPhrase): string | null {
    const ctx = this.ctx
    const head = ctx?.tokens[phrase.start]
    // (Not a body named as a complement: "a spokesman for the intelligence agency" is the spokesman.)
    if (!ctx || !head || !ctx.lang.orgWords.has(head.key) || !ctx.lang.hasArticles || !this.articled(phrase) || this.vague(phrase) || governed(ctx, phrase.start)) return null
    return spanText(ctx, phrase.start, phrase.end).replace(/[,:]$/, '')
  }

  /** The full name an acronym stands for in this document: "U.S. Central Command (CENTCOM)", "CENTCOM (U.S. Central Command)". */
  expansion(acronym: string): string | null {
    const ctx = this.ctx
    if (!ctx) return null
    const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const before = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:(?:of|de|du|des|la|for|pour|the)\\s+)?){2,7})\\(${escaped}\\)`, 'u').exec(ctx.text)
    const bare = (name: string): string => name.trim().replace(/^(The|Le|La|Les|L['’])\s*/, '')
    if (before) return bare(before[1]!)
    const after = new RegExp(`${escaped}\\s*\\(((?:\\p{Lu}[\\p{L}.'’-]*\\s*(?:(?:of|de|du|des|la|for|pour|the)\\s+)?){2,7})\\)`, 'u').exec(ctx.text)
    return after ? bare(after[1]!) : spelledBefore(ctx, acronym)
  }

  noteInstitution(speaker: Speaker): void {
    if (speaker.type === 'institution' || speaker.type === 'outlet') this.institutions.push(speaker)
  }
}

const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', 'la', 'for', 'pour', 'the'])

/**
 * "U.S. Central Command said… CENTCOM said": a name of capitalised words written before the
 * acronym's first use, whose words begin in turn with the pieces of the acronym (CENT-COM, S-I-P-R-I).
 * Leading words the acronym does not need that never begin a name ("The", "Meanwhile") or own it are cut.
 */
function spelledBefore(ctx: DocumentContext, acronym: string): string | null {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const first = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').exec(ctx.text)
  const before = ctx.text.slice(0, first ? first.index : 0)
  const acr = foldKey(acronym)
  for (const m of before.matchAll(/(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|de|du|des|la|for|pour|the)\s+)?){1,6}\p{Lu}[\p{L}'’-]*/gu)) {
    const words = m[0].split(/\s+/)
    const keys = (ws: readonly string[]): string[] => ws.map(foldKey).filter((k) => !NAME_LINKS.has(k)).map((k) => k.replace(/[^\p{L}]/gu, ''))
    if (!spells(acr, keys(words))) continue
    // ("Iran's Islamic Revolutionary Guard Corps": an owner before the name is not part of it.)
    const cut = (w: string): boolean => ctx.lang.notNames.has(foldKey(w)) || /['’]s$/u.test(w)
    while (words.length > 2 && cut(words[0]!) && spells(acr, keys(words.slice(1)))) words.shift()
    return words.join(' ')
  }
  return null
}

/** The acronym is, in order, a beginning of each of some of the words, two at least. */
function spells(acronym: string, words: readonly string[], used = 0): boolean {
  if (acronym === '') return used >= 2
  return words.some((w, k) => {
    for (let n = Math.min(w.length, acronym.length); n >= 1; n--) if (w.startsWith(acronym.slice(0, n)) && spells(acronym.slice(n), words.slice(k + 1), used + 1)) return true
    return false
  })
}

/** The state of a demonym right after or before a role ("o Presidente brasileiro", "the Brazilian president"). */
/** A role read as a speaker phrase, with its complement ("ministre des Armées", "spokeswoman of the State Department"). */
function rolePhrase(ctx: DocumentContext, role: Lex, start: number): SpeakerPhrase {
  let end = role.end
  if (ctx.grammarAt[end]?.roles.includes('of')) {
    let k = ctx.grammarAt[end]!.end
    while (k < end + 4 && (ctx.lang.articles.has(ctx.tokens[k]?.key ?? '') || ctx.lang.definiteArticles.has(ctx.tokens[k]?.key ?? ''))) k++
    const entity = ctx.entityAt[k]
    if (entity?.start === k) end = entity.end
    else if (/^\p{Lu}/u.test(ctx.tokens[k]?.text ?? '')) end = k + 1
  }
  const standing = role.payload.kind === 'role' ? role.payload.standing : null
  return { type: 'role', start, end, person: null, role: spanText(ctx, start, end), org: null, outlet: null, actor: demonymBeside(ctx, role.start, role.end), standing }
}

function demonymBeside(ctx: DocumentContext, start: number, end: number): string | null {
  for (const e of [ctx.entityAt[end], ctx.entityAt[start - 1]]) if (e?.payload.kind === 'actor' && e.payload.form === 'demonym') return e.payload.actor
  return null
}

const speakerOf = (p: KnownPerson): Speaker => ({ speaker: p.name, role: p.role, org: p.org, outlet: null, type: 'person', actor: p.actor, standing: p.standing })

const DEFINITE = /^(le|la|l'|the)\s/i
const PLURAL_OR_VAGUE = /\b(source|sources|official|officials|responsables?|experts?|analystes?|analysts?|diplomates?|diplomats?|authorities|autorités)\b/i

/** Turns a speaker phrase into a speaker, resolving surnames, pronouns and roles. */
export function resolveSpeaker(phrase: SpeakerPhrase, memory: SpeakerMemory): Speaker | null {
  switch (phrase.type) {
    case 'person': {
      const person = phrase.person!
      const known = memory.person(person.name, phrase.start)
      if (person.single && !known) {
        return { speaker: person.name, role: phrase.role, org: phrase.org, outlet: phrase.outlet, type: 'person', actor: phrase.actor, standing: phrase.standing }
      }
      const name = known && (person.single || known.name.length > person.name.length) ? known.name : person.name
      return {
        speaker: name,
        role: phrase.role ?? known?.role ?? null,
        org: phrase.org ?? known?.org ?? null,
        outlet: phrase.outlet,
        type: 'person',
        actor: phrase.actor ?? known?.actor ?? null,
        standing: phrase.standing ?? known?.standing ?? null,
      }
    }
    case 'pronoun': {
      const speaker = phrase.dropped ? memory.dropped(phrase.start) : memory.pronoun(phrase.start, memory.genderOf(phrase))
      return speaker ? { ...speaker, outlet: phrase.outlet ?? null } : null
    }
    case 'role': {
      const service = memory.stateService(phrase) ?? memory.body(phrase)
      if (service) return { speaker: service, role: null, org: null, outlet: phrase.outlet, type: 'institution', actor: phrase.actor, standing: phrase.standing }
      const same = memory.sameRole(phrase, 120)
      if (same) return { ...speakerOf(same), outlet: phrase.outlet }
      const vague = memory.vague(phrase)
      // "Le diplomate a ajouté…", "The official added…": a definite, singular word of vague function goes on with the person who just spoke.
      const last = memory.last
      if (vague && last?.type === 'person' && last.speaker && memory.articled(phrase) && !/s$/i.test(phrase.role ?? '') && phrase.start >= memory.lastAt && phrase.start - memory.lastAt <= 40) return { ...last, outlet: phrase.outlet }
      const known = phrase.role && !vague ? memory.byRole(phrase.role, phrase.start, phrase.actor) : null
      if (known) return { ...speakerOf(known), outlet: phrase.outlet }
      // "a affirmé le chef de l'Etat", "the spokesperson said", "сказав очільник держави": the person just named.
      // Without articles any role word reads as definite: it then refers to someone known to hold a function first.
      // "mówił ukraiński polityk", "said the Ukrainian minister": the person just named of that state, if there is one.
      const ofActor = vague || !phrase.actor ? null : memory.recentOf(phrase.actor, phrase.start, 250)
      if (ofActor && !memory.otherFunction(phrase, ofActor) && (memory.articled(phrase) || memory.definite(phrase))) return { ...speakerOf(ofActor), role: ofActor.role ?? phrase.role, outlet: phrase.outlet }
      const recent = vague ? null : memory.articled(phrase) ? memory.recentPerson(phrase.start, 250) : memory.definite(phrase) ? (memory.recentPerson(phrase.start, 250, true) ?? memory.recentPerson(phrase.start, 250)) : null
      // ("a réagi le secrétaire d'Etat américain" after an Iranian minister: someone else.)
      if (recent && !memory.otherFunction(phrase, recent.person) && !(phrase.actor && recent.person.actor && recent.person.actor !== phrase.actor)) return { ...speakerOf(recent.person), role: recent.person.role ?? phrase.role, outlet: phrase.outlet }
      const definite = !vague && memory.definite(phrase)
      return { speaker: null, role: phrase.role, org: phrase.org, outlet: phrase.outlet, type: 'unnamed', actor: phrase.actor, standing: phrase.standing, ...(definite ? { definite } : {}) }
    }
    case 'institution':
    case 'outlet': {
      // (An outlet found alone after the verb, "« … », a rapporté KCNA", carries its name as its outlet.)
      const text = phrase.org ?? phrase.outlet ?? ''
      // "the ministry" refers back to "China's foreign ministry".
      if (text && text === text.toLowerCase()) {
        const head = text.split(/\s+/).pop()!
        const earlier = memory.institution(head, phrase.start)
        if (earlier) return { ...earlier, outlet: phrase.outlet ?? earlier.outlet }
      }
      if (!text) return null
      // "CENTCOM" for "U.S. Central Command (CENTCOM)" introduced earlier: the full name.
      // (Only for an acronym the lexicon knows: "le NIS", "DSCA said" stay as the text writes them.)
      const full = /^[\p{Lu}]{2,}$/u.test(text) && (phrase.actor || phrase.type === 'outlet') ? memory.expansion(text) : null
      return { speaker: full ?? text, role: null, org: null, outlet: phrase.outlet, type: phrase.type === 'outlet' ? 'outlet' : 'institution', actor: phrase.actor, standing: phrase.standing }
    }
  }
}

interface Located {
  readonly span: QuoteSpan
  readonly openTok: number
  readonly closeTok: number
  readonly paragraph: number
}

/**
 * Attributes each quotation to a speaker: an incise after it (« … », a déclaré X; "…," X
 * said), a reporting clause before it (X a déclaré : « … »; X said the news "…"), "selon X" /
 * "according to X", then continuations (a quotation with no reporting clause that follows
 * one by the same speaker). Quoted names and terms with no speaker are left out.
 */
export function attributeQuotes(ctx: DocumentContext, spans: readonly QuoteSpan[], people: PeopleIndex, memory: SpeakerMemory): Quote[] {
  const located = spans.map((span) => locate(ctx, span)).filter((l): l is Located => !!l)
  const results: Attributed[] = []
  for (const l of located) {
    // "…, — сказал он. — …": the words after the author's incise are the same speaker's.
    const before = results[results.length - 1]
    const resumed = l.span.continues && before?.speaker ? { speaker: before.speaker, verb: before.verb, rule: 'quote.continuation', kind: 'continuation' as QuoteKind } : null
    const found = resumed ?? attributeOne(ctx, l, people, memory) ?? inciseInside(ctx, l, people, memory) ?? documentAuthor(ctx, l, people, memory)
    if (found) {
      memory.last = found.speaker
      memory.lastAt = l.closeTok
      memory.noteInstitution(found.speaker)
      results.push({ located: l, speaker: found.speaker, verb: found.verb, rule: found.rule, kind: found.kind })
    } else results.push({ located: l, speaker: null, verb: null, rule: 'none', kind: 'direct' })
  }
  listedBeforeIncise(ctx, results)
  fillUnattributed(ctx, results, people, memory)
  return results
    .filter((r) => r.speaker && !isTerm(ctx, r.located))
    .map((r) => {
      const { span } = r.located
      const s = r.speaker!
      return {
        start: span.start,
        end: span.end,
        text: ctx.text.slice(span.start, span.end),
        kind: r.kind,
        speaker: s.speaker,
        role: s.role,
        org: s.org,
        outlet: s.outlet,
        speakerType: s.type,
        speakerActor: s.actor,
        standing: s.standing,
        verb: r.verb ? spanText(ctx, r.verb.start, r.verb.end) : null,
        cues: r.verb ? [r.verb.payload.entryId] : [],
        rule: r.rule,
        paragraph: r.located.paragraph,
      }
    })
}

/**
 * Continuations: a quotation with no reporting clause takes the speaker of the quotation right
 * before it (same or previous paragraph), or of the next one in the same sentence run, or, opening
 * its paragraph, the speaker of the reporting verb that ends the paragraph before.
 */
function fillUnattributed(ctx: DocumentContext, results: Attributed[], people: PeopleIndex, memory: SpeakerMemory): void {
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!
    const prev = results[k - 1]
    const next = results[k + 1]
    // A short fragment in the sentence of a quotation already attributed is the same speaker's.
    if (!r.speaker && prev?.speaker && sameSentence(ctx, prev.located, r.located) && !isTerm(ctx, r.located)) {
      r.speaker = prev.speaker
      r.rule = 'quote.same-sentence'
      r.kind = 'partial'
      continue
    }
    if (!r.speaker && !isTerm(ctx, r.located)) {
      const reporter = reportedSpeechSpeaker(ctx, r.located, people, memory)
      if (reporter) {
        r.speaker = reporter
        r.rule = 'quote.reported-speech'
        r.kind = 'partial'
        continue
      }
    }
    if (r.speaker || !isSubstantial(ctx, r.located)) continue
    // «…¶ …», a-t-il insisté: a quotation left open at its paragraph's end is the words of whoever closes it.
    if (r.located.span.unclosed && next?.speaker && (next.located.span.continues || reopensNextParagraph(ctx, r.located, next.located))) {
      r.speaker = next.speaker
      r.rule = 'quote.split'
      r.kind = 'direct'
    } else if (prev?.speaker && r.located.paragraph - prev.located.paragraph <= 1 && startsParagraphOrFollows(ctx, prev.located, r.located)) {
      r.speaker = prev.speaker
      r.rule = 'quote.continuation'
      r.kind = 'continuation'
    } else if (next?.speaker && next.located.paragraph === r.located.paragraph && next.rule !== 'quote.continuation') {
      r.speaker = next.speaker
      r.rule = 'quote.split'
      r.kind = 'continuation'
    } else if (!ctx.lang.hasArticles) {
      const reported = reporterBefore(ctx, r.located, people, memory)
      if (reported) {
        r.speaker = reported
        r.rule = 'quote.previous-paragraph'
      }
    } else {
      const named = namedAfterLead(ctx, r.located, people, memory)
      if (named) {
        r.speaker = named
        r.rule = 'quote.lead'
      }
    }
  }
}

/**
 * « Nous n'avons jamais livré de drones. » Le message du ministre X se voulait clair: a quotation that
 * is a whole sentence opening its paragraph, with no reporting words, is the words of the person the
 * next sentence of the paragraph names first (outside quotations, not after a preposition).
 */
function namedAfterLead(ctx: DocumentContext, l: Located, people: PeopleIndex, memory: SpeakerMemory): Speaker | null {
  const sentence = ctx.tokens[l.openTok]!.sentence
  const line = ctx.text.lastIndexOf('\n', l.span.open) + 1
  if (ctx.text.slice(line, l.span.open).trim() !== '' || ctx.tokens[l.closeTok]!.sentence !== sentence) return null
  const [, end] = ctx.sentenceTokens[sentence]!
  if (ctx.tokens.slice(l.closeTok + 1, end).some((t) => t.word)) return null
  const next = ctx.sentenceTokens[sentence + 1]
  if (!next || ctx.sentences[sentence + 1]!.paragraph !== l.paragraph) return null
  for (let i = next[0]; i < Math.min(next[1], next[0] + 15); i++) {
    if (QUOTE_MARKS.has(ctx.tokens[i]!.text)) return null
    const person = people.personAt(i)
    if (person && !person.single) return resolveSpeaker(personPhrase(ctx, people, person), memory)
  }
  return null
}

function locate(ctx: DocumentContext, span: QuoteSpan): Located | null {
  const { tokens } = ctx
  const openTok = lowerBound(tokens, span.open)
  if (openTok >= tokens.length) return null
  let closeTok = lowerBound(tokens, span.close)
  if (span.unclosed || closeTok >= tokens.length || tokens[closeTok]!.start !== span.close) closeTok = Math.max(openTok, Math.min(closeTok, tokens.length) - 1)
  return { span, openTok, closeTok, paragraph: ctx.sentences[tokens[openTok]!.sentence]!.paragraph }
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

/** "a fait état de", "has revealed": a word of reports after the auxiliary of a perfect is a verb whose subject speaks. */
const reportInPerfect = (ctx: DocumentContext, cue: Lex): boolean => cue.payload.kind === 'cue' && cue.payload.cue === 'report_noun' && !!ctx.grammarAt[cue.start - 1]?.roles.includes('have')

/** « au lancement de », "the promise of": a word after a determiner or a preposition is a noun, not a verb. */
const nounAt = (ctx: DocumentContext, i: number): boolean => ctx.lang.determiners.has(ctx.tokens[i - 1]?.key ?? '') || !!ctx.grammarAt[i - 1]?.roles.some((r) => r === 'to' || r === 'of')

/**
 * "X urged Scholz to “now reconsider…”", "thanked Oslo for the “historic” decision", « a promis de « riposter » »,
 * « a fait état de « combats intenses » »: requests, appeals, thanks, spoken promises and reports in a perfect
 * introduce words too.
 */
function introducesWords(ctx: DocumentContext, cue: Lex | undefined): cue is Lex {
  if (!cue || cue.payload.kind !== 'cue' || ctx.tokens[cue.start]!.upper) return false
  const tags = cue.payload.tags ?? []
  return cue.payload.cue === 'opinion' || tags.includes('thank') || (tags.includes('pledge') && tags.includes('speech') && !nounAt(ctx, cue.start)) || reportInPerfect(ctx, cue)
}

const isSpeechCue = (lex: Lex | undefined): lex is Lex => !!lex && lex.payload.kind === 'cue' && SPEECH.has(lex.payload.cue)
/** A word that reports speech only in an incise after the quotation: « … », a lancé le ministre. */
const isInciseCue = (lex: Lex | undefined): lex is Lex => !!lex && lex.payload.kind === 'cue' && (SPEECH.has(lex.payload.cue) || !!lex.payload.tags?.includes('speech'))
/** A verb form with a subject of its own: not a participle or noun ("«…», wystrzelone przez Ukrainę" has no speaker). */
const finite = (lex: Lex): boolean => lex.payload.kind !== 'cue' || (lex.payload.tense !== 'participle' && lex.payload.tense !== 'noun' && lex.payload.tense !== 'agent')
const isAccording = (lex: Lex | undefined): boolean => !!lex && lex.payload.kind === 'cue' && lex.payload.cue === 'according'
const isHedgeOrOpinion = (lex: Lex | undefined): lex is Lex => !!lex && lex.payload.kind === 'cue' && (lex.payload.cue === 'hedge' || lex.payload.cue === 'opinion')

type Taken = { speaker: Speaker; verb: Lex | null; rule: string; kind: QuoteKind } | null

/**
 * 1. An incise right after the quotation: « … », a déclaré X / "…," X said / "…," said X (a verb
 * without subject only at once: "«…», ha aggiunto"); or on the next line after a dash, when nothing
 * but punctuation follows the quotation ("«…».\n– наголосив X"). `yields`: a reporting clause before the
 * quotation goes first — the verb is an outlet's quoting, or a verb without subject joined by "and"
 * ("X denunció «…» y sostuvo que…" shares X).
 */
function inciseAfter(ctx: DocumentContext, l: Located, people: PeopleIndex, take: (phrase: SpeakerPhrase | null, verb: Lex | null, rule: string) => Taken, rightEnd: number): { found: Taken; yields: boolean } {
  const { tokens } = ctx
  const sClose = tokens[l.closeTok]!.sentence
  let inciseFrom = l.closeTok + 1
  let inciseEnd = rightEnd
  const sentenceEnd = ctx.sentenceTokens[sClose]![1]
  if (tokens.slice(inciseFrom, sentenceEnd).every((t) => !t.word) && /^[—–-]$/.test(tokens[sentenceEnd]?.text ?? '')) {
    inciseFrom = sentenceEnd + 1
    const next = ctx.sentenceTokens[tokens[sentenceEnd]!.sentence]![1]
    inciseEnd = nextQuoteMark(ctx, inciseFrom, next)
  }
  for (let i = inciseFrom; i < inciseEnd && i <= inciseFrom + 15; i++) {
    const cue = ctx.cueAt[i]
    // ("« … », souligne-t-on à l'Elysée": an impersonal report names the institution after it.)
    const impersonal = !!cue && cue.start === i && impersonalCue(ctx, cue) && i <= inciseFrom + 2
    // ('"…," Yonhap reported': a word of media reports right after the quotation, when an outlet is its subject.)
    // ('"…," the investigative website Bellingcat reported': the words that describe the outlet come before it.)
    const afterOutlet = ctx.entityAt[i - 1]?.payload.kind === 'outlet' && i <= inciseFrom + 8
    const outletReport = !!cue && cue.payload.kind === 'cue' && cue.payload.cue === 'report_noun' && (i <= inciseFrom + 3 || afterOutlet) && !impersonal && !isInciseCue(cue)
    if (outletReport) {
      const found = outletIncise(ctx, people, ctx.cueAt[i]!, inciseFrom, inciseEnd, take)
      if (found) return { found, yields: false }
      continue
    }
    if (!(isInciseCue(cue) && (isSpeechCue(cue) || i <= inciseFrom + 2)) && !(isHedgeOrOpinion(cue) && i <= inciseFrom + 2) && !impersonal) continue
    const before = readSpeakerBefore(ctx, people, cue.start, inciseFrom)
    // The subject before the verb, then the one after it ("a déclaré X"), each passing the words on when it cites someone.
    const withCited = (phrase: SpeakerPhrase | null, from: number, rule: string): Taken => {
      const cited = citedSpeaker(ctx, people, phrase, from, inciseEnd)
      return (cited ? take(cited, cue, 'quote.incise-cited') : null) ?? take(phrase, cue, rule)
    }
    const inverted = (): Taken => {
      // ("a-t-il lancé devant le Parlement": the pronoun inside the verb is its subject; no other follows.)
      if (pronounInside(ctx, cue)) return take(null, cue, 'quote.incise-subject')
      const phrase = readSpeakerAfter(ctx, people, cue.end, inciseEnd)
      return withCited(phrase, phrase?.end ?? inciseEnd, 'quote.incise-inverted')
    }
    const named = withCited(before, cue.end, 'quote.incise-subject') ?? inverted()
    const found = named ?? (i <= inciseFrom + 3 && finite(cue) ? take(droppedSubject(ctx, cue), cue, 'quote.incise-dropped-subject') : null)
    const joined = !named && !!tokens[inciseFrom]?.word && !!ctx.grammarAt[inciseFrom]?.roles.includes('and')
    return { found, yields: !!found && ((cue.payload.kind === 'cue' && !!cue.payload.tags?.includes('cite')) || joined) }
  }
  return { found: null, yields: false }
}

/**
 * "…, a déclaré le porte-parole du Pentagone. « … », a-t-il ajouté": a pronoun that names no one known
 * stands for the unnamed official who spoke in the two sentences before, in its paragraph or the one before.
 */
function unnamedReporter(ctx: DocumentContext, people: PeopleIndex, memory: SpeakerMemory, at: number): Speaker | null {
  for (const { cue, from, to } of speechCuesBefore(ctx, ctx.tokens[at]!.sentence)) {
    const i = cue.start
    // (", a déclaré le porte-parole": after a comma the subject follows the verb.)
    const inverted = ctx.tokens[i - 1]?.text === ',' || (ctx.tokens[i - 2]?.text === ',' && !!ctx.grammarAt[i - 1]?.roles.includes('have'))
    const phrase = inverted ? readSpeakerAfter(ctx, people, cue.end, to) : (readSpeakerBefore(ctx, people, cue.start, from) ?? readSpeakerAfter(ctx, people, cue.end, to))
    if (phrase?.type === 'role') return resolveSpeaker(phrase, memory)
  }
  return null
}

/** The verbs of saying of the two sentences before `sentence` (in its paragraph or the one before), the last first, with their sentence's bounds. */
function* speechCuesBefore(ctx: DocumentContext, sentence: number): Generator<{ cue: Lex; from: number; to: number }> {
  const paragraph = ctx.sentences[sentence]!.paragraph
  for (let s = sentence - 1; s >= Math.max(0, sentence - 2); s--) {
    if (paragraph - ctx.sentences[s]!.paragraph > 1) return
    const [from, to] = ctx.sentenceTokens[s]!
    for (let i = to - 1; i >= from; i--) {
      const cue = ctx.cueAt[i]
      if (cue && cue.start === i && isSpeechCue(cue)) yield { cue, from, to }
    }
  }
}

/**
 * "«…» – cytuje Radio Swoboda i dodał: – …": the outlet that cites (named after a verb of citing, or
 * the subject read back to just after one) is not the one who goes on speaking.
 */
function outletCiting(ctx: DocumentContext, cue: Lex, before: SpeakerPhrase | null, inverted: SpeakerPhrase | null): boolean {
  if (inverted?.type === 'outlet' && cue.payload.kind === 'cue' && cue.payload.tags?.includes('cite')) return true
  if (!before) return false
  for (let k = before.start - 1; k >= Math.max(0, before.start - 3); k--) {
    const c = ctx.cueAt[k]
    if (c?.payload.kind === 'cue' && c.end <= before.start && c.payload.tags?.includes('cite')) return true
  }
  return false
}

/** '"…," Yonhap reported', '« … », rapporte l'agence KCNA': a word of media reports whose subject is an outlet. */
function outletIncise(ctx: DocumentContext, people: PeopleIndex, cue: Lex, from: number, end: number, take: (phrase: SpeakerPhrase | null, verb: Lex | null, rule: string) => Taken): Taken {
  const outlet = readSpeakerBefore(ctx, people, cue.start, from) ?? readSpeakerAfter(ctx, people, cue.end, end)
  return outlet?.type === 'outlet' ? take(outlet, cue, 'quote.incise-outlet') : null
}

function attributeOne(
  ctx: DocumentContext,
  l: Located,
  people: PeopleIndex,
  memory: SpeakerMemory,
): { speaker: Speaker; verb: Lex | null; rule: string; kind: QuoteKind } | null {
  const { tokens } = ctx
  const sClose = tokens[l.closeTok]!.sentence
  const sOpen = tokens[l.openTok]!.sentence
  const rightEnd = nextQuoteMark(ctx, l.closeTok + 1, ctx.sentenceTokens[sClose]![1])
  const leftStart = previousQuoteMark(ctx, l.openTok - 1, ctx.sentenceTokens[sOpen]![0])
  const partial = leftStart < l.openTok && tokens.slice(leftStart, l.openTok).some((t) => t.word)

  const take = (phrase: SpeakerPhrase | null, verb: Lex | null, rule: string): { speaker: Speaker; verb: Lex | null; rule: string; kind: QuoteKind } | null => {
    // "a-t-il précisé", "ajoute-t-elle": the pronoun is inside the reporting words.
    const inner = verb && !phrase ? pronounInside(ctx, verb) : null
    const chosen = phrase ?? inner
    if (!chosen) return null
    // "…», a-t-il ajouté": a pronoun that goes on speaking is the last speaker, whoever was named since.
    const goesOn = chosen.type === 'pronoun' && !chosen.dropped && !!verb && memory.goesOn(chosen.start, memory.genderOf(chosen)) && ctx.tokens.slice(verb.start, verb.end).some((t) => ctx.lang.continuingVerbs.has(t.key))
    const speaker = goesOn ? { ...memory.last!, outlet: chosen.outlet ?? null } : (resolveSpeaker(chosen, memory) ?? (chosen.type === 'pronoun' && !chosen.dropped ? unnamedReporter(ctx, people, memory, chosen.start) : null))
    return speaker ? { speaker, verb, rule, kind: partial ? 'partial' : 'direct' } : null
  }

  const incise = inciseAfter(ctx, l, people, take, rightEnd)
  if (incise.found && !incise.yields) return incise.found
  // 2. A reporting clause before it: X a déclaré : « … » / X said the news "…" / selon X, « … ».
  for (let i = l.openTok - 1; i >= leftStart; i--) {
    const cue = ctx.cueAt[i]
    if (isAccording(cue)) {
      const found = take(readSpeakerAfter(ctx, people, cue!.end, l.openTok), cue!, 'quote.according')
      if (found) return found
      continue
    }
    if (!introducesWords(ctx, cue) && !isSpeechCue(cue)) continue
    // "…and said the claims were “absurd”": a speech word after an article is a noun, not the verb.
    if (cue.start === i && ctx.lang.determiners.has(ctx.tokens[i - 1]?.key ?? '') && ctx.grammarAt[cue.end]?.roles.some((r) => r === 'be' || r === 'copula')) continue
    const before = readSpeakerBefore(ctx, people, cue.start, leftStart)
    const inverted = readSpeakerAfter(ctx, people, cue!.end, l.openTok)
    if (outletCiting(ctx, cue, before, inverted)) continue
    const outer = outerReporter(ctx, people, before, leftStart)
    const found =
      (outer ? take(outer.phrase, outer.verb, 'quote.preposed-outer') : null) ??
      take(before, cue!, 'quote.preposed') ??
      take(inverted, cue!, 'quote.preposed-inverted') ??
      (isSpeechCue(cue) ? take(droppedSubject(ctx, cue), cue, 'quote.preposed-dropped-subject') : null)
    if (found) return found
  }
  // "X podkreślił, że «…» – cytuje Radio Swoboda": the outlet quoting is the speaker only when no one else says it.
  if (incise.found) return incise.found
  const opener = take(speakerOpener(ctx, l, people, leftStart), null, 'quote.opener')
  if (opener) return opener
  const colon = colonAttribution(ctx, l, people, memory, leftStart)
  if (colon) return colon
  // 2c. The next sentence gives the words back to their speaker with an object clitic: « … ». Lo ha detto X. / Así lo afirmó X.
  const after = followingAttribution(ctx, people, l)
  if (after) {
    const found = take(after.phrase, after.verb, 'quote.following-sentence')
    if (found) return found
  }
  // 3. A reporting verb later in the sentence: « … » de la technologie…, a martelé X.
  for (let i = l.closeTok + 1; i < rightEnd; i++) {
    const cue = ctx.cueAt[i]
    if (isAccording(cue)) {
      const found = take(readSpeakerAfter(ctx, people, cue!.end, rightEnd), cue!, 'quote.according')
      if (found) return found
    }
    if (!isSpeechCue(cue)) continue
    const found = pronounInside(ctx, cue) ? take(null, cue, 'quote.later-verb') : (take(readSpeakerBefore(ctx, people, cue.start, l.closeTok + 1), cue, 'quote.later-verb') ?? take(readSpeakerAfter(ctx, people, cue.end, rightEnd), cue, 'quote.later-verb'))
    if (found) return found
  }
  // 4. The quoted words are the predicate of a person named right before them:
  // Sébastien Lecornu « a profité de l'occasion », Kirby "strongly condemned" the transfer.
  const subject = people.personAt(l.openTok - 1)
  if (subject && !subject.single && sOpen === tokens[subject.start]!.sentence) {
    const speaker = resolveSpeaker(personPhrase(ctx, people, subject), memory)
    if (speaker) return { speaker, verb: null, rule: 'quote.subject', kind: 'partial' }
  }
  return null
}

/** 2a. "Pour le ministre X, « … »", "Per l'analista X, «…»": a sentence opened by a preposition of view, a speaker and a comma. */
function speakerOpener(ctx: DocumentContext, l: Located, people: PeopleIndex, leftStart: number): SpeakerPhrase | null {
  const { tokens } = ctx
  const first = ctx.sentenceTokens[tokens[l.openTok]!.sentence]![0]
  if (first < leftStart || !ctx.lang.speakerOpeners.has(tokens[first]!.key)) return null
  const phrase = readSpeakerAfter(ctx, people, first + 1, l.openTok)
  return phrase && phrase.type !== 'pronoun' && tokens[phrase.end]?.text === ',' ? phrase : null
}

/**
 * "Kirby said on Wednesday that U.S. intelligence indicates that the North is “covertly”…",
 * "Blinken said that Washington warned Iran that … a “dramatic escalation”": a state or an
 * institution that speaks inside what a person is reported to say has its words from that person.
 */
function outerReporter(ctx: DocumentContext, people: PeopleIndex, inner: SpeakerPhrase | null, floor: number): { phrase: SpeakerPhrase; verb: Lex } | null {
  if (!inner || (inner.type !== 'institution' && !(inner.type === 'role' && !inner.person && inner.actor))) return null
  let k = inner.start - 1
  if (ctx.grammarAt[k]?.roles.includes('that')) k--
  for (let skipped = 0; k >= floor && skipped <= 4; k--, skipped++) {
    const t = ctx.tokens[k]!
    if (!t.word || QUOTE_MARKS.has(t.text)) return null
    const cue = ctx.cueAt[k]
    if (!cue) continue
    if (!isSpeechCue(cue) || cue.payload.kind !== 'cue' || cue.payload.cue !== 'reporting') return null
    const outer = readSpeakerBefore(ctx, people, cue.start, floor)
    return outer && (outer.type === 'person' || outer.type === 'pronoun' || outer.type === 'role') ? { phrase: outer, verb: cue } : null
  }
  return null
}

/**
 * "“…,” the agency's statement read", "“…,” the report claimed", "“…,” the tweet read": the words of
 * a document are its author's, the institution that spoke last in the three sentences before. The
 * verb or the words of a source may come first: "« … », précise le communiqué", "« … », selon le communiqué".
 */
function documentAuthor(ctx: DocumentContext, l: Located, people: PeopleIndex, memory: SpeakerMemory): Taken {
  const { tokens } = ctx
  const sentence = tokens[l.closeTok]!.sentence
  const sEnd = ctx.sentenceTokens[sentence]![1]
  let documentNoun = false
  let verbFirst: Lex | null = null
  for (let i = l.closeTok + 1; i < Math.min(sEnd, l.closeTok + 10); i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i) {
      if (!tokens[i]!.word && tokens[i]!.text !== ',' && !/^['’]s$/.test(tokens[i]!.key)) return null
      continue
    }
    if (cue.payload.kind !== 'cue') return null
    if (documentNoun && isSpeechCue(cue)) return authorBefore(ctx, people, memory, sentence, cue)
    const determined = ctx.lang.determiners.has(tokens[i - 1]!.key) || /^['’]s$/.test(tokens[i - 1]!.key)
    if (!determined && !documentNoun && !verbFirst && (isSpeechCue(cue) || isAccording(cue))) {
      verbFirst = cue
      i = cue.end - 1
      continue
    }
    if (!determined || (cue.payload.cue !== 'reporting' && cue.payload.cue !== 'report_noun')) return null
    if (verbFirst) return authorBefore(ctx, people, memory, sentence, verbFirst)
    documentNoun = true
    i = cue.end - 1
  }
  return null
}

function authorBefore(ctx: DocumentContext, people: PeopleIndex, memory: SpeakerMemory, sentence: number, verb: Lex): Taken {
  for (let s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
    const [from, to] = ctx.sentenceTokens[s]!
    for (let i = to - 1; i >= from; i--) {
      const cue = ctx.cueAt[i]
      if (!cue || cue.start !== i || !isSpeechCue(cue)) continue
      const phrase = readSpeakerBefore(ctx, people, cue.start, from) ?? readSpeakerAfter(ctx, people, cue.end, to)
      const speaker = phrase?.type === 'institution' ? resolveSpeaker(phrase, memory) : null
      if (speaker) return { speaker, verb, rule: 'quote.document-author', kind: 'direct' }
    }
  }
  return null
}

/** 2b. A clause ending in a colon: "Scholz shattered another: “…”", "Et de marteler : « … »". */
function colonAttribution(ctx: DocumentContext, l: Located, people: PeopleIndex, memory: SpeakerMemory, leftStart: number): Taken {
  const { tokens } = ctx
  const sOpen = tokens[l.openTok]!.sentence
  const colon = tokens[l.openTok - 1]?.text === ':' ? l.openTok - 1 : tokens[l.openTok - 2]?.text === ':' ? l.openTok - 2 : -1
  if (colon < 0) return null
  // "Зеленський наголосив:" ending the paragraph before the quotation: its own sentence is the clause.
  const floor = colon < leftStart ? ctx.sentenceTokens[tokens[colon]!.sentence]![0] : leftStart
  const found = colonSpeaker(ctx, people, colon, floor)
  if (found) {
    const speaker = resolveSpeaker(found, memory)
    if (speaker) return { speaker, verb: null, rule: 'quote.colon', kind: 'direct' }
  }
  const verb = [...Array(Math.max(0, colon - floor)).keys()].map((k) => ctx.cueAt[colon - 1 - k]).find((c) => isSpeechCue(c))
  if (verb && memory.last && memory.lastAt >= ctx.sentenceTokens[Math.max(0, sOpen - 2)]![0]) return { speaker: memory.last, verb, rule: 'quote.colon-continued', kind: 'direct' }
  // "Et d'ajouter : « … »": a reporting verb with no subject at all in its clause speaks for the subject of the sentence before.
  const subject = verb && !readSpeakerBefore(ctx, people, verb.start, floor) ? memory.dropped(verb.start) : null
  if (subject && verb) return { speaker: subject, verb, rule: 'quote.colon-continued', kind: 'direct' }
  return null
}

/**
 * « … ». Lo ha detto il ministro X / Así lo afirmó el portavoz X: a quotation that ends its sentence,
 * and a next sentence opening with an object clitic of the language and a reporting verb whose
 * subject follows it.
 */
function followingAttribution(ctx: DocumentContext, people: PeopleIndex, l: Located): { phrase: SpeakerPhrase; verb: Lex } | null {
  const { tokens } = ctx
  const s = tokens[l.closeTok]!.sentence
  const [, end] = ctx.sentenceTokens[s]!
  if (tokens.slice(l.closeTok + 1, end).some((t) => t.word)) return null
  const next = ctx.sentenceTokens[s + 1]
  if (!next) return null
  for (let i = next[0]; i < Math.min(next[1], next[0] + 4); i++) {
    const cue = ctx.cueAt[i]
    if (!isSpeechCue(cue) || cue.start !== i) continue
    let k = i - 1
    while (k >= next[0] && ctx.grammarAt[k]?.roles.includes('have')) k--
    if (k < next[0] || !ctx.lang.objectClitics.has(tokens[k]!.key)) return null
    const phrase = readSpeakerAfter(ctx, people, cue.end, next[1])
    return phrase ? { phrase, verb: cue } : null
  }
  return null
}

/** The pronoun inside reporting words such as "a-t-il précisé" or "poursuit-elle". */
export function pronounInside(ctx: DocumentContext, verb: Lex): SpeakerPhrase | null {
  for (let i = verb.start; i < verb.end; i++) {
    if (ctx.grammarAt[i]?.roles.includes('pronoun') || /^(il|elle|ils|elles|lui|eux)$/.test(ctx.tokens[i]!.key)) {
      return { type: 'pronoun', start: i, end: i + 1, person: null, role: null, org: null, outlet: null, actor: null, standing: null }
    }
  }
  return null
}

/** The person or pronoun that is the subject of a clause ending in a colon. */
function colonSpeaker(ctx: DocumentContext, people: PeopleIndex, colon: number, floor: number): SpeakerPhrase | null {
  for (let i = colon - 1; i >= floor; i--) {
    if (QUOTE_MARKS.has(ctx.tokens[i]!.text)) return null
    const person = people.personAt(i)
    if (person && !person.single) return personPhrase(ctx, people, person)
    if (ctx.grammarAt[i]?.roles.includes('pronoun') && colon - i <= 4) return { type: 'pronoun', start: i, end: i + 1, person: null, role: null, org: null, outlet: null, actor: null, standing: null }
  }
  return null
}

/**
 * « … en Ukraine, a lancé le porte-parole du Pentagone, le général Pat Ryder. Du point de vue… »:
 * an incise the writer left inside the quotation marks.
 */
function inciseInside(ctx: DocumentContext, l: Located, people: PeopleIndex, memory: SpeakerMemory): { speaker: Speaker; verb: Lex | null; rule: string; kind: QuoteKind } | null {
  for (let i = l.openTok + 2; i < l.closeTok - 1; i++) {
    const cue = ctx.cueAt[i]
    // ", a déclaré X", ", a lancé X", ", said X": a comma, an auxiliary perhaps, the reporting verb.
    const aux = ctx.grammarAt[i - 1]?.roles.includes('have') ? 1 : 0
    if (!cue || cue.start !== i || !isInciseCue(cue) || ctx.tokens[i - 1 - aux]!.text !== ',') continue
    const phrase = readSpeakerAfter(ctx, people, cue.end, l.closeTok) ?? pronounInside(ctx, cue)
    if (!phrase || (phrase.type !== 'person' && phrase.type !== 'pronoun')) continue
    const speaker = resolveSpeaker(phrase, memory)
    if (speaker) return { speaker, verb: cue, rule: 'quote.incise-inside', kind: 'direct' }
  }
  return null
}

function nextQuoteMark(ctx: DocumentContext, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (QUOTE_MARKS.has(ctx.tokens[i]!.text)) return i
  return limit
}
function previousQuoteMark(ctx: DocumentContext, from: number, floor: number): number {
  for (let i = from; i >= floor; i--) {
    if (!QUOTE_MARKS.has(ctx.tokens[i]!.text)) continue
    // ("…, że dzięki „Krabom” wojska „…”": a term of a word or two in marks does not end the reporting clause.)
    const open = [i - 2, i - 3].find((j) => j >= floor && QUOTE_MARKS.has(ctx.tokens[j]!.text) && ctx.tokens.slice(j + 1, i).every((t) => t.word && !QUOTE_MARKS.has(t.text)))
    if (open === undefined) return i + 1
    i = open
  }
  return floor
}

/**
 * "Дипломат зазначив, що… \n «У минулому році…»": a quotation opening its paragraph, right after a
 * paragraph whose last sentence reports someone's words, is theirs.
 */
function reporterBefore(ctx: DocumentContext, l: Located, people: PeopleIndex, memory: SpeakerMemory): Speaker | null {
  const sentence = ctx.tokens[l.openTok]!.sentence
  if (ctx.text.slice(ctx.sentences[sentence]!.start, l.span.open).trim() !== '' || sentence === 0) return null
  // A caption of a few words in between ("Відео дня") is skipped.
  let s = sentence - 1
  while (s > 0 && ctx.sentenceTokens[s]![1] - ctx.sentenceTokens[s]![0] <= 3 && ctx.sentences[s - 1]!.paragraph < ctx.sentences[s]!.paragraph) s--
  const previous = ctx.sentences[s]!
  if (previous.paragraph >= l.paragraph || l.paragraph - previous.paragraph > 2) return null
  const [from, to] = ctx.sentenceTokens[s]!
  for (let i = from; i < to; i++) {
    const cue = ctx.cueAt[i]
    if (!cue || cue.start !== i || !isSpeechCue(cue) || tokens(ctx, from, to).some((t) => QUOTE_MARKS.has(t.text))) continue
    const phrase = readSpeakerBefore(ctx, people, cue.start, from) ?? readSpeakerAfter(ctx, people, cue.end, to)
    const speaker = phrase ? resolveSpeaker(phrase, memory) : null
    if (speaker && (speaker.type === 'person' || speaker.speaker)) return speaker
  }
  return null
}

/**
 * "Er habe …, sagte Pistorius. Die Partner seien „noch nicht am Ziel“": a quotation in a sentence
 * in the mood of reported speech, with no reporting verb of its own, is the words of the speaker
 * of the last reporting verb in the two sentences before it, within the paragraph or the one before.
 */
function reportedSpeechSpeaker(ctx: DocumentContext, l: Located, people: PeopleIndex, memory: SpeakerMemory): Speaker | null {
  return reportedMoodSpeaker(ctx, ctx.tokens[l.openTok]!.sentence, [l.openTok, l.closeTok], people, memory)?.speaker ?? null
}

/**
 * The speaker a sentence in the mood of reported speech continues, with the reporting verb that
 * named them: the sentence has no reporting verb of its own (outside `skip`, a quotation in it).
 */
export function reportedMoodSpeaker(ctx: DocumentContext, sentence: number, skip: readonly [number, number] | null, people: PeopleIndex, memory: SpeakerMemory): { speaker: Speaker; cue: Lex } | null {
  if (ctx.lang.reportedMood.size === 0) return null
  const [from, to] = ctx.sentenceTokens[sentence]!
  let mood = false
  for (let i = from; i < to; i++) {
    if (skip && i >= skip[0] && i <= skip[1]) continue
    if (isSpeechCue(ctx.cueAt[i]) || isAccording(ctx.cueAt[i])) return null
    if (ctx.lang.reportedMood.has(ctx.tokens[i]!.key)) mood = true
  }
  if (!mood) return null
  for (const { cue, from: sFrom, to: sTo } of speechCuesBefore(ctx, sentence)) {
    const phrase = readSpeakerBefore(ctx, people, cue.start, sFrom) ?? readSpeakerAfter(ctx, people, cue.end, sTo)
    const speaker = phrase ? resolveSpeaker(phrase, memory) : null
    if (speaker && speaker.speaker) return { speaker, cue }
  }
  return null
}

const tokens = (ctx: DocumentContext, from: number, to: number) => ctx.tokens.slice(from, to)

type Attributed = { located: Located; speaker: Speaker | null; verb: Lex | null; rule: string; kind: QuoteKind }

/**
 * « utiles », « sûrs » et « rapides », a-t-elle dit: fragments listed before the one an incise
 * attributes, in its sentence, are the same speaker's.
 */
function listedBeforeIncise(ctx: DocumentContext, results: Attributed[]): void {
  for (let k = results.length - 2; k >= 0; k--) {
    const r = results[k]!
    const next = results[k + 1]!
    const prev = results[k - 1]
    if (prev?.speaker && sameSentence(ctx, prev.located, r.located)) continue
    if (r.speaker || !next.speaker || !(next.rule.startsWith('quote.incise') || next.rule === 'quote.listed-before-incise') || !listedBefore(ctx, r.located, next.located) || isTerm(ctx, r.located)) continue
    Object.assign(r, { speaker: next.speaker, verb: next.verb, rule: 'quote.listed-before-incise', kind: 'partial' as QuoteKind })
  }
}

/**
 * ">> LIRE AUSSI - …", "READ MORE: …": a link to another article, whose people are not this one's
 * antecedents.
 */
const CROSS_LINK = /^\W*(lire aussi|à lire aussi|a lire aussi|à lire|lire également|voir aussi|read more|read also|see also|related|leer más|lea también|lesen sie auch|mehr zum thema|leia também|leggi anche|czytaj także|czytaj też|читайте также|читайте також)\b/iu

function isCrossLink(ctx: DocumentContext, sentence: number): boolean {
  const s = ctx.sentences[sentence]
  if (!s) return false
  const line = ctx.text.lastIndexOf('\n', s.start) + 1
  return CROSS_LINK.test(ctx.text.slice(line, line + 40))
}

/** Quotation `a` is listed right before `b` in its sentence: only a few linking words between ("», « ", "» et qu'ils « "). */
function listedBefore(ctx: DocumentContext, a: Located, b: Located): boolean {
  if (!sameSentence(ctx, a, b)) return false
  const between: number[] = []
  for (let i = a.closeTok + 1; i < b.openTok; i++) if (ctx.tokens[i]!.word) between.push(i)
  const linking = (i: number): boolean => !!ctx.grammarAt[i]?.roles.some((r) => r === 'and' || r === 'that' || r === 'pronoun' || r === 'be' || r === 'copula' || r === 'break')
  if (between.every(linking)) return between.length <= 3
  // "« utiles » des Ukrainiens, « sûrs » vis-à-vis de la Russie et « … »": a short complement, then a comma or "and".
  const last = between[between.length - 1]!
  const closesItem = linking(last) || ctx.tokens.slice(last + 1, b.openTok).some((t) => t.text === ',')
  return between.length <= 8 && closesItem && between.every((i) => !ctx.cueAt[i] && !ctx.roleAt[i])
}

const sameSentence = (ctx: DocumentContext, a: Located, b: Located): boolean => ctx.tokens[a.closeTok]!.sentence === ctx.tokens[b.openTok]!.sentence

/** «…¶« …»: quotation `b` opens the paragraph right after the one where `a` was left open. */
function reopensNextParagraph(ctx: DocumentContext, a: Located, b: Located): boolean {
  const line = ctx.text.lastIndexOf('\n', b.span.open) + 1
  return b.paragraph - a.paragraph === 1 && ctx.text.slice(line, b.span.open).trim() === ''
}

/** Enough words to be someone's statement rather than a quoted term. */
function isSubstantial(ctx: DocumentContext, l: Located): boolean {
  const words = ctx.text.slice(l.span.start, l.span.end).split(/\s+/).filter(Boolean)
  return words.length >= 5
}

/**
 * The quotation opens its sentence (nothing but the mark before it), so no reporting clause
 * precedes it, or it follows the previous quotation with almost nothing in between.
 */
function startsParagraphOrFollows(ctx: DocumentContext, prev: Located, cur: Located): boolean {
  const sentence = ctx.sentences[ctx.tokens[cur.openTok]!.sentence]!
  if (ctx.text.slice(sentence.start, cur.span.open).trim() === '') return true
  const between = ctx.text.slice(prev.span.close + 1, cur.span.open)
  return prev.paragraph === cur.paragraph && between.trim().split(/\s+/).filter(Boolean).length <= 2
}

/** Quoted names, titles and designations ("Shahed-136", "Putin's Playbook") are not statements. */
function isTerm(ctx: DocumentContext, l: Located): boolean {
  const text = ctx.text.slice(l.span.start, l.span.end)
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/^(l|d|qu)['’]/i, ''))
  if (words.length <= 8 && words.length > 1 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|de|du|des|la|le|les|the|and|et|pour|for|in|en|on|à|:|-|–)$/i.test(w))) return true
  // «Восточный», "Інтерфакс-Україна": one capitalised word quoted inside a sentence is a name.
  const before = ctx.tokens[l.openTok - 1]
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!) && before && before.sentence === ctx.tokens[l.openTok]!.sentence && before.word && !before.upper) return true
  // "قناة «…»", "السفينة «…»": a quotation of four words at most right after a noun that names channels, ships or days.
  if (words.length <= 4 && before && before.sentence === ctx.tokens[l.openTok]!.sentence && ctx.lang.nameHeads.has(before.key)) return true
  let content = 0
  let covered = 0
  for (let i = l.openTok + 1; i < l.closeTok; i++) {
    if (!ctx.tokens[i]!.word) continue
    content++
    if (ctx.materielAt[i] || (ctx.entityAt[i] && ctx.entityAt[i]!.payload.kind !== 'person')) covered++
  }
  return content > 0 && covered === content
}
