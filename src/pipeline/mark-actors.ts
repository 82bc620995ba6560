import type { GrammarCase, Marking } from '../domain/vocabulary.js'
import type { GrammarRole } from './compile-knowledge.js'
import type { DocumentContext } from './document-context.js'
import type { Lex } from './find-mentions.js'
import type { TrieMatch } from './lexicon-trie.js'
import type { PeopleIndex } from './read-speaker.js'
import { startsCoordinateClause } from './coordinate-clause.js'

/**
 * How an actor mention relates to the words around it:
 * - to / for: "à la Russie", "to Ukraine", "pour l'Ukraine", "aux forces russes"
 * - from: "from Tehran", "auprès de la Chine"
 * - of: "de la Russie", "of Iran" (owner or source, depending on the noun before)
 * - by: "par l'Iran", "by North Korea" (agent of a passive or of a noun)
 * - origin: "drones iraniens", "Iranian-made drones", "made in Iran", "drones from Iran"
 * - personnel: "soldats nord-coréens", "Iranian instructors", "instructors from Iran"
 * - location: "en Crimée", "in Russia"
 * - target: "contre l'Ukraine", "against Kyiv"
 * - genitive: "Russia's" before a noun that is not materiel ("Russia's top backer")
 * - with: "avec la Russie", "alongside Moscow"
 * - source: "selon Kiev", "according to Washington" (who says it, not a party)
 * - bare: none of these (a subject or a direct object)
 */
export type { Marking }

export interface ActorMention {
  readonly start: number
  readonly end: number
  /** Actor code as named (IRGC stays IRGC here; roll-up happens when a claim is made). */
  readonly actor: string
  readonly marking: Marking
  /** The preposition governing the whole noun phrase ("former les militaires russes" → none). */
  readonly prep: Marking | null
  readonly form: 'name' | 'demonym' | 'capital' | 'metonym' | 'leader' | 'place' | 'company'
  /** A private firm (not state-owned) stands for its state only as a place of business. */
  readonly privateFirm: boolean
  readonly entryId: string
  /** For origin and personnel markings: the materiel mention the actor qualifies. */
  readonly qualifies: Lex | null
  /** Index of the first mention of a coordinated list this mention belongs to. */
  group: number
  /** The marking comes from the name's case, not from a preposition ("России" → to). */
  readonly byCase?: boolean
}

const PERSONNEL = new Set(['troops', 'trainers', 'technical_support', 'operation_of_weapons'])

interface Reading {
  readonly marking: Marking
  readonly prep: Marking | null
  readonly qualifies: Lex | null
}

/** Finds the actors of a sentence with how each is marked. */
export function markActors(ctx: DocumentContext, people: PeopleIndex, from: number, to: number): ActorMention[] {
  const out: ActorMention[] = []
  for (let i = from; i < to; i++) {
    const lex = ctx.entityAt[i]
    let actor: string | null = null
    let form: ActorMention['form'] = 'name'
    let end = i + 1
    let entryId = ''
    let privateFirm = false
    if (lex && lex.start === i) {
      const p = lex.payload
      if (p.kind === 'actor') {
        actor = p.actor
        form = p.form
        privateFirm = !!p.privateFirm
      } else if (p.kind === 'place') {
        actor = p.heldBy ?? p.actor
        form = 'place'
      } else if (p.kind === 'person') {
        actor = p.actor
        form = 'leader'
      }
      entryId = p.entryId
      end = lex.end
    } else {
      const person = people.personAt(i)
      if (person && person.start === i && person.actor) {
        actor = person.actor
        form = 'leader'
        end = person.end
        entryId = person.entryId ?? ''
      }
    }
    if (!actor || ((form === 'capital' || form === 'place') && dateline(ctx, i, end))) continue
    const cases = lex && lex.start === i && lex.payload.kind === 'actor' ? (lex.payload.grammarCases ?? (lex.payload.grammarCase ? [lex.payload.grammarCase] : [])) : []
    // ("the Houthis' main supplier": a people's noun with a possessive mark reads as a name.)
    let reading = form === 'demonym' && !possessiveAt(ctx, end) ? readDemonym(ctx, i, end) : readName(ctx, i, end, form, cases.length > 0)
    // "поставляет России": a declined name's case marks its role where no preposition does;
    // "в России" (locative) is a place where "в Россию" (accusative) is a destination.
    if (reading && cases.length) reading = markByCase(ctx, i, cases, reading)
    else if (reading && reading.marking === 'bare' && reading.prep === null && bareDative(ctx, i, end)) reading = { marking: 'to', prep: null, qualifies: null }
    // "Kirby zufolge", "dem Pentagon zufolge": a postposition makes the name the source of the words.
    if (reading && ctx.lang.sourcePostpositions.has(ctx.tokens[end]?.key ?? '')) reading = { marking: 'source', prep: null, qualifies: null }
    const byCase = !!reading && cases.length > 0 && reading.prep === null && reading.marking !== 'bare'
    if (reading) out.push({ start: i, end, actor, form, entryId, privateFirm, marking: reading.marking, prep: reading.prep, qualifies: reading.qualifies, group: out.length, ...(byCase ? { byCase } : {}) })
    i = end - 1
  }
  const actors = dropDescribing(ctx, out)
  groupCoordinated(ctx, actors)
  return actors
}

/**
 * "Washington kündigte Jerusalem die Lieferung … an", "Gestern verweigerte Berlin Israel die Lieferung …", "Die USA haben
 * Israel Waffenlieferungen zugesagt": where a case marks the dative, a name with no article between the verb and its subject
 * on one side and a transfer noun on the other is the verb's object in the dative, who receives.
 */
function bareDative(ctx: DocumentContext, start: number, end: number): boolean {
  if (!ctx.lang.verbFinal || ctx.lang.caseMarkings.dat !== 'to') return false
  const j = ctx.lang.determiners.has(ctx.tokens[end]?.key ?? '') ? end + 1 : end
  const noun = ctx.cueAt[j]
  if (!noun || noun.start !== j || noun.payload.kind !== 'cue' || !noun.payload.noun || !['supply', 'fund', 'help'].includes(noun.payload.cue)) return false
  const verb = (k: number): boolean => {
    const cue = ctx.cueAt[k]
    if (cue && cue.payload.kind === 'cue' && !cue.payload.noun && cue.end === k + 1) return true
    return !!ctx.grammarAt[k]?.roles.some((r) => r === 'have' || r === 'be')
  }
  const subject = ctx.entityAt[start - 1]
  // The subject after the verb: "verweigerte Berlin Israel …".
  if (subject) return subject.end === start && verb(subject.start - 1)
  // The subject before the verb: "Washington kündigte Jerusalem …".
  return verb(start - 1) && !!ctx.entityAt[start - 2] && ctx.entityAt[start - 2]!.end === start - 1
}

