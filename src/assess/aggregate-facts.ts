import { claimCount, type EvidenceClaim } from '../domain/evidence.js'
import { CobelError } from '../domain/errors.js'
import { GENERIC_CATEGORY, WEAPON_CATEGORIES, type ActorKind, type Category, type Status } from '../domain/vocabulary.js'
import { CONDUCTS, KNOWLEDGE_IHL, type ClaimKind, type Conduct, type FactField, type Facts, type FactValue, type Level } from './facts.js'
import { gradeClaim, STATE_OFFICIAL_KINDS, type SourceGrade } from './grade-claim.js'
import type { Conflict, LegalData, Override } from './legal-data.js'
import { registryOf, rollUp, type ActorInfo } from './roll-up.js'

export { codesRollingUpTo, registryOf, rollUp, type ActorInfo } from './roll-up.js'

/** A claim as the trace shows it: what was said, by whom, where. */
export interface ClaimRef {
  readonly id: string
  readonly documentId: string
  readonly documentTitle: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly status: Status
  readonly category: Category | null
  readonly supplier: string
  readonly recipient: string | null
  readonly via: string | null
  readonly attributedTo: string | null
  readonly evidence: string
  readonly sentence: string | null
  /** Claims this one stands for when the evidence was read summarised (absent: 1). */
  readonly count?: number
  /** Who says it, graded (Admiralty style); absent for hand-written scenario facts. */
  readonly grade?: SourceGrade
  /** The document has no publication date: publishedAt is the day it was captured. */
  readonly undated?: boolean
  /** A denial in generic words ("we never sent weapons") that counts against every weapons category of the pair. */
  readonly blanket?: boolean
  /** Supply inferred from the recipient's use of the materiel ("Iranian drones used by Russia"). */
  readonly impliedByUse?: boolean
}

/** Where a fact's value comes from. */
export type FactSource = 'claims' | 'conflict' | 'default' | 'override' | 'scenario' | 'statement'

export interface FactTrace {
  readonly value: FactValue | null
  readonly source: FactSource
  /** Why, in words: "confirmed by 1 claim", "RUS is the aggressor (UNGA_ES11_1)". */
  readonly basis: string
  readonly claims?: readonly string[]
  /** The user override that set the value, and the value it replaced. */
  readonly override?: Override & { readonly replaced: FactValue | null }
}

export interface Interval {
  readonly from: string | null
  readonly to: string | null
}

/**
 * How a row's level was reached (frameworks.md, "Evidence, all frameworks"): established when the
 * supplier or the recipient admits it, an international body finds it, officials of two
 * different states state it as fact, or one state's official states it and two more independent
 * outlets corroborate it; otherwise alleged.
 */
export interface Proof {
  readonly route: 'admission' | 'international_body' | 'two_states' | 'official_and_outlets' | 'single_source' | 'none'
  /** States whose officials state the conduct as fact (third states and the adverse party). */
  readonly officialStates: readonly string[]
  /** Independent sources (outlets, copies of one story counted once) among the affirmative claims, up to 3. */
  readonly sources: number
  /** The best grade among the affirmative claims ("B2"), with corroboration as credibility 1 when established by several sources. */
  readonly bestGrade: string | null
  /** What would make an alleged row established, in words; null when established. */
  readonly wanting: string | null
}

/** The facts of one (actor, counterpart, conduct), or one political statement about the actor. */
export interface FactRow {
  /** "IRN>RUS:weapons_transfer", "IRN>RUS:weapons_transfer:private", "USA:statement:belligerent_says_party". */
  readonly key: string
  readonly kind: 'conduct' | 'statement'
  readonly actor: string
  readonly counterpart: string | null
  readonly conduct: Conduct | null
  /** Organs or groups the conduct went through (IRGC), kept visible after the roll-up. */
  readonly organs: readonly string[]
  readonly categories: readonly Category[]
  readonly facts: Facts
  readonly trace: Readonly<Partial<Record<FactField, FactTrace>>>
  /** Affirmative claims the level rests on (pledges for a prospective row). */
  readonly claims: readonly ClaimRef[]
  /** Denials, refusals and negations of the same conduct. */
  readonly counterEvidence: readonly ClaimRef[]
  /** Opinions and pledges shown for context; they prove nothing. */
  readonly notCounted: readonly ClaimRef[]
  readonly interval: Interval | null
  /** How the level was reached; absent on statement rows and scenario rows. */
  readonly proof?: Proof
}

/** Claims of an actor the aggregation did not count, by reason. */
export interface LeftOut {
  /** Published after the as-of day. */
  readonly afterAsOf: number
  /** Undated, captured after the as-of day. */
  readonly afterAsOfUndated: number
  /** Dated before the conflict's start or after its end. */
  readonly outsidePeriod: number
  /** With a recipient that is not a party to the conflict. */
  readonly notParty: number
}

export interface ActorFacts {
  readonly actor: string
  /** Registry kind of the actor (state, organisation, group); null when the registry does not know it. */
  readonly actorKind: ActorKind | null
  readonly conflict: string
  readonly asOf: string | null
  readonly organs: readonly string[]
  readonly rows: readonly FactRow[]
  /** Claims counted that have no publication date (counted at their capture date). */
  readonly undated: number
  readonly leftOut: LeftOut
  /** What the aggregation left out or could not apply (unmatched overrides, claims outside the conflict). */
  readonly notes: readonly string[]
}

/** A political statement about a state's status, which is not conduct (e.g. Lavrov 2022). */
export interface PoliticalStatement {
  readonly actor: string
  readonly kind: Exclude<ClaimKind, 'fact'>
  /** Who said it and where: "S. Lavrov, interview, 25 Apr 2022". */
  readonly source: string
  readonly counterpart?: string
  readonly date?: string
}

export interface AggregateOptions {
  /** Conflict id; defaults to the conflict marked `default: true`, else the first. */
  readonly conflict?: string
  /**
   * Only claims published on or before this date (YYYY-MM-DD) count; undated claims count at
   * their capture date. What is left out is counted (ActorFacts.leftOut).
   */
  readonly asOf?: string
  /** Added to the conflict file's overrides. */
  readonly overrides?: readonly Override[]
  readonly statements?: readonly PoliticalStatement[]
  /** Actor registry for the organ → state roll-up (IRGC → IRN). */
  readonly actors?: readonly ActorInfo[]
  /**
   * Rows kept between calls over one date-sorted claim list at successive as-of dates (the
   * timeline): a group with the same claims and the same patterns in view keeps its row.
   */
  readonly memo?: Map<string, FactRow | null>
}

