import { sql } from 'kysely'
import type { Category, Status } from '../domain/vocabulary.js'
import { actorCondition, allOf } from './claim-filters.js'
import type { ReviewState } from './database.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

export interface MonthQuery {
  /** Actor codes: claims where one of them supplies or is the organ the claim went through. */
  readonly actors: readonly string[]
  /** Only claims to one of these recipients; all recipients when absent. */
  readonly recipients?: readonly string[]
  /** YYYY-MM-DD: dated claims published by the end of that day (undated ones are always listed). */
  readonly until?: string
  /** Claims listed per month (the counts are always whole). */
  readonly perMonth: number
}

/** One claim as a timeline lists it: what, how sure, its review state and its source. */
export interface MonthClaim {
  readonly id: string
  readonly documentId: string
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  readonly status: Status
  readonly reviewState: ReviewState
  readonly publishedAt: string | null
  readonly title: string | null
  readonly evidence: string
}

/** The claims of one month (or of no date), counted by status, the first few listed. */
export interface ClaimMonth {
  /** YYYY-MM, or null for claims whose documents carry no publication date. */
  readonly month: string | null
  readonly total: number
  readonly statuses: Readonly<Partial<Record<Status, number>>>
  readonly claims: readonly MonthClaim[]
}

/**
 * Live claims (rejected ones left out, corrections applied) grouped by the month of their
 * document's publication date, oldest first; claims of undated documents come last, with month null.
 */
export async function listClaimsByMonth(store: Store, query: MonthQuery): Promise<ClaimMonth[]> {
  const month = sql`to_char(d.published_at at time zone 'UTC', 'YYYY-MM')`
  const conditions = [sql`c.review_state <> 'rejected'`, actorCondition(query.actors)]
  if (query.recipients?.length) conditions.push(sql`c.recipient in (${sql.join(query.recipients.map((r) => sql.val(r)))})`)
  // An until day cuts dated claims only: an undated claim has no date to compare.
  if (query.until) conditions.push(sql`(d.published_at is null or d.published_at < ${`${query.until}T00:00:00Z`}::timestamptz + interval '1 day')`)
  const where = allOf(conditions)
  const from = sql`reviewed_claims c join documents d on d.id = c.document_id`
  const [counts, listed] = await Promise.all([
    sql<{ month: string | null; status: Status; n: string }>`
      select ${month} as month, c.status, count(*) as n from ${from} where ${where} group by 1, 2`.execute(store.db),
    sql<{ month: string | null; id: string; document_id: string; supplier: string; recipient: string; category: Category; status: Status; review_state: ReviewState; published_at: Date | null; title: string | null; evidence_text: string }>`
      select * from (
        select ${month} as month, c.id, c.document_id, c.supplier, c.recipient, c.category, c.status, c.review_state,
          d.published_at, d.title, c.evidence_text,
          row_number() over (partition by ${month} order by d.published_at, c.document_id, c.idx) as n
        from ${from} where ${where}) ranked
      where n <= ${query.perMonth}
      order by published_at nulls last, document_id, n`.execute(store.db),
  ])
  const months = new Map<string | null, { month: string | null; total: number; statuses: Partial<Record<Status, number>>; claims: MonthClaim[] }>()
  const monthOf = (key: string | null) => {
    let found = months.get(key)
    if (!found) months.set(key, (found = { month: key, total: 0, statuses: {}, claims: [] }))
    return found
  }
  for (const row of counts.rows) {
    const entry = monthOf(row.month)
    entry.statuses[row.status] = Number(row.n)
    entry.total += Number(row.n)
  }
  for (const row of listed.rows)
    monthOf(row.month).claims.push({
      id: row.id,
      documentId: row.document_id,
      supplier: row.supplier,
      recipient: row.recipient,
      category: row.category,
      status: row.status,
      reviewState: row.review_state,
      publishedAt: isoDay(row.published_at),
      title: row.title,
      evidence: row.evidence_text,
    })
  return [...months.values()].sort((a, b) => (a.month === null ? 1 : b.month === null ? -1 : a.month.localeCompare(b.month)))
}
