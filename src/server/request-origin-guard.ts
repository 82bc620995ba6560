import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AccessMode } from './access-control.js'

export interface OriginGuardOptions {
  /** Read on every request: open access turns into token access once a user is added. */
  readonly mode: () => AccessMode
  /** Origins besides the server's own that may call it from a browser (`--allowed-origin https://app.example.org`). */
  readonly allowedOrigins?: readonly string[]
}

/** A Host header's name without its port: "127.0.0.1:7777" → 127.0.0.1, "[::1]:80" → ::1. */
export function hostNameOf(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host)
  if (bracketed) return bracketed[1]!.toLowerCase()
  return host.replace(/:\d+$/, '').toLowerCase()
}

/** Names that only this machine resolves to itself: localhost (and *.localhost), 127.0.0.0/8, ::1. */
export function isLoopbackHostName(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name)
}

/** "https://Example.org:443/" → "https://example.org"; null for anything that is not an http(s) origin. */
export function normaliseOrigin(origin: string): string | null {
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null
  } catch {
    return null
  }
}

/**
 * Why a request may not reach the API, or null when it may. Open access (loopback, no users)
 * trusts only loopback Host values, so that a page on evil.example whose name was rebound to
 * 127.0.0.1 cannot drive the workbench; in any mode a browser's Origin must be the server's own
 * (its scheme and Host) or one named by --allowed-origin, so that another site cannot post with
 * a user's session. Requests without Origin (curl, scripts, same-origin GETs) pass.
 */
export function refusalOf(
  request: Pick<FastifyRequest, 'headers' | 'protocol'>,
  mode: AccessMode,
  allowed: ReadonlySet<string>,
): string | null {
  const host = request.headers.host ?? ''
  if (mode === 'open' && !isLoopbackHostName(hostNameOf(host)))
    return `host ${JSON.stringify(host)} is not a loopback name: the open workbench answers only to localhost, 127.0.0.1 or [::1]`
  const origin = request.headers.origin
  if (origin === undefined) return null
  const normalised = normaliseOrigin(origin)
  if (normalised && allowed.has(normalised)) return null
  // Same origin: the page was served by this server under the Host the browser used.
  if (normalised && new URL(normalised).host === host.toLowerCase()) return null
  return `origin ${JSON.stringify(origin)} may not call this server (same origin only${allowed.size ? `, or ${[...allowed].join(', ')}` : ''}; see --allowed-origin)`
}

/** Refuses, with 403 ERR_FORBIDDEN, requests whose Host or Origin this server must not trust. */
export function addRequestOriginGuard(app: FastifyInstance, options: OriginGuardOptions): void {
  const allowed = new Set((options.allowedOrigins ?? []).map((o) => normaliseOrigin(o)).filter((o): o is string => o !== null))
  app.addHook('onRequest', async (request, reply) => {
    const refusal = refusalOf(request, options.mode(), allowed)
    if (refusal) return reply.code(403).send({ code: 'ERR_FORBIDDEN', message: refusal })
  })
}