/**
 * "VILNIUS (dpa-AFX) -", "PARIS (AFP) –", "MOSKAU Die Regierung…": a city written in capitals opening
 * its sentence is the dateline, where the news was filed, not an actor.
 */
function dateline(ctx: DocumentContext, start: number, end: number): boolean {
  const first = ctx.tokens[start]!
  const previous = ctx.tokens[start - 1]
  if (previous && previous.sentence === first.sentence && previous.word) return false
  const letters = ctx.tokens.slice(start, end).map((t) => t.text).join('').replace(/[^\p{L}]/gu, '')
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/**
 * The role a declined name's case gives: with no preposition, the first case of the grammar's
 * case_markings the form has ("России" → dative → to); after a preposition whose role depends on
 * the case, the first case of the preposition's list the form has ("в Россию" → to, "з Іраном" →
 * with, "купила в Ірану" → from).
 */
function markByCase(ctx: DocumentContext, at: number, cases: readonly GrammarCase[], reading: Reading): Reading {
  if (reading.prep === null) {
    // …except after an agent noun, whose group acts: "armia Rosji", "армия России".
    if (reading.marking !== 'bare' || agentEndingAt(ctx, at - 1) !== null) return reading
    for (const [grammarCase, marking] of Object.entries(ctx.lang.caseMarkings) as Array<[GrammarCase, Marking]>) if (cases.includes(grammarCase)) return { ...reading, marking }
    return reading
  }
  const k = prepositionStart(ctx, at)
  const byCase = k !== null ? ctx.lang.casePrepositions.get(ctx.tokens[k]!.key) : undefined
  if (!byCase || reading.marking !== reading.prep) return reading
  for (const [grammarCase, marking] of Object.entries(byCase) as Array<[GrammarCase, Marking]>) if (cases.includes(grammarCase)) return { ...reading, marking, prep: marking }
  return reading
}

const roleOf = (lex: Lex): Marking => (lex.payload.kind === 'materiel' && PERSONNEL.has(lex.payload.category) ? 'personnel' : 'origin')

/**
 * An adjective or noun of nationality. On materiel it gives an origin ("drones iraniens",
 * "Iranian drones") or the personnel's state ("soldats nord-coréens"); on an agent noun
 * ("forces russes", "the Iranian government") it stands for the state; on any other noun
 * ("la frontière kazakhe", "the Czech initiative") it names no actor.
 */
function readDemonym(ctx: DocumentContext, start: number, end: number): Reading | null {
  const { tokens } = ctx
  const sentence = tokens[start]!.sentence
  const same = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence
  // "de fabrication iranienne", "de conception iranienne": an origin phrase after the materiel.
  const originCue = originCueEndingBefore(ctx, start)
  if (originCue !== null) {
    const m = materielBefore(ctx, originCue, 4)
    if (m) return { marking: 'origin', prep: null, qualifies: m }
  }
  // "drony irańskiej produkcji", "Drohnen iranischer Bauart": a demonym before an origin noun, after the materiel.
  const before = ctx.materielAt[start - 1]
  if (before && isOriginCueAt(ctx, end) && same(start - 1)) return { marking: 'origin', prep: null, qualifies: before }
  if (ctx.lang.adjectivePosition === 'after') {
    const k = start - 1
    // (« aux fabricants de drones russes »: materiel named inside an agent noun belongs to the agent.)
    const held = agentEndingAt(ctx, k)
    const m = held !== null && held < k ? null : ctx.materielAt[k]
    if (m && same(k)) return { marking: roleOf(m), prep: prepBefore(ctx, m.start), qualifies: m }
    // « des composants occidentaux et chinois », « des drones iraniens et russes »: a demonym joined to an adjective of the materiel.
    const joined = ctx.grammarAt[k]?.roles.includes('and') && same(k) ? materielBeforeAdjective(ctx, k - 1) : null
    if (joined) return { marking: roleOf(joined), prep: prepBefore(ctx, joined.start), qualifies: joined }
    // « les livraisons iraniennes de drones », « les exportations chinoises vers la Russie »: the state of a noun of giving gives.
    const noun = ctx.cueAt[k]
    if (noun && noun.end === start && same(k) && noun.payload.kind === 'cue' && noun.payload.tense === 'noun' && (noun.payload.cue === 'supply' || noun.payload.cue === 'fund')) return { marking: 'by', prep: null, qualifies: null }
    const agent = agentEndingAt(ctx, k) ?? (ctx.roleAt[k] ? ctx.roleAt[k]!.start : null) ?? bodyBefore(ctx, start)
    if (agent !== null && same(k)) {
      if (renamedAfter(ctx, end)) return null
      const prep = prepBefore(ctx, agent)
      return (prep === 'of' ? personnelOfForces(ctx, agent) : null) ?? { marking: prep ?? 'bare', prep, qualifies: null }
    }
    // A demonym used as a noun: "les Iraniens", "aux Russes", "4 500 Ukrainiens".
    if (!same(k) || isDeterminerOrPunct(ctx, k) || ctx.grammarAt[k] || /^\p{N}/u.test(tokens[k]!.text)) {
      const prep = prepBefore(ctx, start)
      // (« des officiers des gardiens de la révolution »: a group named by its members' noun still holds the personnel before it.)
      const held = prep === 'of' && isGroup(ctx, start) ? heldMateriel(ctx, start, prep) : null
      return held ?? { marking: prep ?? 'bare', prep, qualifies: null }
    }
    return null
  }
  // "Czech-led initiative", "une coalition dirigée par…": the actor leads what follows.
  if (ctx.grammarAt[end]?.roles.includes('agent_suffix')) return { marking: 'by', prep: null, qualifies: null }
  // "беспилотники иранского производства", "ракети північнокорейського виробництва": an adjective
  // before an origin noun that follows the materiel.
  const origin = ctx.cueAt[end]
  if (origin && origin.start === end && same(end) && isOriginCueAt(ctx, end)) {
    const m = materielBefore(ctx, start, 3)
    if (m && m.end <= start) return { marking: 'origin', prep: null, qualifies: m }
  }
  // Adjective before its noun: "Iranian drones", "Iranian-made Shahed", "North Korean troops".
  let k = end
  while (same(k) && k - end < 3 && !ctx.materielAt[k] && (isOriginCueAt(ctx, k) || tokens[k]!.key === 'made' || (tokens[k]!.word && !tokens[k]!.upper && !ctx.entityAt[k] && !ctx.grammarAt[k] && !ctx.cueAt[k]))) k++
  const m = ctx.materielAt[k]
  if (m && m.start === k && same(k)) return { marking: roleOf(m), prep: prepBefore(ctx, start), qualifies: m }
  const shared = coordinatedOriginMateriel(ctx, k)
  if (shared) return { marking: 'origin', prep: prepBefore(ctx, start), qualifies: shared }
  if (same(end) && (agentStartingAt(ctx, end) || ctx.roleAt[end])) {
    if (renamedAfter(ctx, (ctx.grammarAt[end] ?? ctx.roleAt[end])!.end)) return null
    const prep = prepBefore(ctx, start)
    return { marking: prep ?? 'bare', prep, qualifies: null }
  }
  const next = tokens[end]
  // (Where nouns have capitals, "von den Amerikanern auch nicht": a capitalised demonym is a noun of nationality.)
  const noun = ctx.lang.capitalisedNouns && tokens[start]!.upper && !startsItsSentence(ctx, start)
  if (next && same(end) && next.word && !next.upper && !ctx.grammarAt[end] && !ctx.cueAt[end] && !noun && !pluralNoun(ctx, start, end)) return null
  const prep = prepBefore(ctx, start)
  return { marking: prep ?? 'bare', prep, qualifies: null }
}

/**
 * "à son allié yéménite, les Houthis", "to its Lebanese proxy, Hezbollah": a name after a comma that
 * renames a phrase of an agent noun and a demonym stands where that phrase stands. Returns where the
 * phrase starts, or null.
 */
function renamedPhraseBefore(ctx: DocumentContext, at: number): number | null {
  const { tokens } = ctx
  let k = at - 1
  if (k >= 0 && isArticleAt(ctx, k)) k--
  if (k < 1 || tokens[k]!.text !== ',' || tokens[k - 1]!.sentence !== tokens[at]!.sentence) return null
  const demonym = (j: number): { start: number } | null => {
    const e = ctx.entityAt[j]
    return e && e.payload.kind === 'actor' && e.payload.form === 'demonym' ? e : null
  }
  const d = ctx.lang.adjectivePosition === 'after' ? demonym(k - 1) : null
  const agent = agentEndingAt(ctx, d ? d.start - 1 : k - 1)
  if (agent === null) return null
  const start = (ctx.lang.adjectivePosition === 'after' ? null : demonym(agent - 1))?.start ?? agent
  // (Only a phrase opened by a possessive: "selon la inteligencia ucraniana, Corea del Norte…" renames nothing.)
  return start > 0 && ctx.lang.possessives.has(tokens[start - 1]!.key) ? start : null
}

/**
 * The phrase ending at `end` is renamed after a comma by a known actor or, after an article, by a
 * capitalised name ("à leur allié soudanais, les Forces de soutien rapide"): its demonym names no actor.
 */
function renamedAfter(ctx: DocumentContext, end: number): boolean {
  const { tokens } = ctx
  if (tokens[end]?.text !== ',') return false
  let k = end + 1
  const article = k < tokens.length && isArticleAt(ctx, k)
  if (article) k++
  const t = tokens[k]
  if (!t || t.sentence !== tokens[end]!.sentence) return false
  if (renamedPhraseBefore(ctx, k) === null) return false
  const e = ctx.entityAt[k]
  if (e && e.start === k && e.payload.kind === 'actor') return closesApposition(ctx, e.end)
  if (!article || !t.word || !t.upper || ctx.cueAt[k]) return false
  // (The name runs over capitalised words and the lower-case words between them: "Forces de soutien rapide".)
  let j = k
  while (j < tokens.length && tokens[j]!.word && tokens[j]!.sentence === t.sentence && !ctx.entityAt[j]) j++
  return closesApposition(ctx, j)
}

/** An apposition ends at a punctuation mark or with its sentence ("…, le Hezbollah." but not "…, Iran has shipped"). */
function closesApposition(ctx: DocumentContext, end: number): boolean {
  const next = ctx.tokens[end]
  return !next || !next.word || next.sentence !== ctx.tokens[end - 1]!.sentence
}

/** The materiel right before the adjective (a demonym or a plain lower-case word) that ends at `j`. */
function materielBeforeAdjective(ctx: DocumentContext, j: number): Lex | null {
  const t = ctx.tokens[j]
  const e = ctx.entityAt[j]
  let k: number
  if (e && e.payload.kind === 'actor' && e.payload.form === 'demonym') k = e.start - 1
  else if (t?.word && !t.upper && !ctx.grammarAt[j] && !ctx.cueAt[j] && !ctx.entityAt[j] && !ctx.materielAt[j]) k = j - 1
  else return null
  const m = ctx.materielAt[k]
  return m && ctx.tokens[k]!.sentence === t!.sentence ? m : null
}

/** "reached the Houthis despite…", "the Iranians insist": a plural demonym after "the" is a noun, not an adjective. */
function pluralNoun(ctx: DocumentContext, start: number, end: number): boolean {
  const key = ctx.tokens[end - 1]!.key
  return end - start === 1 && ctx.tokens[start - 1]?.key === 'the' && /[^s]s$/.test(key)
}

function startsItsSentence(ctx: DocumentContext, i: number): boolean {
  const previous = ctx.tokens[i - 1]
  return !previous || previous.sentence !== ctx.tokens[i]!.sentence || !previous.word
}

/** The name at `start` is an armed group or a state's organ (IRGC), not a state. */
function isGroup(ctx: DocumentContext, start: number): boolean {
  const p = ctx.entityAt[start]?.payload
  const kind = p?.kind === 'actor' ? ctx.knowledge.actors.get(p.actor)?.kind : undefined
  return kind === 'group' || kind === 'organ'
}

/**
 * "des instructeurs de l'armée française", "des soldats de l'armée nord-coréenne": personnel named
 * right before the forces noun (at `agent`, after "de") are that state's; after "à" they receive.
 */
function personnelOfForces(ctx: DocumentContext, agent: number): Reading | null {
  const before = prepositionStart(ctx, agent)
  const m = before !== null ? ctx.materielAt[before - 1] : undefined
  if (!m || roleOf(m) !== 'personnel' || ctx.tokens[m.start]!.sentence !== ctx.tokens[agent]!.sentence) return null
  const governing = prepBefore(ctx, m.start)
  return governing === 'to' || governing === 'for' ? { marking: governing, prep: governing, qualifies: m } : { marking: 'personnel', prep: governing, qualifies: m }
}

/** A name, capital, metonym, place or leader. */
function readName(ctx: DocumentContext, start: number, end: number, form: ActorMention['form'], declined = false): Reading {
  const { tokens } = ctx
  const origin = originOfMateriel(ctx, start, end)
  if (origin) return { marking: roleOf(origin), prep: null, qualifies: origin }
  // Possessive: "Iran's drones" (origin) vs "Russia's top military backer" (genitive).
  if (possessiveAt(ctx, end)) {
    let k = end + 1
    while (k < tokens.length && tokens[k]!.word && !ctx.materielAt[k] && k - end < 3 && !ctx.entityAt[k] && !ctx.grammarAt[k]) k++
    const m = ctx.materielAt[k]
    // "Russia's top military backer", "Russia's primary weapons supplier": the owner of an agent noun receives.
    const agentNoun = m && Array.from({ length: m.end - m.start + 1 }, (_, j) => ctx.cueAt[m.start + j]).some((c) => c?.payload.kind === 'cue' && c.payload.tense === 'agent')
    if (m && m.start === k && !agentNoun) return { marking: roleOf(m), prep: prepBefore(ctx, start), qualifies: m }
    // "to Sudan's army", "Russia's military received": the state's own forces stand where their noun stands.
    if (forcesNounAt(ctx, end + 1)) return { marking: prepBefore(ctx, start) ?? 'bare', prep: prepBefore(ctx, start), qualifies: null }
    return { marking: 'genitive', prep: prepBefore(ctx, start), qualifies: null }
  }
  // "from the territory of Belarus", "depuis le territoire biélorusse": the preposition before the territory.
  const territory = territoryBefore(ctx, start)
  if (territory !== null) {
    const prep = prepBefore(ctx, territory)
    if (prep) return { marking: prep, prep, qualifies: null }
  }
  // "dans l'est de la Libye", "vers le nord du Mali": a part of a state is where the preposition before it says.
  const region = regionBefore(ctx, start)
  if (region !== null) {
    const prep = prepBefore(ctx, region)
    if (prep) return { marking: prep, prep, qualifies: null }
  }
  const renamed = closesApposition(ctx, end) ? renamedPhraseBefore(ctx, start) : null
  if (renamed !== null) {
    const prep = prepBefore(ctx, renamed)
    if (prep) return { marking: prep, prep, qualifies: null }
  }
  if (gluedAgentSuffix(ctx, end) !== null) return { marking: 'by', prep: null, qualifies: null }
  // "U.S.-made jets", "Russian-built tanks": a name glued to a production word is the materiel's origin.
  const made = gluedOriginMateriel(ctx, end)
  if (made) return { marking: roleOf(made), prep: null, qualifies: made }
  const shared = ctx.tokens[end]?.hyphen || ctx.tokens[end]?.text === '-' ? coordinatedOriginMateriel(ctx, end) : null
  if (shared) return { marking: 'origin', prep: null, qualifies: shared }
  // "US missiles", "UK Storm Shadows": a name used as an adjective gives the origin — unless it
  // is the first object of a giving verb ("will send Ukraine missiles"). A declined name is never
  // an adjective: its case gives its role ("поставляет России беспилотники").
  const next = ctx.materielAt[end]
  // (Where verbs close the clause, "Iran Drohnen lieferte" is subject and object: only "US-Raketen", written joined, is an origin.)
  if (ctx.lang.adjectivePosition !== 'after' && !declined && next && next.start === end && form !== 'place' && (!ctx.lang.verbFinal || ctx.tokens[end]!.hyphen)) {
    const verb = ctx.cueAt[start - 1]
    const giving = verb?.payload.kind === 'cue' && (verb.payload.cue === 'supply' || verb.payload.cue === 'fund' || verb.payload.cue === 'help')
    if (!giving) return { marking: roleOf(next), prep: prepBefore(ctx, start), qualifies: next }
  }
  const prep = prepBefore(ctx, start)
  // "instructors from Iran", "drones from Tehran": a source attached to the materiel; "des mercenaires
  // du groupe Wagner", "fighters of Hezbollah": the group of personnel (a state after "de" may be
  // where they leave: "a retiré ses soldats du Niger").
  const held = prep === 'from' || (prep === 'of' && isGroup(ctx, start)) ? heldMateriel(ctx, start, prep) : null
  if (held) return held
  // "les forces du Kremlin", "des membres des Gardiens de la révolution": the group acts, and
  // stands where its noun stands ("à l'armée de Bachar al-Assad", "par le régime de Téhéran").
  const agent = prep === 'of' ? agentEndingAt(ctx, prepositionStart(ctx, start)! - 1) : null
  if (agent !== null) {
    const agentPrep = prepBefore(ctx, agent)
    return agentPrep && agentPrep !== 'of' ? { marking: agentPrep, prep: agentPrep, qualifies: null } : { marking: 'bare', prep: null, qualifies: null }
  }
  // "la région russe de Koursk": a place after "de" is still a place.
  if (form === 'place' && (prep === 'of' || prep === null)) return { marking: 'location', prep, qualifies: null }
  if (prep) return { marking: prep, prep, qualifies: null }
  return { marking: 'bare', prep: null, qualifies: null }
}

/**
 * "instructors from Iran", "drones from Tehran": a source attached to the materiel before its
 * preposition; "des mercenaires du groupe Wagner", "fighters of Hezbollah": the group of the
 * personnel before "de" (a state after "de" may be where they leave: "a retiré ses soldats du Niger").
 */
function heldMateriel(ctx: DocumentContext, start: number, prep: Marking): Reading | null {
  const before = prepositionStart(ctx, start)
  const m = before !== null ? ctx.materielAt[before - 1] : undefined
  if (!m || (prep !== 'from' && roleOf(m) !== 'personnel')) return null
  // "aux combattants du Hezbollah": personnel governed by "to"/"for" receive, as their group does.
  const governing = prep === 'of' ? prepBefore(ctx, m.start) : null
  if (governing === 'to' || governing === 'for') return { marking: governing, prep: governing, qualifies: m }
  return { marking: roleOf(m), prep, qualifies: m }
}

/** Start of "territory of" / "territoire de" right before `start`, if any. */
function territoryBefore(ctx: DocumentContext, start: number): number | null {
  let k = start - 1
  while (k >= 0 && (isDeterminerOrPunct(ctx, k) || ctx.grammarAt[k]?.roles.includes('of')) && ctx.tokens[k]!.word) k--
  const m = ctx.materielAt[k]
  return m && m.payload.kind === 'materiel' && m.payload.category === 'territory_access' ? m.start : null
}

/**
 * "Czech-led", "Iranian-supplied", "U.S.-supplied" (after a name ending in a period the hyphen is a
 * token of its own): the agent suffix glued to the name ending at `end`, or null.
 */
export function gluedAgentSuffix(ctx: DocumentContext, end: number): number | null {
  const suffix = ctx.tokens[end]?.text === '-' ? end + 1 : end
  return ctx.grammarAt[suffix]?.roles.includes('agent_suffix') && (ctx.tokens[suffix]!.hyphen || suffix > end) ? suffix : null
}

/** A noun of a part of a state after its article ("l'est de", "le nord du") right before `start`, if any. */
function regionBefore(ctx: DocumentContext, start: number): number | null {
  let k = start - 1
  while (k >= 0 && ctx.tokens[k]!.word && (isDeterminerOrPunct(ctx, k) || ctx.grammarAt[k]?.roles.includes('of')) && !ctx.lang.regions.has(ctx.tokens[k]!.key)) k--
  if (k < 1 || k === start - 1 || !ctx.lang.regions.has(ctx.tokens[k]!.key) || !ctx.lang.definiteArticles.has(ctx.tokens[k - 1]!.key)) return null
  return ctx.tokens[k]!.sentence === ctx.tokens[start]!.sentence ? k : null
}

/** The materiel a production word glued to the name ending at `end` qualifies ("U.S.-made fourth-generation aircraft"). */
function gluedOriginMateriel(ctx: DocumentContext, end: number): Lex | null {
  const { tokens } = ctx
  const cue = tokens[end]?.text === '-' ? end + 1 : tokens[end]?.hyphen ? end : -1
  if (cue < 0 || !isOriginCueAt(ctx, cue) || (cue > end && tokens[cue]!.start !== tokens[end]!.end)) return null
  for (let k = ctx.cueAt[cue]!.end; k < tokens.length && k <= cue + 4 && tokens[k]!.sentence === tokens[end]!.sentence; k++) {
    const m = ctx.materielAt[k]
    if (m) return m.start === k ? m : null
    if (!tokens[k]!.word || ctx.entityAt[k] || ctx.cueAt[k]) return null
  }
  return null
}

/**
 * "Chinese-made and Russian-made jets", "Iranian- and North Korean-made missiles", "Chinese and
 * Russian jets": an origin joined to the next one shares the materiel (not the personnel) that one
 * qualifies. `at` is where the first origin, with its production word, ends.
 */
function coordinatedOriginMateriel(ctx: DocumentContext, at: number): Lex | null {
  const { tokens } = ctx
  const sentence = tokens[at - 1]!.sentence
  const skipOrigin = (from: number): number => {
    let k = from
    while (k < from + 3 && (tokens[k]?.text === '-' || isOriginCueAt(ctx, k))) k = tokens[k]!.text === '-' ? k + 1 : ctx.cueAt[k]!.end
    return k
  }
  let k = skipOrigin(at)
  for (let links = 0; links < 4; links++) {
    const link = ctx.grammarAt[k]
    const inclusions: TrieMatch<true>[] = []
    ctx.lang.inclusions.matchAt(tokens, k, inclusions)
    if (!link || !link.roles.includes('and') || inclusions.length > 0 || tokens[k]!.sentence !== sentence) return null
    const entity = ctx.entityAt[link.end]
    if (!entity || entity.start !== link.end) return null
    k = skipOrigin(entity.end)
    const m = ctx.materielAt[k]
    if (m && m.start === k) return tokens[k]!.sentence === sentence && roleOf(m) === 'origin' ? m : null
  }
  return null
}

const isOriginCueAt = (ctx: DocumentContext, k: number): boolean => {
  const cue = ctx.cueAt[k]
  return !!cue && cue.payload.kind === 'cue' && cue.payload.cue === 'origin'
}

/**
 * "von der international isolierten nordkoreanischen Regierung": where nouns have capitals, up to two
 * lower-case attributes between an article and the name are passed over to the article.
 */
function overAttributes(ctx: DocumentContext, k: number): number {
  if (!ctx.lang.capitalisedNouns) return k
  let j = k
  while (j >= 0 && k - j < 2 && isAttribute(ctx, j)) j--
  return j < k && j >= 0 && ctx.lang.determiners.has(ctx.tokens[j]!.key) && !ctx.grammarAt[j]?.roles.some(isPrep) ? j : k
}

function isAttribute(ctx: DocumentContext, j: number): boolean {
  const t = ctx.tokens[j]!
  return t.word && !t.upper && !/^\p{N}/u.test(t.text) && !ctx.cueAt[j] && !ctx.grammarAt[j] && !ctx.entityAt[j] && !ctx.materielAt[j] && !ctx.lang.determiners.has(t.key) && !ctx.lang.functionWords.has(t.key)
}

const PLAIN_DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'des', 'du', 'de', "d'", 'aux', 'au', 'un', 'une', 'ces', 'ses', 'leurs', 'the', 'a', 'an', 'these', 'those'])

