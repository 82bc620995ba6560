import { sql, type RawBuilder } from 'kysely'
import { allOf, claimConditions, documentConditions, hasClaimConditions, type ClaimFilters } from './claim-filters.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

export interface SearchOptions extends ClaimFilters {
  readonly limit?: number
  readonly offset?: number
  /** Search documents, quotes, or both (default). */
  readonly in?: 'documents' | 'quotes' | 'all'
}

export interface SearchHit {
  readonly kind: 'document' | 'quote'
  readonly documentId: string
  readonly statementId: string | null
  readonly speaker: string | null
  readonly title: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly lang: string
  readonly rank: number
  /** Fragments with the matched words between `**` marks. */
  readonly snippet: string
}

/** Highlight marks for ts_headline; `**` reads as emphasis in Markdown and is easy to restyle. */
export const HIGHLIGHT_START = '**'
export const HIGHLIGHT_STOP = '**'
const HEADLINE = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`

/** Broad queries rank this many of their most recent matches (see searchStore). */
export const RANKED_MATCHES = 500

/**
 * Full-text search (websearch syntax: words, "phrases", -exclusions, or) over documents and
 * quotes, each in its own language configuration: the query is stemmed once per configuration
 * in use, one GIN index scan each. Matches are ranked with ts_rank (length-normalised); a query
 * matching more than RANKED_MATCHES documents ranks its most recent RANKED_MATCHES (for a
 * phrase: the phrase's words), so broad queries stay fast on large stores; narrow them with
 * words or --since/--until to reach older documents. Snippets come from ts_headline on the
 * final page only.
 */
export async function searchStore(store: Store, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const q = query.trim()
  if (!q) return []
  const limit = Math.max(1, Math.min(options.limit ?? 20, 1000))
  const offset = Math.max(0, options.offset ?? 0)
  const configs = (await store.db.selectFrom('fts_configs').select(sql<string>`name::text`.as('name')).execute()).map((r) => r.name)
  if (configs.length === 0) return []
  const docConditions = [...documentConditions(options, 'd')]
  if (hasClaimConditions(options))
    docConditions.push(sql`exists (select 1 from effective_claims c where c.document_id = d.id and ${allOf(claimConditions(options))})`)
  const where = allOf(docConditions)
  const top = limit + offset
  // A phrase needs word positions, which the index does not hold: every candidate's vector
  // would be read. Candidates are found with the words alone; the phrase is checked on the
  // RANKED_MATCHES most recent of them.
  const loose = q.includes('"') ? q.replace(/"/g, ' ') : q
  const strict = (alias: string) => (loose === q ? sql`true` : sql`${sql.ref(`${alias}.fts`)} @@ websearch_to_tsquery(${sql.ref(`${alias}.fts_config`)}, ${q})`)
  // One arm per configuration: the index answers `fts @@ query`; only the cheap config test is left to the rows.
  const arms = (select: RawBuilder<unknown>, from: RawBuilder<unknown>, alias: string): RawBuilder<unknown> =>
    sql.join(
      configs.map(
        (config) =>
          sql`(select ${select} from ${from} where ${sql.ref(`${alias}.fts`)} @@ websearch_to_tsquery(${config}::regconfig, ${loose}) and ${sql.ref(`${alias}.fts_config`)} = ${config}::regconfig and ${where})`,
      ),
      sql` union all `,
    )
  const parts: RawBuilder<unknown>[] = []
  if (scopeOf(options) !== 'quotes')
    parts.push(sql`(select 'document' as kind, m.id as document_id, null::text as statement_id,
        ts_rank(m.fts, websearch_to_tsquery(m.fts_config, ${q}), 1) as rank
      from (select * from (${arms(sql`d.id, d.fts, d.fts_config, d.published_at`, sql`documents d`, 'd')}) a
            order by a.published_at desc nulls last, a.id limit ${RANKED_MATCHES}) m
      where ${strict('m')}
      order by rank desc, m.id limit ${top})`)
  if (scopeOf(options) !== 'documents')
    parts.push(sql`(select 'quote' as kind, m.document_id, m.id as statement_id,
        ts_rank(m.fts, websearch_to_tsquery(m.fts_config, ${q}), 1) as rank
      from (select * from (${arms(sql`s.id, s.document_id, s.fts, s.fts_config, d.published_at`, sql`statements s join documents d on d.id = s.document_id`, 's')}) a
            order by a.published_at desc nulls last, a.id limit ${RANKED_MATCHES}) m
      where ${strict('m')}
      order by rank desc, m.id limit ${top})`)
  const result = await sql<{
    kind: 'document' | 'quote'
    document_id: string
    statement_id: string | null
    rank: number
    speaker: string | null
    title: string | null
    url: string | null
    outlet: string | null
    published_at: Date | null
    lang: string
    snippet: string
  }>`
    with hits as (${sql.join(parts, sql` union all `)}),
    page as (select * from hits order by rank desc, document_id, statement_id nulls first limit ${limit} offset ${offset})
    select page.kind, page.document_id, page.statement_id, page.rank, s.speaker, d.title, d.url, o.name as outlet, d.published_at, d.lang,
      case when page.kind = 'document'
        then ts_headline(d.fts_config, d.text, websearch_to_tsquery(d.fts_config, ${q}), ${HEADLINE})
        else ts_headline(s.fts_config, s.text, websearch_to_tsquery(s.fts_config, ${q}), ${HEADLINE})
      end as snippet
    from page
    join documents d on d.id = page.document_id
    left join statements s on s.id = page.statement_id
    left join outlets o on o.id = d.outlet_id
    order by page.rank desc, page.document_id, page.statement_id nulls first`.execute(store.db)
  return result.rows.map((row) => ({
    kind: row.kind,
    documentId: row.document_id,
    statementId: row.statement_id,
    speaker: row.speaker,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    publishedAt: isoDay(row.published_at),
    lang: row.lang,
    rank: Number(row.rank),
    snippet: row.snippet.replace(/\s+/g, ' ').trim(),
  }))
}

const scopeOf = (options: SearchOptions): 'documents' | 'quotes' | 'all' => options.in ?? 'all'
