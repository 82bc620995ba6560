import { sql } from 'kysely'
import { STATUS_STRENGTH, STATUSES, type Category, type Status } from '../domain/vocabulary.js'
import { allOf, claimConditions, documentConditions, type ClaimFilters } from './claim-filters.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

/** All live claims from one supplier to one recipient, whatever the category. */
export interface NetworkEdge {
  readonly supplier: string
  readonly recipient: string
  readonly categories: readonly Category[]
  /** Strongest affirmative status; `denied` when only denials exist. */
  readonly strongestStatus: Status
  readonly claims: number
  readonly documents: number
  /** Distinct independent sources over every category (copies of one story and one outlet count once). */
  readonly independentOutlets: number
  readonly denials: number
  readonly firstSeen: string | null
  readonly lastSeen: string | null
}

export interface Network {
  readonly edges: NetworkEdge[]
  /** Publication dates of the first and last dated claim in the store, for a date slider. */
  readonly first: string | null
  readonly last: string | null
}

const strengthCase = sql`case c.status ${sql.join(
  STATUSES.map((status) => sql`when ${sql.lit(status)} then ${sql.lit(STATUS_STRENGTH[status])}`),
  sql` `,
)} else 0 end`
const byStrength = new Map(STATUSES.filter((s) => s !== 'denied').map((s) => [STATUS_STRENGTH[s], s]))

/** The supplier → recipient graph of live claims matching the filters. */
export async function listNetworkEdges(store: Store, filters: ClaimFilters = {}): Promise<Network> {
  const affirmative = sql`c.status <> 'denied'`
  const [edges, bounds] = await Promise.all([
    sql<{
      supplier: string
      recipient: string
      categories: string[]
      claims: string
      documents: string
      independent: string
      denials: string
      strength: number | null
      first_seen: Date | null
      last_seen: Date | null
    }>`
      select c.supplier, c.recipient, array_agg(distinct c.category order by c.category) as categories,
        count(*) filter (where ${affirmative}) as claims,
        count(distinct c.document_id) filter (where ${affirmative}) as documents,
        count(distinct c.independence_key) filter (where ${affirmative}) as independent,
        count(distinct c.document_id) filter (where c.status = 'denied') as denials,
        max(${strengthCase}) filter (where ${affirmative}) as strength,
        min(c.published_at) as first_seen, max(c.published_at) as last_seen
      from effective_claims c
      where ${allOf([...claimConditions(filters), ...documentConditions(filters, 'c')])}
      group by c.supplier, c.recipient`.execute(store.db),
    sql<{ first: Date | null; last: Date | null }>`select min(published_at) as first, max(published_at) as last from effective_claims`.execute(store.db),
  ])
  return {
    first: isoDay(bounds.rows[0]?.first),
    last: isoDay(bounds.rows[0]?.last),
    edges: edges.rows
      .map((row) => ({
        supplier: row.supplier,
        recipient: row.recipient,
        categories: row.categories as Category[],
        strongestStatus: (row.strength === null ? 'denied' : (byStrength.get(Number(row.strength)) ?? 'opinion')) as Status,
        claims: Number(row.claims),
        documents: Number(row.documents),
        independentOutlets: Number(row.independent),
        denials: Number(row.denials),
        firstSeen: isoDay(row.first_seen),
        lastSeen: isoDay(row.last_seen),
      }))
      .sort((a, b) => b.independentOutlets - a.independentOutlets || a.supplier.localeCompare(b.supplier) || a.recipient.localeCompare(b.recipient)),
  }
}
