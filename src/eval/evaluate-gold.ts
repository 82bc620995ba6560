import type { Analysis } from '../domain/records.js'
import { foldKey } from '../pipeline/normalize-text.js'

/** A gold record in the annotation format (extra fields ignored). */
export interface GoldRecord {
  readonly id: string
  readonly lang: string
  readonly text: string
  readonly support: ReadonlyArray<{ supplier: string; recipient: string; category: string; status: string; evidence: string; attributed_to: string | null }>
  readonly quotes: ReadonlyArray<{ speaker: string | null; role: string | null; org: string | null; quote: string }>
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Scores {
  readonly documents: number
  /** Support claims matched on (supplier, recipient, category) per document, duplicates collapsed. */
  readonly support: Counts & Prf
  /** The same with status in the key: (supplier, recipient, category, status). */
  readonly supportTyped: Counts & Prf
  /** Gold claims whose triple was found and whose status one of the found claims shares. */
  readonly status: { correct: number; total: number; accuracy: number }
  /** Quotation found at the gold position, whoever the speaker. */
  readonly quotes: Counts & Prf
  /** Among found quotations, the speaker is right. */
  readonly speaker: { correct: number; total: number; accuracy: number }
  /** Quotation found and its speaker right. */
  readonly quotesEndToEnd: Counts & Prf
}

export interface Prf {
  precision: number
  recall: number
  f1: number
}

export interface DocumentErrors {
  readonly id: string
  readonly lang: string
  readonly missedClaims: string[]
  readonly falseClaims: string[]
  readonly statusErrors: string[]
  readonly missedQuotes: string[]
  readonly falseQuotes: string[]
  readonly speakerErrors: string[]
}

export interface EvaluationReport {
  readonly overall: Scores
  readonly byLang: Readonly<Record<string, Scores>>
  readonly errors: readonly DocumentErrors[]
}

interface Tally {
  documents: number
  support: Counts
  supportTyped: Counts
  status: { correct: number; total: number }
  quotes: Counts
  speaker: { correct: number; total: number }
  e2e: Counts
}

const emptyTally = (): Tally => ({
  documents: 0,
  support: { tp: 0, fp: 0, fn: 0 },
  supportTyped: { tp: 0, fp: 0, fn: 0 },
  status: { correct: 0, total: 0 },
  quotes: { tp: 0, fp: 0, fn: 0 },
  speaker: { correct: 0, total: 0 },
  e2e: { tp: 0, fp: 0, fn: 0 },
})

/**
 * Scores analyses against gold records (see README, "Evaluation"). Support claims match on
 * supplier + recipient + category within a document, duplicates collapsed; quotations match
 * when the found quotation starts where the gold one does (±3 characters) and speakers match
 * after normalisation (case, accents, punctuation, articles; a surname or a transliteration
 * within two edits counts).
 */
export function evaluateGold(pairs: ReadonlyArray<{ gold: GoldRecord; analysis: Analysis }>): EvaluationReport {
  const overall = emptyTally()
  const byLang = new Map<string, Tally>()
  const errors: DocumentErrors[] = []
  for (const { gold, analysis } of pairs) {
    const lang = gold.lang ?? analysis.lang
    const tallies = [overall, byLang.get(lang) ?? byLang.set(lang, emptyTally()).get(lang)!]
    const docErrors = scoreDocument(gold, analysis)
    for (const tally of tallies) add(tally, docErrors.counts)
    errors.push(docErrors.errors)
  }
  return {
    overall: finish(overall),
    byLang: Object.fromEntries([...byLang].sort(([a], [b]) => a.localeCompare(b)).map(([lang, tally]) => [lang, finish(tally)])),
    errors,
  }
}

type FoundClaim = Analysis['support'][number]

const triple = (c: { supplier: string; recipient: string; category: string }): string => `${c.supplier}>${c.recipient}:${c.category}`
const typed = (c: { supplier: string; recipient: string; category: string; status: string }): string => `${triple(c)}:${c.status}`
/**
 * The annotation format codes an organ or group by itself (IRGC, WAGNER) where the engine rolls it
 * up to its state and keeps it as `via`: a found claim answers to either code.
 */
const tripleKeys = (c: FoundClaim): string[] => (c.via ? [triple(c), triple({ ...c, supplier: c.via })] : [triple(c)])
const typedKeys = (c: FoundClaim): string[] => tripleKeys(c).map((k) => `${k}:${c.status}`)

/** Support claims matched on (supplier, recipient, category), then with status, then status per found gold claim. */
function scoreClaims(gold: GoldRecord, analysis: Analysis, counts: Tally): Pick<DocumentErrors, 'missedClaims' | 'falseClaims' | 'statusErrors'> {
  const goldTriples = new Set(gold.support.map(triple))
  const predKeys = new Set(analysis.support.flatMap(tripleKeys))
  const missedClaims: string[] = []
  const falseClaims: string[] = []
  for (const t of goldTriples) {
    if (predKeys.has(t)) counts.support.tp++
    else {
      counts.support.fn++
      const g = gold.support.find((c) => triple(c) === t)!
      missedClaims.push(`${t} [${g.status}] “${g.evidence}”`)
    }
  }
  for (const t of new Set(analysis.support.map(triple))) {
    const found = analysis.support.filter((c) => triple(c) === t)
    if (found.some((c) => tripleKeys(c).some((k) => goldTriples.has(k)))) continue
    counts.support.fp++
    const p = found[0]!
    falseClaims.push(`${t}${p.via ? ` (${p.via})` : ''} [${p.status}] “${p.evidence.text}” (${p.rule})`)
  }
  const goldTyped = new Set(gold.support.map(typed))
  const predTypedKeys = new Set(analysis.support.flatMap(typedKeys))
  for (const t of goldTyped) predTypedKeys.has(t) ? counts.supportTyped.tp++ : counts.supportTyped.fn++
  for (const t of new Set(analysis.support.map(typed))) {
    const found = analysis.support.filter((c) => typed(c) === t)
    if (!found.some((c) => typedKeys(c).some((k) => goldTyped.has(k)))) counts.supportTyped.fp++
  }
  const statusErrors: string[] = []
  for (const g of gold.support) {
    const found = analysis.support.filter((p) => tripleKeys(p).includes(triple(g)))
    if (!found.length) continue
    counts.status.total++
    if (found.some((p) => p.status === g.status)) counts.status.correct++
    else statusErrors.push(`${triple(g)} gold ${g.status}, found ${[...new Set(found.map((p) => `${p.status} (${p.statusRule})`))].join(', ')} “${g.evidence}”`)
  }
  return { missedClaims, falseClaims, statusErrors }
}

function scoreDocument(gold: GoldRecord, analysis: Analysis): { counts: Tally; errors: DocumentErrors } {
  const counts = emptyTally()
  counts.documents = 1
  const { missedClaims, falseClaims, statusErrors } = scoreClaims(gold, analysis, counts)

  // Quotations: one-to-one, by position.
  const missedQuotes: string[] = []
  const falseQuotes: string[] = []
  const speakerErrors: string[] = []
  const used = new Set<number>()
  for (const g of gold.quotes) {
    const positions = occurrences(gold.text, g.quote)
    const k = analysis.quotes.findIndex((q, i) => !used.has(i) && (positions.some((p) => Math.abs(q.start - p) <= 3) || (positions.length === 0 && foldKey(q.text).startsWith(foldKey(g.quote)))))
    if (k === -1) {
      counts.quotes.fn++
      counts.e2e.fn++
      missedQuotes.push(`${g.speaker ?? `(${g.role})`}: “${g.quote}”`)
      continue
    }
    used.add(k)
    counts.quotes.tp++
    counts.speaker.total++
    const q = analysis.quotes[k]!
    if (sameSpeaker(g.speaker, q.speaker)) {
      counts.speaker.correct++
      counts.e2e.tp++
    } else {
      counts.e2e.fn++
      counts.e2e.fp++
      speakerErrors.push(`gold ${g.speaker ?? `(${g.role})`}, found ${q.speaker ?? `(${q.role})`} [${q.rule}]: “${g.quote}”`)
    }
  }
  analysis.quotes.forEach((q, i) => {
    if (used.has(i)) return
    counts.quotes.fp++
    counts.e2e.fp++
    falseQuotes.push(`${q.speaker ?? `(${q.role})`} [${q.rule}]: “${q.text.slice(0, 60)}”`)
  })
  return { counts, errors: { id: gold.id, lang: gold.lang, missedClaims, falseClaims, statusErrors, missedQuotes, falseQuotes, speakerErrors } }
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = []
  if (!needle) return out
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i)
  return out
}