function isDeterminerOrPunct(ctx: DocumentContext, k: number): boolean {
  const t = ctx.tokens[k]!
  return !t.word || PLAIN_DETERMINERS.has(t.key) || ctx.lang.articles.has(t.key) || (ctx.lang.verbFinal && ctx.lang.determiners.has(t.key))
}

const isArticleAt = (ctx: DocumentContext, k: number): boolean => PLAIN_DETERMINERS.has(ctx.tokens[k]!.key) || ctx.lang.articles.has(ctx.tokens[k]!.key)

/** An origin cue ("de fabrication", "made in", "en provenance de") ending right before `start`. */
/** "made in Iran", "fabriqués en Iran", "en provenance d'Iran", "aus dem Iran stammende": the materiel whose origin the name is. */
function originOfMateriel(ctx: DocumentContext, start: number, end: number): Lex | null {
  const originCue = originCueEndingBefore(ctx, start)
  return (originCue !== null ? materielBefore(ctx, originCue, 6) : null) ?? originParticipleAfter(ctx, start, end)
}

/**
 * "die aus dem Iran stammenden Drohnen": a name after "aus" and before a declined participle of origin is the origin
 * of the materiel after the participle (not a place it was launched from); returns that materiel.
 */
function originParticipleAfter(ctx: DocumentContext, start: number, end: number): Lex | null {
  const cue = ctx.cueAt[end]
  if (!ctx.lang.verbFinal || !cue || cue.start !== end || cue.payload.kind !== 'cue' || cue.payload.cue !== 'origin' || prepBefore(ctx, start) !== 'from') return null
  for (let k = cue.end; k < Math.min(cue.end + 3, ctx.tokens.length) && ctx.tokens[k]!.word; k++) if (ctx.materielAt[k]) return ctx.materielAt[k]!
  return null
}

