import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { CobelError } from '../domain/errors.js'
import { roleRank, type Role } from '../store/users.js'
import type { ReadCache } from './read-cache.js'

/** Who is calling: a workbench user, or the single local user of an open loopback server. */
export interface ApiUser {
  readonly name: string
  readonly role: Role
}

declare module 'fastify' {
  interface FastifyRequest {
    user: ApiUser | null
  }
  interface FastifyContextConfig {
    api?: ApiRouteSpec
  }
}

/** An object schema for query strings, path parameters or bodies. */
type Schema = z.ZodType

/** What a route accepts and who may call it; the OpenAPI document is built from these. */
export interface ApiRouteSpec<Q extends Schema = Schema, P extends Schema = Schema, B extends Schema = Schema> {
  readonly method: 'GET' | 'POST' | 'DELETE'
  /** Path below the plugin's prefix, Fastify style: `/documents/:id`. */
  readonly url: string
  readonly summary: string
  readonly tag: string
  /** Weakest role allowed; `public` needs no token. */
  readonly role: Role | 'public'
  readonly query?: Q
  readonly params?: P
  readonly body?: B
  /** Documented response body (200, or `status`). */
  readonly response?: Schema
  readonly status?: number
  /** Other media types the route answers with, e.g. text/csv. */
  readonly produces?: readonly string[]
  readonly bodyLimit?: number
  /** Requests per minute per client, below the global limit. */
  readonly rateLimit?: number
  /** GET answers kept until the store changes, and revalidated by ETag. */
  readonly cache?: ReadCache
}

export interface RouteContext<Q extends Schema, P extends Schema, B extends Schema> {
  readonly query: z.output<Q>
  readonly params: z.output<P>
  readonly body: z.output<B>
  readonly user: ApiUser
  readonly request: FastifyRequest
  readonly reply: FastifyReply
}

// A record of unknown values (the audit log's before and after) takes any object, interfaces included.
type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? (string extends keyof T ? object : { readonly [K in keyof T]: DeepReadonly<T[K]> }) : T
/** What a handler may answer: the documented response body (readonly values too), or anything for routes without one. */
export type AnswerOf<R extends Schema | undefined> = R extends Schema ? DeepReadonly<z.input<R>> : unknown

/** Query strings of routes that take none: unknown parameters are refused like misspelt ones. */
export const NoQuery = z.strictObject({})
// Built once: zod compiles object schemas on first use, which must not happen per request.
const NoParams = z.object({})

/** Parses with zod; a failure is ERR_BAD_REQUEST naming every bad field. */
export function parseOrThrow<S extends Schema>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value ?? {})
  if (!result.success) throw new CobelError('ERR_BAD_REQUEST', `${where}: ${z.prettifyError(result.error)}`)
  return result.data
}

/** Throws ERR_UNAUTHORIZED without a user and ERR_FORBIDDEN when the role is too weak. */
export function requireRole(user: ApiUser | null, role: Role | 'public'): ApiUser {
  if (role === 'public') return user ?? { name: 'anonymous', role: 'viewer' }
  if (!user) throw new CobelError('ERR_UNAUTHORIZED', 'sign in with an API token (Authorization: Bearer …)')
  if (roleRank(user.role) < roleRank(role)) throw new CobelError('ERR_FORBIDDEN', `this needs the ${role} role; ${user.name} is ${user.role}`)
  return user
}

/**
 * Registers a route whose parameters and body are validated with zod before the handler
 * runs, and whose role is checked first (403 before 400: a viewer learns nothing from probing).
 */
export function addRoute<Q extends Schema, P extends Schema, B extends Schema, R extends Schema | undefined = undefined>(
  app: FastifyInstance,
  spec: ApiRouteSpec<Q, P, B> & { readonly response?: R },
  handler: (ctx: RouteContext<Q, P, B>) => Promise<AnswerOf<R> | FastifyReply>,
): void {
  app.route({
    method: spec.method,
    url: spec.url,
    config: { api: spec as ApiRouteSpec, ...(spec.rateLimit ? { rateLimit: { max: spec.rateLimit, timeWindow: '1 minute' } } : {}) },
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    handler: async (request, reply) => {
      const user = requireRole(request.user, spec.role)
      const run = () => {
        const query = parseOrThrow(spec.query ?? NoQuery, request.query, 'query') as z.output<Q>
        const params = parseOrThrow(spec.params ?? NoParams, request.params, 'path') as z.output<P>
        const body = spec.body ? parseOrThrow(spec.body, request.body, 'body') : undefined
        return handler({ query, params, body: body as z.output<B>, user, request, reply })
      }
      // A cached answer was validated when it was computed (failures are never kept): a hit skips parsing.
      if (spec.cache && spec.method === 'GET') return sendCached(spec.cache, request, reply, async () => run())
      const result = await run()
      if (spec.status && !reply.sent) reply.code(spec.status)
      return result
    },
  })
}

/** Serves a cached JSON answer; a client holding the same version gets 304 without a body. */
async function sendCached(cache: ReadCache, request: FastifyRequest, reply: FastifyReply, run: () => Promise<unknown>): Promise<FastifyReply> {
  const { body, gzip, etag } = await cache.json(request.url, run)
  reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding')
  if (request.headers['if-none-match'] === etag) return reply.code(304).send()
  reply.type('application/json; charset=utf-8')
  if (gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(gzip)
  return reply.send(body)
}
