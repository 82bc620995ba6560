import { sql } from 'kysely'
import type { Store } from './open-store.js'

/**
 * A value that changes whenever anything is written to the store, by this process or another:
 * the current transaction snapshot (xmin:xmax:in-progress). Reading queries get no transaction
 * id, so only writes move it; it costs no table scan, which matters on PGlite, whose queries run
 * on the server's own thread.
 */
export async function storeFingerprint(store: Store): Promise<string> {
  const { rows } = await sql<{ snapshot: string }>`select pg_current_snapshot()::text as snapshot`.execute(store.db)
  return rows[0]!.snapshot
}

/** When the newest document was stored (ISO), or null for an empty store. */
export async function lastIngestAt(store: Store): Promise<string | null> {
  const { rows } = await sql<{ at: Date | null }>`select max(created_at) as at from documents`.execute(store.db)
  return rows[0]?.at ? rows[0].at.toISOString() : null
}