function originCueEndingBefore(ctx: DocumentContext, start: number): number | null {
  // (An origin cue may end with the article it swallowed: "proviennent d'" before "Iran".)
  const endingAt = (j: number): number | null => {
    const cue = ctx.cueAt[j]
    return cue && cue.payload.kind === 'cue' && cue.payload.cue === 'origin' && cue.end === j + 1 ? cue.start : null
  }
  let k = start - 1
  while (k >= 0 && endingAt(k) === null && isDeterminerOrPunct(ctx, k) && ctx.tokens[k]!.word && k > start - 3) k--
  const cueStart = k >= 0 ? endingAt(k) : null
  if (cueStart !== null) return cueStart
  // « fabriqués aux États-Unis », « produites au Japon »: a production participle and the article of "to" it swallowed.
  const made = ctx.cueAt[k]
  if (made && made.payload.kind === 'cue' && made.payload.cue === 'produce' && made.end === k + 1 && k + 2 === start && ctx.grammarAt[k + 1]?.roles.includes('to') && isArticleAt(ctx, k + 1)) return made.start
  // "fabriqués en Iran": a production participle followed by "en" / "in".
  const g = grammarEndingAt(ctx, k)
  if (g && (g.roles.includes('in') || g.roles.includes('from') || g.roles.includes('by'))) {
    const c = ctx.cueAt[g.start - 1]
    if (c && c.payload.kind === 'cue' && (c.payload.cue === 'origin' || c.payload.cue === 'produce') && c.end === g.start) return c.start
  }
  return null
}

