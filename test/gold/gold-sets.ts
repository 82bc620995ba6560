import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateGold, type GoldRecord, type Scores } from '../../src/eval/evaluate-gold.js'
import { analyzeDocument } from '../../src/pipeline/analyze-document.js'
import { knowledge } from '../knowledge.js'

/** The shared gold corpus beside the checkout, read in place and never copied. */
export const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
export const floorsFile = join(import.meta.dirname, 'gold-floors.json')

export type Metric = 'support_f1' | 'status_accuracy' | 'speaker_accuracy' | 'quote_speaker_f1'
export type Floors = Record<string, Record<string, Partial<Record<Metric, number>>>>

const laterExcerpt = (id: string): boolean => /^dev-b[34]-/.test(id)

/** Which records each set of floors measures. */
const members: Record<string, (r: GoldRecord, file: string) => boolean> = {
  seed: (_r, file) => file.startsWith('seed-article'),
  earlier: (r) => !laterExcerpt(r.id),
  'dev-b3-b4': (r) => laterExcerpt(r.id),
  all: () => true,
}

export const metricOf = (s: Scores, metric: Metric): number =>
  ({
    support_f1: s.support.f1,
    status_accuracy: s.status.accuracy,
    speaker_accuracy: s.speaker.accuracy,
    quote_speaker_f1: s.quotesEndToEnd.f1,
  })[metric]

export const readFloors = (): Floors => (JSON.parse(readFileSync(floorsFile, 'utf8')) as { sets: Floors }).sets

/** Analyses every gold record once and scores each named set, overall and per language. */
export function measureSets(sets: readonly string[]): Record<string, { overall: Scores; byLang: Readonly<Record<string, Scores>> }> {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.gold.jsonl')).sort()
  const pairs = files.flatMap((file) =>
    readFileSync(join(corpus, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const gold = JSON.parse(line) as GoldRecord
        return { file, gold, analysis: analyzeDocument({ id: gold.id, text: gold.text, lang: gold.lang }, knowledge) }
      }),
  )
  const out: Record<string, { overall: Scores; byLang: Readonly<Record<string, Scores>> }> = {}
  for (const set of sets) {
    const member = members[set]
    if (!member) throw new Error(`unknown gold set ${set}; known: ${Object.keys(members).join(', ')}`)
    out[set] = evaluateGold(pairs.filter((p) => member(p.gold, p.file)))
  }
  return out
}

/** The figure a floor is checked against: a set's overall scores ('all') or one language's. */
export const scoresFor = (measured: ReturnType<typeof measureSets>, set: string, lang: string): Scores | undefined =>
  lang === 'all' ? measured[set]?.overall : measured[set]?.byLang[lang]
