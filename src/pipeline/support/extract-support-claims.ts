import type { Quote } from '../../domain/records.js'
import type { SpeakerMemory } from '../attribute-quotes.js'
import type { DocumentContext } from '../document-context.js'
import type { QuoteSpan } from '../find-quote-spans.js'
import { markActors, type ActorMention } from '../mark-actors.js'
import type { PeopleIndex } from '../read-speaker.js'
import { applyFrames } from './apply-frames.js'
import { anchorsIn, clausesOf, isHypothetical } from './clause-bounds.js'
import { completeClaims } from './complete-claims.js'
import type { Draft, DraftClaim, Scope } from './draft-claim.js'
import { assignMateriel, materielIn } from './materiel-phrases.js'
import { downedOriginClaim, materielPresenceClaim, partsOriginClaim, presenceClaim, rebuttalClaim } from './special-claims.js'

/**
 * Finds support claims sentence by sentence. Each support trigger (supply, acquire, use,
 * train, deploy, operate, produce, repair, fund, help) is an anchor; the materiel after it
 * (or right before a participle) gives the categories; the language's frames
 * (data/lexicons/<lang>/frames.yaml) say where supplier and recipient are. Personnel placed in
 * a state and denials that rebut the previous sentence make claims without a trigger. Roles
 * the sentence leaves open are completed from the document.
 */
export function extractSupportClaims(ctx: DocumentContext, people: PeopleIndex, quotes: readonly Quote[], spans: readonly QuoteSpan[], memory: SpeakerMemory, firedFrames?: Set<string>): DraftClaim[] {
  const scope: Scope = { ctx, people, quotes, spans, memory, ...(firedFrames ? { firedFrames } : {}) }
  const drafts: Draft[] = []
  // Actors are marked only for the sentences that need them, once.
  const marked = new Map<number, ActorMention[]>()
  const actorsOf = (s: number): ActorMention[] => {
    let actors = marked.get(s)
    if (!actors) {
      const [from, to] = ctx.sentenceTokens[s]!
      actors = to > from ? markActors(ctx, people, from, to) : []
      marked.set(s, actors)
    }
    return actors
  }
  const unanswered: number[] = []
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [from, to] = ctx.sentenceTokens[s]!
    if (to <= from || !hasSupportWords(ctx, from, to)) continue
    const actors = actorsOf(s)
    let found = 0
    let sided = 0
    for (const clause of clausesOf(ctx, from, to)) {
      const clauseMateriel = materielIn(ctx, clause)
      const anchors = anchorsIn(ctx, clause)
      const before = found
      if (anchors.length === 0) {
        const presence = presenceClaim(ctx, actors, clause, clauseMateriel, s) ?? materielPresenceClaim(ctx, actors, clause, s)
        if (presence) drafts.push(presence)
      }
      const assigned = assignMateriel(ctx, anchors, clauseMateriel)
      for (const anchor of anchors) {
        let claims = applyFrames(scope, anchor, assigned.get(anchor) ?? [], actors, clause, s, clauseMateriel)
        // "costs for China if it supplies weapons to Russia", "weighing whether to send": a transfer under a condition is feared or considered.
        // Only a state's own act is weighed so; "si un instructeur iranien entretient les drones" argues a legal point.
        if (claims && isHypothetical(ctx, clause, anchor)) claims = claims.filter((c) => c.supplierMention?.form !== 'demonym' && !c.forcedStatus).map((c) => ({ ...c, forcedStatus: 'alleged_future' as const }))
        if (claims) {
          drafts.push(...claims)
          found += claims.length
          sided += claims.filter((c) => c.supplier || c.recipient || c.hint).length
        }
        const downed = downedOriginClaim(ctx, actors, anchor, clause, assigned.get(anchor) ?? clauseMateriel, s)
        if (downed) drafts.push(downed)
      }
      const parts = found === before ? partsOriginClaim(ctx, actors, clause, clauseMateriel, s) : null
      if (parts) drafts.push(parts)
    }
    // ("Iran and Russia have denied any arms transfers": a transfer naming no side is what the denial rebuts.)
    if (found === 0 || (sided === 0 && jointSubject(actors))) {
      const rebuttal = rebuttalClaim(ctx, actors, s, drafts.slice(0, drafts.length - found), actorsOf)
      if (rebuttal && found > 0) drafts.splice(drafts.length - found, found)
      if (rebuttal) drafts.push(rebuttal)
      else if (found === 0) unanswered.push(s)
    }
  }
  // A denial that comes first ("Téhéran dément.") rebuts what the sentences after say of the denier.
  for (const s of unanswered) {
    const rebuttal = rebuttalClaim(ctx, actorsOf(s), s, drafts, actorsOf, true)
    if (rebuttal) drafts.push(rebuttal)
  }
  return completeClaims(scope, drafts, actorsOf)
}

/** Two states named together as the sentence's subject ("Iran and Russia have denied…"). */
function jointSubject(actors: readonly ActorMention[]): boolean {
  const first = actors.find((a) => a.marking === 'bare')
  return !!first && new Set(actors.filter((a) => a.group === first.group && a.marking === 'bare').map((a) => a.actor)).size >= 2
}

/** The sentence has a support cue or materiel: the only sentences where claims can be. */
function hasSupportWords(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.cueAt[i] || ctx.materielAt[i]) return true
  return false
}
