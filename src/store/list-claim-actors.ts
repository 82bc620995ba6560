import { sql } from 'kysely'
import type { Store } from './open-store.js'

/** An actor code as it appears in live claims. */
export interface ClaimActor {
  readonly code: string
  /** Live claims where it supplies (directly or through an organ), receives, and in all. */
  readonly asSupplier: number
  readonly asRecipient: number
  readonly claims: number
}

/** Every actor named by a live claim, as supplier, organ or recipient, most claims first. */
export async function listClaimActors(store: Store): Promise<ClaimActor[]> {
  const { rows } = await sql<{ code: string; supplier: string; recipient: string }>`
    select code, sum(s) as supplier, sum(r) as recipient from (
      select supplier as code, count(*) as s, 0 as r from live_claims group by supplier
      union all select via as code, count(*) as s, 0 as r from live_claims where via is not null and via <> supplier group by via
      union all select recipient as code, 0 as s, count(*) as r from live_claims group by recipient
    ) t group by code`.execute(store.db)
  return rows
    .map((row) => ({ code: row.code, asSupplier: Number(row.supplier), asRecipient: Number(row.recipient), claims: Number(row.supplier) + Number(row.recipient) }))
    .sort((a, b) => b.claims - a.claims || a.code.localeCompare(b.code))
}