/** Claims of one (actor, counterpart, conduct) while they are collected. */
export interface Group {
  readonly actor: string
  readonly counterpart: string
  readonly conduct: Conduct
  readonly isPrivate: boolean
  readonly claims: EvidenceClaim[]
  /** Organs and groups the claims went through, with their registry kind. */
  readonly organs: Map<string, ActorKind | null>
  /** Each claim's source grade in the conflict, computed once when the claim joins the group. */
  readonly grades: Map<EvidenceClaim, SourceGrade>
  /** Registry kind of the actor when a claim names it directly; undefined when none does. */
  direct: ActorKind | null | undefined
}

const AFFIRMATIVE: readonly Status[] = ['confirmed', 'asserted', 'reported']
/** Conduct carried out by the state's own personnel, which implies a decision to deploy them. */
const PERSONNEL: readonly Conduct[] = ['troops', 'operation_of_weapons', 'training', 'technical_support', 'maintenance']

/** Picks the conflict definition by id, or the default one (else the first). Throws ERR_USAGE naming the known ids. */
export function conflictOf(legal: Pick<LegalData, 'conflicts'>, id?: string): Conflict {
  const conflict = id ? legal.conflicts.find((c) => c.id === id) : (legal.conflicts.find((c) => c.default) ?? legal.conflicts[0])
  if (!conflict) throw new CobelError('ERR_USAGE', `unknown conflict ${id ?? '(none defined)'}; known: ${legal.conflicts.map((c) => c.id).join(', ')}`)
  return conflict
}

/** Whether a day falls within the conflict's period (from its start, to its end when it has ended). */
export const withinConflict = (conflict: Conflict, day: string): boolean => day >= conflict.start && (!conflict.end || day <= conflict.end)

/**
 * The days this engine compares claim dates with: the conflict's start and the ends of its
 * documented patterns and UN measures. Claims of one (actor, counterpart, category, status,
 * context) dated on the same side of every boundary weigh the same, so a store may count them
 * together (listEvidenceTallies). A new comparison of claim dates adds its days here.
 */
export function evidenceBoundaries(conflict: Conflict, asOf?: string): string[] {
  const days = [conflict.start, conflict.end, asOf, ...conflict.patterns.flatMap((p) => [p.from, p.to]), ...conflict.unsc_measures.flatMap((m) => [m.from, m.to])]
  return [...new Set(days.filter((day): day is string => !!day))].sort()
}

/** Same day as YYYY-MM-DD, whatever time part the stored date carries. */
export const dayOf = (date: string | null | undefined): string | null => (date ? date.slice(0, 10) : null)

const conductMaps = new WeakMap<object, ReadonlyMap<Category, Conduct>>()

/** The conduct of each claim category, from the rule set's category map, built once per rule set. */
function conductsOf(categoryMap: LegalData['ruleSet']['category_map']): ReadonlyMap<Category, Conduct> {
  let conductOf = conductMaps.get(categoryMap)
  if (!conductOf) {
    const map = new Map<Category, Conduct>()
    for (const [conduct, categories] of Object.entries(categoryMap) as [Conduct, Category[]][]) for (const category of categories) map.set(category, conduct)
    conductMaps.set(categoryMap, (conductOf = map))
  }
  return conductOf
}

/**
 * Turns stored claims into the facts the rules read, one row per (actor, counterpart, conduct),
 * with a trace of where each value comes from. Choices:
 * - actor: rolled up to its state; organs (IRGC) stay listed; `context.private` claims form
 *   their own row with actor_type private.
 * - actor_type: state_organ for the state itself, its organs and organisations of states;
 *   state_directed for groups the registry places under a state; unknown for groups without one.
 * - official_decision: true when a claim is confirmed (an official statement or admission);
 *   inferred when the state's own personnel act (troops, operators; organs training or
 *   maintaining) or act in theatre; unknown otherwise; false for private conduct.
 * - level: established when the supplier or the recipient admits it, an international body finds
 *   it, officials of two different states state it as fact, or one state's official states it and
 *   two more independent sources corroborate it, on the same matter (each claim graded, see gradeClaim); alleged for
 *   other affirmative claims; prospective (pledges only); denied_only; opinion-only groups make no
 *   row. A denial in generic words ("weapons", "military aid") counts against every weapons row.
 * - nexus: specific_operations only when a claim ties the supplier's own conduct to specific
 *   operations; the recipient's use of supplied materiel in strikes is not the supplier's nexus.
 * - knowledge_ihl: pattern when a claim of a category the recipient's documented pattern used is
 *   dated after the pattern began; risk when the pattern used other categories.
 * - used_unlawfully: true when such a pattern used the category and the claim is dated before the
 *   pattern ended, or a claim reports civilian harm; unknown otherwise. Trainers, technicians and
 *   operators share both facts with their state's arms supply to the same recipient.
 * - Claims are assigned to the conflict by their parties and dates: a recipient that is a party,
 *   a supplier that is not, a day within the conflict's period. Undated claims count at their
 *   capture date. Claims after `asOf`, outside the period or to non-parties are left out and
 *   counted (ActorFacts.leftOut).
 */
export function aggregateFacts(claims: readonly EvidenceClaim[], legal: Pick<LegalData, 'ruleSet' | 'conflicts' | 'grading'>, options: AggregateOptions = {}): ActorFacts[] {
  return factsOfGroups(groupClaims(claims, legal, options), legal, options)
}

/** What an assessment counted and left out, over every actor: its header, and the answer when nothing is left. */
export interface EvidenceSummary {
  readonly conflict: string
  readonly asOf: string | null
  /** Claims counted in this conflict (by actors that are not parties, to parties, within its period and the as-of day). */
  readonly counted: number
  /** Of those, claims without a publication date, counted at their capture day. */
  readonly undated: number
  readonly leftOut: LeftOut
  /** The latest day among the counted claims. */
  readonly latest: string | null
}

/** aggregateFacts with the summary of what was counted and left out. */
export function aggregateEvidence(
  claims: readonly EvidenceClaim[],
  legal: Pick<LegalData, 'ruleSet' | 'conflicts' | 'grading'>,
  options: AggregateOptions = {},
): { readonly facts: ActorFacts[]; readonly summary: EvidenceSummary } {
  const groups = groupClaims(claims, legal, options)
  return { facts: factsOfGroups(groups, legal, options), summary: summaryOfGroups(groups, conflictOf(legal, options.conflict), options.asOf ?? null) }
}

