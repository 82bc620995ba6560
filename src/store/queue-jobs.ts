import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from './database.js'

/**
 * Leaves a queued job no retry (pg-boss's job table in `schema`): failed now, it goes straight to
 * failed with its error instead of being tried again.
 */
export async function exhaustJobRetries(db: Kysely<Database>, schema: string, queue: string, jobId: string): Promise<void> {
  await sql`update ${sql.id(schema)}.job set retry_limit = retry_count where name = ${queue} and id = ${jobId}::uuid`.execute(db)
}

/** A statement runner on a store transaction, for a queue library that runs its own SQL inside it (pg-boss's `db` option). */
export function statementRunnerOn(trx: Transaction<Database>): { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> } {
  return { executeSql: (text, values) => trx.executeQuery(CompiledQuery.raw(text, values)) as Promise<{ rows: unknown[] }> }
}
