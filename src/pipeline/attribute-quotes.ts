import type { Quote, QuoteKind } from '../domain/records.js'
import type { CueKind } from '../domain/vocabulary.js'
import type { DocumentContext } from './document-context.js'
import { spanText } from './document-context.js'
import type { QuoteSpan } from './find-quote-spans.js'
import type { Lex } from './find-mentions.js'
import { foldKey } from './normalize-text.js'
import { PeopleIndex, personPhrase, readSpeakerAfter, readSpeakerBefore, type Speaker, type SpeakerPhrase } from './read-speaker.js'

const SPEECH: ReadonlySet<CueKind> = new Set(['reporting', 'admission', 'denial', 'accusation', 'refusal'])
const QUOTE_MARKS = new Set(['«', '»', '“', '”', '„', '"', '‹', '›'])

interface KnownPerson {
  readonly name: string
  readonly surname: string
  readonly first: number
  role: string | null
  org: string | null
  actor: string | null
  standing: Speaker['standing']
}

/**
 * Remembers who the document has named so far, for coreference: a later "Kirby", "he",
 * "le porte-parole" or "the ministry" resolves to the full name introduced earlier.
 */
export class SpeakerMemory {
  private readonly persons: KnownPerson[] = []
  last: Speaker | null = null
  private readonly institutions: Speaker[] = []

  register(phrase: SpeakerPhrase): void {
    if (phrase.type !== 'person' || !phrase.person || phrase.person.single) return
    const name = phrase.person.name
    const key = foldKey(name)
    const known = this.persons.find((p) => foldKey(p.name) === key)
    if (known) {
      known.role ??= phrase.role
      known.org ??= phrase.org
      known.actor ??= phrase.actor
      known.standing ??= phrase.standing
      return
    }
    const words = name.split(/\s+/)
    this.persons.push({ name, surname: foldKey(words[words.length - 1]!), first: phrase.start, role: phrase.role, org: phrase.org, actor: phrase.actor, standing: phrase.standing })
  }

  /** The full person a surname or name refers to, preferring someone named before `at`. */
  person(name: string, at: number): KnownPerson | null {
    const key = foldKey(name)
    const last = key.split(/\s+/).pop()!
    const matches = this.persons.filter((p) => foldKey(p.name) === key || p.surname === last || foldKey(p.name).split(/\s+/).includes(key))
    return matches.find((p) => p.first <= at) ?? matches[0] ?? null
  }

  /** The most recent person whose role shares the head word of `role`. */
  byRole(role: string, at: number): KnownPerson | null {
    const head = foldKey(role).split(/\s+/).find((w) => w.length > 3) ?? foldKey(role)
    const candidates = this.persons.filter((p) => p.first <= at && p.role && foldKey(p.role).includes(head))
    return candidates[candidates.length - 1] ?? null
  }

  institution(head: string): Speaker | null {
    const key = foldKey(head)
    for (let i = this.institutions.length - 1; i >= 0; i--) {
      const inst = this.institutions[i]!
      if (inst.speaker && foldKey(inst.speaker).includes(key)) return inst
    }
    return null
  }

  /** Registers every full name in the document with the role and organisation around it. */
  rememberPeople(ctx: DocumentContext, people: PeopleIndex): void {
    for (const person of people.people) if (!person.single) this.register(personPhrase(ctx, people, person))
  }

  noteInstitution(speaker: Speaker): void {
    if (speaker.type === 'institution' || speaker.type === 'outlet') this.institutions.push(speaker)
  }
}

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
    case 'pronoun':
      return memory.last ? { ...memory.last, outlet: phrase.outlet ?? null } : null
    case 'role': {
      const known = phrase.role ? memory.byRole(phrase.role, phrase.start) : null
      if (known && !/\b(source|sources|official|officials|responsable|responsables)\b/i.test(phrase.role ?? '')) {
        return { speaker: known.name, role: known.role, org: known.org, outlet: phrase.outlet, type: 'person', actor: known.actor, standing: known.standing }
      }
      return { speaker: null, role: phrase.role, org: phrase.org, outlet: phrase.outlet, type: 'unnamed', actor: phrase.actor, standing: phrase.standing }
    }
    case 'institution':
    case 'outlet': {
      const text = phrase.org ?? ''
      // "the ministry" refers back to "China's foreign ministry".
      if (text && text === text.toLowerCase()) {
        const head = text.split(/\s+/).pop()!
        const earlier = memory.institution(head)
        if (earlier) return { ...earlier, outlet: phrase.outlet ?? earlier.outlet }
      }
      if (!text) return null
      return { speaker: text, role: null, org: null, outlet: phrase.outlet, type: phrase.type === 'outlet' ? 'outlet' : 'institution', actor: phrase.actor, standing: phrase.standing }
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
  const results: Array<{ located: Located; speaker: Speaker | null; verb: Lex | null; rule: string; kind: QuoteKind }> = []
  for (const l of located) {
    const found = attributeOne(ctx, l, people, memory)
    if (found) {
      memory.last = found.speaker
      memory.noteInstitution(found.speaker)
      results.push({ located: l, speaker: found.speaker, verb: found.verb, rule: found.rule, kind: found.kind })
    } else results.push({ located: l, speaker: null, verb: null, rule: 'none', kind: 'direct' })
  }
  // Continuations: a quotation with no reporting clause takes the speaker of the quotation
  // right before it (same or previous paragraph), or of the next one in the same sentence run.
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!
    if (r.speaker || !isSubstantial(ctx, r.located)) continue
    const prev = results[k - 1]
    const next = results[k + 1]
    if (prev?.speaker && r.located.paragraph - prev.located.paragraph <= 1 && startsParagraphOrFollows(ctx, prev.located, r.located)) {
      r.speaker = prev.speaker
      r.rule = 'quote.continuation'
      r.kind = 'continuation'
    } else if (next?.speaker && next.located.paragraph === r.located.paragraph && next.rule !== 'quote.continuation') {
      r.speaker = next.speaker
      r.rule = 'quote.split'
      r.kind = 'continuation'
    }
  }
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

