/**
 * Extraction throughput on one core. The headline is the real text of the shared gold corpus
 * in the languages cobel analyses, read as `cobel analyze` reads it: the language is not
 * given, so detection is part of the figure. Beside it: the same text with its language given,
 * its French and English articles alone, detection alone, the other corpus languages (detected
 * and labelled, not analysed),
 * compromise tagging the same English text in the same process, and ≥ 5,000 articles generated
 * from the project's samples. Prints MB/s, articles/s and peak RSS. Run with `npm run bench`
 * (`--json` for one JSON object, BENCH_ARTICLES=N for the size of the generated corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { SourceDocument } from '../domain/records.js'
import { loadKnowledge } from '../load/load-knowledge.js'
import { analyzeDocument } from '../pipeline/analyze-document.js'
import { detectLanguage } from '../pipeline/detect-language.js'
import { generateArticles } from './generate-articles.js'

const knowledge = loadKnowledge()
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')
const gold: (SourceDocument & { lang: string })[] = []
if (existsSync(corpus))
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.gold.jsonl')).sort())
    for (const line of readFileSync(join(corpus, file), 'utf8').split('\n').filter(Boolean)) {
      const record = JSON.parse(line) as { id: string; text: string; lang: string }
      gold.push({ id: record.id, text: record.text, lang: record.lang })
    }

const bytesOf = (docs: readonly { text: string }[]): number => docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0)
const withoutLang = (docs: readonly SourceDocument[]): SourceDocument[] => docs.map(({ lang: _lang, ...rest }) => rest)

interface Figure {
  readonly articles: number
  readonly megabytes: number
  /** Best pass. */
  readonly mbPerSecond: number
  readonly medianMbPerSecond: number
  readonly articlesPerSecond: number
  readonly cpuSecondsPerPass: number
}

/**
 * CPU time of this thread over `passes` passes after one warm-up pass (compiling the hot paths,
 * filling caches): what one core delivers. A small set is read `repeat` times per pass so that
 * a pass lasts long enough to time.
 */
function measure(docs: readonly SourceDocument[], run: (doc: SourceDocument) => void, passes = 5, repeat = 1): Figure {
  for (const d of docs) run(d)
  const times: number[] = []
  for (let pass = 0; pass < passes; pass++) {
    const cpu = process.cpuUsage()
    for (let r = 0; r < repeat; r++) for (const d of docs) run(d)
    const used = process.cpuUsage(cpu)
    times.push((used.user + used.system) / 1e6)
  }
  times.sort((a, b) => a - b)
  const megabytes = (bytesOf(docs) * repeat) / 1e6
  const best = times[0]!
  const median = times[Math.floor(times.length / 2)]!
  return {
    articles: docs.length,
    megabytes: +(bytesOf(docs) / 1e6).toFixed(3),
    mbPerSecond: +(megabytes / best).toFixed(2),
    medianMbPerSecond: +(megabytes / median).toFixed(2),
    articlesPerSecond: Math.round((docs.length * repeat) / best),
    cpuSecondsPerPass: +median.toFixed(3),
  }
}

// Enough repetitions of a small set for a pass of about a megabyte.
const repeatFor = (docs: readonly { text: string }[]): number => Math.max(1, Math.round(1e6 / Math.max(1, bytesOf(docs))))

let claims = 0
let quotes = 0
const analyze = (doc: SourceDocument): void => {
  const a = analyzeDocument(doc, knowledge)
  claims += a.support.length
  quotes += a.quotes.length
}

const supported = gold.filter((d) => knowledge.languages.has(d.lang))
const others = gold.filter((d) => !knowledge.languages.has(d.lang))
const english = supported.filter((d) => d.lang === 'en')
const figures: Record<string, unknown> = {}