function summaryOfGroups({ groups, outside, leftOut }: ClaimGroups, conflict: Conflict, asOf: string | null): EvidenceSummary {
  let counted = 0
  let undated = 0
  let latest: string | null = null
  for (const group of groups.values())
    for (const claim of group.claims) {
      counted += claimCount(claim)
      if (claim.undated) undated += claimCount(claim)
      const day = dayOf(claim.lastPublishedAt) ?? dayOf(claim.publishedAt)
      if (day && (!latest || day > latest)) latest = day
    }
  const sum = (pick: (counts: { afterAsOf: number; afterAsOfUndated: number; outsidePeriod: number }) => number): number => [...leftOut.values()].reduce((total, counts) => total + pick(counts), 0)
  const notParty = [...outside.values()].flatMap((counts) => [...counts.values()]).reduce((a, b) => a + b, 0)
  return {
    conflict: conflict.id,
    asOf,
    counted,
    undated,
    leftOut: { afterAsOf: sum((c) => c.afterAsOf), afterAsOfUndated: sum((c) => c.afterAsOfUndated), outsidePeriod: sum((c) => c.outsidePeriod), notParty },
    latest,
  }
}

/** Claims sorted into (actor, counterpart, conduct) groups, with the claims left out per actor; grown by groupClaims. */
export interface ClaimGroups {
  readonly groups: Map<string, Group>
  /** Per actor, claims per recipient that is not a party to the conflict. */
  readonly outside: Map<string, Map<string, number>>
  /** Per actor, claims left out by date. */
  readonly leftOut: Map<string, { afterAsOf: number; afterAsOfUndated: number; outsidePeriod: number }>
}

export const newGroups = (): ClaimGroups => ({ groups: new Map(), outside: new Map(), leftOut: new Map() })

/**
 * Sorts claims into groups, adding to `into` when given: a replay over date-sorted claims adds
 * each day's claims to the groups of the days before instead of sorting everything again.
 */
export function groupClaims(
  claims: readonly EvidenceClaim[],
  legal: Pick<LegalData, 'ruleSet' | 'conflicts' | 'grading'>,
  options: AggregateOptions = {},
  into: ClaimGroups = newGroups(),
): ClaimGroups {
  const conflict = conflictOf(legal, options.conflict)
  const asOf = options.asOf ?? null
  const registry = registryOf(options.actors)
  const conductOf = conductsOf(legal.ruleSet.category_map)
  const roles = new Map(conflict.parties.map((party) => [party.actor, party.role]))
  const grade = gradesIn(conflict, legal.grading, options.actors)
  const { groups, outside } = into
  const leftOut = (actor: string) => {
    let counts = into.leftOut.get(actor)
    if (!counts) into.leftOut.set(actor, (counts = { afterAsOf: 0, afterAsOfUndated: 0, outsidePeriod: 0 }))
    return counts
  }
  for (const claim of claims) {
    const day = dayOf(claim.publishedAt)
    const supplier = rollUp(claim.supplier, claim.via, registry)
    const recipient = rollUp(claim.recipient, null, registry).state
    const conduct = conductOf.get(claim.category)
    if (!conduct || supplier.state === recipient || roles.has(supplier.state)) continue
    if (!roles.has(recipient)) {
      const counts = outside.get(supplier.state) ?? new Map<string, number>()
      outside.set(supplier.state, counts.set(recipient, (counts.get(recipient) ?? 0) + claimCount(claim)))
      continue
    }
    // A claim the store could not date at all (no publication nor capture day) cannot be placed in the conflict.
    if (!day || !withinConflict(conflict, day)) {
      leftOut(supplier.state).outsidePeriod += claimCount(claim)
      continue
    }
    if (asOf && day > asOf) {
      if (claim.undated) leftOut(supplier.state).afterAsOfUndated += claimCount(claim)
      else leftOut(supplier.state).afterAsOf += claimCount(claim)
      continue
    }
    const isPrivate = claim.context.private === true
    const key = `${supplier.state}>${recipient}:${conduct}${isPrivate ? ':private' : ''}`
    const group: Group = groups.get(key) ?? { actor: supplier.state, counterpart: recipient, conduct, isPrivate, claims: [], organs: new Map(), grades: new Map(), direct: undefined }
    group.claims.push(claim)
    group.grades.set(claim, grade(claim))
    if (supplier.organ) group.organs.set(supplier.organ, supplier.kind)
    else group.direct = supplier.kind
    groups.set(key, group)
  }
  return into
}

/** The facts of grouped claims (see aggregateFacts). */
export function factsOfGroups({ groups, outside, leftOut }: ClaimGroups, legal: Pick<LegalData, 'ruleSet' | 'conflicts' | 'grading'>, options: AggregateOptions = {}): ActorFacts[] {
  const conflict = conflictOf(legal, options.conflict)
  const asOf = options.asOf ?? null
  const registry = registryOf(options.actors)
  const roles = new Map(conflict.parties.map((party) => [party.actor, party.role]))
  const notes = new Map<string, string[]>()
  const note = (actor: string, text: string): void => push(notes, actor, text)

  const rows = new Map<string, FactRow[]>()
  const undated = new Map<string, number>()
  const inView = conflict.patterns.filter((pattern) => !asOf || pattern.from <= asOf).map((pattern) => pattern.id).join(',')
  for (const [key, group] of groups) {
    const memoKey = `${key}|${group.claims.length}|${inView}`
    const row = options.memo?.has(memoKey) ? options.memo.get(memoKey) : conductRow(key, group, conflict, asOf, roles)
    options.memo?.set(memoKey, row ?? null)
    if (row) push(rows, group.actor, row)
    const dateless = group.claims.reduce((sum, claim) => sum + (claim.undated ? claimCount(claim) : 0), 0)
    if (dateless) undated.set(group.actor, (undated.get(group.actor) ?? 0) + dateless)
  }
  for (const [actor, counts] of outside)
    for (const [recipient, count] of counts) note(actor, `${count} claim(s) with recipient ${recipient} left out: not a party to ${conflict.id}`)
  const period = `${conflict.start} – ${conflict.end ?? 'ongoing'}`
  for (const [actor, counts] of leftOut) {
    if (counts.outsidePeriod) note(actor, `${counts.outsidePeriod} claim(s) left out: dated outside ${conflict.id} (${period})`)
    if (counts.afterAsOf) note(actor, `${counts.afterAsOf} claim(s) left out: published after ${asOf ?? '?'}`)
    if (counts.afterAsOfUndated) note(actor, `${counts.afterAsOfUndated} undated claim(s) left out: captured after ${asOf ?? '?'} (their publication date is not known)`)
  }
  for (const [actor, count] of undated) note(actor, `warning: ${count} claim(s) have no publication date and are counted at the day their document was captured`)
  for (const [actor, actorRows] of rows) {
    rows.set(actor, actorRows.map((row) => inheritFromMateriel(row, actorRows)))
    const derived = derivedStatement(actor, actorRows)
    if (derived) rows.get(actor)?.push(derived)
  }
  for (const statement of options.statements ?? []) {
    if (asOf && (!statement.date || statement.date > asOf)) continue
    const actor = rollUp(statement.actor, null, registry).state
    push(rows, actor, statementRow(statement, actor))
  }

  const overrides = [...conflict.overrides, ...(options.overrides ?? [])]
  const result: ActorFacts[] = []
  for (const [actor, actorRows] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const ordered = actorRows.sort(compareRows)
    const applied = ordered.map((row) => applyOverrides(row, overrides))
    for (const override of overrides.filter((o) => o.actor === actor)) {
      if (!ordered.some((row) => matches(override, row)))
        note(actor, `override of ${override.field} for ${describeTarget(override)} matches no evidence; not applied`)
    }
    const organs = [...new Set(applied.flatMap((row) => row.organs))].sort()
    const counts = leftOut.get(actor)
    result.push({
      actor,
      actorKind: registry.get(actor)?.kind ?? null,
      conflict: conflict.id,
      asOf,
      organs,
      rows: applied,
      undated: undated.get(actor) ?? 0,
      leftOut: { afterAsOf: counts?.afterAsOf ?? 0, afterAsOfUndated: counts?.afterAsOfUndated ?? 0, outsidePeriod: counts?.outsidePeriod ?? 0, notParty: [...(outside.get(actor)?.values() ?? [])].reduce((a, b) => a + b, 0) },
      notes: notes.get(actor) ?? [],
    })
  }
  return result
}

