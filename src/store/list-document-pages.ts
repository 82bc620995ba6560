import { sql } from 'kysely'
import { allOf, claimConditions, documentConditions, hasClaimConditions, type ClaimFilters } from './claim-filters.js'
import type { ReviewState } from './database.js'
import type { Store } from './open-store.js'
import type { ClaimContext } from '../domain/evidence.js'

export interface ExportDocument {
  readonly id: string
  readonly sourceId: string | null
  readonly url: string | null
  readonly canonicalUrl: string | null
  readonly title: string | null
  readonly outletId: string | null
  readonly outlet: string | null
  readonly publishedAt: Date | null
  readonly capturedAt: Date
  readonly lang: string
  readonly text: string
  readonly rawSha256: string
  readonly extractor: string
  readonly clusterKey: string
  readonly claims: readonly ExportClaim[]
  readonly quotes: readonly ExportQuote[]
}

export interface ExportClaim {
  readonly id: string
  readonly supplier: string
  readonly recipient: string
  readonly category: string
  readonly status: string
  readonly attributedTo: string | null
  readonly via: string | null
  readonly start: number
  readonly end: number
  readonly evidence: string
  readonly materiel: readonly string[]
  readonly context: ClaimContext
  readonly review: ReviewState
}

export interface ExportQuote {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly speaker: string | null
  readonly speakerType: string
  readonly role: string | null
  readonly org: string | null
}

/**
 * Stored documents matching the filters, with their effective claims (those matching the
 * claim filters) and quotes, a page at a time in id order, for exports of any size.
 */
export async function* listDocumentPages(store: Store, filters: ClaimFilters, pageSize = 250): AsyncGenerator<ExportDocument[]> {
  const conditions = documentConditions(filters, 'd')
  if (hasClaimConditions(filters))
    conditions.push(sql`d.id in (select c.document_id from live_claims c where ${allOf(claimConditions(filters))})`)
  let after = ''
  for (;;) {
    const docs = await documentPage(store, conditions, after, pageSize)
    if (docs.length === 0) return
    after = docs[docs.length - 1]!.id
    const ids = docs.map((d) => d.id)
    const claimsBy = group(await claimsOf(store, ids, filters), (c) => c.document_id)
    const quotesBy = group(await quotesOf(store, ids), (q) => q.document_id)
    yield docs.map((d) => ({
      id: d.id,
      sourceId: d.source_id,
      url: d.url,
      canonicalUrl: d.canonical_url,
      title: d.title,
      outletId: d.outlet_id,
      outlet: d.outlet,
      publishedAt: d.published_at,
      capturedAt: d.captured_at,
      lang: d.lang,
      text: d.text,
      rawSha256: d.raw_sha256,
      extractor: d.extractor,
      clusterKey: d.cluster_key,
      claims: (claimsBy.get(d.id) ?? []).map(exportClaimOf),
      quotes: (quotesBy.get(d.id) ?? []).map(exportQuoteOf),
    }))
    if (docs.length < pageSize) return
  }
}

/** The next page of documents matching the conditions after the id given, with their outlet's name. */
function documentPage(store: Store, conditions: Parameters<typeof allOf>[0], after: string, pageSize: number) {
  return store.db
    .selectFrom('documents as d')
    .leftJoin('outlets as o', 'o.id', 'd.outlet_id')
    .select([
      'd.id',
      'd.source_id',
      'd.url',
      'd.canonical_url',
      'd.title',
      'd.outlet_id',
      'o.name as outlet',
      'd.published_at',
      'd.captured_at',
      'd.lang',
      'd.text',
      'd.raw_sha256',
      'd.extractor',
      'd.cluster_key',
    ])
    .where(allOf(conditions))
    .where('d.id', '>', after)
    .orderBy('d.id')
    .limit(pageSize)
    .execute()
}

/** The effective claims of the documents that match the claim filters, in document and claim order. */
function claimsOf(store: Store, ids: readonly string[], filters: ClaimFilters) {
  return store.db
    .selectFrom('effective_claims as c')
    .select([
      'c.id',
      'c.document_id',
      'c.supplier',
      'c.recipient',
      'c.category',
      'c.status',
      'c.attributed_to',
      'c.via',
      'c.evidence_start',
      'c.evidence_end',
      'c.evidence_text',
      'c.materiel',
      'c.context',
      'c.review_state',
    ])
    .where('c.document_id', 'in', ids)
    .where(allOf(claimConditions(filters)))
    .orderBy('c.document_id')
    .orderBy('c.idx')
    .execute()
}

/** The quotes of the documents, in document and quote order. */
function quotesOf(store: Store, ids: readonly string[]) {
  return store.db
    .selectFrom('statements')
    .select(['id', 'document_id', 'span_start', 'span_end', 'text', 'speaker', 'speaker_type', 'role', 'org'])
    .where('document_id', 'in', ids)
    .orderBy('document_id')
    .orderBy('idx')
    .execute()
}

function exportClaimOf(c: Awaited<ReturnType<typeof claimsOf>>[number]): ExportClaim {
  return {
    id: c.id,
    supplier: c.supplier,
    recipient: c.recipient,
    category: c.category,
    status: c.status,
    attributedTo: c.attributed_to,
    via: c.via,
    start: c.evidence_start,
    end: c.evidence_end,
    evidence: c.evidence_text,
    materiel: c.materiel ?? [],
    context: c.context ?? {},
    review: c.review_state,
  }
}

function exportQuoteOf(q: Awaited<ReturnType<typeof quotesOf>>[number]): ExportQuote {
  return { id: q.id, start: q.span_start, end: q.span_end, text: q.text, speaker: q.speaker, speakerType: q.speaker_type, role: q.role, org: q.org }
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const list = map.get(k)
    if (list) list.push(row)
    else map.set(k, [row])
  }
  return map
}

/** Codes of every actor (supplier, recipient, intermediary) of the effective claims matching the filters. */
export async function listClaimActorCodes(store: Store, filters: ClaimFilters): Promise<Set<string>> {
  const rows = await store.db
    .selectFrom('effective_claims as c')
    .select(['c.supplier', 'c.recipient', 'c.via'])
    .distinct()
    .where(allOf([...claimConditions(filters), ...documentConditions(filters, 'c')]))
    .execute()
  return new Set(rows.flatMap((r) => [r.supplier, r.recipient, ...(r.via ? [r.via] : [])]))
}