const originPredicate = (ctx: DocumentContext, at: number): boolean => {
  const cue = ctx.cueAt[at]
  return !!cue && cue.start === at && cue.payload.kind === 'cue' && !!cue.payload.tags?.includes('predicate')
}

function materielBefore(ctx: DocumentContext, at: number, distance: number): Lex | null {
  // "Les drones déployés par la Russie sont fabriqués en Iran": the subject of the predicate, over a
  // relative clause ("الأسلحة التي استخدمها حزب الله هي صناعة سورية": the copula may open the origin phrase).
  const copula = (k: number): boolean => !!ctx.grammarAt[k]?.roles.some((r) => r === 'be' || r === 'copula')
  // ("The shells used by Russian forces came from North Korea": an origin verb is the predicate itself.)
  // (« sont majoritairement d'origine américaine »: over an adverb.)
  const before = ctx.lang.adverbs.has(ctx.tokens[at - 1]?.key ?? '') ? at - 2 : at - 1
  const predicate = copula(before) ? before : copula(at) ? at : originPredicate(ctx, at) ? at : -1
  if (predicate >= 0) {
    for (let k = predicate - 1; k >= 0 && ctx.tokens[k]!.sentence === ctx.tokens[at]!.sentence; k--) {
      const g = ctx.grammarAt[k]
      // ("Les drones que la Russie lance sont fabriqués en Iran": a "que" right after materiel opens a relative.)
      if ((g?.roles.includes('that') && !g.roles.includes('relative') && !ctx.materielAt[k - 1]) || ctx.tokens[k]!.text === ',') break
      const m = ctx.materielAt[k]
      // (Not the materiel of a phrase inside the subject: "by Russian forces".)
      const head = ctx.entityAt[m ? m.start - 1 : -1]?.start ?? m?.start ?? 0
      // ("dans les drones russes": over the determiner.)
      const opener = ctx.lang.determiners.has(ctx.tokens[head - 1]?.key ?? '') && !ctx.grammarAt[head - 1] ? head - 1 : head
      if (m && ((!ctx.grammarAt[m.start - 1]?.roles.some(isPrep) && !ctx.grammarAt[opener - 1]?.roles.some(isPrep)) || shareOf(ctx, m.start))) return m
    }
  }
  for (let k = at - 1; k >= Math.max(0, at - distance); k--) {
    if (ctx.tokens[k]!.sentence !== ctx.tokens[at]!.sentence) return null
    const m = ctx.materielAt[k]
    if (m) return m
    if (ctx.entityAt[k]) return null
  }
  return null
}

