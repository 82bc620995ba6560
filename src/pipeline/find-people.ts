import type { DocumentContext } from './document-context.js'
import { spanText } from './document-context.js'
import { isCaseless } from './lexicon-trie.js'

/** A personal name in the text: tokens [start, end). */
export interface PersonSpan {
  readonly start: number
  readonly end: number
  readonly name: string
  /** State the person stands for, from the people lexicon. */
  readonly actor: string | null
  readonly entryId: string | null
  /** One capitalised word only: a surname when it matches someone named earlier. */
  readonly single: boolean
}

/**
 * Finds personal names: runs of capitalised words (with particles such as "bin", "van" and
 * hyphenated parts such as "Jong-un") that are not places, states, organisations, roles,
 * titles, materiel or sentence openers, plus the leaders of the people lexicon.
 */
export function findPeople(ctx: DocumentContext): PersonSpan[] {
  const { tokens } = ctx
  const people: PersonSpan[] = []
  // Last words of names found so far in a caseless script: a surname alone refers back ("كيربي").
  const surnames = new Set<string>()
  let i = 0
  while (i < tokens.length) {
    const title = ctx.grammarAt[i]
    if (title && title.roles.includes('title') && (tokens[i]!.upper || isCaselessWord(tokens[i]!.text))) {
      i = title.end
      continue
    }
    const lexicon = ctx.entityAt[i]
    const isLexPerson = lexicon?.payload.kind === 'person'
    const caseless = isLexPerson ? null : caselessNameEnd(ctx, i, surnames)
    if (caseless !== null) {
      people.push({ start: i, end: caseless, name: spanText(ctx, i, caseless), actor: null, entryId: null, single: caseless - i < 2 })
      surnames.add(tokens[caseless - 1]!.key)
      i = caseless
      continue
    }
    if (!isLexPerson && !isNameWord(ctx, i)) {
      i++
      continue
    }
    let end = isLexPerson ? lexicon!.end : i + 1
    // Extend over further name words, particles followed by a name word, and hyphenated parts.
    for (;;) {
      const next = tokens[end]
      if (!next || next.sentence !== tokens[i]!.sentence) break
      if (next.hyphen && next.word) {
        end++
        continue
      }
      if (isNameWord(ctx, end) || ctx.entityAt[end]?.payload.kind === 'person') {
        end = Math.max(end + 1, ctx.entityAt[end]?.end ?? 0)
        continue
      }
      if (ctx.lang.nameParticles.has(next.key) && isNameWord(ctx, end + 1)) {
        end += 2
        continue
      }
      // An initial and its full stop ("J. Novak", "John F. Kennedy") go on to the next name word.
      if (next.text === '.' && isInitial(tokens[end - 1]!) && isNameWord(ctx, end + 1) && tokens[end + 1]!.sentence === next.sentence) {
        end += 2
        continue
      }
      break
    }
    const words = tokens.slice(i, end).filter((t) => t.upper)
    // ("Conflict Armament Research": capitalised words that go on to an organisation word name a body.)
    const isOrg = tokens.slice(i, end).some((t) => ctx.lang.orgWords.has(t.key)) || orgWordAhead(ctx, end)
    if (!isOrg) {
      const payload = isLexPerson ? lexicon!.payload : ctx.entityAt[end - 1]?.payload
      const person = payload?.kind === 'person' ? payload : null
      people.push({
        start: i,
        end,
        // Languages without articles decline names: a declined form is written as its nominative.
        name: person && !ctx.lang.hasArticles ? nominative(spanText(ctx, i, end), person.names) : spanText(ctx, i, end),
        actor: person?.actor ?? null,
        entryId: person?.entryId ?? null,
        single: words.length < 2 && !person,
      })
    }
    i = end
  }
  return people
}

/**
 * A declined form of a person of the lexicon ("Wołodymyra Zełenskiego", "Ołeksijem Rzeznikowem",
 * "Kosiniaka-Kamysza") is written as the entry's form with as many words that each word of it
 * extends, each a stem at least and the whole shorter ("Wołodymyr Zełenski", "Ołeksij Rzeznikow",
 * "Kosiniak-Kamysz"); any other name stays as written.
 */
export function nominative(name: string, forms: readonly string[]): string {
  const parts = name.split(/[\s-]+/)
  for (const form of forms) {
    const base = form.split(/[\s-]+/)
    if (form === name || base.length !== parts.length) continue
    const longer = parts.join('').length > base.join('').length
    if (longer && base.every((b, k) => b.length >= 3 && parts[k]!.startsWith(b.slice(0, -1)) && parts[k]!.length >= b.length && parts[k]!.length - b.length <= 3)) return form
  }
  return name
}

