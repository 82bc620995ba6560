import { franc } from 'franc-min'
import type { Knowledge } from './compile-knowledge.js'
import { foldKey } from './normalize-text.js'

const ISO3_TO_1: Readonly<Record<string, string>> = {
  fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', por: 'pt', pol: 'pl', ukr: 'uk', rus: 'ru', arb: 'ar', nld: 'nl',
  ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', tur: 'tr', pes: 'fa', cmn: 'zh',
  jpn: 'ja', kor: 'ko', heb: 'he', ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', lit: 'lt', lav: 'lv', est: 'et',
  bel: 'be', kat: 'ka', hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', hin: 'hi', urd: 'ur', ben: 'bn', ind: 'id', vie: 'vi', tha: 'th',
}

export interface DetectedLanguage {
  readonly lang: string
  readonly source: 'given' | 'detected' | 'default'
  /** cobel has lexicons for the language. */
  readonly supported: boolean
}

/**
 * Picks the language: the one given with the document when it is a language code, else
 * franc over the opening of the text. On short texts, where franc is unreliable, the
 * function words of the languages cobel has lexicons for decide.
 */
export function detectLanguage(text: string, knowledge: Knowledge, given?: string | null): DetectedLanguage {
  const declared = given ? /^([a-z]{2,3})(?:[-_].*)?$/i.exec(given.trim())?.[1]?.toLowerCase() : undefined
  if (declared) return { lang: declared, source: 'given', supported: knowledge.languages.has(declared) }
  const sample = text.slice(0, 4000)
  const vote = functionWordVote(sample, knowledge)
  const code = franc(sample, { minLength: 10 })
  const detected = ISO3_TO_1[code] ?? (code === 'und' ? null : code)
  // Long texts: franc is reliable. Short ones: our own function words decide when they are frequent.
  if (detected && (sample.length >= 200 || !vote || vote.lang === detected || vote.share < 0.25)) {
    return { lang: detected, source: 'detected', supported: knowledge.languages.has(detected) }
  }
  if (vote) return { lang: vote.lang, source: 'detected', supported: true }
  return { lang: 'und', source: 'default', supported: false }
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
