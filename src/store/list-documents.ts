import { sql } from 'kysely'
import { allOf, claimConditions, documentConditions, hasClaimConditions, type ClaimFilters } from './claim-filters.js'
import type { Store } from './open-store.js'
import type { PageQuery, Paged } from './paging.js'
import { isoDay } from './parse-published-at.js'

export const DOCUMENT_SORTS = ['-published', 'published', '-captured', 'captured', 'title'] as const
export type DocumentSort = (typeof DOCUMENT_SORTS)[number]

export interface DocumentQuery extends ClaimFilters, PageQuery {
  readonly sort?: DocumentSort
  readonly lang?: string
}

export interface DocumentSummary {
  readonly id: string
  readonly title: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly capturedAt: string
  readonly lang: string
  readonly supported: boolean
  readonly claims: number
  readonly quotes: number
}

const ORDER: Readonly<Record<DocumentSort, ReturnType<typeof sql>>> = {
  '-published': sql`d.published_at desc nulls last, d.id`,
  published: sql`d.published_at asc nulls last, d.id`,
  '-captured': sql`d.captured_at desc, d.id`,
  captured: sql`d.captured_at asc, d.id`,
  title: sql`d.title asc nulls last, d.id`,
}

/**
 * Documents matching the filters (publication dates, outlet, and documents with a live claim
 * matching the actor/category/status filters), one page, with their claim and quote counts.
 */
export async function listDocuments(store: Store, query: DocumentQuery): Promise<Paged<DocumentSummary>> {
  const conditions = documentConditions(query, 'd')
  if (hasClaimConditions(query)) conditions.push(sql`d.id in (select c.document_id from live_claims c where ${allOf(claimConditions(query))})`)
  if (query.lang) conditions.push(sql`d.lang = ${query.lang}`)
  const where = allOf(conditions)
  const [page, count] = await Promise.all([
    sql<{
      id: string
      title: string | null
      url: string | null
      outlet: string | null
      published_at: Date | null
      captured_at: Date
      lang: string
      supported: boolean
      claims: string
      quotes: string
    }>`
      select d.id, d.title, d.url, o.name as outlet, d.published_at, d.captured_at, d.lang, d.supported,
        (select count(*) from claims c where c.document_id = d.id and c.review_state <> 'rejected') as claims,
        (select count(*) from statements s where s.document_id = d.id) as quotes
      from documents d left join outlets o on o.id = d.outlet_id
      where ${where}
      order by ${ORDER[query.sort ?? '-published']}
      limit ${query.limit} offset ${query.offset}`.execute(store.db),
    sql<{ n: string }>`select count(*) as n from documents d where ${where}`.execute(store.db),
  ])
  return {
    total: Number(count.rows[0]?.n ?? 0),
    items: page.rows.map((row) => ({
      id: row.id,
      title: row.title,
      url: row.url,
      outlet: row.outlet,
      publishedAt: isoDay(row.published_at),
      capturedAt: row.captured_at.toISOString(),
      lang: row.lang,
      supported: row.supported,
      claims: Number(row.claims),
      quotes: Number(row.quotes),
    })),
  }
}
