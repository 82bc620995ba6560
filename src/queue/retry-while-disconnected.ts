import { setTimeout as sleep } from 'node:timers/promises'

// Socket errors, and PostgreSQL's own: admin shutdown, crash shutdown, cannot connect now, connection exceptions.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006'])
const CONNECTION_MESSAGES = /connection terminated|connection (?:is )?closed|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|connection error|not queryable|timeout exceeded when trying to connect/i

/** Whether an error means the database could not be reached (as when the server restarts), not that the query was wrong. */
export function isDisconnected(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null
  if (!e) return false
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true
  if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true
  return e.cause !== undefined && e.cause !== error && isDisconnected(e.cause)
}

/**
 * Runs `fn`, and again after a pause while it fails for want of a connection, for up to
 * `maxMs` (default two minutes): a worker rides out a restart of the database server.
 * Other errors are thrown at once.
 */
export async function retryWhileDisconnected<T>(fn: () => Promise<T>, { maxMs = 120_000, waitMs = 1000 } = {}): Promise<T> {
  const until = Date.now() + maxMs
  for (;;) {
    try {
      return await fn()
    } catch (error) {
      if (!isDisconnected(error) || Date.now() > until) throw error
      await sleep(waitMs)
    }
  }
}
