import type { ClaimContext } from '../domain/evidence.js'
import type { Analysis, SupportClaim } from '../domain/records.js'
import type { NewClaim, NewStatement } from './database.js'
import { sha256Hex } from './document-id.js'
import { claimSourceOf } from './claim-source-of.js'
import type { ColumnTypes } from './insert-rows.js'

/** Claim id: stable across re-extraction as long as supplier, recipient, category and span stay. */
export const claimIdOf = (documentId: string, claim: Pick<SupportClaim, 'supplier' | 'recipient' | 'category' | 'evidence'>): string =>
  sha256Hex([documentId, claim.supplier, claim.recipient, claim.category, claim.evidence.start, claim.evidence.end].join('\u0000')).slice(0, 32)

const statementIdOf = (documentId: string, start: number, end: number): string =>
  sha256Hex([documentId, 'quote', start, end].join('\u0000')).slice(0, 32)

/** Column types for insertRows: every column analysisRows fills. */
export const STATEMENT_COLUMNS: ColumnTypes<NewStatement> = {
  id: 'text',
  document_id: 'text',
  idx: 'integer',
  span_start: 'integer',
  span_end: 'integer',
  text: 'text',
  kind: 'text',
  speaker: 'text',
  role: 'text',
  org: 'text',
  outlet: 'text',
  speaker_type: 'text',
  speaker_actor: 'text',
  standing: 'text',
  verb: 'text',
  cues: 'jsonb',
  rule: 'text',
  paragraph: 'integer',
  fts_config: 'regconfig',
}

export const CLAIM_COLUMNS: ColumnTypes<NewClaim> = {
  id: 'text',
  document_id: 'text',
  idx: 'integer',
  supplier: 'text',
  recipient: 'text',
  category: 'text',
  status: 'text',
  attributed_to: 'text',
  evidence_start: 'integer',
  evidence_end: 'integer',
  evidence_text: 'text',
  sentence_index: 'integer',
  sentence_text: 'text',
  statement_id: 'text',
  materiel: 'jsonb',
  via: 'text',
  rule: 'text',
  status_rule: 'text',
  entries: 'jsonb',
  cues: 'jsonb',
  extractor: 'text',
  context: 'jsonb',
  source_actor: 'text',
  source_class: 'text',
}

/** Rows for the quotes and claims of one analysed document. */
export function analysisRows(
  documentId: string,
  analysis: Analysis,
  ftsConfig: string,
): { statements: NewStatement[]; claims: NewClaim[] } {
  const statementIds = uniqueIds(analysis.quotes.map((quote) => statementIdOf(documentId, quote.start, quote.end)))
  const statements: NewStatement[] = analysis.quotes.map((quote, idx) => ({
    id: statementIds[idx]!,
    document_id: documentId,
    idx,
    span_start: quote.start,
    span_end: quote.end,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    role: quote.role,
    org: quote.org,
    outlet: quote.outlet,
    speaker_type: quote.speakerType,
    speaker_actor: quote.speakerActor,
    standing: quote.standing ?? null,
    verb: quote.verb,
    cues: JSON.stringify(quote.cues ?? []),
    rule: quote.rule,
    paragraph: quote.paragraph,
    fts_config: ftsConfig,
  }))
  const sentenceText = (index: number): string | null => {
    const sentence = analysis.sentences[index]?.index === index ? analysis.sentences[index] : analysis.sentences.find((s) => s.index === index)
    return sentence ? analysis.text.slice(sentence.start, sentence.end) : null
  }
  const claimIds = uniqueIds(analysis.support.map((claim) => claimIdOf(documentId, claim)))
  const claims: NewClaim[] = analysis.support.map((claim, idx) => {
    const source = claimSourceOf(claim, analysis.quotes)
    return {
      id: claimIds[idx]!,
      document_id: documentId,
      idx,
      supplier: claim.supplier,
      recipient: claim.recipient,
      category: claim.category,
      status: claim.status,
      attributed_to: claim.attributedTo,
      evidence_start: claim.evidence.start,
      evidence_end: claim.evidence.end,
      evidence_text: claim.evidence.text,
      sentence_index: claim.sentence,
      sentence_text: sentenceText(claim.sentence),
      statement_id: claim.quote === null || claim.quote === undefined ? null : (statementIds[claim.quote] ?? null),
      materiel: JSON.stringify(claim.materiel ?? []),
      via: claim.via,
      rule: claim.rule,
      status_rule: claim.statusRule,
      entries: JSON.stringify(claim.entries ?? []),
      cues: JSON.stringify(claim.cues ?? []),
      extractor: analysis.extractor,
      // The analyzer may add a context to its claims; older analyses have none.
      context: JSON.stringify((claim as SupportClaim & { context?: ClaimContext }).context ?? {}),
      source_actor: source.actor,
      source_class: source.class,
    }
  })
  return { statements, claims }
}

/** The same finding twice in one document keeps both rows, the second with a suffix. */
function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>()
  return ids.map((id) => {
    const n = seen.get(id) ?? 0
    seen.set(id, n + 1)
    return n === 0 ? id : `${id}-${n + 1}`
  })
}
