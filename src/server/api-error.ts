import { isCobelError, type ErrorCode } from '../domain/errors.js'

/** The body of every error response. */
export interface ApiErrorBody {
  readonly code: ErrorCode
  readonly message: string
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  ERR_BAD_REQUEST: 400,
  ERR_USAGE: 400,
  ERR_INPUT_EMPTY: 400,
  ERR_INPUT_BINARY: 400,
  ERR_INPUT_TOO_LARGE: 413,
  ERR_INPUT_ENCODING: 400,
  ERR_INPUT_MALFORMED: 400,
  ERR_INPUT_UNREADABLE: 400,
  ERR_UNAUTHORIZED: 401,
  ERR_FORBIDDEN: 403,
  ERR_NOT_FOUND: 404,
  ERR_CONFLICT: 409,
  ERR_RATE_LIMITED: 429,
}

/** HTTP status and body for any error a handler throws; internals are not leaked. */
export function toApiError(error: unknown): { status: number; body: ApiErrorBody } {
  if (isCobelError(error)) {
    const status = STATUS[error.code] ?? 500
    // Usage errors come from shared validators written for the command line.
    const code: ErrorCode = error.code === 'ERR_USAGE' ? 'ERR_BAD_REQUEST' : error.code
    return { status, body: { code, message: status >= 500 ? 'the store could not answer; see the server log' : error.message } }
  }
  const fastify = error as { statusCode?: number; code?: string; message?: string }
  if (fastify?.statusCode === 413 || fastify?.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { status: 413, body: { code: 'ERR_INPUT_TOO_LARGE', message: 'the request body is too large' } }
  if (fastify?.statusCode === 415) return { status: 415, body: { code: 'ERR_BAD_REQUEST', message: fastify.message ?? 'unsupported media type' } }
  if (fastify?.statusCode === 429) return { status: 429, body: { code: 'ERR_RATE_LIMITED', message: fastify.message ?? 'too many requests' } }
  if (fastify?.statusCode && fastify.statusCode >= 400 && fastify.statusCode < 500)
    return { status: fastify.statusCode, body: { code: 'ERR_BAD_REQUEST', message: fastify.message ?? 'bad request' } }
  return { status: 500, body: { code: 'ERR_INTERNAL', message: 'internal error; see the server log' } }
}