/** Records a fact of a row with the trace of where it comes from. */
type SetFact = (field: FactField, value: FactValue | undefined, source: FactSource, basis: string, claimIds?: string[]) => void

const idsOf = (list: readonly EvidenceClaim[]): string[] => list.map((claim) => claim.id)

/** Warns when some of the claims are dated by their capture day. */
function datingNote(claims: readonly EvidenceClaim[]): string {
  const undated = claims.filter((claim) => claim.undated)
  return undated.length ? `; warning: ${totalClaims(undated)} of these claim(s) are undated and dated by their capture day` : ''
}

function conductRow(
  key: string,
  group: Group,
  conflict: Conflict,
  asOf: string | null,
  roles: ReadonlyMap<string, Conflict['parties'][number]['role']>,
): FactRow | null {
  const { actor, counterpart, conduct } = group
  const by = (statuses: readonly Status[]): EvidenceClaim[] => group.claims.filter((claim) => statuses.includes(claim.status))
  const affirmative = by(AFFIRMATIVE)
  const pledges = by(['alleged_future'])
  const denials = by(['denied'])
  const gradeOf = (claim: EvidenceClaim): SourceGrade => group.grades.get(claim)!
  const proof = proofOf(affirmative, gradeOf, actor, counterpart)
  const standing = levelOf(proof, affirmative, pledges, denials)
  if (!standing) return null
  const { level, support } = standing

  const trace: Partial<Record<FactField, FactTrace>> = {}
  const facts: Partial<Record<FactField, FactValue>> = {}
  const set: SetFact = (field, value, source, basis, claimIds) => {
    if (value !== undefined) facts[field] = value
    trace[field] = { value: value ?? null, source, basis, ...(claimIds?.length ? { claims: claimIds } : {}) }
  }
  set('conduct', conduct, 'claims', `claim categories ${[...new Set(group.claims.map((c) => c.category))].join(', ')}`)
  set('level', level, 'claims', standing.basis, level === 'denied_only' ? idsOf(denials) : proof.claims.length ? proof.claims : idsOf(support))
  set('claim_kind', 'fact', 'default', 'conduct stated in the claims')
  const organs = [...group.organs.keys()].sort()
  setActorFacts(group, organs, affirmative, support, set)
  setLocationAndNexus(group, support, set)
  setConflictStanding(group, conflict, roles, set)
  setKnowledgeAndUse(group, conflict, asOf, support, set)
  setUnscMeasures(group, conflict, support, set)

  const categories = [...new Set(group.claims.map((claim) => claim.category))].sort()
  // A denial in generic words covers the specific materiel of the row too ("we never sent weapons" against drones).
  const blanket = (claim: EvidenceClaim): boolean => claim.category === GENERIC_CATEGORY && categories.some((category) => category !== GENERIC_CATEGORY)
  const ref = (claim: EvidenceClaim): ClaimRef => claimRef(claim, gradeOf(claim))
  return {
    key,
    kind: 'conduct',
    actor,
    counterpart,
    conduct,
    organs,
    categories,
    facts: facts as Facts,
    trace,
    claims: support.map(ref),
    counterEvidence: denials.map((claim) => (blanket(claim) ? { ...ref(claim), blanket: true } : ref(claim))),
    notCounted: group.claims.filter((claim) => claim.status === 'opinion' || (claim.status === 'alleged_future' && level !== 'prospective')).map(ref),
    interval: intervalOf(support),
    proof: proof.summary,
  }
}

/**
 * How far the conduct is shown, and by which claims: established or alleged by affirmative
 * claims (as the proof routes say), prospective by pledges alone, denied_only; null without any.
 */
function levelOf(
  proof: ReturnType<typeof proofOf>,
  affirmative: EvidenceClaim[],
  pledges: EvidenceClaim[],
  denials: readonly EvidenceClaim[],
): { readonly level: Level; readonly support: EvidenceClaim[]; readonly basis: string } | null {
  if (affirmative.length > 0) return { level: proof.route === 'single_source' ? 'alleged' : 'established', support: affirmative, basis: proof.basis }
  if (pledges.length > 0) return { level: 'prospective', support: pledges, basis: `only pledges or plans (${totalClaims(pledges)})` }
  if (denials.length > 0) return { level: 'denied_only', support: [], basis: `only denials (${totalClaims(denials)})` }
  return null
}

/** Who acts (the state, an organ, a group it directs, a private firm) and whether an official decision shows. */
function setActorFacts(group: Group, organs: readonly string[], affirmative: readonly EvidenceClaim[], support: readonly EvidenceClaim[], set: SetFact): void {
  const { actor, conduct } = group
  if (group.isPrivate) {
    set('actor_type', 'private', 'claims', 'the claims name a private firm or person', idsOf(group.claims))
    set('official_decision', false, 'claims', 'private conduct')
    set('state_aware', false, 'default', 'not known whether the state knew; set an override if it did')
    return
  }
  const kinds = [...group.organs.values()]
  const directed = group.direct === undefined && kinds.length > 0 && kinds.every((kind) => kind === 'group')
  const ungoverned = group.direct === 'group' && kinds.length === 0
  const [actorType, basis] = directed
    ? (['state_directed', `acting through ${organs.join(', ')}, a group under the state's direction`] as const)
    : ungoverned
      ? (['unknown', `${actor} is a group that the actor registry places under no state`] as const)
      : group.direct === 'organisation'
        ? (['state_organ', `${actor} is an organisation of states acting through its organs`] as const)
        : organs.length > 0
          ? (['state_organ', `through ${organs.join(', ')}, an organ of ${actor}`] as const)
          : (['state_organ', `the claims name the state ${actor} itself`] as const)
  set('actor_type', actorType, 'claims', basis)
  const confirmed = affirmative.filter((claim) => claim.status === 'confirmed')
  const inTheatre = support.some((claim) => claim.context.location === 'in_theatre')
  const deployed = support.length > 0 && (conduct === 'troops' || conduct === 'operation_of_weapons' || (organs.length > 0 && PERSONNEL.includes(conduct)) || inTheatre)
  if (confirmed.length > 0) set('official_decision', true, 'claims', 'stated as fact by an official or admitted', idsOf(confirmed))
  else if (deployed) set('official_decision', 'inferred', 'claims', "the state's own personnel or organs act abroad")
  else set('official_decision', 'unknown', 'default', 'no official statement of fact shows an official decision')
}

