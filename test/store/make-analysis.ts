import type { ClaimContext } from '../../src/domain/evidence.js'
import type { Analysis, Quote, Sentence, SupportClaim } from '../../src/domain/records.js'
import type { Category, Status } from '../../src/domain/vocabulary.js'

export interface ClaimSpec {
  supplier: string
  recipient: string
  category: Category
  status: Status
  /** Exact substring of the text. */
  evidence: string
  attributedTo?: string | null
  via?: string | null
  materiel?: string[]
  context?: ClaimContext
}

export interface QuoteSpec {
  /** Exact substring of the text: the quoted words. */
  quote: string
  speaker: string | null
  role?: string | null
  org?: string | null
}

export interface AnalysisSpec {
  id?: string
  text: string
  lang?: string
  title?: string | null
  url?: string | null
  outlet?: string | null
  publishedAt?: string | null
  claims?: ClaimSpec[]
  quotes?: QuoteSpec[]
  extractor?: string
}

export const TEST_EXTRACTOR = 'test-extractor@1'

/** Builds the analyzer's output by hand, with offsets computed from the exact substrings. */
export function makeAnalysis(spec: AnalysisSpec): Analysis {
  const text = spec.text
  const sentences: Sentence[] = []
  const re = /[^.!?]+[.!?]*\s*/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    if (!m[0].trim()) continue
    const start = m.index + (m[0].length - m[0].trimStart().length)
    sentences.push({ index: sentences.length, paragraph: 0, start, end: m.index + m[0].trimEnd().length })
  }
  const spanOf = (sub: string) => {
    const start = text.indexOf(sub)
    if (start < 0) throw new Error(`fixture: "${sub}" is not in the text`)
    return { start, end: start + sub.length, text: sub }
  }
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? 0
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = spanOf(q.quote)
    return {
      ...span,
      kind: 'direct',
      speaker: q.speaker,
      role: q.role ?? null,
      org: q.org ?? null,
      outlet: null,
      speakerType: q.speaker ? 'person' : 'unknown',
      speakerActor: null,
      standing: null,
      verb: 'said',
      cues: ['test.reporting'],
      rule: 'test.quote',
      paragraph: 0,
    }
  })
  const support: SupportClaim[] = (spec.claims ?? []).map((c) => {
    const evidence = spanOf(c.evidence)
    const quote = quotes.findIndex((q) => q.start <= evidence.start && evidence.end <= q.end)
    const claim: SupportClaim = {
      supplier: c.supplier,
      recipient: c.recipient,
      category: c.category,
      materiel: c.materiel ?? [],
      status: c.status,
      attributedTo: c.attributedTo ?? null,
      evidence,
      sentence: sentenceOf(evidence.start),
      quote: quote >= 0 ? quote : null,
      via: c.via ?? null,
      rule: 'test.supply',
      statusRule: `test.status.${c.status}`,
      entries: ['test.entry'],
      cues: ['test.cue'],
      inferred: [],
      context: c.context ?? {},
    }
    return claim
  })
  return {
    id: spec.id ?? 'fixture',
    lang: spec.lang ?? 'en',
    langSource: spec.lang ? 'given' : 'default',
    supported: true,
    text,
    title: spec.title ?? null,
    url: spec.url ?? null,
    outlet: spec.outlet ?? null,
    publishedAt: spec.publishedAt ?? null,
    sentences,
    quotes,
    support,
    warnings: [],
    extractor: spec.extractor ?? TEST_EXTRACTOR,
  }
}
