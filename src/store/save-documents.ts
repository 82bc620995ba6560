import { sql, type Kysely, type Transaction } from 'kysely'
import type { Analysis } from '../domain/records.js'
import { CLAIM_COLUMNS, STATEMENT_COLUMNS } from './analysis-rows.js'
import { indexForSearch } from './index-for-search.js'
import { insertPacked, insertRows } from './insert-rows.js'
import type { Database, NewDocument } from './database.js'
import { canonicalUrl, hostOf } from '../domain/urls.js'
import { documentRowsOf, type DocumentRows } from './document-rows.js'
import { ftsConfigFor } from './fts-config-for.js'
import { NEAR_DUPLICATE_THRESHOLD, signatureSimilarity } from './near-duplicate-signature.js'
import type { Store } from './open-store.js'
import { NearDuplicateIndex, type IndexedDocument } from './near-duplicate-index.js'
import { parsePublishedAt } from './parse-published-at.js'

/** One analysed document with its provenance, ready to be stored. */
/** Claims and quotes of a document to save: counted from its rows when the worker sent them packed. */
export function findingsOf(doc: DocumentToSave): { claims: number; quotes: number } {
  const packed = doc.rows?.packed
  return packed ? { claims: packed.claims.count, quotes: packed.statements.count } : { claims: doc.analysis.support.length, quotes: doc.analysis.quotes.length }
}

export interface DocumentToSave {
  /** SHA-256 of the normalised text (see documentIdOf). */
  readonly id: string
  readonly analysis: Analysis
  readonly sourceId: string | null
  /** Path or URL the document was read from. */
  readonly source: string
  readonly sourceFormat: string
  readonly rawSha256: string
  readonly capturedAt: Date
  readonly url: string | null
  /** Defaults to the canonical form of `url`. */
  readonly canonicalUrl?: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly dataVersion: string
  readonly warnings?: readonly string[]
  /** Its quotes', claims' and signature's rows, when already computed (by documentRowsOf, with this id). */
  readonly rows?: DocumentRows
}

export interface SaveResult {
  /** Ids written by this call. */
  readonly inserted: string[]
  /** Ids already stored (same text, or same canonical URL) and left untouched. */
  readonly duplicates: string[]
}

/**
 * Stores a batch of documents with their quotes and claims in one transaction: either a
 * document and all its findings are stored, or nothing of it is. Documents already stored
 * (same id or canonical URL) are skipped. Near-duplicates join the cluster of the document
 * they copy and share its independence key.
 */
export async function saveDocuments(store: Store, documents: readonly DocumentToSave[], options: SaveOptions = {}): Promise<SaveResult> {
  if (documents.length === 0) return { inserted: [], duplicates: [] }
  const prepared = documents.map(prepare)
  await upsertOutlets(store.db, prepared, options.knownOutlets)
  return store.db.transaction().execute(async (trx) => {
    // A batch lost to a server crash is read again by the next run: no need to wait for its WAL flush.
    if (options.relaxedCommit && store.engine === 'postgres') await sql`set local synchronous_commit = off`.execute(trx)
    await assignClusters(trx, prepared, options.index)
    const inserted = new Set<string>()
    for (const chunk of chunks(prepared, 200)) {
      const rows = await trx
        .insertInto('documents')
        .values(chunk.map((p) => p.row))
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute()
      for (const row of rows) inserted.add(row.id)
    }
    const stored = prepared.filter((p) => inserted.has(p.row.id))
    await insertRows(trx, 'statements', stored.flatMap((p) => p.rows.statements), STATEMENT_COLUMNS)
    await insertRows(trx, 'claims', stored.flatMap((p) => p.rows.claims), CLAIM_COLUMNS)
    const packed = stored.flatMap((p) => (p.rows.packed ? [p.rows.packed] : []))
    await insertPacked(trx, 'statements', packed.map((p) => p.statements), STATEMENT_COLUMNS)
    await insertPacked(trx, 'claims', packed.map((p) => p.claims), CLAIM_COLUMNS)
    await indexForSearch(
      trx,
      stored.map((p) => p.row.id),
      stored.map((p) => p.rows.facets),
    )
    const configs = [...new Set(stored.map((p) => p.row.fts_config))]
    if (configs.length)
      await trx.insertInto('fts_configs').values(configs.map((name) => ({ name }))).onConflict((oc) => oc.doNothing()).execute()
    await options.beforeCommit?.(trx)
    return {
      inserted: stored.map((p) => p.row.id),
      duplicates: prepared.filter((p) => !inserted.has(p.row.id)).map((p) => p.row.id),
    }
  })
}