/** Where the conduct takes place, and whether the claims tie the supplier's own conduct to specific operations. */
function setLocationAndNexus(group: Group, support: readonly EvidenceClaim[], set: SetFact): void {
  const { actor, counterpart, conduct } = group
  const located = support.filter((claim) => claim.context.location)
  const location = located.some((claim) => claim.context.location === 'in_theatre') ? 'in_theatre' : located[0]?.context.location
  if (location) set('location', location, 'claims', `stated in ${totalClaims(located)} claim(s)`, idsOf(located.filter((c) => c.context.location === location)))
  else set('location', undefined, 'default', 'the claims do not say where')
  // "Iranian drones used by Russia in strikes on Kyiv", "equipment supplied by Iran to carry out
  // the strikes": the strikes are the recipient's use of the materiel, not the supplier's conduct.
  // Services (intelligence, maintenance, technicians, operators) tied to operations are the supplier's own.
  const userConduct = (claim: EvidenceClaim): boolean => claim.impliedByUse === true || conduct === 'weapons_transfer'
  const specific = support.filter((claim) => claim.context.specificOperation && !userConduct(claim))
  const usersOnly = support.filter((claim) => claim.context.specificOperation && userConduct(claim))
  if (specific.length) set('nexus', 'specific_operations', 'claims', `the claims tie ${actor}'s own conduct to specific operations`, idsOf(specific))
  else if (usersOnly.length)
    set(
      'nexus',
      'general',
      'default',
      `the operations the claims name are ${counterpart}'s use of supplied materiel (${totalClaims(usersOnly)} claim(s)); no claim ties ${actor}'s own conduct to them`,
      idsOf(usersOnly),
    )
  else set('nexus', 'general', 'default', 'no claim ties the conduct to specific operations')
  set('coordination', 'none', 'default', 'news text cannot show joint operational decisions; set an override if sourced')
}

/** The recipient's role in the conflict (aggressor, victim, undetermined) and the supplier's ATT membership. */
function setConflictStanding(group: Group, conflict: Conflict, roles: ReadonlyMap<string, Conflict['parties'][number]['role']>, set: SetFact): void {
  const { actor, counterpart } = group
  const role = roles.get(counterpart)
  const aggression = conflict.aggression
  set(
    'recipient_role',
    role,
    'conflict',
    aggression && role === 'aggressor'
      ? `${counterpart} is the aggressor (${aggression.determined_by}, ${aggression.date})`
      : aggression && role === 'victim'
        ? `${counterpart} is the victim of aggression (${aggression.determined_by}, ${aggression.date})`
        : role === 'undetermined'
          ? `no authoritative determination of aggression in ${conflict.id}${partyNote(conflict, counterpart)}`
          : `${counterpart} is a party with role ${role}`,
  )
  const attNote = conflict.att.not_parties.find((entry) => entry.actor === actor)?.note
  const attParty = conflict.att.parties.includes(actor)
  set('supplier_att_party', attParty, 'conflict', attParty ? `${actor} is an ATT state party (as of ${conflict.att.as_of})` : `${actor}: ${attNote ?? 'not listed as an ATT state party'}`)
}

type Pattern = Conflict['patterns'][number]

/** What the recipient's documented patterns show about the claims: knowledge of unlawful use, and use itself. */
interface PatternEvidence {
  knowledge: (typeof KNOWLEDGE_IHL)[number]
  knowledgeBasis: string
  knowledgeClaims: EvidenceClaim[]
  readonly usedClaims: EvidenceClaim[]
  readonly contestedUse: EvidenceClaim[]
  /** The last claim and pattern that show use; its words are written once, after the loop. */
  usedBy: { readonly claim: EvidenceClaim; readonly pattern: Pattern } | null
  contestedBy: Pattern | null
}

/** Knowledge and use come from the recipient's documented patterns, dated against the claims. */
function patternEvidence(group: Group, conflict: Conflict, asOf: string | null, support: readonly EvidenceClaim[]): PatternEvidence {
  const { counterpart, conduct } = group
  const patterns = conflict.patterns.filter((p) => p.actor === counterpart && (!asOf || p.from <= asOf))
  const found: PatternEvidence = {
    knowledge: 'none',
    knowledgeBasis: `no documented pattern of unlawful use by ${counterpart} before the dated claims`,
    knowledgeClaims: [],
    usedClaims: [],
    contestedUse: [],
    usedBy: null,
    contestedBy: null,
  }
  for (const claim of support) {
    const day = dayOf(claim.publishedAt)
    for (const pattern of patterns) {
      const usedCategory = pattern.categories.includes(claim.category)
      // Other materiel supplied after a pattern began is a risk (ATT Art. 7), not knowledge of this use.
      if (day && day > pattern.from && (usedCategory || conduct === 'weapons_transfer')) {
        const knowledge = usedCategory ? pattern.knowledge : 'risk'
        if (KNOWLEDGE_IHL.indexOf(knowledge) > KNOWLEDGE_IHL.indexOf(found.knowledge)) {
          found.knowledge = knowledge
          found.knowledgeClaims = []
          found.knowledgeBasis = knowledgeBasisOf(claim, day, counterpart, pattern, knowledge, usedCategory)
        }
        if (knowledge === found.knowledge) found.knowledgeClaims.push(claim)
      }
      if (usedCategory && day && (!pattern.to || day <= pattern.to)) {
        if (pattern.unlawful_use === 'contested') {
          found.contestedUse.push(claim)
          found.contestedBy = pattern
        } else {
          found.usedClaims.push(claim)
          found.usedBy = { claim, pattern }
        }
      }
    }
  }
  return found
}

