import { sql } from 'kysely'
import type { ClaimSentence } from '../assess/find-status-statements.js'
import { ftsConfigFor } from './fts-config-for.js'
import type { Store } from './open-store.js'

export interface StatusSentenceQuery {
  /** Words that call a state a party, per language (data/legal/status-statements.yaml). */
  readonly phrases: Readonly<Record<string, readonly string[]>>
  /** Only claims to these recipients (the conflict's parties). */
  readonly recipients?: readonly string[]
}

/**
 * The sentences of effective claims in documents whose text holds one of the phrases: the
 * document index finds the documents (a phrase query per language, OR-ed), so the claims of the
 * few documents found are all that is read. The phrase itself is matched in the sentence by
 * findStatusStatements.
 */
export async function listStatusSentences(store: Store, query: StatusSentenceQuery): Promise<ClaimSentence[]> {
  const queries = Object.entries(query.phrases).flatMap(([lang, phrases]) => phrases.map((phrase) => sql`phraseto_tsquery(${ftsConfigFor(lang)}::regconfig, ${phrase})`))
  if (queries.length === 0) return []
  const recipients = query.recipients?.length ? sql`and c.recipient in (${sql.join(query.recipients.map((r) => sql.val(r)))})` : sql``
  const { rows } = await sql<{ id: string; document_id: string; supplier: string; recipient: string; via: string | null; sentence_text: string; day: string | null }>`
    select c.id, c.document_id, c.supplier, c.recipient, c.via, c.sentence_text,
      to_char(coalesce(c.published_at, c.captured_at) at time zone 'UTC', 'YYYY-MM-DD') as day
    from effective_claims c
    where c.document_id in (select s.document_id from document_search s where s.fts @@ (${sql.join(queries, sql` || `)}))
      and c.sentence_text is not null ${recipients}
    order by c.document_id, c.idx`.execute(store.db)
  return rows.map((row) => ({ claimId: row.id, documentId: row.document_id, supplier: row.supplier, recipient: row.recipient, via: row.via, sentence: row.sentence_text, day: row.day }))
}
