import type { Analysis } from '../domain/records.js'

/** One support claim in the annotation format (DESIGN.md), with evidence offsets and provenance. */
export interface AnnotationClaim {
  supplier: string
  recipient: string
  category: string
  evidence: string
  status: string
  attributed_to: string | null
  evidence_start: number
  evidence_end: number
  materiel: string[]
  via: string | null
  inferred: string[]
  rule: string
  status_rule: string
  entries: string[]
  cues: string[]
  context: Record<string, unknown>
}

export interface AnnotationQuote {
  speaker: string | null
  role: string | null
  org: string | null
  outlet: string | null
  /** First 60 characters of the quoted words, stopping at the first closing mark. */
  quote: string
  quote_start: number
  quote_end: number
  text: string
  kind: string
  speaker_actor: string | null
  rule: string
  cues: string[]
}

/** The annotation-format record of a document (one JSON line of `--format jsonl`). */
export interface AnnotationRecord {
  id: string
  url: string | null
  lang: string
  title: string | null
  published_at: string | null
  outlet: string | null
  text: string
  support: AnnotationClaim[]
  quotes: AnnotationQuote[]
  supported: boolean
  warnings: string[]
  extractor: string
}

/** Turns an analysis into the shared annotation format; extra fields carry offsets and rule ids. */
export function toAnnotation(analysis: Analysis): AnnotationRecord {
  return {
    id: analysis.id,
    url: analysis.url,
    lang: analysis.lang,
    title: analysis.title,
    published_at: analysis.publishedAt,
    outlet: analysis.outlet,
    text: analysis.text,
    support: analysis.support.map((c) => ({
      supplier: c.supplier,
      recipient: c.recipient,
      category: c.category,
      evidence: c.evidence.text,
      status: c.status,
      attributed_to: c.attributedTo,
      evidence_start: c.evidence.start,
      evidence_end: c.evidence.end,
      materiel: [...c.materiel],
      via: c.via,
      inferred: [...c.inferred],
      rule: c.rule,
      status_rule: c.statusRule,
      entries: [...c.entries],
      cues: [...c.cues],
      context: { ...c.context },
    })),
    quotes: analysis.quotes.map((q) => ({
      speaker: q.speaker,
      role: q.role,
      org: q.org,
      outlet: q.outlet,
      quote: quotePrefix(q.text),
      quote_start: q.start,
      quote_end: q.end,
      text: q.text,
      kind: q.kind,
      speaker_actor: q.speakerActor,
      rule: q.rule,
      cues: [...q.cues],
    })),
    supported: analysis.supported,
    warnings: [...analysis.warnings],
    extractor: analysis.extractor,
  }
}

/** The annotation format's `quote`: 60 characters, cut at the first closing mark, trimmed. */
export function quotePrefix(text: string): string {
  const cut = text.slice(0, 60)
  const close = cut.search(/["”“»«]/)
  return (close === -1 ? cut : cut.slice(0, close)).trimEnd()
}
