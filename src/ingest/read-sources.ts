import { createReadStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { MAX_DOCUMENT_BYTES } from '../input/decode-text.js'
import { join, resolve, sep } from 'node:path'
import { isCobelError } from '../domain/errors.js'
import type { InputFormat, InputItem, InputProblem, InputRecord } from '../input/parse-input.js'
import { parseInput } from '../input/parse-input.js'
import { listFiles } from '../input/list-files.js'
import { readInputs } from '../input/read-inputs.js'
import { canonicalUrl } from '../domain/urls.js'
import { fetchUrl, isUrl, type FetchOptions } from './fetch-url.js'
import { looksLikeFeed, parseFeed, type Feed, type FeedItem } from './parse-feed.js'

/** One document read from a source, with what the store needs about its capture. */
export type SourceItem =
  | {
      readonly ok: true
      readonly record: InputRecord
      readonly capturedAt: Date
      readonly url: string | null
      readonly canonicalUrl: string | null
    }
  | { readonly ok: false; readonly problem: InputProblem }
  /** A URL not fetched because a document with its canonical URL is already stored. */
  | { readonly ok: 'known'; readonly origin: string }

export interface ReadSourcesOptions {
  readonly format?: InputFormat
  readonly fetch?: FetchOptions
  /** Size limit per file, JSONL line, stdin and fetched page (default MAX_DOCUMENT_BYTES, 8 MB; `--max-bytes`). */
  readonly maxBytes?: number
  /** Feed items fetched at once (default 4). */
  readonly fetchConcurrency?: number
  /** Says whether a canonical URL is already stored, so that re-reading a feed fetches only new items. */
  readonly isKnownUrl?: (canonicalUrl: string) => Promise<boolean>
  /** Receives each feed read (file or URL) instead of its items being fetched here: the job queue makes a job of each item. */
  readonly onFeed?: (feed: Feed, source: string) => void
}

/** `--max-bytes` applies to files, lines, stdin and pages alike; the fetch options' limit when only that one is given. */
const limitOf = (options: ReadSourcesOptions): number => options.maxBytes ?? options.fetch?.maxBytes ?? MAX_DOCUMENT_BYTES

const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i
const INPUT_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml|jsonl|ndjson|xml|rss|atom)$/i

/**
 * Reads every source in order: files, folders (recursively), glob patterns, `-` (stdin),
 * page URLs and feeds (files or URLs; their items' pages are fetched). Problems are yielded
 * per file, line or URL; nothing here throws for bad input.
 */
export async function* readSources(inputs: readonly string[], options: ReadSourcesOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === '-') {
      for await (const item of readInputs(['-'], options.format, limitOf(options))) yield fromInput(item)
      continue
    }
    if (isUrl(input)) {
      yield* readUrl(input, options, true)
      continue
    }
    const info = await stat(input).catch(() => null)
    if (info?.isDirectory()) {
      for (const file of await listFiles(input, INPUT_EXTENSIONS)) yield* readFileSource(file, options)
    } else if (info) {
      yield* readFileSource(input, options)
    } else if (/[*?[{]/.test(input)) {
      const files = await expandGlob(input)
      if (files.length === 0) yield problem(input, 'ERR_INPUT_UNREADABLE', 'no file matches this pattern')
      for (const file of files) yield* readFileSource(file, options)
    } else {
      yield problem(input, 'ERR_INPUT_UNREADABLE', 'no such file or folder')
    }
  }
}

const problem = (origin: string, code: InputProblem['code'], message: string): SourceItem => ({ ok: false, problem: { origin, code, message } })

function fromInput(item: InputItem, capturedAt = new Date()): SourceItem {
  if (!item.ok) return item
  const url = item.record.document.url ?? null
  return { ok: true, record: item.record, capturedAt, url, canonicalUrl: canonicalUrl(url) }
}

async function* readFileSource(path: string, options: ReadSourcesOptions): AsyncGenerator<SourceItem> {
  if (options.format === 'jsonl' || (!options.format && JSONL_EXTENSIONS.test(path))) {
    yield* readJsonlFile(path, limitOf(options))
    return
  }
  let bytes: Uint8Array
  try {
    // A file over the limit is refused before it is read whole.
    const size = (await stat(path)).size
    if (size > limitOf(options)) {
      yield problem(path, 'ERR_INPUT_TOO_LARGE', `the file is ${size} bytes; the limit is ${limitOf(options)}`)
      return
    }
    bytes = await readFile(path)
  } catch (error) {
    yield problem(path, 'ERR_INPUT_UNREADABLE', (error as Error).message)
    return
  }
  const capturedAt = new Date()
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1')
  if (!options.format && looksLikeFeed(head)) {
    let feed: Feed
    try {
      feed = parseFeed(Buffer.from(bytes).toString('utf8'), path)
    } catch (error) {
      yield problem(path, isCobelError(error) ? error.code : 'ERR_INPUT_MALFORMED', messageOf(error, path))
      return
    }
    if (options.onFeed) options.onFeed(feed, path)
    else yield* readFeedItems(feed, path, options)
    return
  }
  for (const item of parseInput(bytes, { name: path, format: options.format, maxBytes: limitOf(options) })) yield fromInput(item, capturedAt)
}

