export interface MarkdownDocument {
  readonly text: string
  readonly title: string | null
  readonly publishedAt: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly lang: string | null
}

/**
 * Reduces Markdown to the plain text a reader sees: front matter read for metadata, markup
 * removed, link texts kept, paragraphs kept apart. Quotation marks are left untouched.
 */
export function markdownToText(markdown: string): MarkdownDocument {
  let body = markdown.replace(/\r\n?/g, '\n')
  const front: Record<string, string> = {}
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(body)
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line)
      if (m) front[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '')
    }
    body = body.slice(fm[0].length)
  }
  let title: string | null = front.title ?? null
  const lines = body.split('\n').map((line) => {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) {
      title ??= stripInline(heading[1]!)
      return stripInline(heading[1]!)
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return ''
    if (/^\s*```/.test(line)) return ''
    return stripInline(line.replace(/^\s*>\s?/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))
  })
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  return {
    text,
    title,
    publishedAt: front.date ?? front.published_at ?? front.published ?? null,
    url: front.url ?? null,
    outlet: front.outlet ?? front.source ?? null,
    lang: front.lang ?? front.language ?? null,
  }
}

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S[^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
}
