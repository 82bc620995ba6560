import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import { isParticiple, isPersonnel, precedingList } from './materiel-phrases.js'

// ("Il est armé par l'Iran": who is armed or equipped receives, is not given.)
const isSupply = (anchor: Lex): boolean => anchor.payload.kind === 'cue' && anchor.payload.cue === 'supply' && !anchor.payload.tags?.includes('equip')

const isArrival = (anchor: Lex): boolean => anchor.payload.kind === 'cue' && !!anchor.payload.tags?.includes('arrive')

const BACK_SENTENCES = 3

/**
 * Materiel a trigger refers back to: "Moscou en aurait commandé 2 400", "refused to send them",
 * "les contributeurs de cette aide", "these systems were delivered". When the trigger names no
 * materiel but a pronoun stands next to it, or names only generic words after a demonstrative,
 * the materiel is the nearest specific one named before (in the sentence or the three before).
 */
export function antecedentMateriel(ctx: DocumentContext, anchor: Lex, materiel: readonly Lex[]): Lex[] | null {
  // "Another major supplier is Germany": an agent noun with no object supplies what was talked about.
  const agentNoun = materiel.length === 0 && anchor.payload.kind === 'cue' && anchor.payload.tense === 'agent'
  if (!agentNoun && !refersBack(ctx, anchor, materiel)) return null
  const sentence = ctx.tokens[anchor.start]!.sentence
  const floor = ctx.sentenceTokens[Math.max(0, sentence - BACK_SENTENCES)]![0]
  const before = ctx.mentions.filter((m) => m.payload.kind === 'materiel' && m.end <= anchor.start && m.start >= floor && !materiel.includes(m))
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!
    if (m.payload.kind !== 'materiel' || (m.payload.generic && !agentNoun) || m.payload.anaphoric || isPersonnel(m)) continue
    return precedingList(ctx, before, m.end)
  }
  // « La Russie utilise de nouvelles armes. Elles ont été fournies par la Corée du Nord » : a pronoun or clitic
  // with no specific materiel before stands for the generic word named last.
  const generic = materiel.length === 0 && !agentNoun ? before.findLast((m) => m.payload.kind === 'materiel' && !m.payload.anaphoric && !isPersonnel(m)) : undefined
  return generic ? precedingList(ctx, before, generic.end) : null
}

function refersBack(ctx: DocumentContext, anchor: Lex, materiel: readonly Lex[]): boolean {
  const { lang, tokens } = ctx
  if (materiel.length === 0) {
    if (lang.materielPronounPosition === 'after') return lang.materielPronouns.has(tokens[anchor.end]?.key ?? '')
    // "en aurait commandé", "les a livrés", "ne les livrera pas": the clitic before the verb and its auxiliaries.
    let passive = false
    for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 4); k--) {
      const t = tokens[k]!
      // (« Les négociations sont arrivées… »: a clitic never opens the sentence; there it is an article.)
      if (lang.materielPronouns.has(t.key)) return !ctx.entityAt[k + 1] && k > ctx.sentenceTokens[t.sentence]![0]
      // ("ont été": an auxiliary of two words covers the token.)
      const g = ctx.grammarAt[k] ?? [1, 2].map((n) => ctx.grammarAt[k - n]).find((c) => c && c.end > k && c.roles.some((r) => r === 'be' || r === 'copula'))
      // "Ils ont été fournis par le Danemark", « Elles sont arrivées en mars »: the subject pronoun of a passive transfer, or of an arrival, is what was named before.
      if (passive && g?.roles.includes('pronoun') && !g.roles.includes('anaphor') && g.end === k + 1 && ((isSupply(anchor) && isParticiple(ctx, anchor.end - 1)) || isArrival(anchor))) return true
      passive = passive || !!g?.roles.some((r) => r === 'be' || r === 'copula')
      const cue = ctx.cueAt[k]
      if (passive && lang.dativeClitics.has(t.key)) continue
      if (!(g?.roles.some((r) => r === 'have' || r === 'be' || (passive && r === 'copula')) || (cue?.payload.kind === 'cue' && (cue.payload.cue === 'negation' || cue.payload.cue === 'future' || cue.payload.cue === 'conditional')))) return false
    }
    return false
  }
  // "Teheran przekazał maszyny": a word for a kind of thing, alone, names what was named before.
  if (materiel.length === 1 && materiel[0]!.payload.kind === 'materiel' && materiel[0]!.payload.anaphoric) return true
  // "ces équipements", "this aid": only generic words, right after a demonstrative.
  if (!materiel.every((m) => m.payload.kind === 'materiel' && m.payload.generic)) return false
  return materiel.some((m) => lang.demonstratives.has(tokens[m.start - 1]?.key ?? ''))
}