/**
 * JSONL archives can be far larger than one document: they are read in blocks of lines,
 * each line limited like a document, with line numbers kept in the origins.
 */
async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  let lines: AsyncIterable<string>
  try {
    lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  } catch (error) {
    yield problem(path, 'ERR_INPUT_UNREADABLE', (error as Error).message)
    return
  }
  const base = path.split(/[\\/]/).pop()!
  let block: string[] = []
  let firstLine = 1
  let lineNo = 0
  let records = 0
  let problems = 0
  let fatal = false
  const flush = function* (): Generator<SourceItem> {
    const text = block.join('\n')
    const offset = firstLine - 1
    block = []
    firstLine = lineNo + 1
    if (!text.trim() || fatal) return
    // Lines are limited one by one above; a block of them may be larger than one document.
    for (const item of parseInput(Buffer.from(text), { name: path, format: 'jsonl', maxBytes: Number.MAX_SAFE_INTEGER })) {
      if (!item.ok) {
        const m = /:(\d+)$/.exec(item.problem.origin)
        if (!m && item.problem.code === 'ERR_INPUT_EMPTY') continue
        // A problem with the whole block (binary, encoding) is a problem with the whole file.
        if (!m) fatal = true
        problems++
        yield { ok: false, problem: { ...item.problem, origin: m ? `${path}:${Number(m[1]) + offset}` : path } }
        continue
      }
      const m = /:(\d+)$/.exec(item.record.origin)
      const n = m ? Number(m[1]) + offset : 0
      const doc = item.record.document
      // Records without an id are named after their line, which the block split shifted.
      const id = doc.id === `${base}:${m?.[1]}` ? `${base}:${n}` : doc.id
      records++
      yield fromInput({ ok: true, record: { ...item.record, origin: `${path}:${n}`, document: { ...doc, id } } })
    }
  }
  try {
    for await (const line of lines) {
      lineNo++
      if (fatal) break
      if (Buffer.byteLength(line) > maxBytes) {
        yield* flush()
        problems++
        yield problem(`${path}:${lineNo}`, 'ERR_INPUT_TOO_LARGE', `the line is over ${maxBytes} bytes`)
        continue
      }
      block.push(line)
      if (block.length >= 500) yield* flush()
    }
    yield* flush()
  } catch (error) {
    yield problem(path, 'ERR_INPUT_UNREADABLE', (error as Error).message)
    return
  }
  if (records === 0 && problems === 0) yield problem(path, 'ERR_INPUT_EMPTY', lineNo === 0 ? 'the input is empty' : 'the JSONL file holds no records')
}

async function* readUrl(url: string, options: ReadSourcesOptions, maybeFeed: boolean): AsyncGenerator<SourceItem> {
  let fetched
  try {
    fetched = await fetchUrl(url, options.fetch)
  } catch (error) {
    yield problem(url, isCobelError(error) ? error.code : 'ERR_FETCH_FAILED', messageOf(error, url))
    return
  }
  const head = Buffer.from(fetched.bytes.subarray(0, 2048)).toString('latin1')
  if (maybeFeed && !options.format && looksLikeFeed(head)) {
    let feed: Feed
    try {
      feed = parseFeed(Buffer.from(fetched.bytes).toString('utf8'), url)
    } catch (error) {
      yield problem(url, isCobelError(error) ? error.code : 'ERR_INPUT_MALFORMED', messageOf(error, url))
      return
    }
    if (options.onFeed) options.onFeed(feed, url)
    else yield* readFeedItems(feed, url, options)
    return
  }
  yield* pageItems(fetched.bytes, url, fetched.url, fetched.contentType, new Date(), options)
}

/** A fetched page: its canonical link (if any) identifies it; the fetched URL is kept as `url`. */
function* pageItems(
  bytes: Uint8Array,
  requested: string,
  finalUrl: string,
  contentType: string | null,
  capturedAt: Date,
  options: ReadSourcesOptions,
  defaults: { title?: string | null; publishedAt?: string | null; outlet?: string | null } = {},
): Generator<SourceItem> {
  for (const item of parseInput(bytes, { name: requested, format: options.format, contentType, maxBytes: limitOf(options) })) {
    if (!item.ok) {
      yield item
      continue
    }
    const doc = item.record.document
    const canonical = canonicalUrl(doc.url) ?? canonicalUrl(finalUrl)
    const document = {
      ...doc,
      url: finalUrl,
      title: doc.title ?? defaults.title ?? null,
      publishedAt: doc.publishedAt ?? defaults.publishedAt ?? null,
      outlet: doc.outlet ?? defaults.outlet ?? null,
    }
    yield { ok: true, record: { ...item.record, document }, capturedAt, url: finalUrl, canonicalUrl: canonical }
  }
}