export interface SaveOptions {
  /** The run's in-memory near-duplicate index (see NearDuplicateIndex); without it the database is asked about every band. */
  readonly index?: NearDuplicateIndex
  /** Outlet ids already written in this run (filled in as outlets are written). */
  readonly knownOutlets?: Set<string>
  /**
   * PostgreSQL: commit without waiting for the write-ahead log to reach the disk. A server
   * crash may then lose the last batches (never half of one); only for callers that redo
   * them, such as an ingest run read again from its sources.
   */
  readonly relaxedCommit?: boolean
  /** Runs in the batch's transaction after its writes: what must commit with the documents (the job queue marks their jobs done). */
  readonly beforeCommit?: (trx: Transaction<Database>) => Promise<void>
}

interface Prepared {
  row: NewDocument & { minhash: number[]; bands: number[]; cluster_key: string; independence_key: string }
  rows: DocumentRows
  outlet: { id: string; name: string; domain: string | null } | null
}

function prepare(doc: DocumentToSave): Prepared {
  const { analysis } = doc
  const url = doc.url ?? analysis.url ?? null
  const outlet = outletOf(doc.outlet ?? analysis.outlet, url)
  const ftsConfig = ftsConfigFor(analysis.lang)
  const rows = doc.rows ?? documentRowsOf(doc.id, analysis, ftsConfig)
  const publishedRaw = doc.publishedAt ?? analysis.publishedAt ?? null
  const published = parsePublishedAt(publishedRaw)
  const warnings = [...(doc.warnings ?? []), ...analysis.warnings]
  if (publishedRaw && !published) warnings.push(`unreadable publication date: ${publishedRaw}`)
  return {
    rows,
    outlet,
    row: {
      id: doc.id,
      source_id: doc.sourceId,
      url,
      canonical_url: doc.canonicalUrl === undefined ? canonicalUrl(url) : doc.canonicalUrl,
      title: analysis.title,
      outlet_id: outlet?.id ?? null,
      published_at: published,
      published_raw: publishedRaw,
      captured_at: doc.capturedAt,
      raw_sha256: doc.rawSha256,
      lang: analysis.lang,
      lang_source: analysis.langSource,
      fts_config: ftsConfig,
      supported: analysis.supported,
      text: analysis.text,
      source: doc.source,
      source_format: doc.sourceFormat,
      extractor: analysis.extractor,
      data_version: doc.dataVersion,
      cluster_key: doc.id,
      independence_key: outlet ? `outlet:${outlet.id}` : `doc:${doc.id}`,
      minhash: rows.signature.minhash,
      bands: rows.signature.bands,
      warnings: JSON.stringify(warnings),
    },
  }
}

/** Outlet key: the host of the URL when there is one (stable), otherwise a slug of the name. */
export function outletOf(name: string | null | undefined, url: string | null): Prepared['outlet'] {
  const domain = hostOf(url)
  const label = name?.trim() || domain
  if (!label) return null
  const id = domain ?? slug(label)
  return id ? { id, name: label, domain } : null
}

const slug = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')

/**
 * Outlets are written before, and apart from, the batch's transaction: two batches writing at
 * once would otherwise wait on each other's outlet rows until commit. An outlet without
 * documents (the batch failed) is harmless.
 */
