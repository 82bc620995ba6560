import { createHash } from 'node:crypto'
import { CobelError, isCobelError, type ErrorCode } from '../domain/errors.js'
import type { SourceDocument } from '../domain/records.js'
import { decodeText } from './decode-text.js'
import { htmlToDocument } from './html-to-document.js'
import { markdownToText } from './markdown-to-text.js'

export const INPUT_FORMATS = ['text', 'markdown', 'html', 'jsonl'] as const
export type InputFormat = (typeof INPUT_FORMATS)[number]

/** One document read from an input, with where it came from and the hash of what was captured. */
export interface InputRecord {
  readonly document: SourceDocument
  readonly origin: string
  readonly format: InputFormat
  /** SHA-256 of the bytes as captured (the whole file, or the JSONL line). */
  readonly rawSha256: string
  /** Anything odd about the input that did not stop it (e.g. a fallback encoding). */
  readonly warnings: readonly string[]
  /** Any further fields a JSONL record carried (gold annotations, for instance). */
  readonly extra?: Readonly<Record<string, unknown>>
}

/** An input (or one line of it) that could not be read, with a stable code. */
export interface InputProblem {
  readonly origin: string
  readonly code: ErrorCode
  readonly message: string
}

export type InputItem = { readonly ok: true; readonly record: InputRecord } | { readonly ok: false; readonly problem: InputProblem }

export interface ParseOptions {
  /** Name shown in messages and used as the document id when the input has none. */
  readonly name: string
  readonly format?: InputFormat
  readonly url?: string | null
  readonly contentType?: string | null
  /** Size limit of the input in bytes (default MAX_DOCUMENT_BYTES, 8 MB; `--max-bytes`). */
  readonly maxBytes?: number
}

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex')

/** Guesses the format from the name, the content type, then the first bytes of the text. */
export function detectFormat(name: string, text: string, contentType?: string | null): InputFormat {
  const lower = name.toLowerCase().replace(/[?#].*$/, '')
  if (/\.(jsonl|ndjson)$/.test(lower)) return 'jsonl'
  if (/\.(html?|xhtml)$/.test(lower) || /html/.test(contentType ?? '')) return 'html'
  if (/\.(md|markdown)$/.test(lower)) return 'markdown'
  const head = text.slice(0, 512).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article|meta)[\s>]/.test(head)) return 'html'
  if (head.startsWith('{') && /^\{[^\n]*"text"\s*:/.test(text.slice(0, 4096).trimStart())) return 'jsonl'
  return 'text'
}

/** Parses captured bytes into documents (one for text/Markdown/HTML, one per line for JSONL). */
export function parseInput(bytes: Uint8Array, options: ParseOptions): InputItem[] {
  let decoded
  try {
    decoded = decodeText(bytes, options.name, options.maxBytes)
  } catch (error) {
    return [problem(options.name, error)]
  }
  const format = options.format ?? detectFormat(options.name, decoded.text, options.contentType)
  const warnings = decoded.warning ? [decoded.warning] : []
  if (format === 'jsonl') return parseJsonl(decoded.text, options.name, warnings)
  const rawSha256 = sha256(bytes)
  const id = baseName(options.name)
  if (format === 'html') {
    const html = htmlToDocument(decoded.text)
    if (html.text.trim().length === 0)
      return [{ ok: false, problem: { origin: options.name, code: 'ERR_INPUT_MALFORMED', message: 'no readable text found in the HTML' } }]
    const document: SourceDocument = {
      id,
      text: html.text,
      lang: html.lang,
      url: options.url ?? html.url,
      title: html.title,
      outlet: html.outlet,
      publishedAt: html.publishedAt,
    }
    return [{ ok: true, record: { document, origin: options.name, format, rawSha256, warnings } }]
  }
  if (format === 'markdown') {
    const md = markdownToText(decoded.text)
    if (!md.text) return [{ ok: false, problem: { origin: options.name, code: 'ERR_INPUT_EMPTY', message: 'the Markdown holds no text' } }]
    const document: SourceDocument = { id, text: md.text, lang: md.lang, url: options.url ?? md.url, title: md.title ?? titleOfText(md.text), outlet: md.outlet, publishedAt: md.publishedAt }
    return [{ ok: true, record: { document, origin: options.name, format, rawSha256, warnings } }]
  }
  const document: SourceDocument = { id, text: decoded.text, url: options.url ?? null, title: titleOfText(decoded.text) }
  return [{ ok: true, record: { document, origin: options.name, format, rawSha256, warnings } }]
}

/** A plain text's title: its first non-blank line when short enough to be one, so untitled .txt files are not listed by hash. "Iran ships drones\n\nTehran…" → "Iran ships drones"; a 300-character opening paragraph → null. */
export function titleOfText(text: string): string | null {
  const first = text.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? ''
  if (!first || first.length > 160) return null
  return first
}

const KNOWN_FIELDS = new Set(['id', 'text', 'url', 'lang', 'title', 'outlet', 'published_at', 'publishedAt', 'date'])

/** JSONL: one record per line with `text` (and usually `id`); a bad line is reported, not fatal. */
export function parseJsonl(text: string, name: string, warnings: readonly string[] = []): InputItem[] {
  const items: InputItem[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (!line) continue
    const origin = `${name}:${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      items.push({ ok: false, problem: { origin, code: 'ERR_INPUT_MALFORMED', message: `not valid JSON: ${(error as Error).message}` } })
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      items.push({ ok: false, problem: { origin, code: 'ERR_INPUT_MALFORMED', message: 'a JSONL line must be an object' } })
      continue
    }
    const record = value as Record<string, unknown>
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      items.push({ ok: false, problem: { origin, code: 'ERR_INPUT_MALFORMED', message: 'the record has no non-empty "text" string' } })
      continue
    }
    const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)
    const id = str(record.id) ?? (typeof record.id === 'number' ? String(record.id) : null) ?? `${baseName(name)}:${i + 1}`
    const document: SourceDocument = {
      id,
      text: record.text,
      url: str(record.url),
      lang: str(record.lang),
      title: str(record.title),
      outlet: str(record.outlet),
      publishedAt: str(record.published_at) ?? str(record.publishedAt) ?? str(record.date),
    }
    const extra = Object.fromEntries(Object.entries(record).filter(([key]) => !KNOWN_FIELDS.has(key)))
    items.push({ ok: true, record: { document, origin, format: 'jsonl', rawSha256: sha256(lines[i]!), warnings, extra } })
  }
  if (items.length === 0) items.push({ ok: false, problem: { origin: name, code: 'ERR_INPUT_EMPTY', message: 'the JSONL file holds no records' } })
  return items
}

function problem(origin: string, error: unknown): InputItem {
  if (isCobelError(error)) return { ok: false, problem: { origin, code: error.code, message: error.message.replace(`${origin}: `, '') } }
  return { ok: false, problem: { origin, code: 'ERR_INPUT_UNREADABLE', message: (error as Error).message } }
}

const baseName = (name: string): string => name.split(/[\\/]/).pop()!.replace(/[?#].*$/, '') || name

export { CobelError }
