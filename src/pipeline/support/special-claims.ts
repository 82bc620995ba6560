import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { ActorMention } from '../mark-actors.js'
import { anaphorStyle, opponentOf, salientState } from './complete-claims.js'
import type { Clause, Draft } from './draft-claim.js'
import { designationOrigin, hasTag, isConflictParty, isDefendingParty, ownsSubject } from './find-place.js'
import { categoriesOf, categoryOf, isNegationAt, isPersonnel } from './materiel-phrases.js'

/** A draft that no frame reads: what it fixes, over the defaults of one whose roles are all named (completed never). */
function specialDraft(d: Pick<Draft, 'supplier' | 'recipient' | 'categories' | 'materiel' | 'anchor' | 'supplierMention' | 'recipientMention' | 'sentence' | 'rule'> & Partial<Draft>): Draft {
  return { forcedStatus: null, inferred: [], location: null, hint: null, facing: null, aimedAt: null, notRecipients: [], weakRecipient: false, completion: 'never', ...d }
}

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
  // ("Israeli troops killed Hezbollah fighters in Lebanon": another actor named between is the object of a deed, not a presence.)
  if (!place || actors.some((a) => a.start > personnel.end && a.end <= place.start && a.actor !== personnel.actor && a.actor !== place.actor && a.marking !== 'location' && a.prep !== 'of' && a.prep !== 'from')) return null
  // ("American officers met their Polish counterparts in Warsaw", "Israeli experts attended a conference in Paris": a
  // word that names personnel only beside its state is no presence when an object of some deed stands between.)
  if (weakPersonnel(personnel.qualifies) && objectBetween(ctx, personnel.end, place.start)) return null
  const anchor = personnel.qualifies
  const listed = materiel.filter((m) => m.start >= personnel.start && m.end <= place.start)
  return specialDraft({
    supplier: personnel.actor,
    recipient: place.actor,
    categories: categoriesOf(anchor, listed.length ? listed : [anchor]),
    materiel: listed.length ? listed : [anchor],
    anchor,
    supplierMention: personnel,
    recipientMention: place,
    sentence,
    rule: 'support.presence',
    location: place.actor,
    weakRecipient: isDefendingParty(ctx, place.actor),
    completion: 'document',
  })
}

/** Words that name personnel only beside their state, or counted: "experts", "officers", « hommes ». */
function weakPersonnel(noun: Lex): boolean {
  return noun.payload.kind === 'materiel' && !!(noun.payload.afterActor || noun.payload.ofState || noun.payload.counted)
}

/** A determiner between two tokens, other than the place's own article just before `to`: the object of a verb. */
function objectBetween(ctx: DocumentContext, from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) if (ctx.lang.determiners.has(ctx.tokens[k]!.key)) return true
  return false
}

/**
 * "German Leopard tanks are already in Ukraine", "Iranian drones are now in Russia": weapons of one
 * state said by a copula to be in another, with no verb of supply, were supplied to it. A party's own
 * weapons in the state it fights ("Russian tanks are in Ukraine") are no support.
 */
export function materielPresenceClaim(ctx: DocumentContext, actors: readonly ActorMention[], clause: Clause, sentence: number): Draft | null {
  for (const origin of actors) {
    const weapon = origin.qualifies
    if (origin.marking !== 'origin' || !weapon || origin.start < clause.start || !PRESENT_CATEGORIES.has(categoryOf(weapon) ?? '')) continue
    const place = actors.find((a) => a.marking === 'location' && a.start > weapon.end && a.end <= clause.end && a.actor !== origin.actor)
    if (!place || !copulaOnly(ctx, weapon.end, place.start) || atWar(ctx, origin.actor, place.actor)) continue
    return specialDraft({
      supplier: origin.actor,
      recipient: place.actor,
      categories: categoriesOf(weapon, [weapon]),
      materiel: [weapon],
      anchor: weapon,
      supplierMention: origin,
      recipientMention: place,
      sentence,
      rule: 'support.presence-materiel',
      location: place.actor,
    })
  }
  return null
}

/**
 * "Ukraine shot down 40 Iranian drones", « Des drones iraniens ont été abattus au-dessus de Kiev », "Israel
 * intercepted Shahed drones": weapons of one state's make downed by a party to a war, or over its land, were
 * used against it by the state it is at war with, who got them from their maker (reported, as any use the
 * origin implies). Not when the clause names who launched them: that launch is read by its own frames. Who
 * downs them defends itself or another: that claim stays the frames'.
 */
