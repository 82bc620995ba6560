import { sql } from 'kysely'
import type { EvidenceClaim } from '../domain/evidence.js'
import type { Category, Status } from '../domain/vocabulary.js'
import { allOf, claimConditions, documentConditions, type ClaimFilters } from './claim-filters.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

export interface EvidenceQuery {
  /** YYYY-MM-DD: only documents published by the end of that day (undated ones are left out). */
  readonly asOf?: string
  /** Actor code: claims where it is the supplier or the organ the supplier rolls up from. */
  readonly actor?: string
}

/**
 * The claims the legal engine reads: rejected claims excluded, reviewers' corrections applied,
 * each with its document's provenance and independence key.
 */
export function listEvidenceClaims(store: Store, query: EvidenceQuery = {}): Promise<EvidenceClaim[]> {
  return listClaimEvidence(store, query.asOf ? { asOf: query.asOf } : {}, query.actor)
}

/** Effective claims matching the filters, oldest publication first. */
export async function listClaimEvidence(store: Store, filters: ClaimFilters = {}, actor?: string): Promise<EvidenceClaim[]> {
  const conditions = [...claimConditions(filters), ...documentConditions(filters, 'c')]
  if (actor) conditions.push(sql`(c.supplier = ${actor.toUpperCase()} or c.via = ${actor.toUpperCase()})`)
  const rows = await store.db
    .selectFrom('effective_claims as c')
    .leftJoin('outlets as o', 'o.id', 'c.outlet_id')
    .select([
      'c.id',
      'c.document_id',
      'c.supplier',
      'c.recipient',
      'c.category',
      'c.status',
      'c.attributed_to',
      'c.evidence_text',
      'c.sentence_text',
      'c.title',
      'c.url',
      'c.published_at',
      'o.name as outlet',
      'c.independence_key',
      'c.via',
      'c.context',
      'c.review_state',
    ])
    .where(allOf(conditions))
    .orderBy(sql`c.published_at asc nulls last`)
    .orderBy('c.document_id')
    .orderBy('c.idx')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    documentId: row.document_id,
    supplier: row.supplier,
    recipient: row.recipient,
    category: row.category as Category,
    status: row.status as Status,
    attributedTo: row.attributed_to,
    evidence: row.evidence_text,
    sentence: row.sentence_text,
    documentTitle: row.title,
    url: row.url,
    publishedAt: isoDay(row.published_at),
    outlet: row.outlet,
    independenceKey: row.independence_key,
    via: row.via,
    context: row.context ?? {},
    review: row.review_state === 'rejected' ? 'pending' : row.review_state,
  }))
}