/**
 * One feed item: its page fetched and read (the feed's title as outlet, the item's title and
 * date as defaults), or the feed's own content when the page cannot be reached or there is no link.
 */
export async function readFeedItem(item: FeedItem, feedTitle: string | null, source: string, index: number, options: ReadSourcesOptions = {}): Promise<SourceItem[]> {
  const defaults = { title: item.title, publishedAt: item.publishedAt, outlet: feedTitle }
  const origin = item.link ?? `${source}#item-${index + 1}`
  const canonical = canonicalUrl(item.link)
  if (canonical && options.isKnownUrl && (await options.isKnownUrl(canonical).catch(() => false))) return [{ ok: 'known', origin }]
  if (item.link) {
    try {
      const fetched = await fetchUrl(item.link, options.fetch)
      return [...pageItems(fetched.bytes, item.link, fetched.url, fetched.contentType, new Date(), options, defaults)]
    } catch (error) {
      // A feed that carries the full article still gives it to us when the page is unreachable.
      if (!item.content) return [problem(origin, isCobelError(error) ? error.code : 'ERR_FETCH_FAILED', messageOf(error, origin))]
      const items = [...pageItems(Buffer.from(`<html><body><article>${item.content}</article></body></html>`), item.link, item.link, 'text/html', new Date(), { ...options, format: 'html' }, defaults)]
      const warning = `page unreachable (${messageOf(error, origin)}); stored the feed's own content`
      return items.map((i) => (i.ok === true ? { ...i, record: { ...i.record, warnings: [...i.record.warnings, warning] } } : i))
    }
  }
  if (item.content)
    return [...pageItems(Buffer.from(`<html><body><article>${item.content}</article></body></html>`), origin, origin, 'text/html', new Date(), { ...options, format: 'html' }, defaults)].map((i) =>
      i.ok === true ? { ...i, url: null, canonicalUrl: null, record: { ...i.record, document: { ...i.record.document, url: null } } } : i,
    )
  return [problem(origin, 'ERR_INPUT_MALFORMED', 'the feed item has neither a link nor content')]
}

/** Fetches the items' pages a few at a time, yielding in feed order. */
async function* readFeedItems(feed: Feed, source: string, options: ReadSourcesOptions): AsyncGenerator<SourceItem> {
  const limit = Math.max(1, options.fetchConcurrency ?? 4)
  const load = (item: FeedItem, index: number): Promise<SourceItem[]> => readFeedItem(item, feed.title, source, index, options)
  const items = feed.items
  if (items.length === 0) {
    yield problem(source, 'ERR_INPUT_EMPTY', 'the feed has no items')
    return
  }
  const running = new Map<number, Promise<SourceItem[]>>()
  let next = 0
  for (let i = 0; i < items.length; i++) {
    while (next < items.length && running.size < limit) {
      running.set(next, load(items[next]!, next))
      next++
    }
    const result = await running.get(i)!
    running.delete(i)
    yield* result
  }
}

function messageOf(error: unknown, origin: string): string {
  return ((error as Error)?.message ?? String(error)).replace(`${origin}: `, '')
}

/** Expands `*`, `**`, `?`, `[…]` and `{a,b}` (for shells that pass patterns through, and Windows). */
export async function expandGlob(pattern: string): Promise<string[]> {
  const normalised = pattern.split(sep).join('/')
  const segments = normalised.split('/')
  const firstGlob = segments.findIndex((s) => /[*?[{]/.test(s))
  const base = segments.slice(0, firstGlob).join('/') || (normalised.startsWith('/') ? '/' : '.')
  const matcher = globToRegExp(segments.slice(firstGlob).join('/'))
  const baseDir = resolve(base)
  const out: string[] = []
  const walk = async (folder: string, rel: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue
      const relPath = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(join(folder, entry.name), relPath)
      else if (entry.isFile() && matcher.test(relPath)) out.push(base === '.' ? relPath : join(base, relPath))
    }
  }
  await walk(baseDir, '')
  return out
}

function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      re += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end < 0) re += '\\['
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i + 1)
      if (end < 0) re += '\\{'
      else {
        re += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`
        i = end
      }
    } else re += escape(c)
  }
  return new RegExp(`^${re}$`)
}

const escape = (s: string): string => s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&')