const ARTICLE = /^(the|le|la|les|l|un|une|a|an)$/

function speakerTokens(name: string): string[] {
  return foldKey(name)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ARTICLE.test(w))
}

/** Speakers match when both are unnamed, or their names agree up to transliteration. */
export function sameSpeaker(gold: string | null, found: string | null): boolean {
  if (!gold || !found) return !gold && !found
  const a = speakerTokens(gold)
  const b = speakerTokens(found)
  if (a.length === 0 || b.length === 0) return false
  const near = (x: string, y: string): boolean => x === y || (x.length >= 5 && y.length >= 5 && editDistance(x, y) <= 2)
  if (near(a[a.length - 1]!, b[b.length - 1]!)) return true
  const contains = (big: string[], small: string[]): boolean => small.every((w) => big.some((v) => near(v, w)))
  return contains(a, b) || contains(b, a)
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

function add(into: Tally, from: Tally): void {
  into.documents += from.documents
  for (const key of ['support', 'supportTyped', 'quotes', 'e2e'] as const) {
    into[key].tp += from[key].tp
    into[key].fp += from[key].fp
    into[key].fn += from[key].fn
  }
  into.status.correct += from.status.correct
  into.status.total += from.status.total
  into.speaker.correct += from.speaker.correct
  into.speaker.total += from.speaker.total
}

const prf = (c: Counts): Counts & Prf => {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

function finish(t: Tally): Scores {
  return {
    documents: t.documents,
    support: prf(t.support),
    supportTyped: prf(t.supportTyped),
    status: { ...t.status, accuracy: t.status.total ? t.status.correct / t.status.total : 0 },
    quotes: prf(t.quotes),
    speaker: { ...t.speaker, accuracy: t.speaker.total ? t.speaker.correct / t.speaker.total : 0 },
    quotesEndToEnd: prf(t.e2e),
  }
}
