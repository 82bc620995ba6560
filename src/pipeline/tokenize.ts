import type { Sentence } from '../domain/records.js'
import { foldKey, foldLower } from './normalize-text.js'

/** A token as the matcher sees it; `hyphen` marks a word glued to the previous one by "-". */
export interface TextToken {
  readonly start: number
  readonly end: number
  /** The token as written; punctuation of other scripts is given as its Latin equivalent ("،" as ","). */
  readonly text: string
  readonly key: string
  readonly upper: boolean
  /** Lower-cased text with typographic apostrophes straightened and Arabic vowel marks and hamza on alif dropped, and whether it is pure ASCII. */
  readonly lower: string
  readonly ascii: boolean
  readonly word: boolean
  readonly hyphen: boolean
  sentence: number
}

// Dotted acronyms (U.S.), numbers with thousands separators (2 400, 11,000), words with inner
// apostrophes (aujourd'hui, l'Iran — split below), then any other single symbol.
const TOKEN = /(?:\p{Lu}\.){2,}|\d+(?:[.,\u00A0\u202F ]\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu
const WORDISH = /[\p{L}\p{N}]/u
const UPPER = /^\p{Lu}/u

/**
 * Splits text into word and punctuation tokens. Intra-word hyphens are not tokens (the next
 * word is flagged instead), so "nord-coréen" and "nord coréen" match the same lexicon form.
 * French elisions (l', d', qu') and English clitics ('s, n't) become tokens of their own.
 */
export function tokenize(text: string, elisions: ReadonlySet<string> = EMPTY): TextToken[] {
  const tokens: TextToken[] = []
  let hyphenNext = false
  let skipApostrophe = -1
  const length = text.length
  let at = 0
  while (at < length) {
    // Plain words and ASCII marks are read without the regular expression (see plainTokenEnd);
    // anything else is left to it, from the same position, as a regular-expression scan would go.
    const code = text.charCodeAt(at)
    if (code === 32 || (code >= 9 && code <= 13)) {
      at++
      continue
    }
    let start = at
    let end = plainTokenEnd(text, at, code)
    // A word read without the expression holds no apostrophe (see plainTokenEnd).
    const plain = end > 0
    let word = plain && isPlainLetterOrDigit(code)
    if (end < 0) {
      TOKEN.lastIndex = at
      const match = TOKEN.exec(text)
      if (!match) break
      start = match.index
      end = start + match[0].length
      word = WORDISH.test(match[0])
    }
    at = end
    const raw = text.slice(start, end)
    if ((raw === '-' || raw === '‑') && WORDISH.test(text[start - 1] ?? '') && WORDISH.test(text[start + 1] ?? '')) {
      hyphenNext = true
      continue
    }
    const hyphen = hyphenNext
    hyphenNext = false
    if (word && !plain && hasApostrophe(raw)) {
      splitApostrophes(raw, start, hyphen, elisions, tokens)
      continue
    }
    // An elision standing alone ("d' armes", or the lexicon form "d'") is one token, as when glued.
    const apostrophe = text[end]
    if (word && (apostrophe === "'" || apostrophe === '’') && elisions.size && elisions.has(foldKey(`${raw}'`))) {
      tokens.push(makeToken(raw + apostrophe, start, hyphen))
      skipApostrophe = end
      continue
    }
    if (start === skipApostrophe) continue
    // The Arabic comma and semicolon ("،", "؛") are read as "," and ";"; offsets stay those of the text.
    tokens.push(makeToken(word ? raw : (PUNCTUATION[raw] ?? raw), start, hyphen, word))
  }
  return tokens
}

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)

