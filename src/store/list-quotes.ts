import { sql, type RawBuilder } from 'kysely'
import { CobelError } from '../domain/errors.js'
import { allOf, documentConditions, type ClaimFilters } from './claim-filters.js'
import { storedQuoteOf, type QuoteRow, type StoredQuote } from './get-document.js'
import type { ReviewState } from './database.js'
import type { Store } from './open-store.js'
import type { PageQuery, Paged } from './paging.js'
import { isoDay } from './parse-published-at.js'

export interface QuoteQuery extends Pick<ClaimFilters, 'since' | 'until' | 'asOf' | 'outlet'>, PageQuery {
  /** Speaker name, case-insensitive substring. */
  readonly speaker?: string
  /** Actor code the speaker stands for. */
  readonly speakerActor?: string
  /** Quotes about an actor: said by it, stating a claim about it, or in a document where it supplies someone. */
  readonly about?: string
  readonly documentId?: string
  /** Full-text query on the quote and its speaker. */
  readonly q?: string
  /** Review states to include (default: all but rejected). */
  readonly review?: readonly ReviewState[]
}

export interface QuoteWithSource extends StoredQuote {
  readonly document: { readonly title: string | null; readonly url: string | null; readonly outlet: string | null; readonly publishedAt: string | null }
}

function conditionsOf(query: QuoteQuery): RawBuilder<unknown>[] {
  const out = documentConditions(query, 'd')
  if (query.speaker) out.push(sql`s.speaker ilike ${`%${query.speaker.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`)
  if (query.speakerActor) out.push(sql`s.speaker_actor = ${query.speakerActor}`)
  if (query.documentId) out.push(sql`s.document_id = ${query.documentId}`)
  if (query.about) {
    const actor = query.about
    // A quote is about a state when the state speaks it or a live claim naming the state rests on it or on its words;
    // sharing a document with such a claim is not enough (a quote about Iran in an article that also names Russia).
    out.push(sql`(s.speaker_actor = ${actor}
      or s.id in (select c.statement_id from claims c join live_claims l on l.id = c.id
                  where c.statement_id is not null and (l.supplier = ${actor} or l.recipient = ${actor} or l.via = ${actor}))
      or exists (select 1 from live_claims l where l.document_id = s.document_id
                  and (l.supplier = ${actor} or l.recipient = ${actor} or l.via = ${actor})
                  and l.evidence_start < s.span_end and l.evidence_end > s.span_start))`)
  }
  const q = query.q?.trim()
  // Each quote matches in its own language; the vectors live in statement_search (computed once, at ingest).
  if (q)
    out.push(sql`s.id in (select ss.statement_id from statement_search ss join fts_configs f on ss.fts_config = f.name
      where ss.fts @@ websearch_to_tsquery(f.name, ${q}))`)
  return out
}

/** Quotes with their speakers and source documents, newest first; corrections applied, rejected quotes left out unless asked for. */
export async function listQuotes(store: Store, query: QuoteQuery): Promise<Paged<QuoteWithSource>> {
  const review = query.review?.length ? sql`s.review_state in (${sql.join(query.review.map((state) => sql.val(state)))})` : sql`s.review_state <> 'rejected'`
  const where = allOf([...conditionsOf(query), review])
  const from = sql`reviewed_statements s join documents d on d.id = s.document_id left join outlets o on o.id = d.outlet_id`
  const [page, count] = await Promise.all([
    sql<QuoteRow & { title: string | null; url: string | null; outlet: string | null; published_at: Date | null }>`
      select s.id, s.document_id, s.idx, s.span_start, s.span_end, s.text, s.kind, s.speaker, s.role, s.org,
        s.speaker_type, s.speaker_actor, s.standing, s.verb, s.rule, s.origin, s.review_state,
        s.x_speaker, s.x_role, s.x_org, s.x_speaker_actor, s.x_span_start, s.x_span_end, d.title, d.url, o.name as outlet, d.published_at
      from ${from} where ${where}
      order by d.published_at desc nulls last, s.document_id, s.idx
      limit ${query.limit} offset ${query.offset}`.execute(store.db),
    sql<{ n: string }>`select count(*) as n from ${from} where ${where}`.execute(store.db),
  ])
  return {
    total: Number(count.rows[0]?.n ?? 0),
    items: page.rows.map((q) => ({
      ...storedQuoteOf(q),
      document: { title: q.title, url: q.url, outlet: q.outlet, publishedAt: isoDay(q.published_at) },
    })),
  }
}

/** One quote by id, any review state, with its source document; ERR_NOT_FOUND when there is none. */
export async function getQuoteOrThrow(store: Store, id: string): Promise<QuoteWithSource> {
  const { rows } = await sql<QuoteRow & { title: string | null; url: string | null; outlet: string | null; published_at: Date | null }>`
    select s.*, d.title, d.url, o.name as outlet, d.published_at
    from reviewed_statements s join documents d on d.id = s.document_id left join outlets o on o.id = d.outlet_id
    where s.id = ${id}`.execute(store.db)
  const q = rows[0]
  if (!q) throw new CobelError('ERR_NOT_FOUND', `no quote ${id}`)
  return { ...storedQuoteOf(q), document: { title: q.title, url: q.url, outlet: q.outlet, publishedAt: isoDay(q.published_at) } }
}
