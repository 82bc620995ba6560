import { sql } from 'kysely'
import type { Store } from './open-store.js'

export interface StoreStats {
  readonly documents: number
  readonly statements: number
  readonly claims: number
  readonly outlets: number
  /** Near-duplicate clusters: documents that are not copies of another. */
  readonly clusters: number
  readonly reviews: number
  /** pg_database_size: bytes of the database as PostgreSQL counts them. */
  readonly databaseBytes: number
}

/** Row counts and size, for summaries, tests and the bench. */
export async function storeStats(store: Store): Promise<StoreStats> {
  const { rows } = await sql<Record<keyof StoreStats, string>>`
    select
      (select count(*) from documents) as documents,
      (select count(*) from statements) as statements,
      (select count(*) from claims) as claims,
      (select count(*) from outlets) as outlets,
      (select count(distinct cluster_key) from documents) as clusters,
      (select count(*) from claim_reviews) as reviews,
      pg_database_size(current_database()) as "databaseBytes"`.execute(store.db)
  const row = rows[0]!
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as unknown as StoreStats
}