/** "45 % des armes …", "70% of the drones …": the materiel at `start` is counted by a share before it, whose head it is. */
function shareOf(ctx: DocumentContext, start: number): boolean {
  let k = start - 1
  if (ctx.lang.determiners.has(ctx.tokens[k]?.key ?? '') && !ctx.grammarAt[k]?.roles.includes('of')) k--
  if (!ctx.grammarAt[k]?.roles.includes('of')) return false
  const count = ctx.tokens[k - 1]
  return !!count && (count.text === '%' || /^\p{N}+$/u.test(count.text) || SHARE_WORDS.test(count.key))
}

/** Words of a share before "of"/« de » ("most of the parts", « la plupart des composants », « une partie de l'électronique »). */
const SHARE_WORDS = /^(most|many|some|half|majority|bulk|much|part|all|several|dozens|hundreds|thousands|plupart|partie|majorité|moitié|essentiel|plusieurs|nombre|dizaines|centaines|milliers)$/

/** Start of the agent noun phrase ("forces", "effort de guerre") that ends at token k, if any. */
function agentEndingAt(ctx: DocumentContext, k: number): number | null {
  const g = grammarEndingAt(ctx, k)
  return g && g.roles.includes('agent') ? g.start : null
}

/** A noun for a state's own forces or government at k, over up to two lower-case words ("Sudan's regular army"). */
function forcesNounAt(ctx: DocumentContext, k: number): boolean {
  const { tokens } = ctx
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const g = ctx.grammarAt[j]
    if (g?.roles.includes('agent')) return ctx.lang.forcesNouns.has(tokens.slice(j, g.end).map((t) => t.key).join(' '))
    if (!tokens[j]!.word || tokens[j]!.upper || ctx.entityAt[j] || ctx.materielAt[j] || ctx.cueAt[j] || g) return false
  }
  return false
}

function agentStartingAt(ctx: DocumentContext, k: number): boolean {
  return !!ctx.grammarAt[k]?.roles.includes('agent')
}

function grammarEndingAt(ctx: DocumentContext, k: number): { start: number; roles: readonly GrammarRole[] } | null {
  for (let s = k; s >= Math.max(0, k - 4); s--) {
    const g = ctx.grammarAt[s]
    if (g && g.end === k + 1) return { start: s, roles: g.roles }
  }
  return null
}

/** Token index where the preposition governing the word at `at` starts (articles skipped). */
function prepositionStart(ctx: DocumentContext, name: number): number | null {
  let k = overTitle(ctx, name) - 1
  while (k >= 0 && isDeterminerOrPunct(ctx, k) && ctx.tokens[k]!.word && !ctx.grammarAt[k]?.roles.some(isPrep)) k--
  const g = grammarEndingAt(ctx, k)
  return g && g.roles.some(isPrep) ? g.start : null
}