if (supported.length) {
  const real = withoutLang(supported)
  const wrong = real.filter((d, i) => analyzeDocument(d, knowledge).lang !== supported[i]!.lang).length
  figures.real = { ...measure(real, analyze, 7, repeatFor(real)), languages: [...new Set(supported.map((d) => d.lang))].sort(), detectedWrong: wrong }
  figures.realLangGiven = measure(supported, analyze, 7, repeatFor(supported))
  // French and English, the languages of most of the corpus, alone.
  const frEn = real.filter((_, i) => supported[i]!.lang === 'fr' || supported[i]!.lang === 'en')
  if (frEn.length) figures.realFrEn = measure(frEn, analyze, 7, repeatFor(frEn))
  figures.detectionOnly = measure(real, (d) => void detectLanguage(d.text, knowledge), 7, repeatFor(real))
  if (others.length) {
    const rest = withoutLang(others)
    figures.otherLanguages = {
      ...measure(rest, analyze, 5, repeatFor(rest)),
      languages: [...new Set(others.map((d) => d.lang))].sort(),
      detectedWrong: rest.filter((d, i) => analyzeDocument(d, knowledge).lang !== others[i]!.lang).length,
    }
  }
  if (english.length) {
    const nlp = compromise()
    // Alternating runs in the same process, so that both see the same machine.
    const en = withoutLang(english)
    const cobel = measure(en, analyze, 5, repeatFor(en))
    const tagger = nlp ? measure(en, (d) => void nlp(d.text).json(), 5, Math.max(1, Math.round(repeatFor(en) / 10))) : null
    figures.english = {
      cobel,
      compromise: tagger,
      ratio: tagger ? +(cobel.medianMbPerSecond / tagger.medianMbPerSecond).toFixed(1) : null,
    }
  }
}

const count = Number(process.env.BENCH_ARTICLES ?? 5000)
const generated = generateArticles(count, 7)
claims = 0
quotes = 0
figures.generated = { ...measure(generated, analyze, 3), claimsPerPass: 0 }
;(figures.generated as { claimsPerPass: number }).claimsPerPass = Math.round(claims / 4)
figures.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)

/** compromise (devDependency): the usual Node NLP library, as a yardstick; null when not installed. */
function compromise(): ((text: string) => { json(): unknown }) | null {
  try {
    return createRequire(import.meta.url)('compromise') as (text: string) => { json(): unknown }
  } catch {
    return null
  }
}

if (process.argv.includes('--json')) console.log(JSON.stringify(figures))
else print()

function print(): void {
  const f = figures as {
    real?: Figure & { languages: string[]; detectedWrong: number }
    realLangGiven?: Figure
    realFrEn?: Figure
    detectionOnly?: Figure
    otherLanguages?: Figure & { languages: string[]; detectedWrong: number }
    english?: { cobel: Figure; compromise: Figure | null; ratio: number | null }
    generated: Figure & { claimsPerPass: number }
    peakRssMb: number
  }
  const line = (label: string, x: Figure, note = ''): string =>
    `  ${label.padEnd(34)} ${String(x.medianMbPerSecond).padStart(6)} MB/s median, ${String(x.mbPerSecond).padStart(6)} best; ${x.articlesPerSecond} articles/s${note}`
  console.log('extraction, one core (CPU time of one thread; median and best of the timed passes)')
  if (f.real) {
    console.log(`real text: shared gold corpus, ${f.real.languages.join(' + ')}, ${f.real.articles} articles, ${f.real.megabytes} MB`)
    console.log(line('language detected (as cobel analyze)', f.real, `; ${f.real.detectedWrong} detected wrong`))
    if (f.realLangGiven) console.log(line('language given', f.realLangGiven))
    if (f.realFrEn) console.log(line(`fr + en alone (${f.realFrEn.articles}), detected`, f.realFrEn))
    if (f.detectionOnly) console.log(line('detection alone', f.detectionOnly))
    if (f.otherLanguages)
      console.log(line(`other languages (${f.otherLanguages.languages.join(' ')}), labelled`, f.otherLanguages, `; ${f.otherLanguages.detectedWrong} of ${f.otherLanguages.articles} detected wrong`))
    if (f.english) {
      console.log(`English gold text, ${f.english.cobel.articles} articles, same process:`)
      console.log(line('cobel (language detected)', f.english.cobel))
      if (f.english.compromise) console.log(line('compromise nlp(text).json()', f.english.compromise))
      if (f.english.ratio) console.log(`  cobel / compromise                 ${f.english.ratio}× (medians)`)
    }
  } else console.log('real text: ../shared/corpus not found, skipped')
  console.log(`generated from the samples: ${f.generated.articles} articles, ${f.generated.megabytes} MB, language given`)
  console.log(line('whole pipeline', f.generated, `; ${f.generated.claimsPerPass} claims per pass`))
  console.log(`peak RSS ${f.peakRssMb} MB`)
}
