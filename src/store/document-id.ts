import { createHash } from 'node:crypto'

/**
 * The text a document id is computed from: Unicode NFC, one kind of line break, no trailing
 * spaces, no leading or trailing blank lines. Re-saving a file in another editor keeps its id.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim()
}

export const sha256Hex = (value: string | Uint8Array): string => createHash('sha256').update(value).digest('hex')

/** Document id: SHA-256 (hex) of the normalised text. */
export const documentIdOf = (text: string): string => sha256Hex(normaliseText(text))

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|xtor|at_medium|at_campaign|ref|ref_src)$/i

/**
 * Canonical form of a URL for duplicate detection: http(s) only, lower-case host without
 * `www.`, no fragment, no tracking parameters, no trailing slash. Null for anything else.
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const params = [...parsed.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => a.localeCompare(b))
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : ''
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : ''
  const path = parsed.pathname.replace(/\/+$/, '') || ''
  return `https://${host}${port}${path}${query}`
}

/** Host of a URL without `www.`, or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '')
    return host || null
  } catch {
    return null
  }
}