async function upsertOutlets(db: Kysely<Database>, prepared: Prepared[], known?: Set<string>): Promise<void> {
  const outlets = new Map(prepared.flatMap((p) => (p.outlet && !known?.has(p.outlet.id) ? [[p.outlet.id, p.outlet] as const] : [])))
  if (outlets.size === 0) return
  // Sorted: concurrent writers then lock the same outlet rows in the same order (no deadlock).
  await db
    .insertInto('outlets')
    .values([...outlets.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((o) => ({ id: o.id, name: o.name, domain: o.domain })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  for (const id of outlets.keys()) known?.add(id)
}

/**
 * Finds, for each document, the most similar earlier document sharing an LSH band (stored
 * before, in the run's index, or earlier in this batch) and joins its cluster.
 */
async function assignClusters(trx: Transaction<Database>, prepared: Prepared[], index?: NearDuplicateIndex): Promise<void> {
  const allBands = [...new Set(prepared.flatMap((p) => p.row.bands))]
  let query = trx
    .selectFrom('documents')
    .select(['id', 'cluster_key', 'independence_key', 'minhash', 'bands'])
    .where(sql<boolean>`bands && ${sql.val(allBands)}::integer[]`)
    .where(
      'id',
      'not in',
      prepared.map((p) => p.row.id),
    )
  if (index) query = query.where('created_at', '<', index.since)
  // Bounded like the in-memory index: boilerplate shared by thousands of stored documents must not flood the batch.
  query = query.orderBy('created_at').limit(50 * prepared.length)
  const batch = new NearDuplicateIndex(new Date(0))
  if (!index || index.storedBefore) for (const doc of await query.execute()) batch.add(doc)
  for (const p of prepared) {
    const candidates = index ? [...batch.candidates(p.row.bands), ...index.candidates(p.row.bands)] : batch.candidates(p.row.bands)
    let best: IndexedDocument | null = null
    let bestScore = NEAR_DUPLICATE_THRESHOLD
    for (const candidate of candidates) {
      const score = signatureSimilarity(p.row.minhash, candidate.minhash)
      if (score >= bestScore) {
        best = candidate
        bestScore = score
      }
    }
    if (best) {
      p.row.cluster_key = best.cluster_key
      p.row.independence_key = best.independence_key
    }
    ;(index ?? batch).add(p.row)
  }
}

/** Ids, canonical URLs and raw hashes among the given ones that are already stored. */
export async function findStoredDocuments(
  db: Kysely<Database>,
  keys: { ids?: readonly string[]; canonicalUrls?: readonly string[]; rawSha256s?: readonly string[] },
): Promise<{ ids: Set<string>; canonicalUrls: Set<string>; rawSha256s: Set<string> }> {
  const ids = [...new Set(keys.ids ?? [])]
  const urls = [...new Set(keys.canonicalUrls ?? [])]
  const raws = [...new Set(keys.rawSha256s ?? [])]
  const found = { ids: new Set<string>(), canonicalUrls: new Set<string>(), rawSha256s: new Set<string>() }
  if (ids.length + urls.length + raws.length === 0) return found
  // One indexed lookup per key: an OR of the three makes PostgreSQL scan the table.
  const lookups = [
    ...(ids.length ? [db.selectFrom('documents').select(['id', 'canonical_url', 'raw_sha256']).where('id', 'in', ids)] : []),
    ...(urls.length ? [db.selectFrom('documents').select(['id', 'canonical_url', 'raw_sha256']).where('canonical_url', 'in', urls)] : []),
    ...(raws.length ? [db.selectFrom('documents').select(['id', 'canonical_url', 'raw_sha256']).where('raw_sha256', 'in', raws)] : []),
  ]
  const rows = (await Promise.all(lookups.map((q) => q.execute()))).flat()
  for (const row of rows) {
    found.ids.add(row.id)
    if (row.canonical_url) found.canonicalUrls.add(row.canonical_url)
    found.rawSha256s.add(row.raw_sha256)
  }
  return found
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size)
}