const isPrep = (role: GrammarRole): boolean => role === 'to' || role === 'for' || role === 'from' || role === 'of' || role === 'by' || role === 'in' || role === 'with'

/** "du général al-Burhane", "au président Erdogan": a title before a name is passed over to the preposition. */
function overTitle(ctx: DocumentContext, at: number): number {
  const title = grammarEndingAt(ctx, at - 1)
  return title && title.roles.includes('title') && ctx.tokens[title.start]!.sentence === ctx.tokens[at]!.sentence ? title.start : at
}

/**
 * "to the Lebanese militant group Hezbollah", « au mouvement chiite libanais Hezbollah », "al grupo chií
 * libanés Hezbolá", "an die libanesische Schiitenmiliz Hisbollah": words that describe an armed group
 * before its name (lower-case words, demonyms, a noun for a body) stand between the preposition and the
 * name. Returns where that description starts, or `at` when there is none.
 */
function overDescriptors(ctx: DocumentContext, at: number, name: number): number {
  const possessor = overPossessor(ctx, at)
  if (possessor !== at) return possessor
  // "a los rebeldes hutíes", "aux rebelles houthis": a name in lower case after the noun for a body qualifies it.
  const body = ctx.lang.adjectivePosition === 'after' && !ctx.tokens[name]!.upper ? bodyBefore(ctx, at) : null
  if (body !== null) return body
  if (!isGroup(ctx, name)) return at
  let j = at - 1
  while (j >= 0 && at - j <= 5 && isDescriptor(ctx, j)) j = (ctx.entityAt[j]?.start ?? j) - 1
  return j < at - 1 && j >= 0 && ctx.tokens[j]!.sentence === ctx.tokens[at]!.sentence ? j + 1 : at
}

/** "to Yemen's Houthi rebels", "to Russia's Wagner group": a state's possessive before the name. */
function overPossessor(ctx: DocumentContext, at: number): number {
  if (at < 2 || !possessiveAt(ctx, at - 1)) return at
  const owner = ctx.entityAt[at - 2]
  return owner?.payload.kind === 'actor' ? owner.start : at
}

/** A possessive mark at `i` after the name before it: "Iran's", "the Houthis'". */
export function possessiveAt(ctx: DocumentContext, i: number): boolean {
  const mark = ctx.tokens[i]
  return !!mark && (mark.key === "'s" || ((mark.text === '’' || mark.text === "'") && /s$/.test(ctx.tokens[i - 1]?.text ?? '')))
}

/** Where adjectives follow their noun, the noun for a body before `at`, over up to two words of its own ("régime militaire"). */
function bodyBefore(ctx: DocumentContext, at: number): number | null {
  let j = at - 1
  while (j >= 0 && at - j <= 2 && !ctx.grammarAt[j] && !ctx.entityAt[j] && isDescriptor(ctx, j)) j--
  return j >= 0 && isBodyNoun(ctx, j) && ctx.tokens[j]!.sentence === ctx.tokens[at]!.sentence ? (grammarEndingAt(ctx, j)?.start ?? j) : null
}

/** A word for a body of a state ("gobierno", "régime", "army"): grammar `agent_nouns` and nothing else. */
export const isBodyNoun = (ctx: DocumentContext, j: number): boolean => {
  const roles = ctx.grammarAt[j]?.roles
  return !!roles?.length && roles.every((role) => role === 'agent')
}

function isDescriptor(ctx: DocumentContext, j: number): boolean {
  const entity = ctx.entityAt[j]?.payload
  if (entity) return entity.kind === 'actor' && entity.form === 'demonym'
  if (ctx.grammarAt[j]) return isBodyNoun(ctx, j)
  const t = ctx.tokens[j]!
  return t.word && (!t.upper || ctx.lang.capitalisedNouns) && !/^\p{N}/u.test(t.text) && !ctx.cueAt[j] && !ctx.materielAt[j] && !ctx.lang.determiners.has(t.key) && !ctx.lang.functionWords.has(t.key)
}

/** The demonyms inside the description of a group named after them ("the Lebanese militant group Hezbollah"): the group's, not actors of their own. */
function dropDescribing(ctx: DocumentContext, out: ActorMention[]): ActorMention[] {
  const described = new Set<ActorMention>()
  for (const m of out) {
    if (m === out[0] || !isGroup(ctx, m.start)) continue
    const from = overDescriptors(ctx, overTitle(ctx, m.start), m.start)
    if (from < m.start) for (const d of out) if (d.form === 'demonym' && d.start >= from && d.end <= m.start) described.add(d)
  }
  return described.size ? out.filter((m) => !described.has(m)).map((m, k) => ({ ...m, group: k })) : out
}

/** The preposition governing the word at `at` (articles skipped), as a marking. */
function prepBefore(ctx: DocumentContext, name: number): Marking | null {
  const { tokens } = ctx
  const at = overDescriptors(ctx, overTitle(ctx, name), name)
  let k = at - 1
  if (k < 0 || tokens[k]!.sentence !== tokens[at]!.sentence) return null
  if (ctx.lang.against.has(tokens[k]!.key)) return 'target'
  // A preposition that swallowed its article ("à la", "aux") ends right at `at`.
  const glued = grammarEndingAt(ctx, k)
  if (!(glued && glued.roles.some(isPrep))) {
    k = overAttributes(ctx, k)
    // ("de la part de la Corée": stop where a prepositional phrase ends; "à son allié yéménite",
    // "to its Lebanese proxy": a possessive opens the phrase like an article.)
    while (k >= 0 && tokens[k]!.word && (isDeterminerOrPunct(ctx, k) || ctx.lang.possessives.has(tokens[k]!.key)) && !ctx.grammarAt[k]?.roles.some(isPrep) && !grammarEndingAt(ctx, k)?.roles.some(isPrep)) k--
  }
  if (k < 0 || tokens[k]!.sentence !== tokens[at]!.sentence) return null
  if (ctx.lang.against.has(tokens[k]!.key)) return 'target'
  const cue = ctx.cueAt[k]
  if (cue && cue.end === k + 1 && cue.payload.kind === 'cue' && cue.payload.cue === 'according') return 'source'
  // "aus dem Iran": a preposition listed with its article, the article being also the start of a declined name.
  const swallowed = ctx.grammarAt[k]?.end === at + 1 && ctx.entityAt[at]?.start === at ? { start: k, roles: ctx.grammarAt[k]!.roles } : null
  const g = grammarEndingAt(ctx, k) ?? swallowed
  if (!g) return null
  // French "des"/"du" after a verb, "que" or a comma is an article ("a envoyé des Iraniens"), not
  // "of"; before a state's name it is "de" with the name's own article ("a obtenu des États-Unis").
  if (g.roles.includes('of') && /^(des|du)$/.test(tokens[k]!.key) && isClauseStartBefore(ctx, g.start) && !namesState(ctx, at)) return null
  for (const role of ['by', 'to', 'for', 'from', 'in', 'with', 'of'] as const) {
    if (g.roles.includes(role)) return role === 'in' ? 'location' : role
  }
  return null
}