function knowledgeBasisOf(claim: EvidenceClaim, day: string, counterpart: string, pattern: Pattern, knowledge: string, usedCategory: boolean): string {
  const source = pattern.knowledge === 'risk' ? ' (documented, disputed, not judicially established)' : ''
  return knowledge === 'pattern'
    ? `${claim.category} claimed on ${day}, after ${counterpart}'s pattern ${pattern.id} (from ${pattern.from}, ${pattern.cite.join(', ')}) using ${pattern.categories.join(', ')}`
    : usedCategory
      ? `${claim.category} claimed on ${day}, after ${counterpart}'s pattern ${pattern.id} (from ${pattern.from}, ${pattern.cite.join(', ')})${source}`
      : `claimed on ${day}, after ${counterpart}'s pattern ${pattern.id} (from ${pattern.from}) with other materiel (${pattern.categories.join(', ')})`
}

/** Whether the supplier knew of unlawful use by the recipient, and whether this support was used unlawfully. */
function setKnowledgeAndUse(group: Group, conflict: Conflict, asOf: string | null, support: readonly EvidenceClaim[], set: SetFact): void {
  const found = patternEvidence(group, conflict, asOf, support)
  set('knowledge_ihl', found.knowledge, found.knowledge === 'none' ? 'default' : 'conflict', `${found.knowledgeBasis}${datingNote(found.knowledgeClaims)}`, [...new Set(idsOf(found.knowledgeClaims))])
  const harmed = support.filter((claim) => claim.context.civilianHarm && !claim.impliedByUse)
  if (harmed.length) set('used_unlawfully', true, 'claims', 'the claims report harm to civilians', idsOf(harmed))
  else if (found.usedBy) {
    const { claim, pattern } = found.usedBy
    const basis = `${claim.category} supplied by ${pattern.to ?? 'now'} was of a kind used in ${pattern.id} (${pattern.from} – ${pattern.to ?? 'ongoing'}, ${pattern.cite.join(', ')})`
    set('used_unlawfully', true, 'conflict', `${basis}${datingNote(found.usedClaims)}`, [...new Set(idsOf(found.usedClaims))])
  } else if (found.contestedBy)
    set('used_unlawfully', 'unknown', 'conflict', `whether ${found.contestedBy.id} was unlawful is contested (${found.contestedBy.cite.join(', ')}); not taken as unlawful use`, [...new Set(idsOf(found.contestedUse))])
  else set('used_unlawfully', 'unknown', 'default', 'no documented unlawful use of this support')
}

/** UN Security Council measures on the supplier in force at the claims' dates and covering their categories. */
function setUnscMeasures(group: Group, conflict: Conflict, support: readonly EvidenceClaim[], set: SetFact): void {
  const { actor } = group
  const inForce = conflict.unsc_measures.flatMap((measure) => {
    if (measure.actor !== actor) return []
    const covered = support.filter((claim) => {
      if (!measure.categories.includes(claim.category)) return false
      const day = dayOf(claim.publishedAt)
      if (!day) return measure.to === null && measure.from <= conflict.start
      return day >= measure.from && (!measure.to || day <= measure.to)
    })
    return covered.length ? [{ measure, covered }] : []
  })
  if (inForce.length)
    set(
      'unsc_measure_in_force',
      true,
      'conflict',
      `${inForce
        .map(({ measure }) => `${measure.id} (${measure.cite.join(', ')}) in force ${measure.from} – ${measure.to ?? 'now'}${measure.contested ? ', coverage contested' : ''}`)
        .join('; ')}${datingNote(inForce.flatMap(({ covered }) => covered))}`,
      inForce.flatMap(({ covered }) => idsOf(covered)),
    )
  else set('unsc_measure_in_force', false, 'default', `no UN Security Council measure on ${actor} covers these claims' dates and categories`)
}

/** First and last day the supporting claims were published (a claim standing for several: its last day). */
function intervalOf(support: readonly EvidenceClaim[]): Interval | null {
  let first: string | null = null
  let last: string | null = null
  for (const claim of support) {
    const day = dayOf(claim.publishedAt)
    if (!day) continue
    const until = dayOf(claim.lastPublishedAt) ?? day
    if (first === null || day < first) first = day
    if (last === null || until > last) last = until
  }
  return first ? { from: first, to: last } : null
}

// A claim's grade depends on the claim, the conflict and the registry: computed once, however
// many replayed dates (timeline) or requests (server) weigh it.
const gradeCaches = new WeakMap<Conflict, WeakMap<readonly ActorInfo[], WeakMap<EvidenceClaim, SourceGrade>>>()
const NO_REGISTRY: readonly ActorInfo[] = []
function gradesIn(conflict: Conflict, grading: LegalData['grading'], actors: readonly ActorInfo[] = NO_REGISTRY): (claim: EvidenceClaim) => SourceGrade {
  let byRegistry = gradeCaches.get(conflict)
  if (!byRegistry) gradeCaches.set(conflict, (byRegistry = new WeakMap()))
  let cache = byRegistry.get(actors)
  if (!cache) byRegistry.set(actors, (cache = new WeakMap()))
  const known = cache
  return (claim) => {
    let found = known.get(claim)
    if (!found) known.set(claim, (found = gradeClaim(claim, { grading, conflict, actors })))
    return found
  }
}

const partyNote = (conflict: Conflict, actor: string): string => {
  const note = conflict.parties.find((party) => party.actor === actor)?.note
  return note ? ` (${note})` : ''
}

/**
 * The level of proof of a row's affirmative claims, from their grades and independence
 * (frameworks.md, "Evidence, all frameworks"): an admission by the supplier or the recipient, an
 * international body's finding, officials of two different states stating it as fact, or one
 * state's official corroborated by two more independent sources. A claim standing for several
 * (a tally) carries one grade, since tallies keep who said it apart.
 */
