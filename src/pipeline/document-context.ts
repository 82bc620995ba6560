import type { Sentence } from '../domain/records.js'
import type { GrammarRole, Knowledge, LanguageKnowledge, LexPayload } from './compile-knowledge.js'
import { findWords, type Lex } from './find-mentions.js'
import { segmentSentences } from './segment-sentences.js'
import { assignSentences, splitProclitics, tokenize, type TextToken } from './tokenize.js'

/**
 * Everything the rule stages read about one document: its sentences, tokens, lexicon matches
 * and grammar words, with per-token indexes. Built once, read-only afterwards.
 */
export interface DocumentContext {
  readonly text: string
  readonly lang: LanguageKnowledge
  readonly knowledge: Knowledge
  readonly sentences: readonly Sentence[]
  readonly tokens: readonly TextToken[]
  /** Token range [start, end) of each sentence. */
  readonly sentenceTokens: ReadonlyArray<readonly [number, number]>
  readonly mentions: readonly Lex[]
  /** The entity, materiel, role or cue match covering each token, if any. */
  readonly entityAt: ReadonlyArray<Lex | undefined>
  readonly materielAt: ReadonlyArray<Lex | undefined>
  readonly roleAt: ReadonlyArray<Lex | undefined>
  readonly cueAt: ReadonlyArray<Lex | undefined>
  /** Grammar roles of the grammar word starting at each token, and where it ends. */
  readonly grammarAt: ReadonlyArray<{ readonly roles: readonly GrammarRole[]; readonly end: number } | undefined>
}

export function buildDocumentContext(text: string, lang: LanguageKnowledge, knowledge: Knowledge): DocumentContext {
  const sentences = segmentSentences(text, lang.lang, lang.sentenceRules)
  const tokens = splitProclitics(tokenize(text, lang.elisions), lang.proclitics, (key) => lang.words.startsWith(key))
  assignSentences(tokens, sentences)
  const sentenceTokens: Array<[number, number]> = sentences.map(() => [0, 0])
  for (let i = 0, s = -1; i < tokens.length; i++) {
    const t = tokens[i]!.sentence
    if (t !== s) {
      sentenceTokens[t] = [i, i + 1]
      s = t
    } else sentenceTokens[t]![1] = i + 1
  }
  const { mentions, grammar } = findWords(tokens, lang)
  const entityAt: Array<Lex | undefined> = new Array(tokens.length)
  const materielAt: Array<Lex | undefined> = new Array(tokens.length)
  const roleAt: Array<Lex | undefined> = new Array(tokens.length)
  const cueAt: Array<Lex | undefined> = new Array(tokens.length)
  for (const lex of mentions) {
    const target = indexFor(lex.payload, entityAt, materielAt, roleAt, cueAt)
    for (let i = lex.start; i < lex.end; i++) if (!target[i]) target[i] = lex
  }
  const grammarAt: Array<{ roles: GrammarRole[]; end: number } | undefined> = new Array(tokens.length)
  for (const mark of grammar) {
    // "zugesagt, der Ukraine Panzer zu liefern": a relative pronoun that opens a name is that name's article.
    if (mark.role === 'relative' && mark.end - mark.start > 1 && entityAt[mark.end - 1]?.start === mark.end - 1 && entityAt[mark.end - 1]!.payload.kind === 'actor') continue
    // "United States", "États-Unis": an agent noun inside a longer name is part of the name.
    if (mark.role === 'agent' && insideLongerName(entityAt[mark.start], mark)) continue
    // "le régime iranien", "la junte malienne": an anaphor with its demonym names the state, as an agent noun does.
    const role = mark.role === 'anaphor' && isDemonymAt(entityAt[mark.end], mark.end) ? 'agent' : mark.role
    const slot = grammarAt[mark.start]
    if (slot && slot.end === mark.end) slot.roles.push(role)
    else if (!slot) grammarAt[mark.start] = { roles: [role], end: mark.end }
    // Words of a fixed expression ("à l'aide de", "in order to") are never cues.
    if (mark.role === 'fixed') for (let i = mark.start; i < mark.end; i++) cueAt[i] = undefined
  }
  return { text, lang, knowledge, sentences, tokens, sentenceTokens, mentions, entityAt, materielAt, roleAt, cueAt, grammarAt }
}

const isDemonymAt = (entity: Lex | undefined, k: number): boolean => !!entity && entity.start === k && entity.payload.kind === 'actor' && entity.payload.form === 'demonym'

const insideLongerName = (entity: Lex | undefined, mark: { start: number; end: number }): boolean =>
  !!entity && entity.start <= mark.start && entity.end >= mark.end && entity.end - entity.start > mark.end - mark.start

function indexFor<T>(payload: LexPayload, entity: T, materiel: T, role: T, cue: T): T {
  switch (payload.kind) {
    case 'materiel':
      return materiel
    case 'role':
      return role
    case 'cue':
      return cue
    default:
      return entity
  }
}

/** The text of tokens [start, end), exactly as written. */
export const spanText = (ctx: DocumentContext, start: number, end: number): string =>
  end > start ? ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end) : ''
