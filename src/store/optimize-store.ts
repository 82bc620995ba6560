import { sql } from 'kysely'
import type { Store } from './open-store.js'

/**
 * After a bulk write: moves the GIN indexes' pending entries into the index proper (every
 * search scans the pending list linearly until then, and PGlite has no autovacuum to do it)
 * and refreshes planner statistics, without which PostgreSQL may scan every text-search
 * vector instead of using the index.
 */
export async function optimizeStore(store: Store): Promise<void> {
  for (const index of ['document_search_fts', 'statement_search_fts', 'documents_bands'])
    await sql`select gin_clean_pending_list(${index}::regclass)`.execute(store.db)
  await sql`analyze documents, document_search, statements, statement_search, claims`.execute(store.db)
}