function proofOf(
  affirmative: readonly EvidenceClaim[],
  gradeOf: (claim: EvidenceClaim) => SourceGrade,
  actor: string,
  counterpart: string,
): { route: Proof['route']; basis: string; claims: string[]; summary: Proof } {
  const { keys, admissions, findings, officials, states, statesByCategory, keysByCategory, officialCategories, anyOfficial, best } = witnessesOf(affirmative, gradeOf)
  const sources = Math.min(keys.size, 3)
  const officialStates = [...states].sort()
  const agreeing = statesAgreeing(statesByCategory)
  const corroborating = sourcesAgreeing(officialCategories, keysByCategory)
  const corroborated = (route: Proof['route']): boolean => route === 'two_states' || route === 'official_and_outlets'
  const done = (route: Proof['route'], basis: string, claims: readonly EvidenceClaim[], wanting: string | null) => ({
    route,
    basis,
    claims: claims.map((claim) => claim.id),
    summary: { route, officialStates, sources, bestGrade: best ? `${best.reliability}${corroborated(route) ? 1 : best.credibility}` : null, wanting },
  })
  const speakers = (list: readonly EvidenceClaim[]): string => [...new Set(list.map((claim) => gradeOf(claim).sourceActor))].join(', ')
  if (admissions.length) {
    const who = speakers(admissions)
    return done('admission', `admitted by ${who}, ${who === counterpart ? 'the recipient' : 'the supplier'} (${totalClaims(admissions)} claim(s))`, admissions, null)
  }
  if (findings.length) return done('international_body', `found by ${speakers(findings)} (${totalClaims(findings)} claim(s))`, findings, null)
  if (agreeing.length >= 2) return done('two_states', `stated as fact by officials of ${agreeing.length} different states (${agreeing.join(', ')})`, officials, null)
  if (anyOfficial && corroborating >= 3)
    return done('official_and_outlets', `stated as fact by ${officialStates[0] ?? 'an organisation'}'s officials and corroborated by ${corroborating - 1} more independent sources`, affirmative, null)
  const wanting = wantingOf(actor, counterpart, officialStates, anyOfficial, corroborating, keys.size)
  const heard = best ? ` (best source: ${best.code}, ${best.basis})` : ''
  return done(
    'single_source',
    `${totalClaims(affirmative)} claim(s) from ${keys.size} independent source(s), no admission, international finding or corroborated official statement${heard}`,
    affirmative,
    wanting.join('; or '),
  )
}

/** Who says the affirmative claims, as the proof routes weigh them; one pass, since a timeline replays it for every date on which the row gains claims. */
function witnessesOf(affirmative: readonly EvidenceClaim[], gradeOf: (claim: EvidenceClaim) => SourceGrade) {
  const keys = new Set<string>()
  const admissions: EvidenceClaim[] = []
  const findings: EvidenceClaim[] = []
  const officials: EvidenceClaim[] = []
  const states = new Set<string>()
  const statesByCategory = new Map<Category, Set<string>>()
  const keysByCategory = new Map<Category, Set<string>>()
  const officialCategories = new Set<Category>()
  let anyOfficial = false
  let best: SourceGrade | null = null
  for (const claim of affirmative) {
    let categoryKeys = keysByCategory.get(claim.category)
    if (!categoryKeys) keysByCategory.set(claim.category, (categoryKeys = new Set()))
    for (const key of claim.independenceKeys ?? [claim.independenceKey]) {
      keys.add(key)
      categoryKeys.add(key)
    }
    const grade = gradeOf(claim)
    if (!best || grade.reliability < best.reliability || (grade.reliability === best.reliability && grade.credibility < best.credibility)) best = grade
    if (claim.status === 'confirmed') {
      if (grade.kind === 'party_admission') admissions.push(claim)
      else if (STATE_OFFICIAL_KINDS.includes(grade.kind)) {
        officials.push(claim)
        anyOfficial = true
        officialCategories.add(claim.category)
        if (grade.sourceActor) {
          states.add(grade.sourceActor)
          let byCategory = statesByCategory.get(claim.category)
          if (!byCategory) statesByCategory.set(claim.category, (byCategory = new Set()))
          byCategory.add(grade.sourceActor)
        }
      } else if (grade.kind === 'organisation_official') {
        anyOfficial = true
        officialCategories.add(claim.category)
      }
    }
    if (claim.status !== 'reported' && grade.kind === 'international_body') findings.push(claim)
  }
  return { keys, admissions, findings, officials, states, statesByCategory, keysByCategory, officialCategories, anyOfficial, best }
}

/** What would prove the conduct, said when only a single source route is met. */
function wantingOf(actor: string, counterpart: string, officialStates: readonly string[], anyOfficial: boolean, corroborating: number, sources: number): string[] {
  return [
    `an admission by ${actor} or ${counterpart}`,
    'a finding by an international body (UN panel, IAEA, OSCE)',
    officialStates.length === 1
      ? `an official of a second state stating it as fact (now only ${officialStates[0]})`
      : officialStates.length > 1
        ? `officials of two different states stating the same thing as fact (now ${officialStates.join(', ')} on different categories)`
        : 'officials of two different states stating it as fact',
    anyOfficial ? `two independent sources besides the official's on the same matter (now ${Math.max(0, corroborating - 1)})` : `one state's official stating it as fact, corroborated by two independent sources (now ${sources} source(s), no official statement of fact)`,
  ]
}

/**
 * The largest set of states whose officials state the same thing: one category, or generic
 * "weapons" with one weapon category. Blinken on Chinese machine tools and Zelensky on Chinese
 * weapons are two states on two matters, each resting on one government.
 */
function statesAgreeing(statesByCategory: ReadonlyMap<Category, ReadonlySet<string>>): string[] {
  let widest: string[] = []
  for (const category of statesByCategory.keys()) {
    const together = sameMatter(category, statesByCategory)
    if (together.size > widest.length) widest = [...together].sort()
  }
  return widest
}

/** Independent sources on the matter an official states, for the route "one official and two more sources". */
function sourcesAgreeing(officialCategories: ReadonlySet<Category>, keysByCategory: ReadonlyMap<Category, ReadonlySet<string>>): number {
  let most = 0
  for (const category of officialCategories) most = Math.max(most, sameMatter(category, keysByCategory).size)
  return most
}

/** What was said of this category or, between generic "weapons" and a weapon category, of the other. */
function sameMatter(category: Category, byCategory: ReadonlyMap<Category, ReadonlySet<string>>): Set<string> {
  const together = new Set(byCategory.get(category))
  const weapon = WEAPON_CATEGORIES.includes(category)
  for (const [other, values] of byCategory) {
    if (other === category) continue
    if (weapon && (other === GENERIC_CATEGORY || category === GENERIC_CATEGORY) && WEAPON_CATEGORIES.includes(other)) for (const value of values) together.add(value)
  }
  return together
}

/** Personnel conduct that serves supplied materiel: trainers, technicians, operators. */
const SERVES_MATERIEL: readonly Conduct[] = ['training', 'technical_support', 'maintenance', 'operation_of_weapons']

/**
 * Trainers, technicians and operators serve the materiel their state supplied (IRGC trainers
 * teach Shahed flying), so they share what the supply row shows about knowledge and unlawful
 * use (frameworks.md: S3–S6 inherit S1's knowledge and use facts).
 */