export function downedOriginClaim(ctx: DocumentContext, actors: readonly ActorMention[], anchor: Lex, clause: Clause, materiel: readonly Lex[], sentence: number): Draft | null {
  if (!hasTag(anchor, 'intercept') || launchIn(ctx, clause, anchor)) return null
  const inClause = actors.filter((a) => a.start >= clause.start && a.end <= clause.end)
  const downed = (m: Lex | null | undefined): boolean => !!m && DOWNED.has(categoryOf(m) ?? '')
  const origin = inClause.find((a) => a.marking === 'origin' && downed(a.qualifies)) ?? designationOrigin(materiel.filter(downed))
  if (!origin) return null
  // The party that downs them ("Ukraine shot down", "were shot down by Ukraine") or whose land they fell on ("over Kyiv").
  const facing = inClause.find((a) => a.actor !== origin.actor && isConflictParty(ctx, a.actor) && (a.marking === 'location' || a.marking === 'by' || (a.end <= anchor.start && (a.marking === 'bare' || (a.marking === 'origin' && !downed(a.qualifies))))))
  const user = facing ? opponentOf(ctx, facing.actor, origin.actor) : null
  if (!facing || !user || user === origin.actor) return null
  const weapon = origin.qualifies ?? materiel.find(downed)!
  return specialDraft({
    supplier: origin.actor,
    recipient: user,
    categories: categoriesOf(weapon, [weapon]),
    materiel: [weapon],
    anchor,
    supplierMention: origin,
    recipientMention: null,
    sentence,
    rule: 'support.origin-use.downed',
    forcedStatus: 'reported',
    inferred: ['recipient'],
    facing: facing.actor,
    aimedAt: facing.actor,
  })
}

/** Weapons that are downed: drones and missiles. */
const DOWNED: ReadonlySet<string> = new Set(['drones', 'missiles'])

/** A verb of launching or firing in the clause besides the anchor: "drones launched by Hezbollah". */
function launchIn(ctx: DocumentContext, clause: Clause, anchor: Lex): boolean {
  for (let k = clause.start; k < clause.end; k++) {
    const cue = ctx.cueAt[k]
    if (cue && cue !== anchor && cue.start === k && hasTag(cue, 'launch')) return true
  }
  return false
}

/** Categories of weapons whose presence in a state says they were given to it. */
const PRESENT_CATEGORIES: ReadonlySet<string> = new Set(['drones', 'missiles', 'artillery_ammunition', 'air_defence', 'armour', 'aircraft', 'small_arms', 'other_weapons'])

