import { claimCount, type EvidenceClaim } from '../domain/evidence.js'
import type { ActorKind, Category, Status } from '../domain/vocabulary.js'
import { CONDUCTS, KNOWLEDGE_IHL, type ClaimKind, type Conduct, type FactField, type Facts, type FactValue, type Level } from './facts.js'
import type { Conflict, LegalData, Override } from './legal-data.js'

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
}

export interface ActorFacts {
  readonly actor: string
  readonly conflict: string
  readonly asOf: string | null
  readonly organs: readonly string[]
  readonly rows: readonly FactRow[]
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

/** The part of the actor registry (data/actors.yaml) the roll-up needs. */
export interface ActorInfo {
  readonly code: string
  readonly kind: ActorKind
  readonly parent?: string
}

export interface AggregateOptions {
  /** Conflict id; defaults to the first conflict definition. */
  readonly conflict?: string
  /** Only claims published on or before this date (YYYY-MM-DD) count; undated claims are dropped. */
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
  /** Registry kind of the actor when a claim names it directly; undefined when none does. */
  direct: ActorKind | null | undefined
}

const AFFIRMATIVE: readonly Status[] = ['confirmed', 'asserted', 'reported']
/** Conduct carried out by the state's own personnel, which implies a decision to deploy them. */
const PERSONNEL: readonly Conduct[] = ['troops', 'operation_of_weapons', 'training', 'technical_support', 'maintenance']

/** Picks the conflict definition by id, or the first one. */
export function conflictOf(legal: Pick<LegalData, 'conflicts'>, id?: string): Conflict {
  const conflict = id ? legal.conflicts.find((c) => c.id === id) : legal.conflicts[0]
  if (!conflict) throw new Error(`unknown conflict ${id ?? '(none defined)'}`)
  return conflict
}

/**
 * The days this engine compares claim dates with: the conflict's start and the ends of its
 * documented patterns and UN measures. Claims of one (actor, counterpart, category, status,
 * context) dated on the same side of every boundary weigh the same, so a store may count them
 * together (listEvidenceTallies). A new comparison of claim dates adds its days here.
 */
export function evidenceBoundaries(conflict: Conflict): string[] {
  const days = [conflict.start, ...conflict.patterns.flatMap((p) => [p.from, p.to]), ...conflict.unsc_measures.flatMap((m) => [m.from, m.to])]
  return [...new Set(days.filter((day): day is string => !!day))].sort()
}

/** Same day as YYYY-MM-DD, whatever time part the stored date carries. */
export const dayOf = (date: string | null | undefined): string | null => (date ? date.slice(0, 10) : null)

/** The codes that roll up to these actors: themselves and their organs and groups (IRN → IRN, IRGC…). */
export function codesRollingUpTo(actors: readonly string[], registry: readonly ActorInfo[]): string[] {
  const byCode = registryOf(registry)
  const wanted = new Set(actors)
  return [...new Set([...actors, ...registry.filter((actor) => wanted.has(rollUp(actor.code, null, byCode).state)).map((actor) => actor.code)])]
}

const registries = new WeakMap<readonly ActorInfo[], ReadonlyMap<string, ActorInfo>>()
const NO_ACTORS: readonly ActorInfo[] = []

/** The registry by code, built once per registry (a timeline groups and evaluates once per date). */
export function registryOf(actors: readonly ActorInfo[] = NO_ACTORS): ReadonlyMap<string, ActorInfo> {
  let byCode = registries.get(actors)
  if (!byCode) registries.set(actors, (byCode = new Map(actors.map((actor) => [actor.code, actor]))))
  return byCode
}

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

/** Rolls an actor code up to the state it belongs to, keeping the organ or group. */
export function rollUp(code: string, via: string | null, registry: ReadonlyMap<string, ActorInfo>): { state: string; organ: string | null; kind: ActorKind | null } {
  let state = code
  for (let hops = 0; hops < 5; hops++) {
    const parent = registry.get(state)?.parent
    if (!parent) break
    state = parent
  }
  if (state !== code) return { state, organ: code, kind: registry.get(code)?.kind ?? 'organ' }
  if (via) return { state, organ: via, kind: registry.get(via)?.kind ?? 'organ' }
  return { state, organ: null, kind: registry.get(code)?.kind ?? null }
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
 * - level: established (≥1 confirmed, or asserted from ≥2 independence keys), alleged (other
 *   affirmative), prospective (pledges only), denied_only; opinion-only groups make no row.
 * - knowledge_ihl: pattern when a claim of a category the recipient's documented pattern used is
 *   dated after the pattern began; risk when the pattern used other categories.
 * - used_unlawfully: true when such a pattern used the category and the claim is dated before the
 *   pattern ended, or a claim reports civilian harm; unknown otherwise. Trainers, technicians and
 *   operators share both facts with their state's arms supply to the same recipient.
 * - Claims whose recipient is not a party to the conflict, and claims by parties, are left out.
 */
export function aggregateFacts(claims: readonly EvidenceClaim[], legal: Pick<LegalData, 'ruleSet' | 'conflicts'>, options: AggregateOptions = {}): ActorFacts[] {
  return factsOfGroups(groupClaims(claims, legal, options), legal, options)
}

/** Claims sorted into (actor, counterpart, conduct) groups, with the claims left out per actor; grown by groupClaims. */
export interface ClaimGroups {
  readonly groups: Map<string, Group>
  /** Per actor, claims per recipient that is not a party to the conflict. */
  readonly outside: Map<string, Map<string, number>>
}

/**
 * Sorts claims into groups, adding to `into` when given: a replay over date-sorted claims adds
 * each day's claims to the groups of the days before instead of sorting everything again.
 */
export function groupClaims(
  claims: readonly EvidenceClaim[],
  legal: Pick<LegalData, 'ruleSet' | 'conflicts'>,
  options: AggregateOptions = {},
  into: ClaimGroups = { groups: new Map(), outside: new Map() },
): ClaimGroups {
  const conflict = conflictOf(legal, options.conflict)
  const asOf = options.asOf ?? null
  const registry = registryOf(options.actors)
  const conductOf = conductsOf(legal.ruleSet.category_map)
  const roles = new Map(conflict.parties.map((party) => [party.actor, party.role]))
  const { groups, outside } = into
  for (const claim of claims) {
    const day = dayOf(claim.publishedAt)
    if (asOf && (!day || day > asOf)) continue
    const supplier = rollUp(claim.supplier, claim.via, registry)
    const recipient = rollUp(claim.recipient, null, registry).state
    const conduct = conductOf.get(claim.category)
    if (!conduct || supplier.state === recipient || roles.has(supplier.state)) continue
    if (!roles.has(recipient)) {
      const counts = outside.get(supplier.state) ?? new Map<string, number>()
      outside.set(supplier.state, counts.set(recipient, (counts.get(recipient) ?? 0) + claimCount(claim)))
      continue
    }
    const isPrivate = claim.context.private === true
    const key = `${supplier.state}>${recipient}:${conduct}${isPrivate ? ':private' : ''}`
    const group: Group = groups.get(key) ?? { actor: supplier.state, counterpart: recipient, conduct, isPrivate, claims: [], organs: new Map(), direct: undefined }
    group.claims.push(claim)
    if (supplier.organ) group.organs.set(supplier.organ, supplier.kind)
    else group.direct = supplier.kind
    groups.set(key, group)
  }
  return into
}

/** The facts of grouped claims (see aggregateFacts). */
export function factsOfGroups({ groups, outside }: ClaimGroups, legal: Pick<LegalData, 'ruleSet' | 'conflicts'>, options: AggregateOptions = {}): ActorFacts[] {
  const conflict = conflictOf(legal, options.conflict)
  const asOf = options.asOf ?? null
  const registry = registryOf(options.actors)
  const roles = new Map(conflict.parties.map((party) => [party.actor, party.role]))
  const notes = new Map<string, string[]>()
  const note = (actor: string, text: string): void => push(notes, actor, text)

  const rows = new Map<string, FactRow[]>()
  const inView = conflict.patterns.filter((pattern) => !asOf || pattern.from <= asOf).map((pattern) => pattern.id).join(',')
  for (const [key, group] of groups) {
    const memoKey = `${key}|${group.claims.length}|${inView}`
    const row = options.memo?.has(memoKey) ? options.memo.get(memoKey) : conductRow(key, group, conflict, asOf, roles)
    options.memo?.set(memoKey, row ?? null)
    if (row) push(rows, group.actor, row)
  }
  for (const [actor, counts] of outside)
    for (const [recipient, count] of counts) note(actor, `${count} claim(s) with recipient ${recipient} left out: not a party to ${conflict.id}`)
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
    result.push({ actor, conflict: conflict.id, asOf, organs, rows: applied, notes: notes.get(actor) ?? [] })
  }
  return result
}

function conductRow(
  key: string,
  group: Group,
  conflict: Conflict,
  asOf: string | null,
  roles: ReadonlyMap<string, 'aggressor' | 'victim'>,
): FactRow | null {
  const { actor, counterpart, conduct, isPrivate } = group
  const by = (statuses: readonly Status[]): EvidenceClaim[] => group.claims.filter((claim) => statuses.includes(claim.status))
  const affirmative = by(AFFIRMATIVE)
  const confirmed = by(['confirmed'])
  const assertedKeys = new Set(by(['asserted']).flatMap((claim) => claim.independenceKeys ?? [claim.independenceKey]))
  const pledges = by(['alleged_future'])
  const denials = by(['denied'])
  const ids = (list: readonly EvidenceClaim[]): string[] => list.map((claim) => claim.id)
  const trace: Partial<Record<FactField, FactTrace>> = {}
  const facts: Partial<Record<FactField, FactValue>> = {}
  const set = (field: FactField, value: FactValue | undefined, source: FactSource, basis: string, claimIds?: string[]): void => {
    if (value !== undefined) facts[field] = value
    trace[field] = { value: value ?? null, source, basis, ...(claimIds?.length ? { claims: claimIds } : {}) }
  }

  let level: Level
  let support: EvidenceClaim[]
  if (confirmed.length > 0) [level, support] = ['established', affirmative]
  else if (assertedKeys.size >= 2) [level, support] = ['established', affirmative]
  else if (affirmative.length > 0) [level, support] = ['alleged', affirmative]
  else if (pledges.length > 0) [level, support] = ['prospective', pledges]
  else if (denials.length > 0) [level, support] = ['denied_only', []]
  else return null
  const levelBasis =
    confirmed.length > 0
      ? `${totalClaims(confirmed)} confirmed claim(s)`
      : assertedKeys.size >= 2
        ? `asserted by ${assertedKeys.size} independent sources`
        : level === 'alleged'
          ? `${totalClaims(affirmative)} claim(s), none confirmed and fewer than 2 independent assertions`
          : level === 'prospective'
            ? `only pledges or plans (${totalClaims(pledges)})`
            : `only denials (${totalClaims(denials)})`
  set('conduct', conduct, 'claims', `claim categories ${[...new Set(group.claims.map((c) => c.category))].join(', ')}`)
  set('level', level, 'claims', levelBasis, ids(level === 'denied_only' ? denials : support))
  set('claim_kind', 'fact', 'default', 'conduct stated in the claims')

  const organs = [...group.organs.keys()].sort()
  if (isPrivate) {
    set('actor_type', 'private', 'claims', 'the claims name a private firm or person', ids(group.claims))
    set('official_decision', false, 'claims', 'private conduct')
    set('state_aware', false, 'default', 'not known whether the state knew; set an override if it did')
  } else {
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
    const inTheatre = support.some((claim) => claim.context.location === 'in_theatre')
    const deployed =
      support.length > 0 && (conduct === 'troops' || conduct === 'operation_of_weapons' || (organs.length > 0 && PERSONNEL.includes(conduct)) || inTheatre)
    if (confirmed.length > 0) set('official_decision', true, 'claims', 'confirmed by an official statement or admission', ids(confirmed))
    else if (deployed) set('official_decision', 'inferred', 'claims', "the state's own personnel or organs act abroad")
    else set('official_decision', 'unknown', 'default', 'no confirmed claim shows an official decision')
  }

  const located = support.filter((claim) => claim.context.location)
  const location = located.some((claim) => claim.context.location === 'in_theatre') ? 'in_theatre' : located[0]?.context.location
  if (location) set('location', location, 'claims', `stated in ${totalClaims(located)} claim(s)`, ids(located.filter((c) => c.context.location === location)))
  else set('location', undefined, 'default', 'the claims do not say where')
  const specific = support.filter((claim) => claim.context.specificOperation)
  if (specific.length) set('nexus', 'specific_operations', 'claims', 'the claims tie the conduct to specific operations', ids(specific))
  else set('nexus', 'general', 'default', 'no claim ties the conduct to specific operations')
  set('coordination', 'none', 'default', 'news text cannot show joint operational decisions; set an override if sourced')

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
        : `${counterpart} is a party with role ${role}`,
  )
  const attNote = conflict.att.not_parties.find((entry) => entry.actor === actor)?.note
  const attParty = conflict.att.parties.includes(actor)
  set('supplier_att_party', attParty, 'conflict', attParty ? `${actor} is an ATT state party (as of ${conflict.att.as_of})` : `${actor}: ${attNote ?? 'not listed as an ATT state party'}`)

