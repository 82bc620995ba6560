import { sql, type Kysely } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Who says each claim, so that the legal engine can grade it (Admiralty style) and weigh it:
 * `claims.source_actor` (the speaker's state or organisation, when known) and
 * `claims.source_class` (official, institution, expert, named, media, unnamed, journalist), set
 * at ingest from the claim's quote or attribution; `statements.standing` keeps how much a
 * quoted speaker's word weighs. Claims stored before are given the same fields here from what
 * was stored (their quote, a quote of the same speaker in the document, their status rule).
 * The views carry the new columns (and the document's capture time, the day an undated claim
 * counts at); the claim tallies count them apart, with up to three independence keys and
 * whether the claim's date is its capture day. Independent of the other migrations numbered 0005.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table statements add column standing text`.execute(db)
  await sql`alter table claims add column source_actor text, add column source_class text`.execute(db)

  // The quote a claim is stated in gives its speaker.
  await sql`
    update claims c set source_actor = s.speaker_actor, source_class = case
        when s.speaker_type = 'institution' then 'institution'
        when s.speaker_type = 'outlet' then 'media'
        when s.speaker_type = 'unnamed' then 'unnamed'
        when c.status_rule in ('status.official-statement', 'status.admission') then 'official'
        else 'named' end
    from statements s where s.id = c.statement_id`.execute(db)
  // A claim attributed without a quote to someone quoted elsewhere in the document.
  await sql`
    update claims c set source_actor = s.speaker_actor, source_class = case
        when s.speaker_type = 'institution' then 'institution'
        when s.speaker_type = 'outlet' then 'media'
        when s.speaker_type = 'unnamed' then 'unnamed'
        when c.status_rule in ('status.official-statement', 'status.admission') then 'official'
        else 'named' end
    from (select distinct on (document_id, coalesce(speaker, role, org)) document_id, coalesce(speaker, role, org) as name, speaker_type, speaker_actor
          from statements order by document_id, coalesce(speaker, role, org), idx) s
    where c.source_class is null and c.attributed_to is not null and s.document_id = c.document_id and s.name = c.attributed_to`.execute(db)
  // Otherwise the status rule says what kind of source it was.
  await sql`
    update claims set source_class = case
        when status_rule in ('status.official-statement', 'status.admission') then 'official'
        when status_rule = 'status.media-report' then 'media'
        when status_rule = 'status.unnamed-source' then 'unnamed'
        when attributed_to is null then 'journalist'
        else 'named' end
    where source_class is null`.execute(db)

  await sql`
    create or replace view reviewed_claims as
    select c.id, c.document_id, c.idx,
      coalesce(c.corrected->>'supplier', c.supplier) as supplier,
      coalesce(c.corrected->>'recipient', c.recipient) as recipient,
      coalesce(c.corrected->>'category', c.category) as category,
      coalesce(c.corrected->>'status', c.status) as status,
      case when c.corrected ? 'attributed_to' then c.corrected->>'attributed_to' else c.attributed_to end as attributed_to,
      case when c.corrected ? 'via' then c.corrected->>'via' else c.via end as via,
      c.evidence_start, c.evidence_end, c.evidence_text, c.sentence_text, c.materiel, c.context, c.review_state,
      c.supplier as x_supplier, c.recipient as x_recipient, c.category as x_category, c.status as x_status,
      c.statement_id, c.rule, c.status_rule, c.reviewed_by, c.reviewed_at,
      c.source_actor, c.source_class
    from claims c`.execute(db)
  await sql`drop view merged_claims`.execute(db)
  await sql`drop view effective_claims`.execute(db)
  await sql`
    create or replace view live_claims as
    select id, document_id, idx, supplier, recipient, category, status, attributed_to, via,
      evidence_start, evidence_end, evidence_text, sentence_text, materiel, context, review_state,
      rule, source_actor, source_class
    from reviewed_claims
    where review_state <> 'rejected'`.execute(db)
  await sql`
    create view effective_claims as
    select c.*, d.published_at, d.outlet_id, d.independence_key, d.cluster_key, d.url, d.title, d.captured_at
    from live_claims c join documents d on d.id = c.document_id`.execute(db)
  await createMergedClaims(db)

  await sql`delete from claim_tallies`.execute(db)
  await sql`alter table claim_tallies drop column key_min, drop column key_max`.execute(db)
  await sql`alter table claim_tallies
    add column source_actor text,
    add column source_class text,
    add column implied_by_use boolean not null default false,
    add column undated boolean not null default false,
    add column keys text[] not null default '{}'`.execute(db)
  await sql`update claim_tallies_state set generation = -1, built_at = null`.execute(db)

  // Sentences that call a state a party (list-status-sentences.ts), kept per search and store
  // generation: a scan of every claim's sentence is paid once after each change, not per assessment.
  await sql`create table status_sentence_cache (search text primary key, generation bigint not null, rows jsonb not null)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists status_sentence_cache`.execute(db)
  await sql`delete from claim_tallies`.execute(db)
  await sql`alter table claim_tallies drop column source_actor, drop column source_class, drop column implied_by_use, drop column undated, drop column keys`.execute(db)
  await sql`alter table claim_tallies add column key_min text not null default '', add column key_max text not null default ''`.execute(db)
  await sql`update claim_tallies_state set generation = -1, built_at = null`.execute(db)
  await sql`drop view merged_claims`.execute(db)
  await sql`drop view effective_claims`.execute(db)
  await sql`drop view live_claims`.execute(db)
  await sql`drop view reviewed_claims`.execute(db)
  await sql`
    create view reviewed_claims as
    select c.id, c.document_id, c.idx,
      coalesce(c.corrected->>'supplier', c.supplier) as supplier,
      coalesce(c.corrected->>'recipient', c.recipient) as recipient,
      coalesce(c.corrected->>'category', c.category) as category,
      coalesce(c.corrected->>'status', c.status) as status,
      case when c.corrected ? 'attributed_to' then c.corrected->>'attributed_to' else c.attributed_to end as attributed_to,
      case when c.corrected ? 'via' then c.corrected->>'via' else c.via end as via,
      c.evidence_start, c.evidence_end, c.evidence_text, c.sentence_text, c.materiel, c.context, c.review_state,
      c.supplier as x_supplier, c.recipient as x_recipient, c.category as x_category, c.status as x_status,
      c.statement_id, c.rule, c.status_rule, c.reviewed_by, c.reviewed_at
    from claims c`.execute(db)
  await sql`
    create view live_claims as
    select id, document_id, idx, supplier, recipient, category, status, attributed_to, via,
      evidence_start, evidence_end, evidence_text, sentence_text, materiel, context, review_state
    from reviewed_claims
    where review_state <> 'rejected'`.execute(db)
  await sql`
    create view effective_claims as
    select c.*, d.published_at, d.outlet_id, d.independence_key, d.cluster_key, d.url, d.title
    from live_claims c join documents d on d.id = c.document_id`.execute(db)
  await createMergedClaims(db)
  await sql`alter table claims drop column source_actor, drop column source_class`.execute(db)
  await sql`alter table statements drop column standing`.execute(db)
}

/** The `cobel claims` table for direct SQL use, as migration 0001 defines it. */
async function createMergedClaims(db: Kysely<any>): Promise<void> {
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