/** Letters of Latin-1 (À–ÿ but × and ÷) and œ/Œ: the accented letters of French, German, Spanish, Italian… (all \p{L}). */
const isLatinLetter = (c: number): boolean => (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0x152 || c === 0x153
const isPlainLetterOrDigit = (c: number): boolean => isAsciiAlnum(c) || isLatinLetter(c)
/** Upper-case letters among those: À–Þ but ×, and Œ. */
const isPlainUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 0x152

/**
 * Where TOKEN's match at `at` ends when it can be told without the expression, else -1: a run of
 * ASCII letters and digits and Latin letters (see isLatinLetter) that starts with a letter and
 * ends on an ASCII character other than a letter, a digit or an apostrophe (a word of the fourth
 * alternative; an upper-case letter followed by "." may open a dotted acronym and is left to the
 * expression), or one ASCII mark (the last alternative). Digits first, apostrophes, and any
 * other character of another script, inside or after the word, are left to the expression.
 */
function plainTokenEnd(text: string, at: number, code: number): number {
  if ((code >= 48 && code <= 57) || code === 39) return -1
  const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isLatinLetter(code)
  if (!letter) return code >= 128 ? -1 : at + 1
  if (isPlainUpper(code) && text.charCodeAt(at + 1) === 46) return -1
  let end = at + 1
  while (end < text.length && isPlainLetterOrDigit(text.charCodeAt(end))) end++
  if (end === text.length) return end
  const next = text.charCodeAt(end)
  return next >= 128 || next === 39 ? -1 : end
}

const hasApostrophe = (raw: string): boolean => raw.includes("'") || raw.includes('’')

const EMPTY: ReadonlySet<string> = new Set()

/** Punctuation of other scripts with the Latin mark the rules read, one character for one. */
const PUNCTUATION: Readonly<Record<string, string>> = { '،': ',', '؛': ';', '؟': '?' }

const NON_ASCII = /[^\x00-\x7F]/
const ARABIC_OPTIONAL = /[\u0640\u064B-\u065F\u0670]/g
const ARABIC_ALIF = /[\u0622\u0623\u0625\u0671]/g

function makeToken(text: string, start: number, hyphen: boolean, word = true): TextToken {
  const first = text.charCodeAt(0)
  if (first < 128 && !NON_ASCII.test(text)) {
    // The common case, pure ASCII: no normalisation needed.
    const lower = text.toLowerCase()
    return { start, end: start + text.length, text, key: lower, upper: first >= 65 && first <= 90, lower, ascii: true, word, hyphen, sentence: 0 }
  }
  const { key, upper, lower, ascii } = readingOf(text)
  return { start, end: start + text.length, text, key, upper, lower, ascii, word, hyphen, sentence: 0 }
}

interface Reading {
  readonly key: string
  readonly upper: boolean
  readonly lower: string
  readonly ascii: boolean
}

const readings = new Map<string, Reading>()

/** The folded forms of a word with other characters than ASCII, made once per word (the cache is bounded). */
function readingOf(text: string): Reading {
  let reading = readings.get(text)
  if (reading) return reading
  // Arabic short vowels, shadda and the tatweel are optional in writing ("زوّدت" is "زودت", "بـ" is
  // "ب"), and so is the hamza on alif ("إلى" is "الى").
  const lower = text.toLowerCase().replace(/’/g, "'").replace(ARABIC_OPTIONAL, '').replace(ARABIC_ALIF, 'ا')
  reading = { key: foldLower(lower), upper: UPPER.test(text), lower, ascii: !NON_ASCII.test(lower) }
  if (readings.size > 100_000) readings.clear()
  readings.set(text, reading)
  return reading
}

function splitApostrophes(raw: string, start: number, hyphen: boolean, elisions: ReadonlySet<string>, out: TextToken[]): void {
  const apostrophe = raw.search(/['’]/)
  const head = raw.slice(0, apostrophe + 1)
  if (elisions.has(foldKey(head)) && apostrophe + 1 < raw.length) {
    out.push(makeToken(head, start, hyphen))
    out.push(makeToken(raw.slice(apostrophe + 1), start + apostrophe + 1, false))
    return
  }
  const clitic = /(?:['’]s|n['’]t|['’]ll|['’]re|['’]ve|['’]d)$/i.exec(raw)
  if (clitic && clitic.index > 0) {
    out.push(makeToken(raw.slice(0, clitic.index), start, hyphen))
    out.push(makeToken(clitic[0], start + clitic.index, false))
    return
  }
  out.push(makeToken(raw, start, hyphen))
}

/**
 * Splits clitics glued to the front of a word ("وروسيا" → "و" + "روسيا", "بالصواريخ" → "ب" + "ال" +
 * "صواريخ") when what remains is a word the lexicon knows; the clitics become tokens of their own,
 * which the grammar lists read ("ل" to, "ب" with, "و" and). Longest clitic first, at most three.
 */
export function splitProclitics(tokens: readonly TextToken[], proclitics: readonly string[], known: (key: string) => boolean): TextToken[] {
  if (proclitics.length === 0) return tokens as TextToken[]
  const byLength = [...proclitics].sort((a, b) => b.length - a.length)
  const out: TextToken[] = []
  for (const token of tokens) {
    if (!token.word || known(token.key)) {
      out.push(token)
      continue
    }
    const parts = peel(token.text, byLength, known, 3)
    if (!parts) {
      out.push(token)
      continue
    }
    let at = token.start
    parts.forEach((part, k) => {
      out.push({ ...makeToken(part, at, k === 0 ? token.hyphen : false), sentence: token.sentence })
      at += part.length
    })
  }
  return out
}

function peel(text: string, proclitics: readonly string[], known: (key: string) => boolean, depth: number): string[] | null {
  if (depth === 0) return null
  for (const p of proclitics) {
    if (!text.startsWith(p) || text.length - p.length < 2) continue
    const rest = text.slice(p.length)
    if (known(foldKey(rest))) return [p, rest]
    const deeper = peel(rest, proclitics, known, depth - 1)
    if (deeper) return [p, ...deeper]
  }
  return null
}

/** Sets each token's sentence index (tokens and sentences are both in text order). */
export function assignSentences(tokens: TextToken[], sentences: readonly Sentence[]): void {
  let s = 0
  for (const token of tokens) {
    while (s < sentences.length - 1 && token.start >= sentences[s]!.end) s++
    token.sentence = s
  }
}
