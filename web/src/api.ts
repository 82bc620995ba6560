import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode } from './api-types'

const TOKEN_KEY = 'cobel.token'

/** Fired on window when the API answers 401. */
export const UNAUTHORIZED = 'cobel:unauthorized'

/** An error answer of the API: its stable code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'ERR_NETWORK',
    message: string,
  ) {
    super(message)
  }
}

export const getToken = (): string | null => sessionStorage.getItem(TOKEN_KEY) ?? localStorage.getItem(TOKEN_KEY)

/** Remembers the token for this tab, or on this device too when asked. */
export function setToken(token: string | null, remember = false): void {
  sessionStorage.removeItem(TOKEN_KEY)
  localStorage.removeItem(TOKEN_KEY)
  if (token) (remember ? localStorage : sessionStorage).setItem(TOKEN_KEY, token)
}

/** Calls /api/…; JSON in and out, the token as a bearer header. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  const token = getToken()
  if (token) headers.authorization = `Bearer ${token}`
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`/api${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
  } catch (error) {
    throw new ApiError(0, 'ERR_NETWORK', (error as Error).message)
  }
  const text = await response.text()
  const data = text ? (JSON.parse(text) as unknown) : null
  if (!response.ok) {
    const body = (data ?? {}) as { code?: ErrorCode; message?: string }
    // A removed user, or a workbench that stopped being open: back to the sign-in page.
    if (response.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED))
    throw new ApiError(response.status, body.code ?? 'ERR_INTERNAL', body.message ?? response.statusText)
  }
  return data as T
}

/** Downloads an API answer as a file (the token cannot ride on a plain link). */
export async function download(path: string, fallbackName: string): Promise<void> {
  const token = getToken()
  const response = await fetch(`/api${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  if (!response.ok) throw new ApiError(response.status, 'ERR_INTERNAL', response.statusText)
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** `?a=1&b=x` from an object, leaving out empty values. */
export function queryString(params: Record<string, string | number | undefined | null | readonly string[]>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','))
    } else search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

export interface Loaded<T> {
  readonly data: T | null
  readonly error: ApiError | null
  readonly loading: boolean
  reload(): void
}

/** Fetches `path` (null: nothing) and again whenever it or `key` changes; stale answers are dropped. */
export function useApi<T>(path: string | null, key?: unknown): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: path !== null })
  const [tick, setTick] = useState(0)
  const latest = useRef(0)
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false })
      return
    }
    const call = ++latest.current
    setState((s) => ({ ...s, loading: true }))
    api<T>(path).then(
      (data) => call === latest.current && setState({ data, error: null, loading: false }),
      (error: ApiError) => call === latest.current && setState({ data: null, error, loading: false }),
    )
  }, [path, tick, key])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { ...state, reload }
}