/** Capitalised words from `from` reach an organisation word within three tokens of the same sentence ("Armament Research"). */
export function orgWordAhead(ctx: DocumentContext, from: number): boolean {
  const sentence = ctx.tokens[from - 1]?.sentence
  for (let k = from; k < from + 3; k++) {
    const t = ctx.tokens[k]
    if (!t || !t.word || !t.upper || t.sentence !== sentence || ctx.entityAt[k] || ctx.cueAt[k] || ctx.grammarAt[k]) return false
    if (ctx.lang.orgWords.has(t.key)) return true
  }
  return false
}

/** One capital letter, as in "J. Novak": a given name cut to its initial. */
const isInitial = (token: { readonly text: string; readonly upper: boolean }): boolean => token.upper && token.text.length === 1

/** A capitalised word that may be part of a personal name. */
export function isNameWord(ctx: DocumentContext, i: number): boolean {
  const token = ctx.tokens[i]
  if (!token || !token.word || !token.upper) return false
  if (/^\p{N}/u.test(token.text)) return false
  // Acronyms (NIS, DIA, CNN) are organisations, not people.
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return false
  if (ctx.lang.notNames.has(token.key) || ctx.lang.orgWords.has(token.key)) return false
  if (ctx.lang.capitalisedNouns && afterDeterminer(ctx, i)) return false
  const entity = ctx.entityAt[i]
  if (entity && entity.payload.kind !== 'person') return false
  if (ctx.materielAt[i] || ctx.roleAt[i]) return false
  const grammar = ctx.grammarAt[i]
  if (grammar && (grammar.roles.includes('title') || grammar.roles.includes('that') || grammar.roles.includes('break'))) return false
  const cue = ctx.cueAt[i]
  if (cue && cue.payload.kind === 'cue' && cue.payload.cue !== 'hedge') return false
  return true
}

/**
 * "des Verteidigungsausschusses", "bei einer Sitzung", "des russischen Parlaments": where nouns
 * are capitalised, a determiner, with declined adjectives after it, opens a noun, not a name.
 */
function afterDeterminer(ctx: DocumentContext, i: number): boolean {
  const sentence = ctx.tokens[i]!.sentence
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = ctx.tokens[k]!
    if (t.sentence !== sentence || !t.word) return false
    if (ctx.lang.determiners.has(t.key)) return true
    if (t.upper || !/(e|en|er|es|em)$/.test(t.key)) return false
  }
  return false
}

const NON_ASCII = /[^\x00-\x7F]/
// (Every ASCII letter has a case: a word in plain ASCII is never caseless, and most words are.)
// A word with an ASCII letter has case too ("été"): the letters are read only without one.
const isCaselessWord = (text: string): boolean => NON_ASCII.test(text) && !hasAsciiLetter(text) && isCaseless(text.replace(/[^\p{L}]/gu, ''))

function hasAsciiLetter(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) | 0x20
    if (c >= 97 && c <= 122) return true
  }
  return false
}

/**
 * Scripts without capitals (Arabic): a name is a given name of the grammar's list followed by up
 * to three given names or words no lexicon knows ("بهرام قاسمي", "محمد جواد ظريف"); a lone word is
 * a name when it is the last word of a name found before ("قاسمي"). Returns the name's end.
 */
function caselessNameEnd(ctx: DocumentContext, i: number, surnames: ReadonlySet<string>): number | null {
  const token = ctx.tokens[i]!
  if (!token.word || !isCaselessWord(token.text)) return null
  const given = ctx.lang.givenNames
  if (given.has(token.key) && !ctx.entityAt[i] && !ctx.cueAt[i] && !ctx.roleAt[i]) {
    let end = i + 1
    while (end < i + 4 && ctx.tokens[end]?.sentence === token.sentence && (given.has(ctx.tokens[end]!.key) || isFreeCaselessWord(ctx, end))) end++
    return end > i + 1 ? end : null
  }
  return surnames.has(token.key) && isFreeCaselessWord(ctx, i) ? i + 1 : null
}

/** A caseless word that no lexicon or grammar list knows: it may be part of a name. */
function isFreeCaselessWord(ctx: DocumentContext, i: number): boolean {
  const token = ctx.tokens[i]
  if (!token || !token.word || /^\p{N}/u.test(token.text) || !isCaselessWord(token.text)) return false
  if (ctx.lang.notNames.has(token.key) || ctx.lang.orgWords.has(token.key)) return false
  return !ctx.entityAt[i] && !ctx.materielAt[i] && !ctx.roleAt[i] && !ctx.grammarAt[i] && !ctx.cueAt[i]
}
