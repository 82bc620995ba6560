import { sql, type Kysely, type Transaction } from 'kysely'
import type { Analysis } from '../domain/records.js'
import { analysisRows } from './analysis-rows.js'
import type { Database, NewClaim, NewDocument, NewStatement } from './database.js'
import { canonicalUrl, hostOf } from './document-id.js'
import { ftsConfigFor } from './fts-config-for.js'
import { NEAR_DUPLICATE_THRESHOLD, nearDuplicateSignature, signatureSimilarity } from './near-duplicate-signature.js'
import type { Store } from './open-store.js'
import { NearDuplicateIndex, type IndexedDocument } from './near-duplicate-index.js'
import { parsePublishedAt } from './parse-published-at.js'

/** One analysed document with its provenance, ready to be stored. */
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
  return store.db.transaction().execute(async (trx) => {
    await upsertOutlets(trx, prepared)
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
    const statements: NewStatement[] = []
    const claims: NewClaim[] = []
    for (const p of prepared) {
      if (!inserted.has(p.row.id)) continue
      const rows = analysisRows(p.row.id, p.analysis, p.row.fts_config)
      statements.push(...rows.statements)
      claims.push(...rows.claims)
    }
    for (const chunk of chunks(statements, 1000)) await trx.insertInto('statements').values(chunk).execute()
    for (const chunk of chunks(claims, 1000)) await trx.insertInto('claims').values(chunk).execute()
    const configs = [...new Set(prepared.filter((p) => inserted.has(p.row.id)).map((p) => p.row.fts_config))]
    if (configs.length)
      await trx.insertInto('fts_configs').values(configs.map((name) => ({ name }))).onConflict((oc) => oc.doNothing()).execute()
    return {
      inserted: prepared.filter((p) => inserted.has(p.row.id)).map((p) => p.row.id),
      duplicates: prepared.filter((p) => !inserted.has(p.row.id)).map((p) => p.row.id),
    }
  })
}

export interface SaveOptions {
  /** The run's in-memory near-duplicate index (see NearDuplicateIndex); without it the database is asked about every band. */
  readonly index?: NearDuplicateIndex
}

interface Prepared {
  row: NewDocument & { minhash: number[]; bands: number[]; cluster_key: string; independence_key: string }
  analysis: Analysis
  outlet: { id: string; name: string; domain: string | null } | null
}

function prepare(doc: DocumentToSave): Prepared {
  const { analysis } = doc
  const url = doc.url ?? analysis.url ?? null
  const outlet = outletOf(doc.outlet ?? analysis.outlet, url)
  const signature = nearDuplicateSignature(analysis.text)
  const publishedRaw = doc.publishedAt ?? analysis.publishedAt ?? null
  const published = parsePublishedAt(publishedRaw)
  const warnings = [...(doc.warnings ?? []), ...analysis.warnings]
  if (publishedRaw && !published) warnings.push(`unreadable publication date: ${publishedRaw}`)
  return {
    analysis,
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
      fts_config: ftsConfigFor(analysis.lang),
      supported: analysis.supported,
      text: analysis.text,
      source: doc.source,
      source_format: doc.sourceFormat,
      extractor: analysis.extractor,
      data_version: doc.dataVersion,
      cluster_key: doc.id,
      independence_key: outlet ? `outlet:${outlet.id}` : `doc:${doc.id}`,
      minhash: signature.minhash,
      bands: signature.bands,
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

async function upsertOutlets(trx: Transaction<Database>, prepared: Prepared[]): Promise<void> {
  const outlets = new Map(prepared.flatMap((p) => (p.outlet ? [[p.outlet.id, p.outlet] as const] : [])))
  if (outlets.size === 0) return
  // Sorted: concurrent batches then lock the same outlet rows in the same order (no deadlock).
  await trx
    .insertInto('outlets')
    .values([...outlets.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((o) => ({ id: o.id, name: o.name, domain: o.domain })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
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
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'canonical_url', 'raw_sha256'])
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('id', 'in', ids)] : []),
        ...(urls.length ? [eb('canonical_url', 'in', urls)] : []),
        ...(raws.length ? [eb('raw_sha256', 'in', raws)] : []),
      ]),
    )
    .execute()
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
