import type { Category } from '../domain/vocabulary.js'
import type { Knowledge } from '../pipeline/compile-knowledge.js'
import { buildDocumentContext } from '../pipeline/document-context.js'

/** An actor or materiel mention in a stored text, in character offsets. */
export interface Highlight {
  readonly start: number
  readonly end: number
  readonly kind: 'actor' | 'materiel'
  /** Actor code for actors (and places held by one), category for materiel. */
  readonly actor?: string
  readonly category?: Category
  /** Lexicon entry behind the match. */
  readonly entryId: string
}

/**
 * Actor and materiel mentions of a document, found again with the lexicons (the store keeps
 * claim and quote offsets, not every mention). The stored text is already normalised, so the
 * offsets match it. Unsupported languages have none.
 */
export function findHighlights(text: string, lang: string, knowledge: Knowledge): Highlight[] {
  const language = knowledge.languages.get(lang)
  if (!language) return []
  const ctx = buildDocumentContext(text, language, knowledge)
  const out: Highlight[] = []
  for (const mention of ctx.mentions) {
    const first = ctx.tokens[mention.start]
    const last = ctx.tokens[mention.end - 1]
    if (!first || !last) continue
    const payload = mention.payload
    const span = { start: first.start, end: last.end, entryId: payload.entryId }
    if (payload.kind === 'actor' || payload.kind === 'person' || payload.kind === 'place') out.push({ ...span, kind: 'actor', actor: payload.actor })
    else if (payload.kind === 'materiel') out.push({ ...span, kind: 'materiel', category: payload.category })
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}
