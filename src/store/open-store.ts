import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Kysely, Migrator, PostgresDialect, sql, type KyselyConfig } from 'kysely'
import pg from 'pg'
import { CobelError } from '../domain/errors.js'
import type { Database } from './database.js'
import { MIGRATIONS, migrationProvider } from './migration-provider.js'

/** Where the store lives: a PGlite data folder, or a PostgreSQL server. */
export type StoreTarget = { readonly dataDir: string } | { readonly databaseUrl: string }

export type StoreEngine = 'pglite' | 'postgres'

export interface Store {
  readonly db: Kysely<Database>
  readonly engine: StoreEngine
  /** The data folder, or the server URL without its password. */
  readonly location: string
  close(): Promise<void>
}

export interface OpenStoreOptions {
  /** Run pending migrations on open (default true). */
  readonly migrate?: boolean
  /** Connections to a PostgreSQL server (PGlite always uses one). */
  readonly poolSize?: number
  /** Receives every query with its duration (Kysely's log events), for diagnostics. */
  readonly log?: KyselyConfig['log']
  /**
   * A few reads and out (one command's answer): PGlite starts with a 16 MB buffer pool instead
   * of 128 MB, which PostgreSQL initialises at start (0.4 s of a 1 s start). Long work (ingest,
   * serve) keeps the large pool.
   */
  readonly brief?: boolean
}

export const DEFAULT_DATA_DIR = 'cobel-data'

/**
 * Picks the store from a `--data` option and the environment: an explicit folder wins,
 * then `DATABASE_URL`, then `COBEL_DATA`, then `./cobel-data`.
 */
export function resolveStoreTarget(data: string | undefined, env: NodeJS.ProcessEnv = process.env): StoreTarget {
  if (data) return { dataDir: resolve(data) }
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL }
  return { dataDir: resolve(env.COBEL_DATA || DEFAULT_DATA_DIR) }
}

/** Opens (and migrates) the store. PGlite and PostgreSQL share every query through Kysely's PostgresDialect. */
export async function openStore(target: StoreTarget, options: OpenStoreOptions = {}): Promise<Store> {
  const store = 'databaseUrl' in target ? openPostgres(target.databaseUrl, options) : await openPglite(target.dataDir, options)
  if (options.migrate !== false) {
    try {
      await migrateStore(store.db)
    } catch (error) {
      await store.close()
      throw error
    }
  }
  return store
}

/** Brings the schema to the latest migration. */
export async function migrateStore(db: Kysely<Database>): Promise<void> {
  if (await isMigrated(db)) return
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest()
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName
    throw new CobelError('ERR_STORE', `migration ${failed ?? ''} failed: ${(error as Error).message ?? String(error)}`)
  }
}

/**
 * Whether the newest migration is applied: one read, where the migrator would first create its
 * tables and take its lock (a tenth of a second on PGlite) to find nothing to do.
 */
async function isMigrated(db: Kysely<Database>): Promise<boolean> {
  const newest = Object.keys(MIGRATIONS).sort().at(-1)
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db)
    return rows[0]?.name === newest
  } catch {
    // No migration table yet: a new store.
    return false
  }
}

function openPostgres(url: string, options: OpenStoreOptions): Store {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 })
  // A client losing its server (a restart) must not crash the process, idle or held by a
  // transaction between two statements: the next query on it reports the error instead.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => void client.on('error', () => undefined))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(options.log ? { log: options.log } : {}) })
  return { db, engine: 'postgres', location: redactUrl(url), close: () => db.destroy() }
}

const openDirs = new Set<string>()

async function openPglite(dir: string, options: OpenStoreOptions): Promise<Store> {
  const dataDir = resolve(dir)
  mkdirSync(dataDir, { recursive: true })
  const release = lockDataDir(dataDir)
  try {
    const { PGlite } = await import('@electric-sql/pglite')
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres')
    const pglite = new PGlite(join(dataDir, 'pg'), options.brief ? { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] } : {})
    await pglite.waitReady
    // Pool size 1: PGlite has one session, and transactions must not interleave on it.
    const pool = new pg.Pool({ ...(createPgConfig(pglite) as unknown as pg.PoolConfig), max: 1 })
    pool.on('error', () => undefined)
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(options.log ? { log: options.log } : {}) })
    let closed = false
    return {
      db,
      engine: 'pglite',
      location: dataDir,
      close: async () => {
        if (closed) return
        closed = true
        try {
          await db.destroy()
          await pglite.close()
        } finally {
          release()
        }
      },
    }
  } catch (error) {
    release()
    if (error instanceof CobelError) throw error
    throw new CobelError('ERR_STORE', `cannot open the PGlite store: ${(error as Error).message}`, dataDir)
  }
}

/**
 * One process per PGlite folder: two would each run their own PostgreSQL on the same files.
 * A lock left by a killed process is taken over when its pid is gone.
 */
function lockDataDir(dataDir: string): () => void {
  if (openDirs.has(dataDir)) throw new CobelError('ERR_STORE', 'the data folder is already open in this process', dataDir)
  const lockFile = join(dataDir, 'cobel.lock')
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new CobelError('ERR_STORE', (error as Error).message, dataDir)
    const holder = Number(readFileSync(lockFile, 'utf8').trim())
    if (holder && holder !== process.pid && isAlive(holder))
      throw new CobelError('ERR_STORE', `the data folder is in use by process ${holder}; use DATABASE_URL for several writers`, dataDir)
    writeFileSync(lockFile, String(process.pid))
  }
  openDirs.add(dataDir)
  return () => {
    openDirs.delete(dataDir)
    rmSync(lockFile, { force: true })
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres'
  }
}
