import type { Analysis } from '../domain/records.js'
import { analysisRows } from './analysis-rows.js'
import type { ClaimCorrection, ReviewState } from './database.js'
import { ftsConfigFor } from './fts-config-for.js'
import type { Store } from './open-store.js'
import { chunks } from './save-documents.js'

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
    let claimCount = 0
    let kept = 0
    for (const doc of documents) {
      const fts = ftsConfigFor(doc.analysis.lang)
      await trx
        .updateTable('documents')
        .set({
          extractor: doc.analysis.extractor,
          data_version: doc.dataVersion,
          lang: doc.analysis.lang,
          lang_source: doc.analysis.langSource,
          supported: doc.analysis.supported,
          fts_config: fts,
          // Offsets refer to the analysed text; a changed normaliser must not leave them dangling.
          text: doc.analysis.text,
        })
        .where('id', '=', doc.id)
        .execute()
      const rows = analysisRows(doc.id, doc.analysis, fts)
      const claims = rows.claims.map((claim) => {
        const decision = decisions.get(claim.id)
        if (!decision) return claim
        kept++
        decisions.delete(claim.id)
        return {
          ...claim,
          review_state: decision.review_state as ReviewState,
          corrected: decision.corrected ? JSON.stringify(decision.corrected satisfies ClaimCorrection) : null,
          reviewed_by: decision.reviewed_by,
          reviewed_at: decision.reviewed_at,
        }
      })
      claimCount += claims.length
      for (const chunk of chunks(rows.statements, 1000)) await trx.insertInto('statements').values(chunk).execute()
      for (const chunk of chunks(claims, 1000)) await trx.insertInto('claims').values(chunk).execute()
      await trx.insertInto('fts_configs').values({ name: fts }).onConflict((oc) => oc.doNothing()).execute()
    }
    return { documents: documents.length, claims: claimCount, reviewsKept: kept, reviewsDropped: decisions.size }
  })
}
