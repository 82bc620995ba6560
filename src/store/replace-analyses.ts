import { sql } from 'kysely'
import type { Analysis } from '../domain/records.js'
import { analysisRows, CLAIM_COLUMNS, STATEMENT_COLUMNS } from './analysis-rows.js'
import { insertRows } from './insert-rows.js'
import type { ClaimCorrection, ClaimRow, NewClaim, NewStatement, QuoteCorrection, ReviewState, StatementRow } from './database.js'
import { ftsConfigFor } from './fts-config-for.js'
import type { Store } from './open-store.js'
import { indexForSearch } from './index-for-search.js'

export interface ReanalysedDocument {
  readonly id: string
  readonly analysis: Analysis
  readonly dataVersion: string
}

export interface ReplaceResult {
  readonly documents: number
  readonly claims: number
  /** Review decisions carried over to a claim or quote the new extraction finds again. */
  readonly reviewsKept: number
  /** Reviewed claims and quotes the new extraction no longer finds: kept as they were (origin `kept`), decision included. */
  readonly reviewsHeld: number
  /** Claims and quotes added by editors: never replaced. */
  readonly added: number
}

type Decision = Pick<ClaimRow, 'review_state' | 'reviewed_by' | 'reviewed_at'> & { readonly corrected: ClaimCorrection | QuoteCorrection | null }

/** Two spans of text share at least one character. */
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end

/**
 * Replaces the quotes and claims of stored documents with a new analysis, in one transaction.
 * Human decisions are never lost: rows added by editors stay as they are (and an extracted claim
 * that repeats one is left out); a reviewed claim passes its decision to the new claim with the
 * same id, else to one with the same extracted supplier, recipient and category whose span
 * overlaps it or lies in the same sentence; a reviewed quote to the new quote over the same
 * words. A reviewed row that nothing matches is kept as it was, with origin `kept`.
 * The document id stays.
 */