const isSpeechCue = (lex: Lex | undefined): lex is Lex => !!lex && lex.payload.kind === 'cue' && SPEECH.has(lex.payload.cue)
const isAccording = (lex: Lex | undefined): boolean => !!lex && lex.payload.kind === 'cue' && lex.payload.cue === 'according'
const isHedgeOrOpinion = (lex: Lex | undefined): lex is Lex => !!lex && lex.payload.kind === 'cue' && (lex.payload.cue === 'hedge' || lex.payload.cue === 'opinion')

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
    if (!phrase) return null
    const speaker = resolveSpeaker(phrase, memory)
    return speaker ? { speaker, verb, rule, kind: partial ? 'partial' : 'direct' } : null
  }

  // 1. An incise right after the quotation: « … », a déclaré X / "…," X said / "…," said X.
  for (let i = l.closeTok + 1; i < rightEnd && i <= l.closeTok + 9; i++) {
    const cue = ctx.cueAt[i]
    if (!isSpeechCue(cue) && !(isHedgeOrOpinion(cue) && i <= l.closeTok + 3)) continue
    const before = readSpeakerBefore(ctx, people, cue.start, l.closeTok + 1)
    const found = take(before, cue, 'quote.incise-subject') ?? take(readSpeakerAfter(ctx, people, cue.end, rightEnd), cue, 'quote.incise-inverted')
    if (found) return found
    break
  }
  // 2. A reporting clause before it: X a déclaré : « … » / X said the news "…" / selon X, « … ».
  for (let i = l.openTok - 1; i >= leftStart; i--) {
    const cue = ctx.cueAt[i]
    if (isAccording(cue)) {
      const found = take(readSpeakerAfter(ctx, people, cue!.end, l.openTok), cue!, 'quote.according')
      if (found) return found
      continue
    }
    if (!isSpeechCue(cue)) continue
    const found =
      take(readSpeakerBefore(ctx, people, cue.start, leftStart), cue, 'quote.preposed') ??
      take(readSpeakerAfter(ctx, people, cue.end, l.openTok), cue, 'quote.preposed-inverted')
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
    const found = take(readSpeakerBefore(ctx, people, cue.start, l.closeTok + 1), cue, 'quote.later-verb') ?? take(readSpeakerAfter(ctx, people, cue.end, rightEnd), cue, 'quote.later-verb')
    if (found) return found
  }
  return null
}

function nextQuoteMark(ctx: DocumentContext, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (QUOTE_MARKS.has(ctx.tokens[i]!.text)) return i
  return limit
}
function previousQuoteMark(ctx: DocumentContext, from: number, floor: number): number {
  for (let i = from; i >= floor; i--) if (QUOTE_MARKS.has(ctx.tokens[i]!.text)) return i + 1
  return floor
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
  const words = text.split(/\s+/).filter(Boolean)
  if (words.length <= 8 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(of|de|du|des|la|le|the|and|et|pour|for|:)$/i.test(w)) && words.length > 1) return true
  let content = 0
  let covered = 0
  for (let i = l.openTok + 1; i < l.closeTok; i++) {
    if (!ctx.tokens[i]!.word) continue
    content++
    if (ctx.materielAt[i] || (ctx.entityAt[i] && ctx.entityAt[i]!.payload.kind !== 'person')) covered++
  }
  return content > 0 && covered === content
}
