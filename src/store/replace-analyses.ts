import { sql, type Transaction } from 'kysely'
import type { Analysis } from '../domain/records.js'
import { analysisRows, CLAIM_COLUMNS, STATEMENT_COLUMNS } from './analysis-rows.js'
import { insertRows } from './insert-rows.js'
import type { ClaimCorrection, ClaimRow, Database, NewClaim, NewStatement, QuoteCorrection, ReviewState, StatementRow } from './database.js'
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
    const old = await removeExtractedRows(trx, ids)
    const rows = newRowsWithDecisions(documents, old)
    const held = holdUnmatched(old, rows)
    await updateDocuments(trx, documents)
    const REVIEW_COLUMNS = { origin: 'text', review_state: 'text', corrected: 'jsonb', reviewed_by: 'text', reviewed_at: 'timestamptz' } as const
    await insertRows(trx, 'statements', rows.statements, { ...STATEMENT_COLUMNS, ...REVIEW_COLUMNS })
    await insertRows(trx, 'claims', rows.claims, { ...CLAIM_COLUMNS, ...REVIEW_COLUMNS })
    const configs = [...new Set(documents.map((d) => ftsConfigFor(d.analysis.lang)))]
    await trx.insertInto('fts_configs').values(configs.map((name) => ({ name }))).onConflict((oc) => oc.doNothing()).execute()
    // Search rows are rebuilt from the live claims: kept decisions may have rejected or corrected some.
    await indexForSearch(trx, ids)
    return {
      documents: documents.length,
      claims: rows.claims.length + old.addedClaims.length,
      reviewsKept: rows.kept,
      reviewsHeld: held,
      added: old.addedClaims.length + old.addedQuotes.length,
    }
  })
}

/** The rows of the documents that carry a human decision: added by an editor, or reviewed. */
interface DecidedRows {
  readonly addedClaims: readonly ClaimRow[]
  readonly addedQuotes: readonly StatementRow[]
  readonly reviewedClaims: readonly ClaimRow[]
  readonly reviewedQuotes: readonly StatementRow[]
}

/** The new rows to insert, with how many review decisions passed to them and which old rows gave theirs. */
interface NewRows {
  readonly statements: NewStatement[]
  readonly claims: NewClaim[]
  kept: number
  readonly claimTaken: Set<string>
  readonly quoteTaken: Set<string>
}

/** Deletes the extracted claims and quotes of the documents; returns the rows with a human decision, read before. */
async function removeExtractedRows(trx: Transaction<Database>, ids: readonly string[]): Promise<DecidedRows> {
  const oldClaims = await trx.selectFrom('claims').selectAll().where('document_id', 'in', ids).where((eb) => eb.or([eb('review_state', '<>', 'pending'), eb('origin', '=', 'added')])).execute()
  const oldQuotes = await trx.selectFrom('statements').selectAll().where('document_id', 'in', ids).where((eb) => eb.or([eb('review_state', '<>', 'pending'), eb('origin', '=', 'added')])).execute()
  await trx.deleteFrom('claims').where('document_id', 'in', ids).where('origin', '<>', 'added').execute()
  await trx.deleteFrom('statements').where('document_id', 'in', ids).where('origin', '<>', 'added').execute()
  return {
    addedClaims: oldClaims.filter((c) => c.origin === 'added'),
    addedQuotes: oldQuotes.filter((q) => q.origin === 'added'),
    reviewedClaims: oldClaims.filter((c) => c.origin !== 'added'),
    reviewedQuotes: oldQuotes.filter((q) => q.origin !== 'added'),
  }
}

const decisionOf = (d: Decision) => ({
  review_state: d.review_state as ReviewState,
  corrected: d.corrected ? JSON.stringify(d.corrected satisfies ClaimCorrection | QuoteCorrection) : null,
  reviewed_by: d.reviewed_by,
  reviewed_at: d.reviewed_at,
})

/** The rows of each new analysis, without those an editor added already, each with the decision of the reviewed row it matches. */
function newRowsWithDecisions(documents: readonly ReanalysedDocument[], old: DecidedRows): NewRows {
  const rows: NewRows = { statements: [], claims: [], kept: 0, claimTaken: new Set<string>(), quoteTaken: new Set<string>() }
  for (const doc of documents) {
    const analysed = analysisRows(doc.id, doc.analysis, ftsConfigFor(doc.analysis.lang))
    const newClaims = analysed.claims.filter(
      (c) => !old.addedClaims.some((a) => a.document_id === doc.id && a.supplier === c.supplier && a.recipient === c.recipient && a.category === c.category && overlaps(spanOf(a), spanOf(c))),
    )
    const newQuotes = analysed.statements.filter((q) => !old.addedQuotes.some((a) => a.document_id === doc.id && overlaps(quoteSpanOf(a), quoteSpanOf(q))))
    const claimFor = matchReviewedClaims(newClaims, old.reviewedClaims.filter((c) => c.document_id === doc.id), rows)
    const quoteFor = matchReviewedQuotes(newQuotes, old.reviewedQuotes.filter((q) => q.document_id === doc.id), rows)
    for (const quote of newQuotes) {
      const decided = quoteFor.get(quote.id)
      rows.statements.push({ ...quote, origin: 'extracted', review_state: 'pending', corrected: null, reviewed_by: null, reviewed_at: null, ...(decided ? decisionOf(decided) : {}) })
    }
    for (const claim of newClaims) {
      const decided = claimFor.get(claim.id)
      rows.claims.push({ ...claim, origin: 'extracted', review_state: 'pending', corrected: null, reviewed_by: null, reviewed_at: null, ...(decided ? decisionOf(decided) : {}) })
    }
  }
  return rows
}

