import { sql } from 'kysely'
import type { Category } from '../domain/vocabulary.js'
import { allOf, claimConditions, documentConditions, type ClaimFilters } from './claim-filters.js'
import { MERGED_AGGREGATES, mergedCountsOf, type MergedAggregates, type MergedCounts } from './list-merged-claims.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

/** All live claims from one supplier to one recipient, whatever the category, counted as in the merged table (independent sources over every category). */
export interface NetworkEdge extends MergedCounts {
  readonly supplier: string
  readonly recipient: string
  readonly categories: readonly Category[]
}

export interface Network {
  readonly edges: NetworkEdge[]
  /** Publication dates of the first and last dated claim in the store, for a date slider. */
  readonly first: string | null
  readonly last: string | null
}

/** The supplier → recipient graph of live claims matching the filters. */
export async function listNetworkEdges(store: Store, filters: ClaimFilters = {}): Promise<Network> {
  const [edges, bounds] = await Promise.all([
    sql<MergedAggregates & { supplier: string; recipient: string; categories: string[] }>`
      select c.supplier, c.recipient, array_agg(distinct c.category order by c.category) as categories, ${MERGED_AGGREGATES}
      from effective_claims c
      where ${allOf([...claimConditions(filters), ...documentConditions(filters, 'c')])}
      group by c.supplier, c.recipient`.execute(store.db),
    sql<{ first: Date | null; last: Date | null }>`select min(published_at) as first, max(published_at) as last from effective_claims`.execute(store.db),
  ])
  return {
    first: isoDay(bounds.rows[0]?.first),
    last: isoDay(bounds.rows[0]?.last),
    edges: edges.rows
      .map((row) => ({ supplier: row.supplier, recipient: row.recipient, categories: row.categories as Category[], ...mergedCountsOf(row) }))
      .sort((a, b) => b.independentOutlets - a.independentOutlets || a.supplier.localeCompare(b.supplier) || a.recipient.localeCompare(b.recipient)),
  }
}
