import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createHash } from 'node:crypto'
import { openStore, type Store } from '../../src/store/open-store.js'
import { startPostgres, type RunningPostgres } from '../../src/bench/start-postgres.js'

export interface StoreFactory {
  readonly engine: 'pglite' | 'postgres'
  /** A fresh, migrated, empty store. */
  create(): Promise<Store>
  /** Closes every store created and removes their data. */
  dispose(): Promise<void>
}

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'store', 'migrations')

/** Hash of the migration sources: a template built from other migrations is never reused. */
function schemaHash(): string {
  const hash = createHash('sha256')
  for (const name of readdirSync(migrationsDir).sort()) hash.update(name).update(readFileSync(join(migrationsDir, name)))
  return hash.digest('hex').slice(0, 16)
}

/**
 * Creating a PGlite database runs initdb in WebAssembly (5–8 s). One migrated template is
 * built per schema version and copied for each test store (well under a second).
 */
export async function pgliteTemplate(): Promise<string> {
  const base = join(tmpdir(), 'cobel-test-templates')
  const dir = join(base, `pglite-${schemaHash()}`)
  if (existsSync(join(dir, 'ready'))) return dir
  mkdirSync(base, { recursive: true })
  const building = `${dir}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  const store = await openStore({ dataDir: building })
  await store.close()
  writeFileSync(join(building, 'ready'), new Date().toISOString())
  try {
    renameSync(building, dir)
  } catch {
    // Another test process finished first; its template is as good.
    rmSync(building, { recursive: true, force: true })
  }
  return dir
}

/** Copies the template into a new temporary data folder. */
export async function freshPgliteDir(): Promise<string> {
  const template = await pgliteTemplate()
  const dir = mkdtempSync(join(tmpdir(), 'cobel-store-'))
  cpSync(template, dir, { recursive: true })
  return dir
}

export async function pgliteFactory(): Promise<StoreFactory> {
  const stores: Store[] = []
  const dirs: string[] = []
  return {
    engine: 'pglite',
    async create() {
      const dir = await freshPgliteDir()
      dirs.push(dir)
      const store = await openStore({ dataDir: dir })
      stores.push(store)
      return store
    },
    async dispose() {
      for (const store of stores) await store.close()
      // PGlite may still touch its folder just after close.
      await new Promise((resolve) => setTimeout(resolve, 100))
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function postgresFactory(server?: RunningPostgres): Promise<StoreFactory> {
  const pg = server ?? (await startPostgres())
  const stores: Store[] = []
  return {
    engine: 'postgres',
    async create() {
      const store = await openStore({ databaseUrl: await pg.createDatabase() })
      stores.push(store)
      return store
    },
    async dispose() {
      for (const store of stores) await store.close()
      if (!server) await pg.stop()
    },
  }
}
