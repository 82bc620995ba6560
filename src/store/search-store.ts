import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from './database.js'
import { allOf, documentConditions, type ClaimFilters } from './claim-filters.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

/** Claim filters keep documents whose live claims include each value given (see facetConditions). */
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

/** Snippets are cut from a window of the text around the first match. */
const SNIPPET_BEFORE = 600
const SNIPPET_WINDOW = 1800

/** Broad queries rank this many of their most recent matches (see searchStore). */
export const RANKED_MATCHES = 200

/**
 * Full-text search (websearch syntax: words, "phrases", -exclusions, or) over documents and
 * quotes, each in its own language configuration: the query is stemmed once per configuration
 * in use (configurations that stem it alike share one scan). Matches are ranked with ts_rank
 * (length-normalised); a query matching more than RANKED_MATCHES documents (or quotes) ranks
 * its most recent RANKED_MATCHES (for a phrase: of the phrase's words), so broad queries stay
 * fast on large stores; narrow them with words or --since/--until to reach older documents.
 * Snippets come from ts_headline on a window of the text, for the final page only.
 */
export async function searchStore(store: Store, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const q = query.trim()
  if (!q) return []
  return store.db.transaction().execute(async (trx) => {
    // The planner prices a sequential scan without the cost of reading every document's
    // text-search vector out of TOAST, and picks it for common words: ten times slower.
    await sql`set local enable_seqscan = off`.execute(trx)
    // Starting parallel workers costs more than these index-driven queries take.
    await sql`set local max_parallel_workers_per_gather = 0`.execute(trx)
    return search(trx, q, options)
  })
}

async function search(db: Kysely<Database>, q: string, options: SearchOptions): Promise<SearchHit[]> {
  const limit = Math.max(1, Math.min(options.limit ?? 20, 1000))
  const offset = Math.max(0, options.offset ?? 0)
  const stemmings = await stemmingsOf(db, q)
  if (!stemmings) return []
  return readPage(db, q, hitQueries(q, options, stemmings, limit + offset), limit, offset)
}

/** The query's stemmings, each with the configurations that stem it so; null when none stems it to anything. */
interface Stemmings {
  readonly groups: ReadonlyMap<string, readonly string[]>
  /** One stemming for every configuration in use: no configuration test is needed. */
  readonly everyConfig: boolean
}

async function stemmingsOf(db: Kysely<Database>, q: string): Promise<Stemmings | null> {
  // Configurations that stem the query alike share one index scan (Ukraine → 'ukrain' in
  // English and French); an all-stopword query matches nothing in its configuration.
  const { rows: stems } = await sql<{ config: string; query: string }>`
    select name::text as config, websearch_to_tsquery(name, ${q.includes('"') ? q.replace(/"/g, ' ') : q})::text as query from fts_configs`.execute(db)
  const groups = new Map<string, string[]>()
  for (const { config, query } of stems) if (query) groups.set(query, [...(groups.get(query) ?? []), config])
  if (groups.size === 0) return null
  const everyConfig = groups.size === 1 && stems.every((row) => row.query === stems[0]!.query)
  return { groups, everyConfig }
}

