import { sql, type RawBuilder } from 'kysely'
import type { ClaimContext, ClaimSource, SourceClass } from '../domain/evidence.js'
import type { Category, Status } from '../domain/vocabulary.js'
import { allOf, claimConditions, documentConditions, type ClaimFilters } from './claim-filters.js'
import type { ReviewedClaimView, ReviewState } from './database.js'
import type { Store } from './open-store.js'
import type { PageQuery, Paged } from './paging.js'
import { isoDay } from './parse-published-at.js'

export const CLAIM_SORTS = ['-published', 'published', 'supplier', 'recipient', 'category', 'status', 'outlet', 'review'] as const
export type ClaimSort = (typeof CLAIM_SORTS)[number]

/** Full-text search in claims looks at the claims of this many most recent matching documents. */
export const CLAIM_SEARCH_DOCUMENTS = 1000

export interface ClaimRowQuery extends ClaimFilters, PageQuery {
  readonly sort?: ClaimSort
  /** Review states to include (default: all, rejected claims too). */
  readonly review?: readonly ReviewState[]
  /** Only claims of this document. */
  readonly documentId?: string
  /** Full-text query (websearch syntax) on the claim's sentence, in its document's language, among the claims of the CLAIM_SEARCH_DOCUMENTS most recent matching documents. */
  readonly q?: string
}

/** One stored claim: reviewed values applied, the extracted ones kept beside them. */
export interface StoredClaim {
  readonly id: string
  readonly documentId: string
  readonly idx: number
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  readonly status: Status
  readonly attributedTo: string | null
  readonly via: string | null
  readonly extracted: { readonly supplier: string; readonly recipient: string; readonly category: Category; readonly status: Status }
  readonly evidenceStart: number
  readonly evidenceEnd: number
  readonly evidenceText: string
  readonly sentenceText: string | null
  readonly statementId: string | null
  readonly materiel: readonly string[]
  readonly context: ClaimContext
  readonly rule: string
  readonly statusRule: string
  /** Who says it (the speaker's actor and class), for its source grade. */
  readonly source: ClaimSource
  readonly review: { readonly state: ReviewState; readonly by: string | null; readonly at: string | null }
  readonly document: { readonly title: string | null; readonly url: string | null; readonly outlet: string | null; readonly publishedAt: string | null }
}

interface Row extends ReviewedClaimView {
  title: string | null
  url: string | null
  outlet: string | null
  published_at: Date | null
}

/** Every claim with its reviewed values and the extracted ones, rejected ones included. */
const REVIEWED = sql`reviewed_claims`

const ORDER: Readonly<Record<ClaimSort, RawBuilder<unknown>>> = {
  '-published': sql`d.published_at desc nulls last, c.document_id, c.idx`,
  published: sql`d.published_at asc nulls last, c.document_id, c.idx`,
  supplier: sql`c.supplier, c.recipient, c.category, d.published_at desc nulls last, c.id`,
  recipient: sql`c.recipient, c.supplier, c.category, d.published_at desc nulls last, c.id`,
  category: sql`c.category, c.supplier, c.recipient, d.published_at desc nulls last, c.id`,
  status: sql`c.status, c.supplier, c.recipient, d.published_at desc nulls last, c.id`,
  outlet: sql`o.name asc nulls last, d.published_at desc nulls last, c.id`,
  review: sql`c.review_state, d.published_at desc nulls last, c.id`,
}

function conditionsOf(query: Omit<ClaimRowQuery, 'limit' | 'offset'>): RawBuilder<unknown>[] {
  const out = [...claimConditions(query, 'c'), ...documentConditions(query, 'd')]
  if (query.review?.length) out.push(sql`c.review_state in (${sql.join(query.review.map((s) => sql.val(s)))})`)
  if (query.documentId) out.push(sql`c.document_id = ${query.documentId}`)
  const q = query.q?.trim()
  // The document index narrows the candidates (the most recent matching documents, so that a
  // common word stays fast); the sentence is then matched in its document's language.
  if (q)
    out.push(
      sql`c.document_id in (select m.document_id from (select s.document_id from document_search s join fts_configs f on s.fts_config = f.name
        where s.fts @@ websearch_to_tsquery(f.name, ${q}) order by s.published_at desc nulls last limit ${CLAIM_SEARCH_DOCUMENTS}) m)`,
      sql`to_tsvector(d.fts_config, coalesce(c.sentence_text, c.evidence_text)) @@ websearch_to_tsquery(d.fts_config, ${q})`,
    )
  return out
}

/** Stored claims matching the filters, one page, sorted. */
export async function listClaimRows(store: Store, query: ClaimRowQuery): Promise<Paged<StoredClaim>> {
  const where = allOf(conditionsOf(query))
  const from = sql`${REVIEWED} c join documents d on d.id = c.document_id left join outlets o on o.id = d.outlet_id`
  const [page, count] = await Promise.all([
    sql<Row>`
      select c.*, d.title, d.url, o.name as outlet, d.published_at
      from ${from} where ${where}
      order by ${ORDER[query.sort ?? '-published']}
      limit ${query.limit} offset ${query.offset}`.execute(store.db),
    sql<{ n: string }>`select count(*) as n from ${from} where ${where}`.execute(store.db),
  ])
  return { total: Number(count.rows[0]?.n ?? 0), items: page.rows.map(toStoredClaim) }
}

/** Claims by id (any review state), in the order asked. */
export async function getClaimRows(store: Store, ids: readonly string[]): Promise<StoredClaim[]> {
  if (ids.length === 0) return []
  const { rows } = await sql<Row>`
    select c.*, d.title, d.url, o.name as outlet, d.published_at
    from ${REVIEWED} c join documents d on d.id = c.document_id left join outlets o on o.id = d.outlet_id
    where c.id in (${sql.join(ids.map((id) => sql.val(id)))})`.execute(store.db)
  const byId = new Map(rows.map((row) => [row.id, toStoredClaim(row)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

function toStoredClaim(row: Row): StoredClaim {
  return {
    id: row.id,
    documentId: row.document_id,
    idx: row.idx,
    supplier: row.supplier,
    recipient: row.recipient,
    category: row.category as Category,
    status: row.status as Status,
    attributedTo: row.attributed_to,
    via: row.via,
    extracted: { supplier: row.x_supplier, recipient: row.x_recipient, category: row.x_category as Category, status: row.x_status as Status },
    evidenceStart: row.evidence_start,
    evidenceEnd: row.evidence_end,
    evidenceText: row.evidence_text,
    sentenceText: row.sentence_text,
    statementId: row.statement_id,
    materiel: row.materiel ?? [],
    context: row.context ?? {},
    rule: row.rule,
    statusRule: row.status_rule,
    source: { actor: row.source_actor, class: row.source_class as SourceClass | null },
    review: { state: row.review_state, by: row.reviewed_by, at: row.reviewed_at ? row.reviewed_at.toISOString() : null },
    document: { title: row.title, url: row.url, outlet: row.outlet, publishedAt: isoDay(row.published_at) },
  }
}
