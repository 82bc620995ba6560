import { CobelError } from '../domain/errors.js'
import { MAX_DOCUMENT_BYTES } from '../input/decode-text.js'

export interface FetchOptions {
  /** Milliseconds for the whole request, body included (default 20 s). */
  readonly timeoutMs?: number
  /** Bodies above this are refused (default: the input limit, 8 MB). */
  readonly maxBytes?: number
  readonly userAgent?: string
  /** Validators of an earlier answer: a 304 then comes back as `notModified` instead of an error. */
  readonly ifNoneMatch?: string | null
  readonly ifModifiedSince?: string | null
}

export interface Fetched {
  readonly bytes: Uint8Array
  readonly contentType: string | null
  /** URL after redirects. */
  readonly url: string
  readonly status: number
  /** True for a 304 answer to a conditional request (the body is then empty). */
  readonly notModified: boolean
  readonly etag: string | null
  readonly lastModified: string | null
}

export const DEFAULT_USER_AGENT = 'cobel/0.1 (+evidence workbench; ingest)'

/** GET with a timeout and a size limit; failures are CobelErrors with ERR_FETCH_FAILED or ERR_INPUT_TOO_LARGE. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES
  const timeoutMs = options.timeoutMs ?? 20_000
  let response: Response
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: {
        'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        ...(options.ifNoneMatch ? { 'if-none-match': options.ifNoneMatch } : {}),
        ...(options.ifModifiedSince ? { 'if-modified-since': options.ifModifiedSince } : {}),
      },
    })
  } catch (error) {
    throw new CobelError('ERR_FETCH_FAILED', reason(error, timeoutMs), url)
  }
  const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') }
  if (response.status === 304 && (options.ifNoneMatch || options.ifModifiedSince)) {
    await response.body?.cancel().catch(() => undefined)
    return { bytes: new Uint8Array(0), contentType: null, url: response.url || url, status: 304, notModified: true, ...validators }
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined)
    throw new CobelError('ERR_FETCH_FAILED', `HTTP ${response.status} ${response.statusText}`.trim(), url)
  }
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    throw new CobelError('ERR_INPUT_TOO_LARGE', `the response is ${declared} bytes; the limit is ${maxBytes}`, url)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    const reader = response.body?.getReader()
    for (;;) {
      if (!reader) break
      const { done, value: chunk } = await reader.read()
      if (done) break
      size += chunk.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined)
        throw new CobelError('ERR_INPUT_TOO_LARGE', `the response exceeds the limit of ${maxBytes} bytes`, url)
      }
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof CobelError) throw error
    throw new CobelError('ERR_FETCH_FAILED', reason(error, timeoutMs), url)
  }
  return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type'), url: response.url || url, status: response.status, notModified: false, ...validators }
}

function reason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs} ms`
  const cause = e?.cause?.code ?? e?.cause?.message
  return cause ? `${e?.message ?? 'fetch failed'} (${cause})` : (e?.message ?? String(error))
}

export const isUrl = (value: string): boolean => /^https?:\/\//i.test(value)
