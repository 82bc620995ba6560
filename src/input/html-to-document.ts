import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

export interface HtmlDocument {
  readonly text: string
  readonly title: string | null
  readonly publishedAt: string | null
  readonly outlet: string | null
  readonly url: string | null
  readonly lang: string | null
}

const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'FIGURE', 'ASIDE', 'MAIN', 'NAV',
])

/**
 * Extracts an article's main text and metadata from HTML. Readability picks the body;
 * title, date and outlet come from meta tags (og:, article:, JSON-LD-free), since
 * Readability mistakes the French " : " in titles for a site-name separator.
 */
export function htmlToDocument(html: string): HtmlDocument {
  const { document } = parseHTML(html)
  const meta = (selector: string): string | null => {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim()
    return value ? value : null
  }
  const title =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    textOf(document.querySelector('h1')) ??
    textOf(document.querySelector('title'))
  const publishedAt =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publish-date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? meta('meta[name="publisher"]')
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]')
  const lang = document.documentElement?.getAttribute('lang')?.trim() || null

  // Readability mutates the DOM it is given, so metadata is read first.
  let body: string | null = null
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse()
    if (article?.content) body = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body)
  } catch {
    body = null
  }
  if (!body || body.trim().length < 80) body = blockText(parseHTML(html).document.body) ?? ''
  return { text: body.trim(), title: title ? clean(title) : null, publishedAt, outlet, url: url ?? null, lang }
}

const textOf = (element: Element | null | undefined): string | null => {
  const text = element?.textContent?.trim()
  return text ? clean(text) : null
}
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Text of a DOM subtree with one blank line between blocks and none inside a paragraph. */
function blockText(root: Element | null | undefined): string | null {
  if (!root) return null
  const parts: string[] = []
  let line = ''
  const flush = (): void => {
    const text = clean(line)
    if (text) parts.push(text)
    line = ''
  }
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const tag = (node as Element).tagName.toUpperCase()
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'SVG') return
    if (tag === 'BR') {
      flush()
      return
    }
    const block = BLOCKS.has(tag)
    if (block) flush()
    for (const child of Array.from(node.childNodes)) walk(child)
    if (block) flush()
  }
  walk(root)
  flush()
  return parts.join('\n\n')
}
