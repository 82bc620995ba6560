import type { DocumentContext } from './document-context.js'
import { spanText } from './document-context.js'

/** A personal name in the text: tokens [start, end). */
export interface PersonSpan {
  readonly start: number
  readonly end: number
  readonly name: string
  /** State the person stands for, from the people lexicon. */
  readonly actor: string | null
  readonly entryId: string | null
  /** One capitalised word only: a surname when it matches someone named earlier. */
  readonly single: boolean
}

/**
 * Finds personal names: runs of capitalised words (with particles such as "bin", "van" and
 * hyphenated parts such as "Jong-un") that are not places, states, organisations, roles,
 * titles, materiel or sentence openers, plus the leaders of the people lexicon.
 */
export function findPeople(ctx: DocumentContext): PersonSpan[] {
  const { tokens } = ctx
  const people: PersonSpan[] = []
  let i = 0
  while (i < tokens.length) {
    const title = ctx.grammarAt[i]
    if (title && title.roles.includes('title') && tokens[i]!.upper) {
      i = title.end
      continue
    }
    const lexicon = ctx.entityAt[i]
    const isLexPerson = lexicon?.payload.kind === 'person'
    if (!isLexPerson && !isNameWord(ctx, i)) {
      i++
      continue
    }
    let end = isLexPerson ? lexicon!.end : i + 1
    // Extend over further name words, particles followed by a name word, and hyphenated parts.
    for (;;) {
      const next = tokens[end]
      if (!next || next.sentence !== tokens[i]!.sentence) break
      if (next.hyphen && next.word) {
        end++
        continue
      }
      if (isNameWord(ctx, end) || ctx.entityAt[end]?.payload.kind === 'person') {
        end = Math.max(end + 1, ctx.entityAt[end]?.end ?? 0)
        continue
      }
      if (ctx.lang.nameParticles.has(next.key) && isNameWord(ctx, end + 1)) {
        end += 2
        continue
      }
      break
    }
    const words = tokens.slice(i, end).filter((t) => t.upper)
    const isOrg = tokens.slice(i, end).some((t) => ctx.lang.orgWords.has(t.key))
    if (!isOrg) {
      const payload = isLexPerson ? lexicon!.payload : ctx.entityAt[end - 1]?.payload
      const person = payload?.kind === 'person' ? payload : null
      people.push({
        start: i,
        end,
        name: spanText(ctx, i, end),
        actor: person?.actor ?? null,
        entryId: person?.entryId ?? null,
        single: words.length < 2 && !person,
      })
    }
    i = end
  }
  return people
}

/** A capitalised word that may be part of a personal name. */
export function isNameWord(ctx: DocumentContext, i: number): boolean {
  const token = ctx.tokens[i]
  if (!token || !token.word || !token.upper) return false
  if (/^\p{N}/u.test(token.text)) return false
  // Acronyms (NIS, DIA, CNN) are organisations, not people.
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return false
  if (ctx.lang.notNames.has(token.key) || ctx.lang.orgWords.has(token.key)) return false
  const entity = ctx.entityAt[i]
  if (entity && entity.payload.kind !== 'person') return false
  if (ctx.materielAt[i] || ctx.roleAt[i]) return false
  const grammar = ctx.grammarAt[i]
  if (grammar && (grammar.roles.includes('title') || grammar.roles.includes('that') || grammar.roles.includes('break'))) return false
  const cue = ctx.cueAt[i]
  if (cue && cue.payload.kind === 'cue' && cue.payload.cue !== 'hedge') return false
  return true
}