function namesState(ctx: DocumentContext, at: number): boolean {
  const entity = ctx.entityAt[at]
  return !!entity && entity.start === at && entity.payload.kind === 'actor' && entity.payload.form === 'name'
}

function isClauseStartBefore(ctx: DocumentContext, at: number): boolean {
  const previous = ctx.tokens[at - 1]
  if (!previous || previous.sentence !== ctx.tokens[at]!.sentence || !previous.word) return true
  const g = ctx.grammarAt[at - 1]
  if (g && (g.roles.includes('that') || g.roles.includes('relative') || g.roles.includes('have') || g.roles.includes('be'))) return true
  return !!ctx.cueAt[at - 1]
}

/** A verb (a cue that is no noun) before `at` in its sentence, past no comma or break. */
function verbBefore(ctx: DocumentContext, at: number): boolean {
  const sentence = ctx.tokens[at]!.sentence
  for (let k = at - 1; k >= 0 && ctx.tokens[k]!.sentence === sentence; k--) {
    if (ctx.tokens[k]!.text === ',' || ctx.grammarAt[k]?.roles.includes('break')) return false
    const cue = ctx.cueAt[k]
    if (cue && cue.payload.kind === 'cue' && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent' && cue.payload.cue !== 'according') return true
  }
  return false
}

/** The first word coordinator between two tokens, or `to` if there is none. */
function firstAndAt(ctx: DocumentContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (ctx.grammarAt[k]?.roles.includes('and') && ctx.tokens[k]!.word) return k
  return to
}

/**
 * The words from `start` stand in a phrase opened by "selon"/"according to" at most `reach` tokens
 * before, with no comma or verb between (« selon un rapport de l'ONU », "according to US intelligence").
 */
export function inSourcePhrase(ctx: DocumentContext, start: number, reach: number): boolean {
  const sentence = ctx.tokens[start]!.sentence
  for (let k = start - 1; k >= 0 && start - k <= reach && ctx.tokens[k]!.sentence === sentence && ctx.tokens[k]!.word; k--) {
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind !== 'cue') continue
    if (cue.payload.cue === 'according') return true
    // ("laut Pentagon liefert Nordkorea …": a verb between ends the phrase; a report noun is part of it.)
    if (cue.payload.cue !== 'report_noun' && cue.payload.tense !== 'noun') return false
  }
  return false
}

/** "les Pays-Bas et le Danemark", "Iran and North Korea", "Czechia, Poland, and Bulgaria". */
function groupCoordinated(ctx: DocumentContext, mentions: ActorMention[]): void {
  const byWord = new Set<number>()
  const own = mentions.map((m) => m.marking)
  for (let m = 1; m < mentions.length; m++) {
    const prev = mentions[m - 1]!
    const cur = mentions[m]!
    let k = prev.end
    let joined = false
    let word = false
    while (k < cur.start) {
      const g = ctx.grammarAt[k]
      // ("Chinese-made and Russian-made jets": the production word of an origin stays with it.)
      if (!joined && prev.marking === 'origin' && (ctx.tokens[k]!.text === '-' || isOriginCueAt(ctx, k))) {
        k = ctx.tokens[k]!.text === '-' ? k + 1 : ctx.cueAt[k]!.end
        continue
      }
      if (g && g.roles.includes('and')) {
        joined = true
        if (ctx.tokens[k]!.word) word = true
        k = g.end
        continue
      }
      if (joined && (isDeterminerOrPunct(ctx, k) || (g && g.roles.some(isPrep)))) {
        // (A determiner that opens a longer grammar phrase, "le" of "le royaume" before "Royaume-Uni", is one word.)
        k = g && g.roles.some(isPrep) ? g.end : k + 1
        continue
      }
      // "noch von den Franzosen, noch von uns, von den Amerikanern": a first person inside the list keeps it going.
      if (joined && g && g.roles.includes('first_person')) {
        k = g.end
        continue
      }
      joined = false
      break
    }
    if (!joined || k !== cur.start) continue
    // "…from Iran, and Iran now produces drones": the second name opens a clause of its own.
    // (A list of subjects, "Czechia, Poland, and Bulgaria sent…", stays a list.)
    // ("Iran armed the Houthis, and Russia sold them…": an object is no subject of a list either.)
    const object = prev.marking === 'bare' && verbBefore(ctx, mentions[prev.group]!.start)
    if ((prev.marking !== 'bare' || object) && ctx.tokens.slice(prev.end, cur.start).some((t) => t.text === ',') && startsCoordinateClause(ctx, firstAndAt(ctx, prev.end, cur.start))) continue
    // (« Selon un rapport de l'ONU, la Russie et la Chine… »: the comma closes the source's phrase.)
    if (ctx.tokens[prev.end]?.text === ',' && inSourcePhrase(ctx, prev.start, 8)) continue
    // "від Північної Кореї та Ірану": a declined name coordinated after a preposition is governed by it too.
    const governedToo = !!cur.byCase && prev.prep !== null
    // ("les juntes du Mali, du Burkina Faso et du Niger": the group of an agent noun, "de" repeated.)
    const ofAgent = cur.prep === 'of' && prev.prep === null && prepBefore(ctx, prev.start) === 'of'
    const compatible = governedToo || ofAgent || cur.marking === prev.marking || cur.marking === 'bare' || cur.prep === prev.prep || (prev.marking === 'origin' && cur.marking === 'personnel') || (prev.marking === 'personnel' && cur.marking === 'origin')
    if (!compatible) continue
    cur.group = prev.group
    if (word) byWord.add(prev.group)
    ;(cur as { marking: Marking }).marking = prev.marking
  }
  // "Ukraine, U.S. Secretary of State…": commas alone do not make a list; "X, Y and Z" does.
  mentions.forEach((m, k) => {
    if (m.group !== k && !byWord.has(m.group)) {
      ;(m as { marking: Marking }).marking = own[k]!
      m.group = k
    }
  })
}
