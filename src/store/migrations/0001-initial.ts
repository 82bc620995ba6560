import { sql, type Kysely } from 'kysely'

// Migrations are frozen: they use Kysely<any> so later changes to `Database` cannot alter them.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The store. Each text-search vector is computed once, at ingest, into a narrow search table
 * (`document_search`, `statement_search`): a query for a common word visits every matching
 * row, and short rows make that several times faster than the wide documents rows. Only the
 * indexes some query uses are kept: every index is paid for on each ingested row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await createOutlets(db)
  await createDocuments(db)
  await createStatements(db)
  await createClaims(db)
  await createClaimReviews(db)
  await createSearchTables(db)
  await createClaimViews(db)
}

/** The outlets documents come from. */
async function createOutlets(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outlets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
}

/** The documents, with their duplicate and filter indexes. */
async function createDocuments(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text')
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('title', 'text')
    .addColumn('outlet_id', 'text', (c) => c.references('outlets.id'))
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_raw', 'text')
    .addColumn('captured_at', 'timestamptz', (c) => c.notNull())
    .addColumn('raw_sha256', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('lang_source', 'text', (c) => c.notNull())
    // regconfig, not text: to_tsvector(regconfig, text) is the immutable form.
    .addColumn('fts_config', sql`regconfig`, (c) => c.notNull())
    .addColumn('supported', 'boolean', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_format', 'text', (c) => c.notNull())
    .addColumn('extractor', 'text', (c) => c.notNull())
    .addColumn('data_version', 'text', (c) => c.notNull())
    .addColumn('cluster_key', 'text', (c) => c.notNull())
    .addColumn('independence_key', 'text', (c) => c.notNull())
    .addColumn('minhash', sql`integer[]`, (c) => c.notNull())
    .addColumn('bands', sql`integer[]`, (c) => c.notNull())
    .addColumn('warnings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  // One stored document per canonical URL: a re-published page is skipped, not duplicated.
  await sql`create unique index documents_canonical_url on documents (canonical_url) where canonical_url is not null`.execute(db)
  // Duplicate lookup at ingest (same bytes), date filters and sorts, outlet filter.
  await db.schema.createIndex('documents_raw_sha256').on('documents').column('raw_sha256').execute()
  await db.schema.createIndex('documents_published_at').on('documents').column('published_at').execute()
  await db.schema.createIndex('documents_outlet').on('documents').column('outlet_id').execute()
  // Near-duplicate lookup of documents stored by earlier runs (see assignClusters).
  await sql`create index documents_bands on documents using gin (bands)`.execute(db)
}

/** The quotes and other statements of documents. */
async function createStatements(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text')
    .addColumn('role', 'text')
    .addColumn('org', 'text')
    .addColumn('outlet', 'text')
    .addColumn('speaker_type', 'text', (c) => c.notNull())
    .addColumn('speaker_actor', 'text')
    .addColumn('verb', 'text')
    .addColumn('cues', 'jsonb', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('paragraph', 'integer', (c) => c.notNull())
    .addColumn('fts_config', sql`regconfig`, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('statements_document').on('statements').column('document_id').execute()
}

/** The claims, with their review state. */
async function createClaims(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attributed_to', 'text')
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('sentence_index', 'integer', (c) => c.notNull())
    .addColumn('sentence_text', 'text')
    .addColumn('statement_id', 'text')
    .addColumn('materiel', 'jsonb', (c) => c.notNull())
    .addColumn('via', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('status_rule', 'text', (c) => c.notNull())
    .addColumn('entries', 'jsonb', (c) => c.notNull())
    .addColumn('cues', 'jsonb', (c) => c.notNull())
    .addColumn('extractor', 'text', (c) => c.notNull())
    .addColumn('context', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('review_state', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`review_state in ('pending', 'accepted', 'rejected', 'corrected')`),
    )
    .addColumn('corrected', 'jsonb')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('claims_document').on('claims').column('document_id').execute()
  // Supplier filters on live claims, with the view's own expression.
  await sql`create index claims_effective_supplier on claims ((coalesce(corrected->>'supplier', supplier)))`.execute(db)
}

/** The audit log of reviews. */
async function createClaimReviews(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('claim_reviews')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    // No foreign key: the audit log outlives claims replaced by re-extraction.
    .addColumn('claim_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb', (c) => c.notNull())
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute()
  await db.schema.createIndex('claim_reviews_claim').on('claim_reviews').column('claim_id').execute()
}

/** The text-search tables. */
async function createSearchTables(db: Kysely<any>): Promise<void> {
  // Text-search configurations in use, so that search can OR one index scan per configuration.
  await db.schema.createTable('fts_configs').addColumn('name', sql`regconfig`, (c) => c.primaryKey()).execute()

  // What search reads about a document: its vector (title weighted A, text B), its date and
  // outlet, and what its live claims say (facets s:IRN, r:RUS, c:drones, t:confirmed), so
  // that search filters never touch the claims.
  await db.schema
    .createTable('document_search')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('fts_config', sql`regconfig`, (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('outlet_id', 'text')
    .addColumn('facets', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('fts', sql`tsvector`, (c) => c.notNull())
    .execute()
  await sql`create index document_search_fts on document_search using gin (fts)`.execute(db)
  await sql`create index document_search_facets on document_search using gin (facets)`.execute(db)
  await sql`create index document_search_published on document_search (published_at desc nulls last)`.execute(db)

  // The same for quotes: the vector of speaker and words, with the document's date for recency order.
  await db.schema
    .createTable('statement_search')
    .addColumn('statement_id', 'text', (c) => c.primaryKey().references('statements.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('fts_config', sql`regconfig`, (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('fts', sql`tsvector`, (c) => c.notNull())
    .execute()
  await sql`create index statement_search_fts on statement_search using gin (fts)`.execute(db)
  await sql`create index statement_search_document on statement_search (document_id)`.execute(db)
  await sql`create index statement_search_published on statement_search (published_at desc nulls last)`.execute(db)
}

/** The views over claims: live, effective (with their document), merged. */
async function createClaimViews(db: Kysely<any>): Promise<void> {
  // Claims with reviewed values applied, rejected ones left out.
  await sql`
    create view live_claims as
    select c.id, c.document_id, c.idx,
      coalesce(c.corrected->>'supplier', c.supplier) as supplier,
      coalesce(c.corrected->>'recipient', c.recipient) as recipient,
      coalesce(c.corrected->>'category', c.category) as category,
      coalesce(c.corrected->>'status', c.status) as status,
      case when c.corrected ? 'attributed_to' then c.corrected->>'attributed_to' else c.attributed_to end as attributed_to,
      case when c.corrected ? 'via' then c.corrected->>'via' else c.via end as via,
      c.evidence_start, c.evidence_end, c.evidence_text, c.sentence_text, c.materiel, c.context, c.review_state
    from claims c
    where c.review_state <> 'rejected'`.execute(db)
  // Live claims with their document's date, outlet and independence key.
  await sql`
    create view effective_claims as
    select c.*, d.published_at, d.outlet_id, d.independence_key, d.cluster_key, d.url, d.title
    from live_claims c join documents d on d.id = c.document_id`.execute(db)
  // The `cobel claims` table, for direct SQL use.
  await sql`
    create view merged_claims as
    with ranked as (
      select c.*, case c.status when 'confirmed' then 5 when 'asserted' then 4 when 'reported' then 3
        when 'alleged_future' then 2 when 'opinion' then 1 else 0 end as strength
      from effective_claims c
    )
    select supplier, recipient, category,
      case max(strength) filter (where status <> 'denied')
        when 5 then 'confirmed' when 4 then 'asserted' when 3 then 'reported'
        when 2 then 'alleged_future' when 1 then 'opinion' else 'denied' end as strongest_status,
      count(*) filter (where status <> 'denied') as claims,
      count(distinct document_id) filter (where status <> 'denied') as documents,
      count(distinct independence_key) filter (where status <> 'denied') as independent_outlets,
      count(distinct document_id) filter (where status = 'denied') as denials,
      min(published_at) as first_seen,
      max(published_at) as last_seen
    from ranked
    group by supplier, recipient, category`.execute(db)
}


export async function down(db: Kysely<any>): Promise<void> {
  for (const view of ['merged_claims', 'effective_claims', 'live_claims']) await sql`drop view if exists ${sql.ref(view)}`.execute(db)
  for (const table of ['statement_search', 'document_search', 'fts_configs', 'claim_reviews', 'claims', 'statements', 'documents', 'outlets'])
    await db.schema.dropTable(table).ifExists().execute()
}