export async function replaceAnalyses(store: Store, documents: readonly ReanalysedDocument[]): Promise<ReplaceResult> {
  if (documents.length === 0) return { documents: 0, claims: 0, reviewsKept: 0, reviewsHeld: 0, added: 0 }
  const ids = documents.map((d) => d.id)
  return store.db.transaction().execute(async (trx) => {
    const oldClaims = await trx.selectFrom('claims').selectAll().where('document_id', 'in', ids).where((eb) => eb.or([eb('review_state', '<>', 'pending'), eb('origin', '=', 'added')])).execute()
    const oldQuotes = await trx.selectFrom('statements').selectAll().where('document_id', 'in', ids).where((eb) => eb.or([eb('review_state', '<>', 'pending'), eb('origin', '=', 'added')])).execute()
    await trx.deleteFrom('claims').where('document_id', 'in', ids).where('origin', '<>', 'added').execute()
    await trx.deleteFrom('statements').where('document_id', 'in', ids).where('origin', '<>', 'added').execute()
    const addedClaims = oldClaims.filter((c) => c.origin === 'added')
    const addedQuotes = oldQuotes.filter((q) => q.origin === 'added')
    const reviewedClaims = oldClaims.filter((c) => c.origin !== 'added')
    const reviewedQuotes = oldQuotes.filter((q) => q.origin !== 'added')
    const statements: NewStatement[] = []
    const claims: NewClaim[] = []
    let kept = 0
    const claimTaken = new Set<string>()
    const quoteTaken = new Set<string>()
    const decisionOf = (d: Decision) => ({
      review_state: d.review_state as ReviewState,
      corrected: d.corrected ? JSON.stringify(d.corrected satisfies ClaimCorrection | QuoteCorrection) : null,
      reviewed_by: d.reviewed_by,
      reviewed_at: d.reviewed_at,
    })
    for (const doc of documents) {
      const rows = analysisRows(doc.id, doc.analysis, ftsConfigFor(doc.analysis.lang))
      const newClaims = rows.claims.filter(
        (c) => !addedClaims.some((a) => a.document_id === doc.id && a.supplier === c.supplier && a.recipient === c.recipient && a.category === c.category && overlaps(spanOf(a), spanOf(c))),
      )
      const newQuotes = rows.statements.filter((q) => !addedQuotes.some((a) => a.document_id === doc.id && overlaps(quoteSpanOf(a), quoteSpanOf(q))))
      const claimFor = new Map<string, ClaimRow>()
      for (const old of reviewedClaims.filter((c) => c.document_id === doc.id)) {
        const match =
          newClaims.find((c) => c.id === old.id && !claimFor.has(c.id)) ??
          newClaims.find(
            (c) =>
              !claimFor.has(c.id) &&
              c.supplier === old.supplier &&
              c.recipient === old.recipient &&
              c.category === old.category &&
              (overlaps(spanOf(c), spanOf(old)) || (c.sentence_index === old.sentence_index && old.sentence_index >= 0)),
          )
        if (match) {
          claimFor.set(match.id, old)
          claimTaken.add(old.id)
          kept++
        }
      }
      const quoteFor = new Map<string, StatementRow>()
      for (const old of reviewedQuotes.filter((q) => q.document_id === doc.id)) {
        const match = newQuotes.find((q) => q.id === old.id && !quoteFor.has(q.id)) ?? newQuotes.find((q) => !quoteFor.has(q.id) && overlaps(quoteSpanOf(q), quoteSpanOf(old)))
        if (match) {
          quoteFor.set(match.id, old)
          quoteTaken.add(old.id)
          kept++
        }
      }
      for (const quote of newQuotes) {
        const old = quoteFor.get(quote.id)
        statements.push({ ...quote, origin: 'extracted', review_state: 'pending', corrected: null, reviewed_by: null, reviewed_at: null, ...(old ? decisionOf(old) : {}) })
      }
      for (const claim of newClaims) {
        const old = claimFor.get(claim.id)
        claims.push({ ...claim, origin: 'extracted', review_state: 'pending', corrected: null, reviewed_by: null, reviewed_at: null, ...(old ? decisionOf(old) : {}) })
      }
    }
    // What nothing matched stays, decision and all; its quote link is dropped when that quote is gone.
    const heldQuotes = reviewedQuotes.filter((q) => !quoteTaken.has(q.id))
    const heldClaims = reviewedClaims.filter((c) => !claimTaken.has(c.id))
    const quoteIds = new Set([...statements.map((q) => q.id), ...heldQuotes.map((q) => q.id), ...addedQuotes.map((q) => q.id)])
    for (const q of heldQuotes) statements.push({ ...rowOf(q), cues: JSON.stringify(q.cues), corrected: q.corrected ? JSON.stringify(q.corrected) : null, origin: 'kept' })
    for (const c of heldClaims)
      claims.push({
        ...rowOf(c),
        materiel: JSON.stringify(c.materiel),
        entries: JSON.stringify(c.entries),
        cues: JSON.stringify(c.cues),
        context: JSON.stringify(c.context),
        corrected: c.corrected ? JSON.stringify(c.corrected) : null,
        statement_id: c.statement_id && quoteIds.has(c.statement_id) ? c.statement_id : null,
        origin: 'kept',
      })
    // Offsets refer to the analysed text: a changed normaliser must not leave them dangling.
    const column = <T>(pick: (doc: ReanalysedDocument) => T) => sql.val(documents.map(pick))
    await sql`
      update documents d set extractor = n.extractor, data_version = n.data_version, lang = n.lang, lang_source = n.lang_source,
        supported = n.supported, fts_config = n.fts_config::regconfig, text = n.text
      from unnest(${column((d) => d.id)}::text[], ${column((d) => d.analysis.extractor)}::text[], ${column((d) => d.dataVersion)}::text[],
        ${column((d) => d.analysis.lang)}::text[], ${column((d) => d.analysis.langSource)}::text[], ${column((d) => d.analysis.supported)}::boolean[],
        ${column((d) => ftsConfigFor(d.analysis.lang))}::text[], ${column((d) => d.analysis.text)}::text[])
        as n(id, extractor, data_version, lang, lang_source, supported, fts_config, text)
      where d.id = n.id`.execute(trx)
    const REVIEW_COLUMNS = { origin: 'text', review_state: 'text', corrected: 'jsonb', reviewed_by: 'text', reviewed_at: 'timestamptz' } as const
    await insertRows(trx, 'statements', statements, { ...STATEMENT_COLUMNS, ...REVIEW_COLUMNS })
    await insertRows(trx, 'claims', claims, { ...CLAIM_COLUMNS, ...REVIEW_COLUMNS })
    const configs = [...new Set(documents.map((d) => ftsConfigFor(d.analysis.lang)))]
    await trx.insertInto('fts_configs').values(configs.map((name) => ({ name }))).onConflict((oc) => oc.doNothing()).execute()
    // Search rows are rebuilt from the live claims: kept decisions may have rejected or corrected some.
    await indexForSearch(trx, ids)
    return {
      documents: documents.length,
      claims: claims.length + addedClaims.length,
      reviewsKept: kept,
      reviewsHeld: heldClaims.length + heldQuotes.length,
      added: addedClaims.length + addedQuotes.length,
    }
  })
}

const spanOf = (c: { evidence_start: number; evidence_end: number }) => ({ start: c.evidence_start, end: c.evidence_end })
const quoteSpanOf = (q: { span_start: number; span_end: number }) => ({ start: q.span_start, end: q.span_end })

/** A stored row as an insertable one: without the column the database fills itself. */
function rowOf<T extends object>(row: T): Omit<T, 'created_at'> {
  const { created_at: _created, ...rest } = row as T & { created_at?: unknown }
  return rest
}
