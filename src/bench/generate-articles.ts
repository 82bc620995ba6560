import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SourceDocument } from '../domain/records.js'
import { parseInput } from '../input/parse-input.js'

const samplesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples', 'articles')

interface Paragraphs {
  readonly lang: string
  readonly paragraphs: readonly string[]
}

/** Paragraphs of the project's own sample articles, per language. */
function loadSamples(): Paragraphs[] {
  const byLang = new Map<string, string[]>()
  for (const name of readdirSync(samplesDir).sort()) {
    for (const item of parseInput(readFileSync(join(samplesDir, name)), { name })) {
      if (!item.ok) continue
      const lang = name.slice(0, 2)
      const list = byLang.get(lang) ?? []
      list.push(...item.record.document.text.split(/\n+/).filter((p) => p.trim().length > 40))
      byLang.set(lang, list)
    }
  }
  return [...byLang].map(([lang, paragraphs]) => ({ lang, paragraphs }))
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): same seed, same sequence. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Swaps that keep sentences grammatical while varying who supplies whom and how much.
const SWAPS: Readonly<Record<string, ReadonlyArray<readonly [RegExp, readonly string[]]>>> = {
  en: [
    [/\bNorth Korea\b/g, ['North Korea', 'Iran', 'Belarus', 'Syria']],
    [/\bIran\b/g, ['Iran', 'North Korea', 'China']],
    [/\bGermany\b/g, ['Germany', 'Poland', 'Sweden', 'the Netherlands', 'Canada']],
    [/\bthe United States\b/g, ['the United States', 'the United Kingdom', 'France', 'Norway']],
    [/\b\d{1,3}(,\d{3})?\b/g, ['12', '40', '250', '3,000', '18', '600']],
  ],
  fr: [
    [/\bl'Iran\b/g, ["l'Iran", "l'Algérie", "l'Égypte"]],
    [/\bla Corée du Nord\b/g, ['la Corée du Nord', 'la Biélorussie', 'la Syrie']],
    [/\bla France\b/g, ['la France', "l'Allemagne", 'la Pologne', 'la Suède', "l'Espagne"]],
    [/\b\d{1,3}( \d{3})?\b/g, ['12', '40', '250', '3 000', '18', '600']],
  ],
}

export interface GenerateOptions {
  /** Articles get more paragraphs until their text is at least this long (default 0: 2–12 paragraphs). */
  readonly minChars?: number
}

/**
 * Generates `count` varied articles from the sample articles: paragraphs of one language
 * shuffled and recombined (2–12 paragraphs, so roughly 1–10 KB, or more to reach
 * `minChars`), with actors and numbers swapped. Same count, seed and options, same articles.
 */
export function generateArticles(count: number, seed = 1, options: GenerateOptions = {}): SourceDocument[] {
  const samples = loadSamples()
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const minChars = options.minChars ?? 0
  const articles: SourceDocument[] = []
  for (let i = 0; i < count; i++) {
    const { lang, paragraphs } = samples[i % samples.length]!
    const size = 2 + Math.floor(next() * 11)
    const body: string[] = []
    let length = 0
    for (let p = 0; p < size || length < minChars; p++) {
      let paragraph = pick(paragraphs)
      for (const [pattern, options] of SWAPS[lang] ?? []) paragraph = paragraph.replace(pattern, () => pick(options))
      body.push(paragraph)
      length += paragraph.length + 2
    }
    const day = String(1 + (i % 28)).padStart(2, '0')
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')
    const year = 2022 + (Math.floor(i / 336) % 4)
    articles.push({
      id: `generated-${seed}-${i}`,
      text: body.join('\n\n'),
      lang,
      title: body[0]!.slice(0, 80),
      url: `https://example.org/generated/${seed}/${i}`,
      outlet: pick(['The Harbour Ledger', 'Capitol Dispatch', 'La Gazette du Dniepr', 'The Continental Wire', "Le Courrier de l'Est européen", "L'Observateur des Balkans"]),
      publishedAt: `${year}-${month}-${day}`,
    })
  }
  return articles
}