  // Knowledge and use come from the recipient's documented patterns, dated against the claims.
  const patterns = conflict.patterns.filter((p) => p.actor === counterpart && (!asOf || p.from <= asOf))
  let knowledge: (typeof KNOWLEDGE_IHL)[number] = 'none'
  let knowledgeBasis = `no documented pattern of unlawful use by ${counterpart} before the dated claims`
  let knowledgeClaims: string[] = []
  const usedClaims: string[] = []
  // The last claim and pattern that show use; its words are written once, after the loop.
  let usedBy: { readonly claim: EvidenceClaim; readonly pattern: (typeof patterns)[number] } | null = null
  for (const claim of support) {
    const day = dayOf(claim.publishedAt)
    for (const pattern of patterns) {
      const usedCategory = pattern.categories.includes(claim.category)
      // Other materiel supplied after a pattern began is a risk (ATT Art. 7), not knowledge of this use.
      if (day && day > pattern.from && (usedCategory || conduct === 'weapons_transfer')) {
        const found = usedCategory ? 'pattern' : 'risk'
        if (KNOWLEDGE_IHL.indexOf(found) > KNOWLEDGE_IHL.indexOf(knowledge)) {
          knowledge = found
          knowledgeClaims = []
          knowledgeBasis =
            found === 'pattern'
              ? `${claim.category} claimed on ${day}, after ${counterpart}'s pattern ${pattern.id} (from ${pattern.from}, ${pattern.cite.join(', ')}) using ${pattern.categories.join(', ')}`
              : `claimed on ${day}, after ${counterpart}'s pattern ${pattern.id} (from ${pattern.from}) with other materiel (${pattern.categories.join(', ')})`
        }
        if (found === knowledge) knowledgeClaims.push(claim.id)
      }
      if (usedCategory && day && (!pattern.to || day <= pattern.to)) {
        usedClaims.push(claim.id)
        usedBy = { claim, pattern }
      }
    }
  }
  set('knowledge_ihl', knowledge, knowledge === 'none' ? 'default' : 'conflict', knowledgeBasis, [...new Set(knowledgeClaims)])
  const harmed = support.filter((claim) => claim.context.civilianHarm)
  if (harmed.length) set('used_unlawfully', true, 'claims', 'the claims report harm to civilians', ids(harmed))
  else if (usedBy) {
    const { claim, pattern } = usedBy
    const basis = `${claim.category} supplied by ${pattern.to ?? 'now'} was of a kind used in ${pattern.id} (${pattern.from} – ${pattern.to ?? 'ongoing'}, ${pattern.cite.join(', ')})`
    set('used_unlawfully', true, 'conflict', basis, [...new Set(usedClaims)])
  }
  else set('used_unlawfully', 'unknown', 'default', 'no documented unlawful use of this support')

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
      inForce
        .map(({ measure }) => `${measure.id} (${measure.cite.join(', ')}) in force ${measure.from} – ${measure.to ?? 'now'}${measure.contested ? ', coverage contested' : ''}`)
        .join('; '),
      inForce.flatMap(({ covered }) => ids(covered)),
    )
  else set('unsc_measure_in_force', false, 'default', `no UN Security Council measure on ${actor} covers these claims' dates and categories`)

  let first: string | null = null
  let last: string | null = null
  for (const claim of support) {
    const day = dayOf(claim.publishedAt)
    if (!day) continue
    const until = dayOf(claim.lastPublishedAt) ?? day
    if (first === null || day < first) first = day
    if (last === null || until > last) last = until
  }
  return {
    key,
    kind: 'conduct',
    actor,
    counterpart,
    conduct,
    organs,
    categories: [...new Set(group.claims.map((claim) => claim.category))].sort(),
    facts: facts as Facts,
    trace,
    claims: support.map(claimRef),
    counterEvidence: denials.map(claimRef),
    notCounted: group.claims.filter((claim) => claim.status === 'opinion' || (claim.status === 'alleged_future' && level !== 'prospective')).map(claimRef),
    interval: first ? { from: first, to: last } : null,
  }
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

// One reference per claim, however many rows and replayed dates list it.
const claimRefs = new WeakMap<EvidenceClaim, ClaimRef>()
const claimRef = (claim: EvidenceClaim): ClaimRef => {
  let ref = claimRefs.get(claim)
  if (!ref) claimRefs.set(claim, (ref = newClaimRef(claim)))
  return ref
}

const newClaimRef = (claim: EvidenceClaim): ClaimRef => ({
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
})

function compareRows(a: FactRow, b: FactRow): number {
  if (a.kind !== b.kind) return a.kind === 'conduct' ? -1 : 1
  return (
    (a.counterpart ?? '').localeCompare(b.counterpart ?? '') ||
    CONDUCTS.indexOf(a.conduct ?? 'economic') - CONDUCTS.indexOf(b.conduct ?? 'economic') ||
    a.key.localeCompare(b.key)
  )
}
