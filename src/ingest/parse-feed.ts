import { XMLParser } from 'fast-xml-parser'
import { CobelError } from '../domain/errors.js'

export interface FeedItem {
  /** RSS guid or Atom id: what identifies the item across polls, even when its link changes. */
  readonly guid: string | null
  readonly link: string | null
  readonly title: string | null
  readonly publishedAt: string | null
  /** Full article HTML when the feed carries it (content:encoded, Atom content). */
  readonly content: string | null
}

export interface Feed {
  /** Channel or feed title: used as the outlet of its items. */
  readonly title: string | null
  readonly items: readonly FeedItem[]
}

/** True when the text starts like an RSS, RSS 1.0 (RDF) or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048)
  return /<rss[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head) || /<feed[\s>][^>]*(?:xmlns="http:\/\/www\.w3\.org\/2005\/Atom"|>)/i.test(head)
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
})

/** Reads RSS 2.0, RSS 1.0 and Atom; throws ERR_INPUT_MALFORMED for anything else. */
export function parseFeed(xml: string, source: string): Feed {
  let doc: Record<string, unknown>
  try {
    doc = parser.parse(xml) as Record<string, unknown>
  } catch (error) {
    throw new CobelError('ERR_INPUT_MALFORMED', `not a readable feed: ${(error as Error).message}`, source)
  }
  const rss = doc.rss as { channel?: Record<string, unknown> } | undefined
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined
  const atom = doc.feed as Record<string, unknown> | undefined
  if (rss?.channel || rdf) {
    const channel = (rss?.channel ?? (rdf?.channel as Record<string, unknown>) ?? {}) as Record<string, unknown>
    const items = ((rss?.channel?.item ?? rdf?.item ?? []) as Record<string, unknown>[]).map((item) => ({
      guid: text(item.guid) ?? text(item['@rdf:about']),
      link: text(first(item.link)) ?? guidLink(item.guid),
      title: text(item.title),
      publishedAt: text(item.pubDate) ?? text(item['dc:date']),
      content: text(item['content:encoded']),
    }))
    return { title: text(channel.title), items }
  }
  if (atom) {
    const items = ((atom.entry ?? []) as Record<string, unknown>[]).map((entry) => ({
      guid: text(entry.id),
      link: atomLink(entry.link),
      title: text(entry.title),
      publishedAt: text(entry.published) ?? text(entry.updated),
      content: text(entry.content),
    }))
    return { title: text(atom.title), items }
  }
  throw new CobelError('ERR_INPUT_MALFORMED', 'not an RSS or Atom feed', source)
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object' && '#text' in (value as object)) return text((value as Record<string, unknown>)['#text'])
  return null
}

function guidLink(guid: unknown): string | null {
  const value = text(guid)
  return value && /^https?:\/\//i.test(value) ? value : null
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as Record<string, unknown>[]
  const alternate = list.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? list[0]
  return alternate ? text(alternate['@href']) : null
}
