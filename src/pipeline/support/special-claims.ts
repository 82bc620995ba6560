import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { ActorMention } from '../mark-actors.js'
import { anaphorStyle, salientState } from './complete-claims.js'
import type { Clause, Draft } from './draft-claim.js'
import { isDefendingParty } from './find-place.js'
import { categoriesOf, isPersonnel } from './materiel-phrases.js'

/**
 * "There is not a single Belarusian soldier … in Ukraine", "des soldats nord-coréens en
 * Russie", "des pilotes de drones turcs en Éthiopie", "French instructors in Ukraine": personnel
 * of one state (troops, trainers, operators, advisers) placed in another's territory, with no
 * verb of supply.
 */
export function presenceClaim(ctx: DocumentContext, actors: readonly ActorMention[], clause: Clause, materiel: readonly Lex[], sentence: number): Draft | null {
  const personnel = actors.find(
    (a) =>
      a.marking === 'personnel' &&
      a.start >= clause.start &&
      a.end <= clause.end &&
      !!a.qualifies &&
      isPersonnel(a.qualifies) &&
      (!['with', 'to', 'for', 'target', 'of'].includes(a.prep ?? '') || (a.prep === 'of' && negatedPartitive(ctx, a.qualifies))),
  )
  if (!personnel || !personnel.qualifies) return null
  const place = actors.find((a) => a.marking === 'location' && a.start > personnel.end && a.end <= clause.end && a.actor !== personnel.actor)
  if (!place) return null
  const anchor = personnel.qualifies
  const listed = materiel.filter((m) => m.start >= personnel.start && m.end <= place.start)
  return {
    supplier: personnel.actor,
    recipient: place.actor,
    categories: categoriesOf(anchor, listed.length ? listed : [anchor]),
    materiel: listed.length ? listed : [anchor],
    anchor,
    supplierMention: personnel,
    recipientMention: place,
    sentence,
    rule: 'support.presence',
    forcedStatus: null,
    inferred: [],
    location: place.actor,
    hint: null,
    facing: null,
    aimedAt: null,
    notRecipients: [],
    weakRecipient: isDefendingParty(ctx, place.actor),
    completion: 'document',
  }
}

/** "Iran's foreign ministry denied": the words between a possessor and the denial are its subject noun phrase, a few plain words. */
function ownsSubject(ctx: DocumentContext, from: number, to: number): boolean {
  if (to - from > 5) return false
  for (let k = from; k < to; k++) if ((!ctx.tokens[k]!.word && ctx.tokens[k]!.key !== "'s" && ctx.tokens[k]!.text !== '’s') || ctx.cueAt[k] || ctx.entityAt[k] || ctx.grammarAt[k]?.roles.some((r) => r === 'that' || r === 'break' || r === 'to' || r === 'and')) return false
  return true
}

/** "Il n'y a pas de soldats nord-coréens en Russie": the "de" of a noun right after a negation counts none of it, it governs nothing. */
function negatedPartitive(ctx: DocumentContext, noun: Lex): boolean {
  const of = noun.start - 1
  const negation = ctx.cueAt[of - 1]
  return !!ctx.grammarAt[of]?.roles.includes('of') && negation?.payload.kind === 'cue' && negation.payload.cue === 'negation' && negation.end === of
}

/**
 * "L'accusation a été démentie par l'Arabie saoudite", "Iran denied the reports": a denial
 * with no transfer words of its own rebuts the latest claim of the two sentences before that
 * concerns the denier (a quotation may stand between the accusation and the denial).
 */
export function rebuttalClaim(ctx: DocumentContext, actors: readonly ActorMention[], sentence: number, drafts: readonly Draft[], actorsOf: (sentence: number) => readonly ActorMention[]): Draft | null {
  const [from, to] = ctx.sentenceTokens[sentence]!
  let denial: Lex | null = null
  for (let i = from; i < to && !denial; i++) {
    const cue = ctx.cueAt[i]
    if (cue && cue.payload.kind === 'cue' && cue.payload.cue === 'denial') denial = cue
  }
  if (!denial) return null
  // ("Iran's foreign ministry denied the claims": the state owning the subject denies.)
  const denier = actors.find((a) => a.marking === 'by' || a.marking === 'bare') ?? actors.find((a) => a.marking === 'genitive' && a.end < denial!.start && ownsSubject(ctx, a.end, denial!.start))
  if (!denier) return null
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!
    if (d.sentence < sentence - 2) break
    // "accusé le royaume de…", then "démentie par l'Arabie saoudite": the anaphor is resolved first.
    const supplier = d.supplier ?? (d.hint === 'anaphor' ? salientState(ctx, actorsOf, d.sentence, d.recipient, anaphorStyle(ctx, d.anchor), d.anchor.start) : null)
    // (A claim whose other side the document completes later, "ces troupes pourraient être déployées en Russie", is passed over.)
    if ((supplier !== denier.actor && d.recipient !== denier.actor) || !supplier || !d.recipient) continue
    return { ...d, supplier, anchor: denial, supplierMention: supplier === denier.actor ? denier : null, recipientMention: d.recipient === denier.actor ? denier : null, sentence, rule: 'support.rebuttal', forcedStatus: 'denied', materiel: [], hint: null, facing: null, aimedAt: null, notRecipients: [], weakRecipient: false, completion: 'never' }
  }
  return null
}
