import { sql } from 'kysely'
import type { Analysis } from '../domain/records.js'
import { analysisRows, CLAIM_COLUMNS, STATEMENT_COLUMNS } from './analysis-rows.js'
import { insertRows } from './insert-rows.js'
import type { ClaimCorrection, NewClaim, NewStatement, ReviewState } from './database.js'
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
  /** Review decisions carried over to a claim that still matches (same supplier, recipient, category, span). */
  readonly reviewsKept: number
  /** Review decisions whose claim the new extraction no longer finds (they stay in the audit log). */
  readonly reviewsDropped: number
}

/**
 * Replaces the quotes and claims of stored documents with a new analysis, in one transaction,
 * keeping each review decision whose claim is found again. The document id stays.
 */
export async function replaceAnalyses(store: Store, documents: readonly ReanalysedDocument[]): Promise<ReplaceResult> {
  if (documents.length === 0) return { documents: 0, claims: 0, reviewsKept: 0, reviewsDropped: 0 }
  const ids = documents.map((d) => d.id)
  return store.db.transaction().execute(async (trx) => {
    const reviewed = await trx
      .selectFrom('claims')
      .select(['id', 'review_state', 'corrected', 'reviewed_by', 'reviewed_at'])
      .where('document_id', 'in', ids)
      .where('review_state', '<>', 'pending')
      .execute()
    const decisions = new Map(reviewed.map((r) => [r.id, r]))
    await trx.deleteFrom('claims').where('document_id', 'in', ids).execute()
    await trx.deleteFrom('statements').where('document_id', 'in', ids).execute()
    const statements: NewStatement[] = []
    const claims: NewClaim[] = []
    let kept = 0
    for (const doc of documents) {
      const rows = analysisRows(doc.id, doc.analysis, ftsConfigFor(doc.analysis.lang))
      statements.push(...rows.statements)
      for (const claim of rows.claims) {
        const decision = decisions.get(claim.id)
        if (!decision) {
          claims.push({ ...claim, review_state: 'pending' })
          continue
        }
        kept++
        decisions.delete(claim.id)
        claims.push({
          ...claim,
          review_state: decision.review_state as ReviewState,
          corrected: decision.corrected ? JSON.stringify(decision.corrected satisfies ClaimCorrection) : null,
          reviewed_by: decision.reviewed_by,
          reviewed_at: decision.reviewed_at,
        })
      }
    }
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
    await insertRows(trx, 'statements', statements, STATEMENT_COLUMNS)
    await insertRows(trx, 'claims', claims, { ...CLAIM_COLUMNS, review_state: 'text', corrected: 'jsonb', reviewed_by: 'text', reviewed_at: 'timestamptz' })
    const configs = [...new Set(documents.map((d) => ftsConfigFor(d.analysis.lang)))]
    await trx.insertInto('fts_configs').values(configs.map((name) => ({ name }))).onConflict((oc) => oc.doNothing()).execute()
    // Search rows are rebuilt from the live claims: kept decisions may have rejected or corrected some.
    await indexForSearch(trx, ids)
    return { documents: documents.length, claims: claims.length, reviewsKept: kept, reviewsDropped: decisions.size }
  })
}
