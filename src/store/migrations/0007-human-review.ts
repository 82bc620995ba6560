import { sql, type Kysely } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Human decisions kept apart from extraction. `claims.origin` and `statements.origin` say who
 * made a row: `extracted` (replaced by every re-extraction), `added` (an editor marked it in the
 * text: re-extraction never touches it) or `kept` (a reviewed row the current extractor no longer
 * finds: kept with its decision rather than lost). Quotes are reviewed like claims (state,
 * corrections, reviewer); the audit log says which of the two a decision is about (`target`).
 * A claim's correction may now also change who says it (`source_actor`, `source_class`, so its
 * grade follows), the speaker's role and organisation, and its evidence span.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table claims add column origin text not null default 'extracted' check (origin in ('extracted', 'added', 'kept'))`.execute(db)
  await sql`alter table statements
    add column origin text not null default 'extracted' check (origin in ('extracted', 'added', 'kept')),
    add column review_state text not null default 'pending' check (review_state in ('pending', 'accepted', 'rejected', 'corrected')),
    add column corrected jsonb,
    add column reviewed_by text,
    add column reviewed_at timestamptz`.execute(db)
  await sql`alter table claim_reviews add column target text not null default 'claim' check (target in ('claim', 'quote'))`.execute(db)
  await createReviewedClaims(db, 'create or replace view')
  await sql`
    create view reviewed_statements as
    select s.id, s.document_id, s.idx,
      coalesce((s.corrected->>'span_start')::int, s.span_start) as span_start,
      coalesce((s.corrected->>'span_end')::int, s.span_end) as span_end,
      coalesce(s.corrected->>'text', s.text) as text,
      s.kind,
      case when s.corrected ? 'speaker' then s.corrected->>'speaker' else s.speaker end as speaker,
      case when s.corrected ? 'role' then s.corrected->>'role' else s.role end as role,
      case when s.corrected ? 'org' then s.corrected->>'org' else s.org end as org,
      s.outlet,
      coalesce(s.corrected->>'speaker_type', s.speaker_type) as speaker_type,
      case when s.corrected ? 'speaker_actor' then s.corrected->>'speaker_actor' else s.speaker_actor end as speaker_actor,
      case when s.corrected ? 'standing' then s.corrected->>'standing' else s.standing end as standing,
      s.verb, s.cues, s.rule, s.paragraph, s.fts_config,
      s.origin, s.review_state, s.corrected, s.reviewed_by, s.reviewed_at,
      s.speaker as x_speaker, s.role as x_role, s.org as x_org, s.speaker_actor as x_speaker_actor, s.span_start as x_span_start, s.span_end as x_span_end
    from statements s`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop view reviewed_statements`.execute(db)
  // The views keep their columns; only reviewed_claims loses `origin` and the new corrections.
  await sql`drop view merged_claims`.execute(db)
  await sql`drop view effective_claims`.execute(db)
  await sql`drop view live_claims`.execute(db)
  await sql`drop view reviewed_claims`.execute(db)
  await createReviewedClaims(db, 'create view', false)
  await createDependentViews(db)
  await sql`alter table claim_reviews drop column target`.execute(db)
  await sql`alter table statements drop column origin, drop column review_state, drop column corrected, drop column reviewed_by, drop column reviewed_at`.execute(db)
  await sql`alter table claims drop column origin`.execute(db)
}

/** Every claim with its reviewed values; the columns of 0005 in their order, `origin` after them. */
async function createReviewedClaims(db: Kysely<any>, create: 'create view' | 'create or replace view', withOrigin = true): Promise<void> {
  await sql`
    ${sql.raw(create)} reviewed_claims as
    select c.id, c.document_id, c.idx,
      coalesce(c.corrected->>'supplier', c.supplier) as supplier,
      coalesce(c.corrected->>'recipient', c.recipient) as recipient,
      coalesce(c.corrected->>'category', c.category) as category,
      coalesce(c.corrected->>'status', c.status) as status,
      case when c.corrected ? 'attributed_to' then c.corrected->>'attributed_to' else c.attributed_to end as attributed_to,
      case when c.corrected ? 'via' then c.corrected->>'via' else c.via end as via,
      coalesce((c.corrected->>'evidence_start')::int, c.evidence_start) as evidence_start,
      coalesce((c.corrected->>'evidence_end')::int, c.evidence_end) as evidence_end,
      coalesce(c.corrected->>'evidence_text', c.evidence_text) as evidence_text,
      c.sentence_text, c.materiel, c.context, c.review_state,
      c.supplier as x_supplier, c.recipient as x_recipient, c.category as x_category, c.status as x_status,
      c.statement_id, c.rule, c.status_rule, c.reviewed_by, c.reviewed_at,
      case when c.corrected ? 'source_actor' then c.corrected->>'source_actor' else c.source_actor end as source_actor,
      coalesce(c.corrected->>'source_class', c.source_class) as source_class
      ${withOrigin ? sql`, c.origin` : sql``}
    from claims c`.execute(db)
}

/** live_claims, effective_claims and merged_claims as migration 0005 defines them. */
async function createDependentViews(db: Kysely<any>): Promise<void> {
  await sql`
    create view live_claims as
    select id, document_id, idx, supplier, recipient, category, status, attributed_to, via,
      evidence_start, evidence_end, evidence_text, sentence_text, materiel, context, review_state,
      rule, source_actor, source_class
    from reviewed_claims
    where review_state <> 'rejected'`.execute(db)
  await sql`
    create view effective_claims as
    select c.*, d.published_at, d.outlet_id, d.independence_key, d.cluster_key, d.url, d.title, d.captured_at
    from live_claims c join documents d on d.id = c.document_id`.execute(db)
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
