import type { Knowledge } from './compile-knowledge.js'
import { eldDetector } from './eld-detector.js'
import { foldKey } from './normalize-text.js'

export interface DetectedLanguage {
  readonly lang: string
  readonly source: 'given' | 'detected' | 'default'
  /** cobel has lexicons for the language. */
  readonly supported: boolean
}

/** Below this many characters a detection may rest on a handful of n-grams. */
const SHORT = 200

/**
 * Picks the language: the one given with the document when it is a language code, else eld
 * (byte n-grams of 60 languages, ISO 639-1 codes, about ten times faster than franc) over the
 * opening of the text. On a short text that eld finds unreliable, the function words of the
 * languages cobel has lexicons for decide when they are frequent ("He said no." → en).
 */
export function detectLanguage(text: string, knowledge: Knowledge, given?: string | null): DetectedLanguage {
  const declared = given ? /^([a-z]{2,3})(?:[-_].*)?$/i.exec(given.trim())?.[1]?.toLowerCase() : undefined
  if (declared) return { lang: declared, source: 'given', supported: knowledge.languages.has(declared) }
  // eld reads the first 1,000 characters only: a 5 KB article costs what a paragraph does.
  const result = eldDetector().detect(eldOpening(text))
  const detected = result.language || null
  if (detected && (text.length >= SHORT || knowledge.languages.has(detected) || result.isReliable()))
    return { lang: detected, source: 'detected', supported: knowledge.languages.has(detected) }
  const vote = functionWordVote(text.slice(0, SHORT * 4), knowledge)
  if (vote && (!detected || vote.share >= 0.25)) return { lang: vote.lang, source: 'detected', supported: true }
  if (detected) return { lang: detected, source: 'detected', supported: false }
  return { lang: 'und', source: 'default', supported: false }
}

/** ASCII letters after which eld has read all it reads (it stops at about 380 bytes of words). */
const ELD_LETTERS = 400

/**
 * The opening of the text that gives eld the very words the whole text gives it. eld keeps the
 * first 1,000 characters, turns each run of other characters than letters into a space, folds
 * the case, and reads words until it holds about 380 bytes. Cut right after an ASCII letter
 * that a space follows, once 400 ASCII letters are in, the opening folds to the same leading
 * words (every letter is at least a byte, and no run of other characters is cut): eld then
 * folds a few hundred characters instead of a thousand. Texts with fewer ASCII letters are
 * given whole.
 */
export function eldOpening(text: string): string {
  const limit = Math.min(text.length, 1000)
  for (let k = 0, letters = 0; k < limit; k++) {
    const c = text.charCodeAt(k) | 0x20
    if (c < 97 || c > 122) continue
    if (++letters < ELD_LETTERS) continue
    const next = text.charCodeAt(k + 1)
    if (next === 32 || next === 10 || next === 9 || next === 13) return text.slice(0, k + 1)
  }
  return text
}

function functionWordVote(sample: string, knowledge: Knowledge): { lang: string; share: number } | null {
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? []
  let best: string | null = null
  let bestScore = 0
  for (const [lang, language] of knowledge.languages) {
    const set = language.functionWords
    let score = 0
    for (const w of words) if (set.has(foldKey(w))) score++
    if (score > bestScore) {
      best = lang
      bestScore = score
    }
  }
  return best && bestScore >= 2 ? { lang: best, share: bestScore / Math.max(1, words.length) } : null
}
