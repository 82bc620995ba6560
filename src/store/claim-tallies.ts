import { sql } from 'kysely'
import { claimCount, ORIGIN_USE_RULE, type EvidenceClaim, type SourceClass } from '../domain/evidence.js'
import type { Category, Status } from '../domain/vocabulary.js'
import { actorCondition, allOf } from './claim-filters.js'
import { listEvidenceClaims } from './list-evidence-claims.js'
import type { Store } from './open-store.js'

export interface TallyQuery {
  /** YYYY-MM-DD: only claims published by the end of that day (undated ones: captured by then). */
  readonly asOf?: string
  /** Actor codes: claims where one of them is the supplier or the organ the claim went through. */
  readonly actors?: readonly string[]
  /**
   * Days the engine compares claim dates with (see evidenceBoundaries). Days on the same side of
   * every boundary are counted together, each boundary day apart; without boundaries, every
   * day is its own entry (what a timeline replays).
   */
  readonly boundaries?: readonly string[]
}

/**
 * Rebuilds the claim tallies when claims or documents changed since they were built. Safe with
 * several processes on one server: rebuilders queue on a table lock, and one that waited finds
 * the tallies current. The rebuild reads one snapshot (repeatable read), so the generation it
 * records is that of the claims it counted; a write committed meanwhile moves the generation
 * past it and the next reader rebuilds again.
 */
export async function refreshClaimTallies(store: Store): Promise<{ readonly rebuilt: boolean }> {
  return store.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    // A lock statement takes no snapshot: the snapshot starts after the wait, with any rebuild that finished.
    await sql`lock table claim_tallies in exclusive mode`.execute(trx)
    if (await isCurrent(trx)) return { rebuilt: false }
    await sql`delete from claim_tallies`.execute(trx)
    // Undated documents count at their capture day, marked; the three smallest independence keys tell one, two or three sources apart.
    await sql`
      insert into claim_tallies (supplier, recipient, category, status, via, context, source_actor, source_class, implied_by_use, undated, day, n, first_id, keys)
      select supplier, recipient, category, status, via, coalesce(context, '{}'::jsonb), source_actor, source_class, rule = ${ORIGIN_USE_RULE},
        published_at is null, (coalesce(published_at, captured_at) at time zone 'UTC')::date,
        count(*), min(id), (array_agg(distinct independence_key order by independence_key))[1:3]
      from effective_claims
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`.execute(trx)
    await sql`update claim_tallies_state set generation = (select n from store_generation), built_at = now()`.execute(trx)
    return { rebuilt: true }
  })
}

async function isCurrent(db: Store['db']): Promise<boolean> {
  const { rows } = await sql<{ current: boolean }>`
    select (select generation from claim_tallies_state) = (select n from store_generation) as current`.execute(db)
  return rows[0]?.current === true
}

interface TallyRow {
  first_id: string
  supplier: string
  recipient: string
  category: string
  status: string
  via: string | null
  context: EvidenceClaim['context'] | null
  source_actor: string | null
  source_class: SourceClass | null
  implied_by_use: boolean
  undated: boolean
  first: string | null
  last: string | null
  n: number
  keys: string
}

/**
 * The evidence the legal engine weighs, summarised: one entry per set of claims that agree in
 * everything the engine reads, with how many claims it stands for (count), their first and
 * last days and up to two of their independence keys. The entry's id is one of its claims,
 * whose words claimTexts reads when it is listed. Rebuilds the tallies first when stale.
 */
export async function listEvidenceTallies(store: Store, query: TallyQuery = {}): Promise<EvidenceClaim[]> {
  if (!(await isCurrent(store.db))) await refreshClaimTallies(store)
  const conditions = []
  if (query.asOf) conditions.push(sql`t.day <= ${query.asOf}::date`)
  if (query.actors?.length) conditions.push(actorCondition(query.actors, 't'))
  const where = allOf(conditions)
  // Days on the same side of every boundary share a period; a boundary day is a period of its own.
  const bounds = query.boundaries ? `{${[...new Set(query.boundaries)].sort().join(',')}}` : null
  const period = bounds ? sql`width_bucket(t.day, ${bounds}::date[]) * 2 + (t.day = any(${bounds}::date[]))::int` : sql`t.day`
  // Few rows come back (hundreds), so they come as rows; the listed claim is the smallest id.
  const { rows } = await sql<TallyRow>`
    select min(first_id) as first_id, supplier, recipient, category, status, via, context, source_actor, source_class, implied_by_use, undated,
      min(day)::text as first, max(day)::text as last, sum(n)::int as n, jsonb_agg(t.keys)::text as keys
    from claim_tallies t
    where ${where}
    group by supplier, recipient, category, status, via, context, source_actor, source_class, implied_by_use, undated, ${period}
    order by first nulls last, first_id`.execute(store.db)
  return rows.map(evidenceOfTally)
}

/** Up to this many claims, the engine reads them one by one, so that every claim is listed. */
const ITEMIZED_CLAIMS = 2000

/**
 * What the legal engine reads: the claims themselves while there are at most ITEMIZED_CLAIMS
 * of them (every claim then listed with its own words), their tallies beyond (verdicts the
 * same, listings by representative claim with a count). The tallies are read first either way:
 * their counts say which.
 */
export async function listAssessedEvidence(store: Store, query: TallyQuery = {}): Promise<EvidenceClaim[]> {
  const tallies = await listEvidenceTallies(store, query)
  if (tallies.reduce((sum, t) => sum + claimCount(t), 0) > ITEMIZED_CLAIMS) return tallies
  return listEvidenceClaims(store, { withText: false, ...(query.asOf ? { asOf: query.asOf } : {}), ...(query.actors ? { actors: query.actors } : {}) })
}

const evidenceOfTally = ({ first_id: id, supplier, recipient, category, status, via, context, source_actor, source_class, implied_by_use, undated, first, last, n: count, keys }: TallyRow): EvidenceClaim => {
  // The three smallest distinct keys of the tallies merged into this entry.
  const independenceKeys = [...new Set((JSON.parse(keys) as string[][]).flat())].sort().slice(0, 3)
  return {
    id,
    // The listed claim's document, date, attribution and words come with its words (claimTexts).
    documentId: '',
    supplier,
    recipient,
    category: category as Category,
    status: status as Status,
    attributedTo: null,
    evidence: '',
    sentence: null,
    documentTitle: null,
    url: null,
    outlet: null,
    publishedAt: first,
    lastPublishedAt: last,
    independenceKey: independenceKeys[0] ?? '',
    independenceKeys,
    via,
    context: context ?? {},
    review: 'pending',
    count,
    source: { actor: source_actor, class: source_class },
    ...(implied_by_use ? { impliedByUse: true } : {}),
    ...(undated ? { undated: true } : {}),
  }
}
