import { sql, type Kysely } from 'kysely'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * One place applies review corrections: `reviewed_claims` holds every claim with its reviewed
 * values (rejected ones included, the extracted values beside them as x_*), and `live_claims`,
 * which effective_claims and merged_claims read, becomes its non-rejected rows.
 */
export async function up(db: Kysely<any>): Promise<void> {
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
  // Same columns as before, so the views built on live_claims stay as they are.
  await sql`
    create or replace view live_claims as
    select id, document_id, idx, supplier, recipient, category, status, attributed_to, via,
      evidence_start, evidence_end, evidence_text, sentence_text, materiel, context, review_state
    from reviewed_claims
    where review_state <> 'rejected'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace view live_claims as
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
  await sql`drop view if exists reviewed_claims`.execute(db)
}
