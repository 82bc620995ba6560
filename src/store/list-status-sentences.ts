import { sql } from 'kysely'
import type { ClaimSentence } from '../domain/evidence.js'
import type { Store } from './open-store.js'

export interface StatusSentenceQuery {
  /** Words that call a state a party, per language (data/legal/status-statements.yaml). */
  readonly phrases: Readonly<Record<string, readonly string[]>>
  /** Stems one of which every phrase holds: the first, cheap filter. */
  readonly anchors: readonly string[]
  /** Only claims to these recipients (the conflict's parties). */
  readonly recipients?: readonly string[]
}

/**
 * The sentences of effective claims that hold one of the phrases, accented or not, in any case.
 * Reading them scans every claim's sentence (0.4 s over 140,000 claims on PGlite), so the answer
 * is kept per search and store generation (table status_sentence_cache): paid once after each
 * change. findStatusStatements then reads the phrase as a whole word and the belligerent named.
 */
export async function listStatusSentences(store: Store, query: StatusSentenceQuery): Promise<ClaimSentence[]> {
  const forms = [...new Set(Object.values(query.phrases).flat().flatMap((phrase) => [phrase, phrase.normalize('NFD').replace(/\p{M}/gu, '')]))]
  if (forms.length === 0) return []
  const pattern = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  const recipients = [...new Set(query.recipients ?? [])].sort()
  const anchors = query.anchors.join('|')
  const search = JSON.stringify([pattern, anchors, recipients])
  const { rows: cached } = await sql<{ rows: ClaimSentence[] }>`
    select c.rows from status_sentence_cache c, store_generation g where c.search = ${search} and c.generation = g.n`.execute(store.db)
  if (cached[0]) return cached[0].rows
  const { rows: generation } = await sql<{ n: string }>`select n from store_generation`.execute(store.db)
  const only = recipients.length ? sql`and c.recipient in (${sql.join(recipients.map((r) => sql.val(r)))})` : sql``
  // Matched on the claims table (no view to compute per row), the anchors first (a few words, fast),
  // the phrases on what they leave; the few matches are then read as reviewed.
  const { rows } = await sql<{ claimId: string; documentId: string; supplier: string; recipient: string; via: string | null; sentence: string; day: string | null }>`
    select c.id as "claimId", c.document_id as "documentId", c.supplier, c.recipient, c.via, c.sentence_text as sentence,
      to_char(coalesce(c.published_at, c.captured_at) at time zone 'UTC', 'YYYY-MM-DD') as day
    from (select k.id from claims k where k.sentence_text ~* ${anchors} and k.sentence_text ~* ${pattern} offset 0) m
    join effective_claims c on c.id = m.id
    where true ${only}
    order by c.document_id, c.idx`.execute(store.db)
  // Kept with the generation read before the scan: a write meanwhile makes it stale, and the next reader scans again.
  await sql`
    insert into status_sentence_cache (search, generation, rows) values (${search}, ${generation[0]?.n ?? '0'}, ${JSON.stringify(rows)}::jsonb)
    on conflict (search) do update set generation = excluded.generation, rows = excluded.rows`.execute(store.db)
  return rows
}
