import { sql } from 'kysely'
import { GENERIC_CATEGORY, STATUS_STRENGTH, STATUSES, WEAPON_CATEGORIES, type Category, type Status } from '../domain/vocabulary.js'
import { allOf, claimConditions, documentConditions, type ClaimFilters } from './claim-filters.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

/** All claims of one (supplier, recipient, category), merged across documents. */
export interface MergedClaim {
  readonly supplier: string
  readonly recipient: string
  readonly category: Category
  /** Strongest affirmative status (confirmed > asserted > reported > alleged_future > opinion); `denied` when only denials exist. */
  readonly strongestStatus: Status
  /** Affirmative claims (denials not counted). */
  readonly claims: number
  readonly documents: number
  /** Independent sources: distinct outlets, with near-duplicate copies of one story counted once. */
  readonly independentOutlets: number
  /** Documents that deny the claim. */
  readonly denials: number
  /**
   * Documents that deny the pair in generic words ("we have never sent weapons to Russia",
   * other_weapons), counted against each specific weapons category of the pair too.
   */
  readonly blanketDenials: number
  /** Publication dates (YYYY-MM-DD) of the first and last document, denials included. */
  readonly firstSeen: string | null
  readonly lastSeen: string | null
}

const strengthCase = sql`case c.status ${sql.join(
  STATUSES.map((status) => sql`when ${sql.lit(status)} then ${sql.lit(STATUS_STRENGTH[status])}`),
  sql` `,
)} else 0 end`
const byStrength = new Map(STATUSES.filter((s) => s !== 'denied').map((s) => [STATUS_STRENGTH[s], s]))
const affirmative = sql`c.status <> 'denied'`

/** What merging a group of `effective_claims as c` counts; read with mergedCountsOf. */
export const MERGED_AGGREGATES = sql`count(*) filter (where ${affirmative}) as claims,
  count(distinct c.document_id) filter (where ${affirmative}) as documents,
  count(distinct c.independence_key) filter (where ${affirmative}) as independent,
  count(distinct c.document_id) filter (where c.status = 'denied') as denials,
  max(${strengthCase}) filter (where ${affirmative}) as strength,
  min(c.published_at) as first_seen, max(c.published_at) as last_seen`

export interface MergedAggregates {
  claims: string
  documents: string
  independent: string
  denials: string
  strength: number | null
  first_seen: Date | null
  last_seen: Date | null
}

export type MergedCounts = Omit<MergedClaim, 'supplier' | 'recipient' | 'category' | 'blanketDenials'>

export const mergedCountsOf = (row: MergedAggregates): MergedCounts => ({
  strongestStatus: (row.strength === null ? 'denied' : (byStrength.get(Number(row.strength)) ?? 'opinion')) as Status,
  claims: Number(row.claims),
  documents: Number(row.documents),
  independentOutlets: Number(row.independent),
  denials: Number(row.denials),
  firstSeen: isoDay(row.first_seen),
  lastSeen: isoDay(row.last_seen),
})

/**
 * The merged view: one row per (supplier, recipient, category), from claims that were not
 * rejected in review, with corrections applied. Filters apply to claims before merging.
 */
export async function listMergedClaims(store: Store, filters: ClaimFilters = {}): Promise<MergedClaim[]> {
  const [{ rows }, blanket] = await Promise.all([
    sql<MergedAggregates & { supplier: string; recipient: string; category: string }>`
    select c.supplier, c.recipient, c.category, ${MERGED_AGGREGATES}
    from effective_claims c
    where ${allOf([...claimConditions(filters), ...documentConditions(filters, 'c')])}
    group by c.supplier, c.recipient, c.category`.execute(store.db),
    blanketDenials(store, filters),
  ])
  const generic = (row: { supplier: string; recipient: string; category: string }): number =>
    row.category !== GENERIC_CATEGORY && WEAPON_CATEGORIES.includes(row.category as Category) ? (blanket.get(`${row.supplier}>${row.recipient}`) ?? 0) : 0
  return rows
    .map((row) => ({ supplier: row.supplier, recipient: row.recipient, category: row.category as Category, ...mergedCountsOf(row), blanketDenials: generic(row) }))
    .sort(
      (a, b) =>
        b.independentOutlets - a.independentOutlets ||
        STATUS_STRENGTH[b.strongestStatus] - STATUS_STRENGTH[a.strongestStatus] ||
        b.documents - a.documents ||
        a.supplier.localeCompare(b.supplier) ||
        a.recipient.localeCompare(b.recipient) ||
        a.category.localeCompare(b.category),
    )
}

/** Documents denying each supplier → recipient pair in generic words, whatever category or status filter the table has. */
async function blanketDenials(store: Store, filters: ClaimFilters): Promise<Map<string, number>> {
  const { category: _category, status: _status, ...pair } = filters
  const { rows } = await sql<{ supplier: string; recipient: string; n: string }>`
    select c.supplier, c.recipient, count(distinct c.document_id) as n
    from effective_claims c
    where c.status = 'denied' and c.category = ${GENERIC_CATEGORY} and ${allOf([...claimConditions(pair), ...documentConditions(pair, 'c')])}
    group by c.supplier, c.recipient`.execute(store.db)
  return new Map(rows.map((row) => [`${row.supplier}>${row.recipient}`, Number(row.n)]))
}
