import type { DocumentContext } from './document-context.js'

/** At token i a coordinator opens a clause with a verb of its own: "and Iran now produces", "et la Russie a acheté". */
export function startsCoordinateClause(ctx: DocumentContext, i: number): boolean {
  const g = ctx.grammarAt[i]
  if (!g?.roles.includes('and') || !ctx.tokens[i]!.word) return false
  const sentence = ctx.tokens[i]!.sentence
  for (let k = g.end; k < g.end + 5 && k < ctx.tokens.length && ctx.tokens[k]!.sentence === sentence; k++) {
    if (ctx.materielAt[k] && k === g.end) return false
    const cue = ctx.cueAt[k]
    if (cue && cue.payload.kind === 'cue' && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent' && cue.payload.cue !== 'negation' && cue.payload.cue !== 'according') return k > g.end
    if (ctx.tokens[k]!.text === ',') return false
  }
  return false
}
