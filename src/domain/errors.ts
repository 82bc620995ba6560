/** Stable error codes. Words come later, from the message; callers branch on the code. */
export const ERROR_CODES = [
  'ERR_DATA_INVALID',
  'ERR_DATA_MISSING',
  'ERR_INPUT_EMPTY',
  'ERR_INPUT_BINARY',
  'ERR_INPUT_TOO_LARGE',
  'ERR_INPUT_ENCODING',
  'ERR_INPUT_MALFORMED',
  'ERR_INPUT_UNREADABLE',
  'ERR_FETCH_FAILED',
  'ERR_BAD_REQUEST',
  'ERR_NOT_FOUND',
  'ERR_UNAUTHORIZED',
  'ERR_FORBIDDEN',
  'ERR_CONFLICT',
  'ERR_RATE_LIMITED',
  'ERR_STORE',
  'ERR_JOB_TIMEOUT',
  'ERR_INTERNAL',
  'ERR_USAGE',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** An error that carries a stable code and an optional source (file, field, URL). */
export class CobelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly source?: string,
  ) {
    super(source ? `${source}: ${message}` : message)
    this.name = 'CobelError'
  }
}

export const isCobelError = (value: unknown): value is CobelError => value instanceof CobelError
