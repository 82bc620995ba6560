import { sql, type Kysely } from 'kysely'

// Migrations are frozen: they use Kysely<any> so later changes to `Database` cannot alter them.
/* eslint-disable @typescript-eslint/no-explicit-any */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outlets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

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
    // regconfig, not text: a generated column needs the immutable to_tsvector(regconfig, text)
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
    .addColumn('fts', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(
        sql`setweight(to_tsvector(fts_config, coalesce(title, '')), 'A') || setweight(to_tsvector(fts_config, text), 'B')`,
      ).stored(),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  // One stored document per canonical URL: a re-published page is skipped, not duplicated.
  await sql`create unique index documents_canonical_url on documents (canonical_url) where canonical_url is not null`.execute(db)
  await db.schema.createIndex('documents_raw_sha256').on('documents').column('raw_sha256').execute()
  await db.schema.createIndex('documents_published_at').on('documents').column('published_at').execute()
  await db.schema.createIndex('documents_outlet').on('documents').column('outlet_id').execute()
  await db.schema.createIndex('documents_cluster').on('documents').column('cluster_key').execute()
  await db.schema.createIndex('documents_extractor').on('documents').columns(['extractor', 'data_version']).execute()
  await sql`create index documents_fts on documents using gin (fts)`.execute(db)
  await sql`create index documents_bands on documents using gin (bands)`.execute(db)

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
    .addColumn('fts', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`to_tsvector(fts_config, coalesce(speaker, '') || ' ' || text)`).stored(),
    )
    .execute()
  await db.schema.createIndex('statements_document').on('statements').column('document_id').execute()
  await sql`create index statements_fts on statements using gin (fts)`.execute(db)

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
  await db.schema.createIndex('claims_triple').on('claims').columns(['supplier', 'recipient', 'category']).execute()
  await db.schema.createIndex('claims_recipient').on('claims').column('recipient').execute()
  await db.schema.createIndex('claims_document').on('claims').column('document_id').execute()

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

  await db.schema.createTable('fts_configs').addColumn('name', sql`regconfig`, (c) => c.primaryKey()).execute()

  await sql`
    create view effective_claims as
    select c.id, c.document_id,
      coalesce(c.corrected->>'supplier', c.supplier) as supplier,
      coalesce(c.corrected->>'recipient', c.recipient) as recipient,
      coalesce(c.corrected->>'category', c.category) as category,
      coalesce(c.corrected->>'status', c.status) as status,
      case when c.corrected ? 'attributed_to' then c.corrected->>'attributed_to' else c.attributed_to end as attributed_to,
      case when c.corrected ? 'via' then c.corrected->>'via' else c.via end as via,
      c.evidence_start, c.evidence_end, c.evidence_text, c.sentence_text, c.materiel, c.context, c.review_state,
      d.published_at, d.outlet_id, d.independence_key, d.cluster_key, d.url, d.title
    from claims c join documents d on d.id = c.document_id
    where c.review_state <> 'rejected'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop view if exists effective_claims`.execute(db)
  for (const table of ['fts_configs', 'claim_reviews', 'claims', 'statements', 'documents', 'outlets'])
    await db.schema.dropTable(table).ifExists().execute()
}
