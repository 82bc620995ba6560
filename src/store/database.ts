import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { ClaimContext } from '../domain/evidence.js'

/** Timestamps are written as ISO strings or Dates and read back as Dates (node-postgres). */
type Timestamp = ColumnType<Date, Date | string, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>
/** JSONB: written as a JSON string, read back parsed. */
type Json<T> = ColumnType<T, string, string>
type NullableJson<T> = ColumnType<T | null, string | null, string | null>
/** Computed by the database (text-search vectors): never written directly. */
type Computed<T> = ColumnType<T, never, never>

export const REVIEW_STATES = ['pending', 'accepted', 'rejected', 'corrected'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

/** Fields a reviewer may correct on a claim; absent fields keep the extracted value. */
export interface ClaimCorrection {
  readonly supplier?: string
  readonly recipient?: string
  readonly category?: string
  readonly status?: string
  /** Who says it: the speaker's name, state or organisation, standing (its grade follows), role and organisation. */
  readonly attributed_to?: string | null
  readonly source_actor?: string | null
  readonly source_class?: string
  readonly speaker_role?: string | null
  readonly speaker_org?: string | null
  readonly via?: string | null
  /** The evidence span, offsets into the document's text; the words are read from it. */
  readonly evidence_start?: number
  readonly evidence_end?: number
  readonly evidence_text?: string
}

/** Fields a reviewer may correct on a quote. */
export interface QuoteCorrection {
  readonly speaker?: string | null
  readonly role?: string | null
  readonly org?: string | null
  readonly speaker_actor?: string | null
  readonly speaker_type?: string
  readonly standing?: string | null
  readonly span_start?: number
  readonly span_end?: number
  readonly text?: string
}

/** Who made a claim or quote row (migration 0007): the extractor, an editor, or the extractor once and kept for its review. */
export const ROW_ORIGINS = ['extracted', 'added', 'kept'] as const
export type RowOrigin = (typeof ROW_ORIGINS)[number]

export interface OutletTable {
  /** Host name without `www.` when a URL is known, otherwise a slug of the outlet's name. */
  id: string
  name: string
  domain: string | null
  created_at: Generated<Date>
}

export interface DocumentTable {
  /** SHA-256 (hex) of the normalised text. */
  id: string
  /** The id the input gave (file name, JSONL `id`), for round trips to annotation files. */
  source_id: string | null
  url: string | null
  canonical_url: string | null
  title: string | null
  outlet_id: string | null
  published_at: NullableTimestamp
  /** The publication date as the source wrote it. */
  published_raw: string | null
  captured_at: Timestamp
  /** SHA-256 of the bytes as captured (whole file, JSONL line or HTTP body). */
  raw_sha256: string
  lang: string
  lang_source: string
  /** Text-search configuration chosen from `lang` (french, english, … or simple). */
  fts_config: string
  /** False when cobel has no lexicon for the language: stored and searchable, not analysed. */
  supported: boolean
  text: string
  /** Path or URL the document was read from. */
  source: string
  source_format: string
  extractor: string
  /** Hash of the knowledge data (lexicons, actors) the extraction ran with. */
  data_version: string
  /** Id of the first stored document of this near-duplicate cluster. */
  cluster_key: string
  /** Documents sharing this key are one source for corroboration (same outlet, or copies of one story). */
  independence_key: string
  /** MinHash signature (64 values) and its LSH band keys, for near-duplicate lookup. */
  minhash: number[]
  bands: number[]
  warnings: Json<string[]>
  created_at: Generated<Date>
}

/** What search reads about a document: its text-search vector (title weighted A, text B) and the filter columns. */
export interface DocumentSearchTable {
  document_id: string
  fts_config: string
  published_at: NullableTimestamp
  outlet_id: string | null
  /** What the document's live claims say: s:SUPPLIER, r:RECIPIENT, c:CATEGORY, t:STATUS. */
  facets: ColumnType<string[], string[] | undefined, string[]>
  fts: Computed<string>
}

export interface StatementTable {
  id: string
  document_id: string
  idx: number
  span_start: number
  span_end: number
  text: string
  kind: string
  speaker: string | null
  role: string | null
  org: string | null
  outlet: string | null
  speaker_type: string
  speaker_actor: string | null
  /** How much the speaker's word weighs: official, expert, media, other (migration 0005). */
  standing: string | null
  verb: string | null
  cues: Json<string[]>
  rule: string
  paragraph: number
  fts_config: string
  origin: ColumnType<RowOrigin, RowOrigin | undefined, RowOrigin>
  review_state: ColumnType<ReviewState, ReviewState | undefined, ReviewState>
  corrected: NullableJson<QuoteCorrection>
  reviewed_by: string | null
  reviewed_at: NullableTimestamp
}

/** Quotes with their corrections applied, the extracted speaker and span beside them (migration 0007). */
export interface ReviewedStatementView extends Omit<StatementTable, 'origin' | 'review_state' | 'corrected' | 'reviewed_at' | 'cues'> {
  cues: string[]
  origin: RowOrigin
  review_state: ReviewState
  corrected: QuoteCorrection | null
  reviewed_at: Date | null
  x_speaker: string | null
  x_role: string | null
  x_org: string | null
  x_speaker_actor: string | null
  x_span_start: number
  x_span_end: number
}

/** What search reads about a quote: its text-search vector (speaker and words) and its document's date. */
export interface StatementSearchTable {
  statement_id: string
  document_id: string
  fts_config: string
  published_at: NullableTimestamp
  fts: Computed<string>
}

export interface ClaimTable {
  /** Hash of document, supplier, recipient, category and evidence span: stable across re-extraction. */
  id: string
  document_id: string
  idx: number
  supplier: string
  recipient: string
  category: string
  status: string
  attributed_to: string | null
  evidence_start: number
  evidence_end: number
  evidence_text: string
  sentence_index: number
  sentence_text: string | null
  statement_id: string | null
  materiel: Json<string[]>
  via: string | null
  rule: string
  status_rule: string
  entries: Json<string[]>
  cues: Json<string[]>
  extractor: string
  context: Json<ClaimContext>
  /** The speaker's actor code, when known (migration 0005). */
  source_actor: string | null
  /** Who says it: official, institution, expert, named, media, unnamed, journalist (SOURCE_CLASSES). */
  source_class: string | null
  review_state: ColumnType<ReviewState, ReviewState | undefined, ReviewState>
  corrected: NullableJson<ClaimCorrection>
  reviewed_by: string | null
  reviewed_at: NullableTimestamp
  origin: ColumnType<RowOrigin, RowOrigin | undefined, RowOrigin>
  created_at: Generated<Date>
}

/** Append-only audit log of review decisions. */
export interface ClaimReviewTable {
  id: Generated<number>
  claim_id: string
  document_id: string
  reviewer: string
  at: Generated<Date>
  action: string
  before: Json<Record<string, unknown>>
  after: Json<Record<string, unknown>>
  reason: string | null
  /** What the decision is about: a claim, or a quote (claim_id then holds the quote's id). */
  target: ColumnType<'claim' | 'quote', 'claim' | 'quote' | undefined, 'claim' | 'quote'>
}

/** Text-search configurations in use, so that search can OR one index scan per configuration. */
export interface FtsConfigTable {
  name: string
}

/** Claims with review corrections applied and rejected claims left out. */
export interface LiveClaimView {
  id: string
  document_id: string
  idx: number
  supplier: string
  recipient: string
  category: string
  status: string
  attributed_to: string | null
  via: string | null
  evidence_start: number
  evidence_end: number
  evidence_text: string
  sentence_text: string | null
  materiel: string[]
  context: ClaimContext
  review_state: ReviewState
  rule: string
  source_actor: string | null
  source_class: string | null
}

/** Every claim with its reviewed values, the extracted ones beside them (rejected claims included). */
export interface ReviewedClaimView extends LiveClaimView {
  x_supplier: string
  x_recipient: string
  x_category: string
  x_status: string
  statement_id: string | null
  status_rule: string
  reviewed_by: string | null
  reviewed_at: Date | null
  origin: RowOrigin
}

/** Live claims joined to their document's date, outlet and independence key. */
export interface EffectiveClaimView extends LiveClaimView {
  published_at: Date | null
  outlet_id: string | null
  independence_key: string
  cluster_key: string
  url: string | null
  title: string | null
  captured_at: Date
}

/** The merged table as a view, for direct SQL use. */
export interface MergedClaimView {
  supplier: string
  recipient: string
  category: string
  strongest_status: string
  claims: string
  documents: string
  independent_outlets: string
  denials: string
  first_seen: Date | null
  last_seen: Date | null
}

/** Effective claims counted by everything the legal engine weighs (migration 0004). */
export interface ClaimTallyTable {
  supplier: string
  recipient: string
  category: string
  status: string
  via: string | null
  context: Json<ClaimContext>
  /** Publication day (UTC) of the claims' documents; the capture day for undated ones. */
  day: ColumnType<string | null, string | null, string | null>
  /** The day is the capture day: the documents have no publication date. */
  undated: boolean
  source_actor: string | null
  source_class: string | null
  /** The supply is inferred from the recipient's use of the materiel (rule support.origin-use). */
  implied_by_use: boolean
  n: number
  /** The smallest claim id of the tally, which stands for the others in listings. */
  first_id: string
  /** The three smallest distinct independence keys: enough to tell one, two or three sources apart. */
  keys: string[]
}

/** The one schema of the store. */
export const FEED_POLL_STATUSES = ['ok', 'not_modified', 'failed'] as const
export type FeedPollStatus = (typeof FEED_POLL_STATUSES)[number]

/** A feed watched by the job queue's cron (see migration 0006-feeds). */
export interface FeedTable {
  id: Generated<number>
  url: string
  every_seconds: number
  added_by: string | null
  added_at: Generated<Date>
  next_poll_at: ColumnType<Date, Date | string | undefined, Date | string>
  /** Validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null
  last_modified: string | null
  last_polled_at: NullableTimestamp
  last_status: FeedPollStatus | null
  last_error: string | null
  last_ok_at: NullableTimestamp
  items_seen: Generated<number>
  title: string | null
}

/** An item of a feed already enqueued, by GUID or canonical URL. */
export interface FeedItemTable {
  feed_id: number
  key: string
  url: string | null
  first_seen: Generated<Date>
}

/** The outcome of one poll of a feed. */
export interface FeedPollTable {
  id: Generated<string>
  feed_id: number
  at: Generated<Date>
  status: FeedPollStatus
  http_status: number | null
  items: number
  new_items: number
  error: string | null
  duration_ms: number
}

export interface Database {
  outlets: OutletTable
  documents: DocumentTable
  document_search: DocumentSearchTable
  statements: StatementTable
  statement_search: StatementSearchTable
  claims: ClaimTable
  claim_reviews: ClaimReviewTable
  fts_configs: FtsConfigTable
  reviewed_claims: ReviewedClaimView
  reviewed_statements: ReviewedStatementView
  live_claims: LiveClaimView
  effective_claims: EffectiveClaimView
  merged_claims: MergedClaimView
  claim_tallies: ClaimTallyTable
  claim_tallies_state: { id: Generated<number>; generation: string; built_at: Date | null }
  store_generation: { id: Generated<number>; n: string }
  feeds: FeedTable
  feed_items: FeedItemTable
  feed_polls: FeedPollTable
  status_sentence_cache: { search: string; generation: string; rows: Json<unknown[]> }
}

export type DocumentRow = Selectable<DocumentTable>
export type NewDocument = Insertable<DocumentTable>
export type ClaimRow = Selectable<ClaimTable>
export type NewClaim = Insertable<ClaimTable>
export type NewStatement = Insertable<StatementTable>
export type StatementRow = Selectable<StatementTable>
export type ClaimReviewRow = Selectable<ClaimReviewTable>
