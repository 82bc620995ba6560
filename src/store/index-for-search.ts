import { sql, type RawBuilder, type Transaction } from 'kysely'
import type { Database } from './database.js'

/**
 * (Re)computes the search rows of stored documents (title, text, live claims) and of their
 * quotes: each text-search vector is computed here, once. `facets`, parallel to `ids`, are
 * the documents' facets when the caller knows them (new documents: every claim is live);
 * otherwise they are read from the live claims.
 */
export async function indexForSearch(trx: Transaction<Database>, ids: readonly string[], facets?: readonly (readonly string[])[]): Promise<void> {
  if (ids.length === 0) return
  await trx.deleteFrom('document_search').where('document_id', 'in', ids).execute()
  await trx.deleteFrom('statement_search').where('document_id', 'in', ids).execute()
  await sql`
    insert into statement_search (statement_id, document_id, fts_config, published_at, fts)
    select s.id, s.document_id, s.fts_config, d.published_at, to_tsvector(s.fts_config, coalesce(s.speaker, '') || ' ' || s.text)
    from statements s join documents d on d.id = s.document_id
    where s.document_id = any(${sql.val(ids)}::text[])`.execute(trx)
  const vector = sql`setweight(to_tsvector(d.fts_config, coalesce(d.title, '')), 'A') || setweight(to_tsvector(d.fts_config, d.text), 'B')`
  if (facets)
    await sql`
      insert into document_search (document_id, fts_config, published_at, outlet_id, fts, facets)
      select d.id, d.fts_config, d.published_at, d.outlet_id, ${vector}, f.facets::text[]
      from unnest(${sql.val(ids)}::text[], ${sql.val(facets.map(arrayLiteral))}::text[]) as f(id, facets)
      join documents d on d.id = f.id`.execute(trx)
  else
    await sql`
      insert into document_search (document_id, fts_config, published_at, outlet_id, fts, facets)
      select d.id, d.fts_config, d.published_at, d.outlet_id, ${vector}, ${facetsOf(sql.ref('d.id'))}
      from documents d where d.id = any(${sql.val(ids)}::text[])`.execute(trx)
}

/** Recomputes the search facets of documents whose claims were reviewed. */
export async function refreshFacets(trx: Transaction<Database>, ids: readonly string[]): Promise<void> {
  await sql`update document_search d set facets = ${facetsOf(sql.ref('d.document_id'))} where d.document_id in (${sql.join(ids)})`.execute(trx)
}

const facetsOf = (documentId: RawBuilder<unknown> | ReturnType<typeof sql.ref>) => sql`coalesce((
  select array_agg(distinct f order by f) from live_claims c
  cross join lateral (values ('s:' || c.supplier), ('r:' || c.recipient), ('c:' || c.category), ('t:' || c.status)) v(f)
  where c.document_id = ${documentId}), '{}')`

/** A text[] literal: one array of facets travels as one element of the text[] parameter. */
const arrayLiteral = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`