function inheritFromMateriel(row: FactRow, rows: readonly FactRow[]): FactRow {
  if (!row.conduct || !SERVES_MATERIEL.includes(row.conduct) || row.facts.actor_type === 'private') return row
  const supply = rows.find(
    (other) =>
      other.conduct === 'weapons_transfer' &&
      other.counterpart === row.counterpart &&
      other.facts.actor_type !== 'private' &&
      (other.facts.level === 'established' || other.facts.level === 'alleged'),
  )
  if (!supply) return row
  const facts: Partial<Record<FactField, FactValue>> = { ...row.facts }
  const trace: Partial<Record<FactField, FactTrace>> = { ...row.trace }
  const knowledge = supply.facts.knowledge_ihl ?? 'none'
  if (KNOWLEDGE_IHL.indexOf(knowledge) > KNOWLEDGE_IHL.indexOf(row.facts.knowledge_ihl ?? 'none')) {
    facts.knowledge_ihl = knowledge
    trace.knowledge_ihl = { ...supply.trace.knowledge_ihl!, basis: `as for ${supply.key}, whose materiel these personnel serve: ${supply.trace.knowledge_ihl?.basis ?? ''}` }
  }
  if (supply.facts.used_unlawfully === true && row.facts.used_unlawfully !== true) {
    facts.used_unlawfully = true
    trace.used_unlawfully = { ...supply.trace.used_unlawfully!, basis: `as for ${supply.key}, whose materiel these personnel serve: ${supply.trace.used_unlawfully?.basis ?? ''}` }
  }
  return { ...row, facts: facts as Facts, trace }
}

/**
 * A state whose only conduct is economic, asserted by others and denied (Saudi Arabia's OPEC+
 * cut called "siding with Russia"), is the subject of a political claim, not of conduct.
 */
function derivedStatement(actor: string, rows: readonly FactRow[]): FactRow | null {
  const counted = rows.filter((row) => row.facts.level === 'established' || row.facts.level === 'alleged')
  if (counted.length === 0 || !counted.every((row) => row.conduct === 'economic')) return null
  const accused = counted.find((row) => row.claims.some((claim) => claim.status === 'asserted') && row.counterEvidence.length > 0)
  if (!accused) return null
  const basis = `only economic conduct, asserted by others and denied by ${actor}'s side`
  return {
    key: `${actor}:statement:official_says_aligned`,
    kind: 'statement',
    actor,
    counterpart: accused.counterpart,
    conduct: null,
    organs: [],
    categories: [],
    facts: { claim_kind: 'official_says_aligned', level: accused.facts.level ?? 'alleged' },
    trace: {
      claim_kind: { value: 'official_says_aligned', source: 'statement', basis, claims: accused.claims.filter((c) => c.status === 'asserted').map((c) => c.id) },
      level: { value: accused.facts.level ?? 'alleged', source: 'statement', basis: 'the accusation was made' },
    },
    claims: accused.claims.filter((claim) => claim.status === 'asserted'),
    counterEvidence: accused.counterEvidence,
    notCounted: [],
    interval: accused.interval,
  }
}

function statementRow(statement: PoliticalStatement, actor: string): FactRow {
  const basis = `${statement.kind.replaceAll('_', ' ')}: ${statement.source}`
  return {
    key: `${actor}:statement:${statement.kind}`,
    kind: 'statement',
    actor,
    counterpart: statement.counterpart ?? null,
    conduct: null,
    organs: [],
    categories: [],
    facts: { claim_kind: statement.kind, level: 'established' },
    trace: {
      claim_kind: { value: statement.kind, source: 'statement', basis },
      level: { value: 'established', source: 'statement', basis: 'the statement was made' },
    },
    claims: [],
    counterEvidence: [],
    notCounted: [],
    interval: statement.date ? { from: statement.date, to: statement.date } : null,
  }
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const matches = (override: Override, row: FactRow): boolean =>
  override.actor === row.actor &&
  (!override.counterpart || override.counterpart === row.counterpart) &&
  (!override.conduct || override.conduct === row.conduct)

const describeTarget = (override: Override): string =>
  `${override.actor}${override.counterpart ? `>${override.counterpart}` : ''}${override.conduct ? `:${override.conduct}` : ''}`

/** Later overrides win; the trace keeps the replaced value, the reason and the source. */
export function applyOverrides(row: FactRow, overrides: readonly Override[]): FactRow {
  const relevant = overrides.filter((override) => matches(override, row))
  if (relevant.length === 0) return row
  const facts: Partial<Record<FactField, FactValue>> = { ...row.facts }
  const trace: Partial<Record<FactField, FactTrace>> = { ...row.trace }
  for (const override of relevant) {
    const value = override.value as FactValue
    const before = trace[override.field]
    const replaced = before ? `; replaces ${String(before.value ?? 'not known')} (${before.basis})` : ''
    trace[override.field] = {
      value,
      source: 'override',
      basis: `override: ${override.reason} (source: ${override.source}${override.by ? `; by ${override.by}` : ''}${override.at ? `, ${override.at}` : ''})${replaced}`,
      override: { ...override, replaced: facts[override.field] ?? null },
    }
    facts[override.field] = value
  }
  return { ...row, facts: facts as Facts, trace }
}

/** How many claims a list of references stands for (summarised references count for several). */
export const totalClaims = (refs: readonly Pick<ClaimRef, 'count'>[]): number => refs.reduce((sum, ref) => sum + claimCount(ref), 0)

// One reference per claim, however many rows and replayed dates list it (its grade is the same in one conflict).
const claimRefs = new WeakMap<EvidenceClaim, ClaimRef>()
const claimRef = (claim: EvidenceClaim, grade: SourceGrade): ClaimRef => {
  let ref = claimRefs.get(claim)
  if (!ref || ref.grade?.code !== grade.code || ref.grade.kind !== grade.kind) claimRefs.set(claim, (ref = newClaimRef(claim, grade)))
  return ref
}

const newClaimRef = (claim: EvidenceClaim, grade: SourceGrade): ClaimRef => ({
  id: claim.id,
  documentId: claim.documentId,
  documentTitle: claim.documentTitle,
  url: claim.url,
  outlet: claim.outlet,
  publishedAt: claim.publishedAt,
  status: claim.status,
  category: claim.category,
  supplier: claim.supplier,
  recipient: claim.recipient,
  via: claim.via,
  attributedTo: claim.attributedTo,
  evidence: claim.evidence,
  sentence: claim.sentence,
  ...(claim.count !== undefined && claim.count !== 1 ? { count: claim.count } : {}),
  grade,
  ...(claim.undated ? { undated: true } : {}),
  ...(claim.impliedByUse ? { impliedByUse: true } : {}),
})

function compareRows(a: FactRow, b: FactRow): number {
  if (a.kind !== b.kind) return a.kind === 'conduct' ? -1 : 1
  return (
    (a.counterpart ?? '').localeCompare(b.counterpart ?? '') ||
    CONDUCTS.indexOf(a.conduct ?? 'economic') - CONDUCTS.indexOf(b.conduct ?? 'economic') ||
    a.key.localeCompare(b.key)
  )
}
