import { gzipSync } from 'node:zlib'
import type { Store } from '../store/open-store.js'
import { storeFingerprint } from '../store/store-fingerprint.js'

/**
 * Answers of read routes, kept until the store changes. The store's fingerprint (its
 * transaction snapshot, which only writes move) is read at most once per `checkEveryMs`, so
 * writes by another process (a CLI ingest into the same PostgreSQL) show within that time;
 * writes through this server call `invalidate()` and show at once.
 */
export interface ReadCache {
  /** The store's current version. */
  fingerprint(): Promise<string>
  /** The cached serialisation of `compute()` (UTF-8, and gzipped when large) for this key at the current fingerprint. */
  json(key: string, compute: () => Promise<unknown>): Promise<CachedJson>
  /** A value (not serialised) for this key at the current fingerprint, computed once. */
  value<T>(key: string, compute: () => Promise<T>): Promise<T>
  invalidate(): void
}

export interface CachedJson {
  readonly body: Buffer
  /** Bodies over 1 KB, compressed once for every client that accepts gzip. */
  readonly gzip: Buffer | null
  readonly version: string
  /** A strong ETag for this version. */
  readonly etag: string
}

export interface ReadCacheOptions {
  readonly checkEveryMs?: number
  /** Entries kept (least recently used dropped first). */
  readonly maxEntries?: number
  /** Off: every call computes (for measuring the routes themselves). */
  readonly enabled?: boolean
}

export function createReadCache(store: Store, options: ReadCacheOptions = {}): ReadCache {
  const checkEvery = options.checkEveryMs ?? 1000
  const maxEntries = options.maxEntries ?? 500
  const enabled = options.enabled ?? true
  let current: { at: number; promise: Promise<string> } | null = null
  const entries = new Map<string, { version: string; promise: Promise<unknown> }>()
  let etag = { version: '', value: '""' }

  const fingerprint = (): Promise<string> => {
    const now = Date.now()
    if (!current || now - current.at >= checkEvery) {
      const promise = storeFingerprint(store)
      current = { at: now, promise }
      // A failed read is not kept: the next call asks again.
      promise.catch(() => {
        if (current?.promise === promise) current = null
      })
    }
    return current.promise
  }

  async function value<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!enabled) return compute()
    const version = await fingerprint()
    const hit = entries.get(key)
    if (hit && hit.version === version) {
      entries.delete(key)
      entries.set(key, hit)
      return hit.promise as Promise<T>
    }
    const promise = compute()
    entries.set(key, { version, promise })
    promise.catch(() => {
      if (entries.get(key)?.promise === promise) entries.delete(key)
    })
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    return promise
  }

  return {
    fingerprint,
    value,
    async json(key, compute) {
      const version = enabled ? await fingerprint() : String(Date.now())
      const { body, gzip } = await value(`json:${key}`, async () => {
        const body = Buffer.from(JSON.stringify(await compute()))
        return { body, gzip: body.length > 1024 ? gzipSync(body, { level: 6 }) : null }
      })
      if (etag.version !== version) etag = { version, value: `"${version.replace(/[^0-9A-Za-z]+/g, '.')}"` }
      return { body, gzip, version, etag: etag.value }
    },
    invalidate() {
      current = null
    },
  }
}
