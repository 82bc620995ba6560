import type { ClaimContext } from '../domain/evidence.js'
import type { Analysis, SourceDocument, SupportClaim } from '../domain/records.js'
import { attributeQuotes, SpeakerMemory } from './attribute-quotes.js'
import type { ContextKind, Knowledge } from './compile-knowledge.js'
import { decideStatus, splitAtCorrection } from './decide-status.js'
import { detectLanguage } from './detect-language.js'
import { buildDocumentContext, type DocumentContext } from './document-context.js'
import { findPeople } from './find-people.js'
import { findQuoteSpans } from './find-quote-spans.js'
import type { DraftClaim } from './support/draft-claim.js'
import { extractSupportClaims } from './support/extract-support-claims.js'
import type { TrieMatch } from './lexicon-trie.js'
import { normalizeText } from './normalize-text.js'
import { PeopleIndex } from './read-speaker.js'
import { EXTRACTOR_VERSION } from './version.js'

export interface AnalyzeOptions {
  /** Receives the ids of the frames applied to the document's triggers (diagnostics). */
  readonly firedFrames?: Set<string>
}

/**
 * The whole pipeline for one document, in order: normalise → language → sentences, tokens
 * and lexicon matches → people → quotations and their speakers → support claims → status
 * and attribution. Pure and synchronous: the same document and knowledge give the same result.
 */
export function analyzeDocument(source: SourceDocument, knowledge: Knowledge, options: AnalyzeOptions = {}): Analysis {
  const text = normalizeText(source.text)
  const detected = detectLanguage(text, knowledge, source.lang)
  const base = {
    id: source.id,
    lang: detected.lang,
    langSource: detected.source,
    text,
    title: source.title ?? null,
    url: source.url ?? null,
    outlet: source.outlet ?? null,
    publishedAt: source.publishedAt ?? null,
    extractor: `${EXTRACTOR_VERSION}+${knowledge.version}`,
  }
  const language = knowledge.languages.get(detected.lang)
  if (!language) {
    const reason = detected.lang === 'und' ? 'the language could not be detected' : `cobel has no lexicon for language "${detected.lang}"`
    return { ...base, supported: false, sentences: [], quotes: [], support: [], warnings: [`${reason}: no claims or quotes were extracted`] }
  }
  const ctx = buildDocumentContext(text, language, knowledge)
  const people = new PeopleIndex(findPeople(ctx), ctx.tokens.length)
  const spans = findQuoteSpans(text, { dashDialogue: language.dashDialogue })
  const memory = new SpeakerMemory()
  memory.rememberPeople(ctx, people, spans)
  const quotes = attributeQuotes(ctx, spans, people, memory)
  const drafts = extractSupportClaims(ctx, people, quotes, spans, memory, options.firedFrames)
  const support = dedupe(
    drafts.flatMap((whole) => splitAtCorrection(ctx, whole)).flatMap((draft) => {
      const decision = decideStatus(ctx, draft.statusFrom ?? draft, quotes, people, memory)
      return decision.answers ? [...toClaims(ctx, draft, decision), ...toClaims(ctx, draft, decision.answers)] : toClaims(ctx, draft, decision)
    }),
  )
  return { ...base, supported: true, sentences: ctx.sentences, quotes, support, warnings: [] }
}

function toClaims(ctx: DocumentContext, draft: DraftClaim, decision: ReturnType<typeof decideStatus>): SupportClaim[] {
  const supplier = rollUp(ctx.knowledge, draft.supplier)
  const recipient = rollUp(ctx.knowledge, draft.recipient)
  if (!supplier || !recipient || supplier.code === recipient.code) return []
  const evidence = evidenceSpan(ctx, draft)
  const entries = [
    draft.anchor.payload.entryId,
    ...draft.materiel.map((m) => m.payload.entryId),
    ...(draft.supplierMention && !draft.inferred.includes('supplier') ? [draft.supplierMention.entryId] : []),
    ...(draft.recipientMention && !draft.inferred.includes('recipient') ? [draft.recipientMention.entryId] : []),
  ].filter(Boolean)
  const context = contextOf(ctx, draft)
  return draft.categories.map((category) => ({
    supplier: supplier.code,
    recipient: recipient.code,
    category,
    materiel: [...new Set(draft.materiel.filter((m) => m.payload.kind === 'materiel' && m.payload.category === category).map((m) => textOf(ctx, m.start, m.end)))],
    status: decision.status,
    attributedTo: decision.attributedTo,
    evidence,
    sentence: draft.sentence,
    quote: decision.quote,
    via: supplier.via,
    rule: draft.rule,
    statusRule: decision.rule,
    entries: [...new Set(entries)],
    cues: decision.cues,
    inferred: draft.inferred,
    context: { ...context, ...(context.private ? {} : {}) },
  }))
}

