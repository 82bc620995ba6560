import { sql } from 'kysely'
import type { ClaimContext, EvidenceClaim } from '../domain/evidence.js'
import type { Category, Status } from '../domain/vocabulary.js'
import { allOf, claimConditions, documentConditions, type ClaimFilters } from './claim-filters.js'
import type { ReviewState } from './database.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

export interface EvidenceQuery {
  /**
   * Without the words (evidence, sentence, title, URL, outlet): the legal engine does not read
   * them, and over a large store they are most of what is read. Fill the claims shown with
   * claimTexts afterwards.
   */
  readonly withText?: boolean
  /** YYYY-MM-DD: only documents published by the end of that day (undated ones are left out). */
  readonly asOf?: string
  /** Actor codes: claims where one of them is the supplier or the organ the claim went through. */
  readonly actors?: readonly string[]
}

/**
 * The claims the legal engine reads: rejected claims excluded, reviewers' corrections applied,
 * each with its document's provenance and independence key.
 */
export function listEvidenceClaims(store: Store, query: EvidenceQuery = {}): Promise<EvidenceClaim[]> {
  const filters = query.asOf ? { asOf: query.asOf } : {}
  return query.withText === false ? listLeanEvidence(store, filters, query.actors) : listClaimEvidence(store, filters, query.actors)
}

function evidenceConditions(filters: ClaimFilters, actors?: readonly string[]) {
  const conditions = [...claimConditions(filters), ...documentConditions(filters, 'c')]
  if (actors?.length) {
    const codes = actors.map((a) => a.toUpperCase())
    conditions.push(sql`(c.supplier in (${sql.join(codes)}) or c.via in (${sql.join(codes)}))`)
  }
  return allOf(conditions)
}

type LeanRow = [string, string, string, string, string, string, string | null, string | null, string, string | null, ClaimContext | null, ReviewState]

const LEAN_COLUMNS = sql`c.id, c.document_id, c.supplier, c.recipient, c.category, c.status, c.attributed_to,
  to_char(c.published_at at time zone 'UTC', 'YYYY-MM-DD'), c.independence_key, c.via, c.context, c.review_state`
const LEAN_ORDER = sql`c.published_at asc nulls last, c.document_id, c.idx`

/**
 * The claims without their words. PGlite decodes rows one by one in JavaScript, so there the
 * database builds one JSON array (several times faster for 100,000 claims); a PostgreSQL
 * server's rows come faster as they are.
 */
async function listLeanEvidence(store: Store, filters: ClaimFilters, actors?: readonly string[]): Promise<EvidenceClaim[]> {
  const where = evidenceConditions(filters, actors)
  let lean: LeanRow[]
  if (store.engine === 'pglite') {
    const { rows } = await sql<{ claims: string }>`
      select coalesce(json_agg(json_build_array(${LEAN_COLUMNS}) order by ${LEAN_ORDER}), '[]')::text as claims
      from effective_claims c where ${where}`.execute(store.db)
    lean = JSON.parse(rows[0]?.claims ?? '[]') as LeanRow[]
  } else {
    const { rows } = await sql<{ r: LeanRow }>`select json_build_array(${LEAN_COLUMNS}) as r from effective_claims c where ${where} order by ${LEAN_ORDER}`.execute(store.db)
    lean = rows.map((row) => row.r)
  }
  return lean.map(([id, documentId, supplier, recipient, category, status, attributedTo, publishedAt, independenceKey, via, context, review]) => ({
    id,
    documentId,
    supplier,
    recipient,
    category: category as Category,
    status: status as Status,
    attributedTo,
    evidence: '',
    sentence: null,
    documentTitle: null,
    url: null,
    publishedAt,
    outlet: null,
    independenceKey,
    via,
    context: context ?? {},
    review: review === 'rejected' ? 'pending' : review,
  }))
}

/** The words of claims read without them (see withText): evidence, sentence, title, URL, outlet. */
export async function claimTexts(store: Store, ids: readonly string[]): Promise<Map<string, Pick<EvidenceClaim, 'evidence' | 'sentence' | 'documentTitle' | 'url' | 'outlet'>>> {
  const found = new Map<string, Pick<EvidenceClaim, 'evidence' | 'sentence' | 'documentTitle' | 'url' | 'outlet'>>()
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await store.db
      .selectFrom('claims as c')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .leftJoin('outlets as o', 'o.id', 'd.outlet_id')
      .select(['c.id', 'c.evidence_text', 'c.sentence_text', 'd.title', 'd.url', 'o.name as outlet'])
      .where('c.id', 'in', ids.slice(i, i + 5000))
      .execute()
    for (const row of rows) found.set(row.id, { evidence: row.evidence_text, sentence: row.sentence_text, documentTitle: row.title, url: row.url, outlet: row.outlet })
  }
  return found
}

/** Effective claims matching the filters, oldest publication first. */
export async function listClaimEvidence(store: Store, filters: ClaimFilters = {}, actors?: readonly string[]): Promise<EvidenceClaim[]> {
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
    .where(evidenceConditions(filters, actors))
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
