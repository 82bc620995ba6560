import { sql } from 'kysely'
import { allOf, documentConditions } from './claim-filters.js'
import type { Store } from './open-store.js'

export interface SourceQuery {
  /** Each state with the codes that roll up to it (IRN: IRN, IRGC). */
  readonly states: ReadonlyMap<string, readonly string[]>
  /** Recipient codes counted (the parties to the conflict and what rolls up to them). */
  readonly recipients: readonly string[]
  /** YYYY-MM-DD: only documents published by then. */
  readonly asOf?: string
}

/**
 * Independent sources per state: distinct independence keys (copies of one story and one
 * outlet count once) of its confirmed, asserted or reported claims of support to a recipient.
 * Claim tallies keep two keys at most, enough for the engine's "two independent sources" but
 * not for this count, hence one query over the claims.
 */
export async function countIndependentSources(store: Store, query: SourceQuery): Promise<Map<string, number>> {
  const pairs = [...query.states].flatMap(([state, codes]) => codes.map((code) => [state, code] as const))
  if (pairs.length === 0 || query.recipients.length === 0) return new Map()
  const dated = allOf(documentConditions(query.asOf ? { asOf: query.asOf } : {}, 'c'))
  const { rows } = await sql<{ state: string; n: number }>`
    select k.state, count(distinct c.independence_key)::int as n
    from unnest(${pairs.map(([state]) => state)}::text[], ${pairs.map(([, code]) => code)}::text[]) as k(state, code)
    join effective_claims c on c.supplier = k.code or c.via = k.code
    where c.status in ('confirmed', 'asserted', 'reported') and c.recipient = any(${[...query.recipients]}::text[]) and ${dated}
    group by k.state`.execute(store.db)
  return new Map(rows.map((row) => [row.state, row.n]))
}
