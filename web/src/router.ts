import { useEffect, useState } from 'react'

/** The current view: `#/claims?supplier=IRN` → { path: ['claims'], query: {supplier: 'IRN'} }. */
export interface Route {
  readonly path: readonly string[]
  readonly query: URLSearchParams
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const [path = '', query = ''] = raw.split('?', 2)
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(query) }
}

/** `#/document/abc?claim=x` from parts; empty query values are left out. */
export function href(path: readonly string[], query: Record<string, string | number | undefined | null> = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  const text = search.toString()
  return `#/${path.map(encodeURIComponent).join('/')}${text ? `?${text}` : ''}`
}

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to)
  else location.hash = to.replace(/^#/, '')
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'))
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash))
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
