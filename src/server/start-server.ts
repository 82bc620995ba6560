import type { FastifyInstance } from 'fastify'
import { readLegalData } from '../load/read-legal-data.js'
import { CobelError } from '../domain/errors.js'
import type { AnalyzerSource } from '../ingest/load-analyzer.js'
import { loadKnowledge } from '../load/load-knowledge.js'
import { defaultDataDir } from '../load/read-data-files.js'
import { openStore, type Store, type StoreTarget } from '../store/open-store.js'
import { countUsers } from '../store/users.js'
import type { AccessMode } from './access-control.js'
import { buildApp } from './build-app.js'

export interface ServeOptions {
  readonly host: string
  readonly port: number
  readonly target: StoreTarget
  readonly webRoot?: string | null
  readonly jobs?: number
  readonly rateLimit?: number | false
  readonly analyzer?: AnalyzerSource
  /** Browser origins besides the server's own allowed to call the API. */
  readonly allowedOrigins?: readonly string[]
  /** Fastify's request log (pino JSON lines on stdout). */
  readonly log?: boolean
}

export interface RunningServer {
  readonly app: FastifyInstance
  readonly store: Store
  readonly mode: AccessMode
  readonly url: string
  close(): Promise<void>
}

/** The address the server actually listens on: http://0.0.0.0:8080 for every interface, http://[::1]:7777 for IPv6 loopback. */
export function boundUrl(app: FastifyInstance): string {
  const address = app.server.address()
  if (!address || typeof address === 'string') return `http://${address ?? 'localhost'}`
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address
  return `http://${host}:${address.port}`
}

/** 127.0.0.0/8, ::1 and localhost: reachable from this machine only. */
export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)

/**
 * Open (no token) only when bound to loopback with no users; with users, tokens always;
 * anywhere else without users, refuse: a reachable workbench must know who reviews.
 */
export async function decideAccessMode(store: Store, host: string): Promise<AccessMode> {
  if ((await countUsers(store)) > 0) return 'token'
  if (isLoopback(host)) return 'open'
  throw new CobelError(
    'ERR_USAGE',
    `refusing to serve on ${host} without users: add one with \`cobel users add NAME --role admin\` (same --data or DATABASE_URL), or bind to 127.0.0.1`,
  )
}

/** Opens the store, loads knowledge and legal data, and listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.target)
  try {
    const mode = await decideAccessMode(store, options.host)
    const knowledge = loadKnowledge(options.analyzer?.dataDir)
    const legal = readLegalData(defaultDataDir())
    const app = await buildApp({
      store,
      legal,
      knowledge,
      actors: knowledge.data.actors,
      mode,
      ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
      ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
      ...(options.analyzer ? { analyzer: options.analyzer } : {}),
      jobs: options.jobs ?? 0,
      ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
      logger: options.log ?? false,
      warm: true,
    })
    await app.listen({ host: options.host, port: options.port })
    return {
      app,
      store,
      mode,
      url: boundUrl(app),
      async close() {
        await app.close()
        await store.close()
      },
    }
  } catch (error) {
    await store.close()
    throw error
  }
}
