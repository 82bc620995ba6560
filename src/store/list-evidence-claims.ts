import { sql } from 'kysely'
import { ORIGIN_USE_RULE, type ClaimContext, type EvidenceClaim, type SourceClass } from '../domain/evidence.js'
import type { Category, Status } from '../domain/vocabulary.js'
import { actorCondition, allOf, claimConditions, documentConditions, type ClaimFilters } from './claim-filters.js'
import type { ReviewState } from './database.js'
import type { Store } from './open-store.js'

export interface EvidenceQuery {
  /**
   * Without the words (evidence, sentence, title, URL, outlet): the legal engine does not read
   * them, and over a large store they are most of what is read. Fill the claims shown with
   * claimTexts afterwards.
   */
  readonly withText?: boolean
  /** YYYY-MM-DD: only documents published by the end of that day (undated ones: captured by then). */
  readonly asOf?: string
  /** Actor codes: claims where one of them is the supplier or the organ the claim went through. */
  readonly actors?: readonly string[]
}

/**
 * The claims the legal engine reads: rejected claims excluded, reviewers' corrections applied,
 * each with its document's provenance and independence key.
 */
export function listEvidenceClaims(store: Store, query: EvidenceQuery = {}): Promise<EvidenceClaim[]> {
  const filters = query.asOf ? { asOf: query.asOf } : {}
  return query.withText === false ? listLeanEvidence(store, filters, query.actors) : listClaimEvidence(store, filters, query.actors)
}

/** The day a claim counts at: its document's publication day, or its capture day when undated. */
const EVIDENCE_DAY = sql`coalesce(c.published_at, c.captured_at)`

function evidenceConditions(filters: ClaimFilters, actors?: readonly string[]) {
  const { asOf, ...rest } = filters
  const conditions = [...claimConditions(rest), ...documentConditions(rest, 'c')]
  if (asOf) conditions.push(sql`${EVIDENCE_DAY} < ${`${asOf}T00:00:00Z`}::timestamptz + interval '1 day'`)
  if (actors?.length) conditions.push(actorCondition(actors))
  return allOf(conditions)
}

/** What a claim says without its words, in this order (one JSON array per claim on PGlite). */
type Lean = [
  id: string,
  documentId: string,
  supplier: string,
  recipient: string,
  category: string,
  status: string,
  attributedTo: string | null,
  day: string | null,
  independenceKey: string,
  via: string | null,
  context: ClaimContext | null,
  review: ReviewState,
  sourceActor: string | null,
  sourceClass: SourceClass | null,
  impliedByUse: boolean,
  undated: boolean,
]

/** A claim's words: its evidence and sentence, its document's title, URL and outlet. */
export type ClaimWords = Pick<EvidenceClaim, 'evidence' | 'sentence' | 'documentTitle' | 'url' | 'outlet'>

const NO_WORDS: ClaimWords = { evidence: '', sentence: null, documentTitle: null, url: null, outlet: null }

const LEAN_COLUMNS = sql`c.id, c.document_id, c.supplier, c.recipient, c.category, c.status, c.attributed_to,
  to_char(${EVIDENCE_DAY} at time zone 'UTC', 'YYYY-MM-DD'), c.independence_key, c.via, c.context, c.review_state,
  c.source_actor, c.source_class, c.rule = ${ORIGIN_USE_RULE}, c.published_at is null`
const LEAN_ORDER = sql`${EVIDENCE_DAY} asc, c.document_id, c.idx`

const evidenceClaimOf = (
  [id, documentId, supplier, recipient, category, status, attributedTo, publishedAt, independenceKey, via, context, review, sourceActor, sourceClass, impliedByUse, undated]: Lean,
  words: ClaimWords,
): EvidenceClaim => ({
  id,
  documentId,
  supplier,
  recipient,
  category: category as Category,
  status: status as Status,
  attributedTo,
  ...words,
  publishedAt,
  independenceKey,
  via,
  context: context ?? {},
  review: review === 'rejected' ? 'pending' : review,
  source: { actor: sourceActor, class: sourceClass },
  ...(impliedByUse ? { impliedByUse: true } : {}),
  ...(undated ? { undated: true } : {}),
})

/**
 * The claims without their words. PGlite decodes rows one by one in JavaScript, so there the
 * database builds one JSON array (several times faster for 100,000 claims); a PostgreSQL
 * server's rows come faster as they are.
 */
async function listLeanEvidence(store: Store, filters: ClaimFilters, actors?: readonly string[]): Promise<EvidenceClaim[]> {
  const where = evidenceConditions(filters, actors)
  let lean: Lean[]
  if (store.engine === 'pglite') {
    const { rows } = await sql<{ claims: string }>`
      select coalesce(json_agg(json_build_array(${LEAN_COLUMNS}) order by ${LEAN_ORDER}), '[]')::text as claims
      from effective_claims c where ${where}`.execute(store.db)
    lean = JSON.parse(rows[0]?.claims ?? '[]') as Lean[]
  } else {
    const { rows } = await sql<{ r: Lean }>`select json_build_array(${LEAN_COLUMNS}) as r from effective_claims c where ${where} order by ${LEAN_ORDER}`.execute(store.db)
    lean = rows.map((row) => row.r)
  }
  return lean.map((claim) => evidenceClaimOf(claim, NO_WORDS))
}

/** What claimTexts gives a claim read without its words: the words, its document and its day, who said it. */
export type ClaimText = ClaimWords & Pick<EvidenceClaim, 'documentId' | 'attributedTo' | 'publishedAt' | 'undated'>

/** The words of claims read without them (see withText and listEvidenceTallies), reviewers' corrections applied. */
export async function claimTexts(store: Store, ids: readonly string[]): Promise<Map<string, ClaimText>> {
  const found = new Map<string, ClaimText>()
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await store.db
      .selectFrom('reviewed_claims as c')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .leftJoin('outlets as o', 'o.id', 'd.outlet_id')
      .select(['c.id', 'c.document_id', 'c.attributed_to', 'c.evidence_text', 'c.sentence_text', 'd.title', 'd.url', 'o.name as outlet'])
      .select(sql<string | null>`to_char(coalesce(d.published_at, d.captured_at) at time zone 'UTC', 'YYYY-MM-DD')`.as('published'))
      .select(sql<boolean>`d.published_at is null`.as('undated'))
      .where('c.id', 'in', ids.slice(i, i + 5000))
      .execute()
    for (const row of rows)
      found.set(row.id, {
        documentId: row.document_id,
        attributedTo: row.attributed_to,
        publishedAt: row.published,
        ...(row.undated ? { undated: true } : {}),
        evidence: row.evidence_text,
        sentence: row.sentence_text,
        documentTitle: row.title,
        url: row.url,
        outlet: row.outlet,
      })
  }
  return found
}

/** Effective claims matching the filters with their words, oldest publication first. */
export async function listClaimEvidence(store: Store, filters: ClaimFilters = {}, actors?: readonly string[]): Promise<EvidenceClaim[]> {
  const { rows } = await sql<{ r: Lean; evidence_text: string; sentence_text: string | null; title: string | null; url: string | null; name: string | null }>`
    select json_build_array(${LEAN_COLUMNS}) as r, c.evidence_text, c.sentence_text, c.title, c.url, o.name
    from effective_claims c left join outlets o on o.id = c.outlet_id
    where ${evidenceConditions(filters, actors)}
    order by ${LEAN_ORDER}`.execute(store.db)
  return rows.map((row) => evidenceClaimOf(row.r, { evidence: row.evidence_text, sentence: row.sentence_text, documentTitle: row.title, url: row.url, outlet: row.name }))
}
