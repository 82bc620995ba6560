import { z } from 'zod'
import type { ApiRouteSpec } from './api-route.js'
import { ErrorBody } from './api-schemas.js'

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string }

/** Routes as registered, with their full path. */
export interface RegisteredRoute {
  readonly path: string
  readonly spec: ApiRouteSpec
}

const toSchema = (schema: z.ZodType): JsonSchema => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  delete json.$schema
  return json
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema) return []
  const json = toSchema(schema)
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }))
}

const ERRORS: Readonly<Record<number, string>> = {
  400: 'invalid parameters or body (code ERR_BAD_REQUEST)',
  401: 'no valid token (ERR_UNAUTHORIZED)',
  403: 'the role is too weak (ERR_FORBIDDEN)',
  404: 'not found (ERR_NOT_FOUND)',
  429: 'rate limited (ERR_RATE_LIMITED)',
}

/** The OpenAPI 3.1 document of every registered API route, generated from their zod schemas. */
export function buildOpenApi(routes: readonly RegisteredRoute[], info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  const error = { content: { 'application/json': { schema: toSchema(ErrorBody) } } }
  for (const { path, spec } of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const openPath = path.replace(/:([A-Za-z]+)/g, '{$1}')
    const status = String(spec.status ?? 200)
    const content: Record<string, unknown> = { 'application/json': { schema: spec.response ? toSchema(spec.response) : {} } }
    for (const type of spec.produces ?? []) content[type] = { schema: type === 'application/json' && spec.response ? toSchema(spec.response) : {} }
    const codes = [400, ...(spec.role === 'public' ? [] : [401, 403]), ...(path.includes(':') ? [404] : []), 429]
    paths[openPath] ??= {}
    paths[openPath]![spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: [spec.tag],
      operationId: `${spec.method.toLowerCase()}${openPath.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
      ...(spec.role === 'public' ? { security: [] } : { 'x-cobel-role': spec.role }),
      parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(spec.body) } } } } : {}),
      responses: {
        [status]: { description: 'OK', content },
        ...Object.fromEntries(codes.map((code) => [String(code), { description: ERRORS[code], ...error }])),
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'cobel workbench API. JSON everywhere; errors are {code, message} with stable ERR_* codes. On a loopback server without users no token is needed; otherwise send Authorization: Bearer <token> (cobel users add NAME --role viewer|editor|admin). cobel is an analytical aid, not legal advice.',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    security: [{ token: [] }],
    paths,
  }
}