type AnalysedRows = ReturnType<typeof analysisRows>

/** The reviewed claim each new claim takes its decision from: same id, else same extracted triple over the same span or sentence. */
function matchReviewedClaims(newClaims: AnalysedRows['claims'], reviewed: readonly ClaimRow[], rows: NewRows): Map<string, ClaimRow> {
  const claimFor = new Map<string, ClaimRow>()
  for (const old of reviewed) {
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
      rows.claimTaken.add(old.id)
      rows.kept++
    }
  }
  return claimFor
}

/** The reviewed quote each new quote takes its decision from: same id, else over the same words. */
function matchReviewedQuotes(newQuotes: AnalysedRows['statements'], reviewed: readonly StatementRow[], rows: NewRows): Map<string, StatementRow> {
  const quoteFor = new Map<string, StatementRow>()
  for (const old of reviewed) {
    const match = newQuotes.find((q) => q.id === old.id && !quoteFor.has(q.id)) ?? newQuotes.find((q) => !quoteFor.has(q.id) && overlaps(quoteSpanOf(q), quoteSpanOf(old)))
    if (match) {
      quoteFor.set(match.id, old)
      rows.quoteTaken.add(old.id)
      rows.kept++
    }
  }
  return quoteFor
}

/**
 * What nothing matched stays, decision and all (origin `kept`); its quote link is dropped when
 * that quote is gone. Adds them to the rows; returns how many.
 */
function holdUnmatched(old: DecidedRows, rows: NewRows): number {
  const heldQuotes = old.reviewedQuotes.filter((q) => !rows.quoteTaken.has(q.id))
  const heldClaims = old.reviewedClaims.filter((c) => !rows.claimTaken.has(c.id))
  const quoteIds = new Set([...rows.statements.map((q) => q.id), ...heldQuotes.map((q) => q.id), ...old.addedQuotes.map((q) => q.id)])
  for (const q of heldQuotes) rows.statements.push({ ...rowOf(q), cues: JSON.stringify(q.cues), corrected: q.corrected ? JSON.stringify(q.corrected) : null, origin: 'kept' })
  for (const c of heldClaims)
    rows.claims.push({
      ...rowOf(c),
      materiel: JSON.stringify(c.materiel),
      entries: JSON.stringify(c.entries),
      cues: JSON.stringify(c.cues),
      context: JSON.stringify(c.context),
      corrected: c.corrected ? JSON.stringify(c.corrected) : null,
      statement_id: c.statement_id && quoteIds.has(c.statement_id) ? c.statement_id : null,
      origin: 'kept',
    })
  return heldClaims.length + heldQuotes.length
}

/** Offsets refer to the analysed text: a changed normaliser must not leave them dangling. */
async function updateDocuments(trx: Transaction<Database>, documents: readonly ReanalysedDocument[]): Promise<void> {
  const column = <T>(pick: (doc: ReanalysedDocument) => T) => sql.val(documents.map(pick))
  await sql`
    update documents d set extractor = n.extractor, data_version = n.data_version, lang = n.lang, lang_source = n.lang_source,
      supported = n.supported, fts_config = n.fts_config::regconfig, text = n.text
    from unnest(${column((d) => d.id)}::text[], ${column((d) => d.analysis.extractor)}::text[], ${column((d) => d.dataVersion)}::text[],
      ${column((d) => d.analysis.lang)}::text[], ${column((d) => d.analysis.langSource)}::text[], ${column((d) => d.analysis.supported)}::boolean[],
      ${column((d) => ftsConfigFor(d.analysis.lang))}::text[], ${column((d) => d.analysis.text)}::text[])
      as n(id, extractor, data_version, lang, lang_source, supported, fts_config, text)
    where d.id = n.id`.execute(trx)
}

const spanOf = (c: { evidence_start: number; evidence_end: number }) => ({ start: c.evidence_start, end: c.evidence_end })
const quoteSpanOf = (q: { span_start: number; span_end: number }) => ({ start: q.span_start, end: q.span_end })

/** A stored row as an insertable one: without the column the database fills itself. */
function rowOf<T extends object>(row: T): Omit<T, 'created_at'> {
  const { created_at: _created, ...rest } = row as T & { created_at?: unknown }
  return rest
}
