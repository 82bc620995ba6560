import { CobelError } from '../domain/errors.js'
import { listClaimRows, type StoredClaim } from './list-claim-rows.js'
import type { ReviewedStatementView, ReviewState, RowOrigin, StatementTable } from './database.js'
import type { Store } from './open-store.js'
import { isoDay } from './parse-published-at.js'

/** A stored quote with its span in the document text. */
export interface StoredQuote {
  readonly id: string
  readonly documentId: string
  readonly idx: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: string
  readonly speaker: string | null
  readonly role: string | null
  readonly org: string | null
  readonly speakerType: string
  readonly speakerActor: string | null
  readonly standing: string | null
  readonly verb: string | null
  readonly rule: string
  /** What the extraction found, before any correction. */
  readonly extracted: { readonly speaker: string | null; readonly role: string | null; readonly org: string | null; readonly speakerActor: string | null; readonly start: number; readonly end: number }
  /** Who made it (extracted, added by an editor, kept for its review) and its review state. */
  readonly origin: RowOrigin
  readonly reviewState: ReviewState
}

/** The statement columns a quote is read from. */
export type QuoteRow = Pick<StatementTable, 'id' | 'document_id' | 'idx' | 'span_start' | 'span_end' | 'text' | 'kind' | 'speaker' | 'role' | 'org' | 'speaker_type' | 'speaker_actor' | 'standing' | 'verb' | 'rule'> &
  Pick<ReviewedStatementView, 'x_speaker' | 'x_role' | 'x_org' | 'x_speaker_actor' | 'x_span_start' | 'x_span_end'> & { origin: RowOrigin; review_state: ReviewState }

export const storedQuoteOf = (q: QuoteRow): StoredQuote => ({
  id: q.id,
  documentId: q.document_id,
  idx: q.idx,
  start: q.span_start,
  end: q.span_end,
  text: q.text,
  kind: q.kind,
  speaker: q.speaker,
  role: q.role,
  org: q.org,
  speakerType: q.speaker_type,
  speakerActor: q.speaker_actor,
  standing: q.standing,
  verb: q.verb,
  rule: q.rule,
  extracted: { speaker: q.x_speaker, role: q.x_role, org: q.x_org, speakerActor: q.x_speaker_actor, start: q.x_span_start, end: q.x_span_end },
  origin: q.origin,
  reviewState: q.review_state,
})

/** One document with its provenance, text, quotes and claims (rejected claims included, marked). */
export interface StoredDocument {
  readonly id: string
  readonly sourceId: string | null
  readonly title: string | null
  readonly url: string | null
  readonly canonicalUrl: string | null
  readonly outlet: string | null
  readonly outletId: string | null
  readonly publishedAt: string | null
  readonly publishedRaw: string | null
  readonly capturedAt: string
  /** SHA-256 of the normalised text (the id) and of the bytes as captured. */
  readonly sha256: string
  readonly rawSha256: string
  readonly lang: string
  readonly langSource: string
  readonly supported: boolean
  readonly source: string
  readonly sourceFormat: string
  readonly extractor: string
  readonly dataVersion: string
  readonly clusterKey: string
  readonly warnings: readonly string[]
  readonly text: string
  readonly quotes: readonly StoredQuote[]
  readonly claims: readonly StoredClaim[]
}

/** The document, or ERR_NOT_FOUND. */
export async function getDocumentOrThrow(store: Store, id: string): Promise<StoredDocument> {
  const doc = await store.db
    .selectFrom('documents as d')
    .leftJoin('outlets as o', 'o.id', 'd.outlet_id')
    .select([
      'd.id',
      'd.source_id',
      'd.title',
      'd.url',
      'd.canonical_url',
      'o.name as outlet',
      'd.outlet_id',
      'd.published_at',
      'd.published_raw',
      'd.captured_at',
      'd.raw_sha256',
      'd.lang',
      'd.lang_source',
      'd.supported',
      'd.source',
      'd.source_format',
      'd.extractor',
      'd.data_version',
      'd.cluster_key',
      'd.warnings',
      'd.text',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst()
  if (!doc) throw new CobelError('ERR_NOT_FOUND', `no document ${id}`)
  const [quotes, claims] = await Promise.all([
    // Quotes with their corrections applied; rejected ones stay, marked, as rejected claims do.
    store.db.selectFrom('reviewed_statements').selectAll().where('document_id', '=', id).orderBy('idx').execute(),
    listClaimRows(store, { documentId: id, limit: 10_000, offset: 0, sort: 'published' }),
  ])
  return {
    id: doc.id,
    sourceId: doc.source_id,
    title: doc.title,
    url: doc.url,
    canonicalUrl: doc.canonical_url,
    outlet: doc.outlet,
    outletId: doc.outlet_id,
    publishedAt: isoDay(doc.published_at),
    publishedRaw: doc.published_raw,
    capturedAt: doc.captured_at.toISOString(),
    sha256: doc.id,
    rawSha256: doc.raw_sha256,
    lang: doc.lang,
    langSource: doc.lang_source,
    supported: doc.supported,
    source: doc.source,
    sourceFormat: doc.source_format,
    extractor: doc.extractor,
    dataVersion: doc.data_version,
    clusterKey: doc.cluster_key,
    warnings: doc.warnings ?? [],
    text: doc.text,
    quotes: quotes.map(storedQuoteOf),
    claims: [...claims.items].sort((a, b) => a.idx - b.idx),
  }
}