/** Organs and groups roll up to their state (IRGC → IRN), keeping the organ as `via`. */
function rollUp(knowledge: Knowledge, code: string): { code: string; via: string | null } | null {
  const actor = knowledge.actors.get(code)
  if (!actor) return null
  if ((actor.kind === 'organ' || actor.kind === 'group') && actor.parent) return { code: actor.parent, via: actor.code }
  return { code, via: null }
}

const textOf = (ctx: DocumentContext, start: number, end: number): string => ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end)

/** The shortest stretch of the sentence that holds the claim's own words. */
function evidenceSpan(ctx: DocumentContext, draft: DraftClaim): SupportClaim['evidence'] {
  const parts = [draft.anchor, ...draft.materiel]
  if (draft.supplierMention && !draft.inferred.includes('supplier')) parts.push({ start: draft.supplierMention.start, end: draft.supplierMention.end, payload: draft.anchor.payload })
  if (draft.recipientMention && !draft.inferred.includes('recipient')) parts.push({ start: draft.recipientMention.start, end: draft.recipientMention.end, payload: draft.anchor.payload })
  let first = Math.min(...parts.map((p) => p.start))
  let last = Math.max(...parts.map((p) => p.end))
  const [sStart, sEnd] = ctx.sentenceTokens[draft.sentence]!
  first = Math.max(first, sStart)
  last = Math.min(last, sEnd)
  const start = ctx.tokens[first]!.start
  const end = ctx.tokens[last - 1]!.end
  return { start, end, text: ctx.text.slice(start, end) }
}

const contextWords = new WeakMap<DocumentContext, Map<number, Set<ContextKind>>>()

/** Context words of a sentence (civilian harm, operations, private firms, theatre), found once per sentence. */
function contextWordsOf(ctx: DocumentContext, sentence: number): Set<ContextKind> {
  let cache = contextWords.get(ctx)
  if (!cache) contextWords.set(ctx, (cache = new Map()))
  let found = cache.get(sentence)
  if (found) return found
  found = new Set()
  const [from, to] = ctx.sentenceTokens[sentence]!
  const matches: TrieMatch<ContextKind>[] = []
  ctx.lang.context.matchAll(ctx.tokens, matches, from, to)
  for (const m of matches) found.add(m.hit.payload)
  cache.set(sentence, found)
  return found
}

function contextOf(ctx: DocumentContext, draft: DraftClaim): ClaimContext {
  const found = contextWordsOf(ctx, draft.sentence)
  const placeInTheatre = draft.location !== null || (draft.recipientMention?.form === 'place' && draft.recipientMention.marking === 'location')
  const context: { -readonly [K in keyof ClaimContext]: ClaimContext[K] } = {}
  if (found.has('theatre') || placeInTheatre) context.location = 'in_theatre'
  if (found.has('operation')) context.specificOperation = true
  if (found.has('civilian')) context.civilianHarm = true
  if (found.has('private') || draft.supplierMention?.privateFirm) context.private = true
  return context
}

/** One claim per (supplier, recipient, category, status) and sentence. */
function dedupe(claims: SupportClaim[]): SupportClaim[] {
  const seen = new Set<string>()
  return claims.filter((c) => {
    const key = `${c.supplier}|${c.recipient}|${c.category}|${c.status}|${c.sentence}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
