// Checks every JSON answer of the API against the response schema its route declares, with
// every object made strict: a field the contract does not document fails like a missing one.
import { gunzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ApiRouteSpec } from '../../src/server/api-route.js'

/** The schema with every object, however deep, refusing keys it does not declare. */
export function strictDeep(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string }
  const inner = (key: string) => strictDeep(def[key] as z.ZodType)
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(Object.entries((schema as z.ZodObject).shape).map(([key, value]) => [key, strictDeep(value as z.ZodType)]))
      return z.strictObject(shape)
    }
    case 'array':
      return z.array(inner('element'))
    case 'optional':
      return inner('innerType').optional()
    case 'nullable':
      return inner('innerType').nullable()
    case 'record':
      return schema.clone({ ...schema._zod.def, valueType: inner('valueType') } as typeof schema._zod.def)
    case 'union':
      return z.union((def.options as z.ZodType[]).map(strictDeep) as [z.ZodType, z.ZodType])
    case 'lazy':
    case 'pipe':
    case 'transform':
      throw new Error(`response schemas hold plain data; found a ${def.type}`)
    default:
      return schema
  }
}

/** Why a body does not match its route's response schema, or null when it does. */
export function contractError(schema: z.ZodType, body: unknown): string | null {
  const result = strictDeep(schema).safeParse(body)
  return result.success ? null : z.prettifyError(result.error)
}

export interface ContractLog {
  /** `GET /api/claims/:id` of every route that answered with a checked body. */
  readonly checked: Set<string>
  readonly failures: string[]
}

const bodyOf = (payload: unknown, gzip: boolean): string | null => {
  if (typeof payload === 'string') return payload
  if (Buffer.isBuffer(payload)) return (gzip ? gunzipSync(payload) : payload).toString('utf8')
  return null
}

/** Adds a hook (before the app is ready) that checks every successful JSON answer against its route's schema. */
export function checkResponses(app: FastifyInstance, log: ContractLog = { checked: new Set(), failures: [] }): ContractLog {
  app.addHook('onSend', async (request, reply, payload) => {
    const spec = (request.routeOptions.config as { api?: ApiRouteSpec }).api
    const type = String(reply.getHeader('content-type') ?? '')
    if (!spec?.response || reply.statusCode >= 300 || !type.includes('application/json')) return payload
    const text = bodyOf(payload, reply.getHeader('content-encoding') === 'gzip')
    const route = `${spec.method} ${request.routeOptions.url}`
    if (text === null) log.failures.push(`${route}: a body that is not text`)
    else {
      const error = contractError(spec.response, JSON.parse(text))
      if (error) log.failures.push(`${request.method} ${request.url}:\n${error}`)
      log.checked.add(route)
    }
    return payload
  })
  return log
}

/** Every route that declares a JSON response, as `GET /api/claims/:id`. */
export function routesWithResponses(openapi: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>> }): string[] {
  const routes: string[] = []
  for (const [path, methods] of Object.entries(openapi.paths))
    for (const [method, operation] of Object.entries(methods)) {
      const ok = Object.entries(operation.responses).find(([code]) => code.startsWith('2'))?.[1]
      if (ok?.content?.['application/json']?.schema && Object.keys(ok.content['application/json'].schema).length > 0) routes.push(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)
    }
  return routes.sort()
}
