import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { LegalData } from '../assess/index.js'
import type { AnalyzerSource } from '../ingest/load-analyzer.js'
import type { Knowledge } from '../pipeline/compile-knowledge.js'
import { EXTRACTOR_VERSION } from '../pipeline/version.js'
import type { Store } from '../store/open-store.js'
import { hashToken } from '../store/users.js'
import { addAccessControl, bearerOf, type AccessMode } from './access-control.js'
import { toApiError } from './api-error.js'
import { addRoute } from './api-route.js'
import { createAssessor } from './assessor.js'
import { createIngestQueue } from './ingest-jobs.js'
import { buildOpenApi, type RegisteredRoute } from './openapi.js'
import { addRequestOriginGuard } from './request-origin-guard.js'
import { addSecurityHeaders } from './security-headers.js'
import { createReadCache, type ReadCacheOptions } from './read-cache.js'
import { actorRoutes, type ActorEntry } from './routes/actors.js'
import { assessmentRoutes } from './routes/assessments.js'
import { claimRoutes } from './routes/claims.js'
import { documentRoutes } from './routes/documents.js'
import { ingestRoutes } from './routes/ingest.js'
import { metaRoutes } from './routes/meta.js'
import { queueRoutes } from './routes/queue.js'
import { quoteRoutes } from './routes/quotes.js'
import { reviewRoutes } from './routes/review.js'
import { searchRoutes } from './routes/search.js'
import { userRoutes } from './routes/users.js'

export interface AppOptions {
  readonly store: Store
  readonly legal: LegalData
  /** The actor registry: labels, kinds and the organ → state roll-up. */
  readonly actors: readonly ActorEntry[]
  /** Lexicons, for actor and materiel highlights in documents. */
  readonly knowledge?: Knowledge
  readonly mode: AccessMode
  /** Browser origins besides the server's own allowed to call the API (`--allowed-origin`). */
  readonly allowedOrigins?: readonly string[]
  /** Folder of the built web app (index.html); default dist/web; null serves the API alone. */
  readonly webRoot?: string | null
  /** Analyzer for ingest (default: cobel's pipeline) and its worker threads (default 0: in this thread). */
  readonly analyzer?: AnalyzerSource
  readonly jobs?: number
  /** Requests per minute per client (token or address); false turns the limit off. */
  readonly rateLimit?: number | false
  readonly cache?: ReadCacheOptions
  readonly logger?: FastifyServerOptions['logger']
  /** Computes the overview's assessments as the server starts, so the first visitor does not wait for them. */
  readonly warm?: boolean
}

/** Where `vite build --config web/vite.config.ts` writes the web app: <package>/dist/web, from src/ or dist/. */
export const defaultWebRoot = (): string => join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web')

/**
 * The workbench server: the HTTP API under /api (one plugin per resource, each given its
 * dependencies) and the built web app at /. Closing the app stops ingest workers; the store
 * is the caller's to close.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, legal, actors, mode } = options
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 })
  const routes: RegisteredRoute[] = []
  app.addHook('onRoute', (route) => {
    const spec = route.config?.api
    if (spec && route.method !== 'HEAD') routes.push({ path: route.url, spec })
  })

  addSecurityHeaders(app)
  if (options.rateLimit !== false)
    await app.register(rateLimit, {
      max: options.rateLimit ?? 1200,
      timeWindow: '1 minute',
      keyGenerator: (request) => {
        const token = bearerOf(request)
        return token ? `t:${hashToken(token).slice(0, 16)}` : `ip:${request.ip}`
      },
      errorResponseBuilder: (_request, context) => ({ statusCode: 429, code: 'ERR_RATE_LIMITED', message: `too many requests; retry in ${context.after}` }),
    })
  const access = addAccessControl(app, { store, mode })
  addRequestOriginGuard(app, { mode: () => access.mode, ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}) })

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toApiError(error)
    if (status >= 500) request.log.error(error)
    return reply.code(status).send(body)
  })
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ code: 'ERR_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }))

  const cache = createReadCache(store, options.cache)
  const assessor = createAssessor({ store, legal, actors, cache })
  const ingest = createIngestQueue({ store, analyzer: options.analyzer, jobs: options.jobs ?? 0, onStored: () => cache.invalidate() })
  app.addHook('onClose', () => ingest.close())
  if (options.warm)
    app.addHook('onReady', async () => {
      void assessor.summaries({}).catch((error: unknown) => app.log.warn(error))
    })

  await app.register(
    async (api) => {
      await api.register(metaRoutes, { store, cache, legal, access })
      await api.register(documentRoutes, { store, cache, legal, actors, ...(options.knowledge ? { knowledge: options.knowledge } : {}) })
      await api.register(claimRoutes, { store, cache, legal, actors })
      await api.register(quoteRoutes, { store, cache })
      await api.register(actorRoutes, { store, cache, actors })
      await api.register(assessmentRoutes, { store, assessor, legal, cache, actors })
      await api.register(searchRoutes, { store, cache })
      await api.register(reviewRoutes, { store, cache })
      await api.register(ingestRoutes, { ingest })
      await api.register(userRoutes, { store, access })
      await api.register(queueRoutes, { store })
      let openapi: Record<string, unknown> | null = null
      addRoute(api, { method: 'GET', url: '/openapi.json', summary: 'This document', tag: 'meta', role: 'public' }, async () => {
        openapi ??= buildOpenApi(routes, { title: 'cobel', version: EXTRACTOR_VERSION })
        return openapi
      })
    },
    { prefix: '/api' },
  )

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      index: 'index.html',
      // Built assets carry a content hash in their names; index.html must always be fresh.
      setHeaders: (reply, path) => reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    })
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('The cobel web app is not built. Run: npx vite build --config web/vite.config.ts\nThe API is at /api (see /api/openapi.json).\n'),
    )
  }
  return app
}