/** Between the weapon and the place, a copula with adverbs and the place's preposition only: "are already in". */
function copulaOnly(ctx: DocumentContext, from: number, to: number): boolean {
  let copula = false
  // ("German Leopard tanks": the rest of the name of what the origin qualifies.)
  let start = from
  while (ctx.materielAt[start] && ctx.materielAt[start]!.end > start) start = ctx.materielAt[start]!.end
  for (let k = start; k < to; k++) {
    const roles = ctx.grammarAt[k]?.roles
    if (roles?.includes('be') && !/^['’]s$/.test(ctx.tokens[k]!.key)) copula = true
    else if (!roles?.includes('in') && !ctx.lang.adverbs.has(ctx.tokens[k]!.key)) return false
  }
  return copula
}

/** Two parties of one war: the one's weapons in the other's land are an invasion, not a gift. */
const atWar = (ctx: DocumentContext, a: string, b: string): boolean => ctx.knowledge.data.conflicts.some((c) => c.parties.includes(a) && c.parties.includes(b))

/**
 * « Les composants des drones russes proviennent de Chine », "Most chips in Russian missiles were made in the
 * US": parts whose origin is named, of or in weapons whose owner is named, were supplied by the one to the
 * other (a supply implied by origin). A state's own parts in its own weapons, or parts said not to come from a
 * state, say nothing.
 */
export function partsOriginClaim(ctx: DocumentContext, actors: readonly ActorMention[], clause: Clause, materiel: readonly Lex[], sentence: number): Draft | null {
  for (const parts of materiel) {
    if (categoryOf(parts) !== 'components_dual_use') continue
    const supplier = actors.find((a) => a.marking === 'origin' && a.qualifies?.start === parts.start && a.start >= clause.start && a.end <= clause.end)
    const weapon = supplier && materiel.find((m) => m.start >= parts.end && m.start - parts.end <= 6 && weaponOf(ctx, parts.end, m.start) && !isPersonnel(m) && categoryOf(m) !== 'components_dual_use')
    const owner = weapon && actors.find((a) => a.actor !== supplier.actor && ((a.marking === 'origin' && a.qualifies?.start === weapon.start) || ((a.marking === 'of' || a.marking === 'genitive') && a.start - weapon.end >= 0 && a.start - weapon.end <= 2)))
    if (!supplier || !weapon || !owner || negatedIn(ctx, clause)) continue
    return specialDraft({
      supplier: supplier.actor,
      recipient: owner.actor,
      categories: ['components_dual_use'],
      materiel: [parts],
      anchor: parts,
      supplierMention: supplier,
      recipientMention: owner,
      sentence,
      rule: 'support.parts-origin',
      forcedStatus: 'reported',
    })
  }
  return null
}

/** Between parts and a weapon, only words that make the weapon hold them: "of", "in", determiners, a participle of finding (« des », "found in the"). */
function weaponOf(ctx: DocumentContext, from: number, to: number): boolean {
  let joined = false
  let plain = 0
  for (let k = from; k < to; k++) {
    // ("in the debris of a Russian missile", « dans les débris d'un missile russe »: one plain noun followed by "of".)
    const remains = ctx.tokens[k]!.word && !ctx.tokens[k]!.upper && !ctx.grammarAt[k] && !ctx.cueAt[k] && !ctx.entityAt[k] && !!ctx.grammarAt[k + 1]?.roles.includes('of') && ++plain <= 1
    if (remains) continue
    const roles = ctx.grammarAt[k]?.roles
    // (« trouvés dans », "found in": a participle that places the parts inside.)
    const inside = !!ctx.cueAt[k] && hasTag(ctx.cueAt[k]!, 'inside')
    if (roles?.includes('of') || roles?.includes('in')) joined = true
    // ("in Russian cruise missiles": the owner named before the weapon.)
    else if (inside || ctx.entityAt[k]?.payload.kind === 'actor') continue
    else if (!ctx.lang.determiners.has(ctx.tokens[k]!.key) && !(k > from && ctx.grammarAt[k - 1]?.end && ctx.grammarAt[k - 1]!.end > k)) return false
  }
  return joined
}

/** A word of negation in the clause (« ne proviennent pas de Chine », "were not made in China"). */
function negatedIn(ctx: DocumentContext, clause: Clause): boolean {
  for (let k = clause.start; k < clause.end; k++) if (isNegationAt(ctx, k)) return true
  return false
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
export function rebuttalClaim(ctx: DocumentContext, actors: readonly ActorMention[], sentence: number, drafts: readonly Draft[], actorsOf: (sentence: number) => readonly ActorMention[], ahead = false): Draft | null {
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
  // ("Téhéran dément. Selon Washington, l'Iran a livré des missiles à la Russie": ahead, the denier's own transfer in the two sentences after.)
  const near = ahead ? drafts.filter((d) => d.sentence > sentence && d.sentence <= sentence + 2) : drafts.filter((d) => d.sentence >= sentence - 2 && d.sentence < sentence).reverse()
  for (const d of near) {
    // "accusé le royaume de…", then "démentie par l'Arabie saoudite": the anaphor is resolved first.
    const supplier = d.supplier ?? (d.hint === 'anaphor' ? salientState(ctx, actorsOf, d.sentence, d.recipient, anaphorStyle(ctx, d.anchor), d.anchor.start) : null)
    // (A claim whose other side the document completes later, "ces troupes pourraient être déployées en Russie", is passed over.)
    if ((supplier !== denier.actor && (ahead || d.recipient !== denier.actor)) || !supplier || !d.recipient) continue
    return { ...d, supplier, anchor: denial, supplierMention: supplier === denier.actor ? denier : null, recipientMention: d.recipient === denier.actor ? denier : null, sentence, rule: 'support.rebuttal', forcedStatus: 'denied', materiel: [], hint: null, facing: null, aimedAt: null, notRecipients: [], weakRecipient: false, completion: 'never' }
  }
  return null
}
