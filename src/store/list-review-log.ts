import { sql, type RawBuilder } from 'kysely'
import { allOf } from './claim-filters.js'
import type { Store } from './open-store.js'
import type { PageQuery, Paged } from './paging.js'

export interface ReviewLogQuery extends Partial<PageQuery> {
  readonly claimId?: string
  readonly documentId?: string
  readonly reviewer?: string
  readonly action?: string
}

/** One decision of the audit log: who, when, what, and the claim's state before and after. */
export interface ReviewLogEntry {
  readonly id: number
  /** What the decision is about: a claim, or a quote (whose id is then in claimId). */
  readonly target: 'claim' | 'quote'
  readonly claimId: string
  readonly documentId: string
  readonly reviewer: string
  readonly at: string
  readonly action: string
  readonly reason: string | null
  readonly before: Readonly<Record<string, unknown>>
  readonly after: Readonly<Record<string, unknown>>
}

function conditionsOf(query: ReviewLogQuery): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = []
  if (query.claimId) out.push(sql`r.claim_id = ${query.claimId}`)
  if (query.documentId) out.push(sql`r.document_id = ${query.documentId}`)
  if (query.reviewer) out.push(sql`r.reviewer = ${query.reviewer}`)
  if (query.action) out.push(sql`r.action = ${query.action}`)
  return out
}

/** The audit log, newest first; without a limit, all of it. */
export async function listReviewLog(store: Store, query: ReviewLogQuery = {}): Promise<Paged<ReviewLogEntry>> {
  const where = allOf(conditionsOf(query))
  const window = query.limit === undefined ? sql`` : sql`limit ${query.limit} offset ${query.offset ?? 0}`
  const [page, count] = await Promise.all([
    sql<{
      id: number
      target: 'claim' | 'quote'
      claim_id: string
      document_id: string
      reviewer: string
      at: Date
      action: string
      reason: string | null
      before: Record<string, unknown>
      after: Record<string, unknown>
    }>`select r.* from claim_reviews r where ${where} order by r.id desc ${window}`.execute(store.db),
    sql<{ n: string }>`select count(*) as n from claim_reviews r where ${where}`.execute(store.db),
  ])
  return {
    total: Number(count.rows[0]?.n ?? 0),
    items: page.rows.map((row) => ({
      id: row.id,
      target: row.target,
      claimId: row.claim_id,
      documentId: row.document_id,
      reviewer: row.reviewer,
      at: row.at.toISOString(),
      action: row.action,
      reason: row.reason,
      before: row.before,
      after: row.after,
    })),
  }
}