/** The queries of the matches, documents and quotes, each ranked and cut to the first `top`. */
function hitQueries(q: string, options: SearchOptions, { groups, everyConfig }: Stemmings, top: number): RawBuilder<unknown>[] {
  const docConditions = [...documentConditions(options, 'd'), ...facetConditions(options)]
  const where = allOf(docConditions)
  // A phrase needs word positions, which the index does not hold: every candidate's vector
  // would be read. Candidates are found with the words alone; the phrase is checked on the
  // RANKED_MATCHES most recent of them.
  const loose = q.includes('"') ? q.replace(/"/g, ' ') : q
  const strict = (alias: string) => (loose === q ? sql`true` : sql`${sql.ref(`${alias}.fts`)} @@ websearch_to_tsquery(${sql.ref(`${alias}.fts_config`)}, ${q})`)
  // One arm per stemming, each returning its RANKED_MATCHES most recent matches: for a rare
  // word the planner reads the text-search index, for a common one it walks the date index
  // from the newest row and stops early (checking the vector of each row it passes).
  const arms = (select: RawBuilder<unknown>, from: RawBuilder<unknown>, alias: string): RawBuilder<unknown> =>
    sql.join(
      [...groups.values()].map((configs) => {
        const config = sql`${sql.ref(`${alias}.fts_config`)} in (${sql.join(configs.map((c) => sql`${c}::regconfig`))})`
        return sql`(select ${select} from ${from}
          where ${sql.ref(`${alias}.fts`)} @@ websearch_to_tsquery(${configs[0]!}::regconfig, ${loose}) and ${everyConfig ? sql`true` : config} and ${where}
          order by ${sql.ref(`${alias}.published_at`)} desc nulls last limit ${RANKED_MATCHES})`
      }),
      sql` union all `,
    )
  const parts: RawBuilder<unknown>[] = []
  if (scopeOf(options) !== 'quotes')
    parts.push(sql`(select 'document' as kind, m.id as document_id, null::text as statement_id,
        ts_rank(m.fts, websearch_to_tsquery(m.fts_config, ${q}), 1) as rank
      from (select * from (${arms(sql`d.document_id as id, d.fts, d.fts_config, d.published_at`, sql`document_search d`, 'd')}) a
            order by a.published_at desc nulls last, a.id limit ${RANKED_MATCHES}) m
      where ${strict('m')}
      order by rank desc, m.id limit ${top})`)
  if (scopeOf(options) !== 'documents')
    parts.push(sql`(select 'quote' as kind, m.document_id, m.id as statement_id,
        ts_rank(m.fts, websearch_to_tsquery(m.fts_config, ${q}), 1) as rank
      from (select * from (${arms(
        sql`s.statement_id as id, s.document_id, s.fts, s.fts_config, s.published_at`,
        docConditions.length ? sql`statement_search s join document_search d on d.document_id = s.document_id` : sql`statement_search s`,
        's',
      )}) a
            order by a.published_at desc nulls last, a.id limit ${RANKED_MATCHES}) m
      where ${strict('m')}
      order by rank desc, m.id limit ${top})`)
  return parts
}

/** One page of the hits, best first, each with its document, speaker and snippet. */
async function readPage(db: Kysely<Database>, q: string, parts: readonly RawBuilder<unknown>[], limit: number, offset: number): Promise<SearchHit[]> {
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
      ts_headline(src.config, substring(src.body from greatest(1, w.at - ${SNIPPET_BEFORE}) for ${SNIPPET_WINDOW}), src.query, ${HEADLINE}) as snippet
    from page
    join documents d on d.id = page.document_id
    left join statements s on s.id = page.statement_id
    left join outlets o on o.id = d.outlet_id
    cross join lateral (
      select coalesce(s.fts_config, d.fts_config) as config, coalesce(s.text, d.text) as body,
        websearch_to_tsquery(coalesce(s.fts_config, d.fts_config), ${q}) as query
    ) src
    -- Where a stem of the query first occurs (stems are mostly word prefixes): the snippet is
    -- cut from a window there, since ts_headline parses all it is given.
    cross join lateral (
      select coalesce(min(nullif(strpos(lower(src.body), replace(m[1], '''''', '''')), 0)), 1) as at
      from regexp_matches(src.query::text, '''((?:[^'']|'''')+)''', 'g') as m
    ) w
    order by page.rank desc, page.document_id, page.statement_id nulls first`.execute(db)
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

/**
 * Claim filters read the document's facets: a document qualifies when its live claims include
 * each filter's value (not necessarily all in one claim).
 */
function facetConditions(options: SearchOptions): RawBuilder<unknown>[] {
  const facets: [string, readonly string[] | undefined][] = [
    ['s:', options.supplier],
    ['r:', options.recipient],
    ['c:', options.category],
    ['t:', options.status],
  ]
  return facets.filter(([, values]) => values && values.length).map(([prefix, values]) => sql`d.facets && ${sql.val(values!.map((v) => prefix + v))}::text[]`)
}

const scopeOf = (options: SearchOptions): 'documents' | 'quotes' | 'all' => options.in ?? 'all'
