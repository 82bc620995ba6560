// URL helpers shared by the readers of sources and the store: duplicate keys and outlet hosts.

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
