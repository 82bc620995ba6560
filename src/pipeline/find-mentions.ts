import type { GrammarPayload, GrammarRole, LanguageKnowledge, LexPayload } from './compile-knowledge.js'
import type { TrieMatch } from './lexicon-trie.js'
import type { TextToken } from './tokenize.js'

/** A lexicon match over tokens [start, end). */
export interface Lex {
  readonly start: number
  readonly end: number
  readonly payload: LexPayload
}

export interface GrammarMark {
  readonly start: number
  readonly end: number
  readonly role: GrammarRole
}

type Layer = 'entity' | 'materiel' | 'role' | 'cue'
const layerOf = (payload: LexPayload): Layer =>
  payload.kind === 'materiel' ? 'materiel' : payload.kind === 'cue' ? 'cue' : payload.kind === 'role' ? 'role' : 'entity'

/**
 * Finds every lexicon and grammar match in one walk over the tokens, then keeps, for the
 * lexicon, the longest non-overlapping match in each layer
 * (entities, materiel, roles, cues). A cue inside an entity ("Maison Blanche" is not the
 * verb "blanchir") or a use-verb inside a materiel name ("lance-roquettes") is dropped.
 */
export function findWords(tokens: readonly TextToken[], language: LanguageKnowledge): { mentions: Lex[]; grammar: GrammarMark[] } {
  const raw: TrieMatch<LexPayload | GrammarPayload>[] = []
  language.words.matchAll(tokens, raw)
  const lexicon: TrieMatch<LexPayload>[] = []
  const grammar: GrammarMark[] = []
  for (const match of raw) {
    const payload = match.hit.payload
    if (payload.kind === 'grammar') grammar.push({ start: match.start, end: match.end, role: payload.role })
    else lexicon.push(match as TrieMatch<LexPayload>)
  }
  const selected = selectGrammar(grammar)
  return { mentions: selectMentions(tokens, lexicon, language, selected), grammar: selected }
}

function selectMentions(tokens: readonly TextToken[], raw: readonly TrieMatch<LexPayload>[], language: LanguageKnowledge, grammar: readonly GrammarMark[]): Lex[] {
  const byLayer = new Map<Layer, Lex[]>()
  for (const match of raw) {
    // A separable verb whose particle does not close the clause is not that verb ("stellt … bereit").
    if (match.hit.payload.kind === 'cue' && match.hit.payload.particle && !particleCloses(tokens, { start: match.start, end: match.end, payload: match.hit.payload })) continue
    const layer = layerOf(match.hit.payload)
    let list = byLayer.get(layer)
    if (!list) byLayer.set(layer, (list = []))
    list.push({ start: match.start, end: match.end, payload: match.hit.payload })
  }
  // "otrzymało od Polski": a capitalised word inside a sentence that is both a declined name and an
  // adjective of nationality ("polski") is the name; opening a sentence it may be either, the adjective stays first.
  const demonymLast = (lex: Lex): number => (lex.payload.kind === 'actor' && lex.payload.form === 'demonym' && tokens[lex.start]!.upper && !startsClause(tokens, lex.start) ? 1 : 0)
  byLayer.get('entity')?.sort((a, b) => a.start - b.start || b.end - a.end || demonymLast(a) - demonymLast(b))
  const kept = new Map<Layer, Lex[]>()
  const entitySpans = coverage(tokens.length, longestFirst(byLayer.get('entity') ?? [], tokens.length))
  for (const [layer, list] of byLayer) {
    // A cue that runs into a name is dropped before the longest cue is chosen, so that a shorter
    // reading survives ("de conception" before "iranienne").
    const candidates = layer === 'cue' ? list.filter((cue) => !coversAny(entitySpans, cue)) : list
    kept.set(layer, longestFirst(candidates, tokens.length))
  }

  const allEntities = kept.get('entity') ?? []
  const materiel = kept.get('materiel') ?? []
  const roles = kept.get('role') ?? []
  const entityAt = coverage(tokens.length, allEntities)
  const materielAt = coverage(tokens.length, materiel)
  const longerIn = (at: ReadonlyArray<Lex | undefined>, lex: Lex, orEqual = false): Lex | undefined => {
    for (let i = lex.start; i < lex.end; i++) {
      const other = at[i]
      if (other && (other.end - other.start > lex.end - lex.start || (orEqual && other.end - other.start === lex.end - lex.start))) return other
    }
    return undefined
  }
  const entities = allEntities.filter((e) => !longerIn(materielAt, e))
  // A cue inside an entity ("Maison Blanche") or inside a longer specific materiel name
  // ("technical support", "lance-roquettes") is not a trigger; inside generic materiel
  // ("aide militaire", "arms supplies") it still is.
  let cues = (kept.get('cue') ?? []).filter((cue) => {
    for (let i = cue.start; i < cue.end; i++) if (entityAt[i]) return false
    const longer = longerIn(materielAt, cue)
    if (longer && longer.payload.kind === 'materiel' && !longer.payload.generic) return false
    // ("anti-ship ballistic missiles": a verb glued by a hyphen to a lower-case word that names no actor is part of a compound.)
    if (tokens[cue.start]!.hyphen && cue.start > 0 && !tokens[cue.start - 1]!.upper && !entityAt[cue.start - 1] && !materielAt[cue.start - 1] && cue.payload.kind === 'cue' && (cue.payload.cue === 'supply' || cue.payload.cue === 'acquire' || cue.payload.cue === 'fund')) return false
    // ("Chinese-built K-8 jets", "Iranian-produced drones": a verb of making glued to an actor tells where the materiel comes from.)
    const glued = tokens[cue.start]!.hyphen ? cue.start - 1 : tokens[cue.start - 1]?.text === '-' && tokens[cue.start - 1]!.end === tokens[cue.start]!.start ? cue.start - 2 : -1
    if (glued >= 0 && entityAt[glued] && cue.payload.kind === 'cue' && cue.payload.cue === 'produce') return false
    return !(cue.payload.kind === 'cue' && cue.payload.cue === 'use' && longerIn(materielAt, cue, true))
  })
  // (Most texts hold no verb that is also a noun: nothing to read then.)
  const needsObject = cues.some((cue) => cue.payload.kind === 'cue' && cue.payload.needsObject)
  if (needsObject) cues = keepVerbsWithObject(tokens, cues, entityAt, grammar, language)
  const verbAt = new Set(needsObject ? cues.filter((cue) => cue.payload.kind === 'cue' && cue.payload.needsObject).map((cue) => cue.start) : [])
  // "teilte am Montag mit, Berlin habe…": a separable verb whose particle ends the clause is that verb,
  // not the plain verb of the same form ("teilte Daten mit Kiew").
  const separated = cues.filter((cue) => particleEndsClause(tokens, cue))
  if (separated.length) cues = cues.filter((cue) => separated.includes(cue) || !separated.some((s) => s.start === cue.start && s.end === cue.end))
  // "services de renseignement", "intelligence agency": a longer role or entity is not materiel.
  const shadowAt = coverage(tokens.length, [...entities, ...roles])
  // "північнокорейські військові": after an adjective of nationality the word is still a noun.
  const demonymAt = (i: number): boolean => { const e = entityAt[i]; return !!e && e.payload.kind === 'actor' && e.payload.form === 'demonym' }
  const afterDemonym = (i: number): boolean => demonymAt(i - 1)
  // "Iranian experts", "IRGC commanders" are personnel; "experts say" are analysts.
  const afterArmedActor = (i: number): boolean => { const e = entityAt[i - 1]; return afterDemonym(i) || (!!e && e.payload.kind === 'actor' && !!e.payload.armed) }
  // "des experts iraniens" are personnel, "des experts" may be analysts: such a word needs its state beside it.
  const ofAt = new Set(grammar.filter((g) => g.role === 'of').map((g) => g.start))
  const besideState = (m: Lex): boolean =>
    language.adjectivePosition === 'before' ? afterDemonym(m.start) : demonymAt(m.end) || (ofAt.has(m.end) && entityAt[m.end + 1]?.payload.kind === 'actor')
  const unplaced = (m: Lex): boolean =>
    m.payload.kind === 'materiel' && ((!!m.payload.afterActor && !afterArmedActor(m.start)) || (!!m.payload.ofState && !besideState(m)) || (!!m.payload.counted && !besideState(m) && !counted(tokens, m.start, language)))
  // ("Iran arms the Houthis": a verb is no materiel.)
  const materielKept = materiel.filter((m) => !verbAt.has(m.start) && !longerIn(shadowAt, m) && !(m.payload.kind === 'materiel' && m.payload.nounOnly && afterNoun(tokens, m.start, language) && !(language.adjectivePosition === 'before' && afterDemonym(m.start))) && !unplaced(m))
  // A capitalised word inside a sentence is a name, not a verb: "Secretary of State", "Washington Post".
  // (A form the lexicon writes with a capital, as German writes its nouns, keeps it anywhere.)
  const lowerCues = cues.filter((cue) => !tokens[cue.start]!.upper || startsClause(tokens, cue.start) || (cue.payload.kind === 'cue' && cue.payload.noun))
  return [...entities, ...materielKept, ...(kept.get('role') ?? []), ...lowerCues].sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * A separable verb's particle stands later in its clause ("Berlin sagte der Ukraine Panzer zu",
 * "stellt … zur Verfügung"): within 15 tokens, before a colon, a semicolon or a quotation mark.
 */
function particleCloses(tokens: readonly TextToken[], cue: Lex): boolean {
  const particle = cue.payload.kind === 'cue' ? cue.payload.particle : undefined
  if (!particle) return true
  const sentence = tokens[cue.start]!.sentence
  for (let i = cue.end; i < cue.end + 15 && i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    if (/^[;:«»“”„"]$/.test(tokens[i]!.text)) return false
    if (particle.every((key, k) => tokens[i + k]?.key === key)) return true
  }
  return false
}

/** The particle of a separable verb stands right before a comma, a full stop or the end of the sentence. */
function particleEndsClause(tokens: readonly TextToken[], cue: Lex): boolean {
  const particle = cue.payload.kind === 'cue' ? cue.payload.particle : undefined
  if (!particle) return false
  const sentence = tokens[cue.start]!.sentence
  for (let i = cue.end; i < cue.end + 15 && i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    if (!particle.every((key, k) => tokens[i + k]?.key === key)) continue
    const next = tokens[i + particle.length]
    return !next || next.sentence !== sentence || /^[,.;:!?]$/.test(next.text)
  }
  return false
}

/** Grammar words (prepositions, coordinators, clause breaks), longest match first. */
function selectGrammar(marks: GrammarMark[]): GrammarMark[] {
  // Several roles may share a word ("de" is both a source and a genitive): keep all roles of the longest span.
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: GrammarMark[] = []
  let coveredTo = -1
  let lastStart = -1
  let lastEnd = -1
  for (const mark of marks) {
    if (mark.start === lastStart && mark.end === lastEnd) {
      out.push(mark)
      continue
    }
    if (mark.start < coveredTo) continue
    out.push(mark)
    lastStart = mark.start
    lastEnd = mark.end
    coveredTo = mark.end
  }
  return out
}

/**
 * "Iran has long armed Hezbollah", "Tehran arms and funds the Houthis", "Iran arms Houthis", "armed them": a
 * verb that is also a noun or an adjective ("armed forces", "arms to Israel", "killed armed Hamas men") is
 * that verb only when its recipient follows — an article before an actor or a word for a state's forces, an
 * actor, an object pronoun, or a second verb sharing it — and never after a determiner; before a bare name,
 * its subject, an auxiliary, an adverb or a relative stands right before it.
 */
function keepVerbsWithObject(tokens: readonly TextToken[], cues: readonly Lex[], entityAt: ReadonlyArray<Lex | undefined>, grammar: readonly GrammarMark[], language: LanguageKnowledge): Lex[] {
  const roles = new Map<number, GrammarRole[]>()
  for (const mark of grammar) roles.set(mark.start, [...(roles.get(mark.start) ?? []), mark.role])
  const cueAt = new Map(cues.map((cue) => [cue.start, cue]))
  const same = (i: number, j: number): boolean => !!tokens[i] && !!tokens[j] && tokens[i]!.sentence === tokens[j]!.sentence
  const actorAt = (i: number): boolean => same(i - 1, i) && entityAt[i]?.start === i && entityAt[i]!.payload.kind === 'actor'
  const pronounAt = (i: number): boolean => [1, 2, 3].some((n) => same(i - 1, i + n - 1) && language.recipientObjects.has(tokens.slice(i, i + n).map((t) => t.key).join(' ')))
  // ("arms the junta of Myanmar": a state's forces named by their noun.)
  const forcesAt = (i: number): boolean => same(i - 1, i) && language.forcesNouns.has(tokens[i]!.key)
  const subjectBefore = (i: number): boolean => {
    const previous = tokens[i - 1]
    if (!previous || !same(i - 1, i)) return false
    const kinds = roles.get(i - 1) ?? []
    return !!entityAt[i - 1] || language.adverbs.has(previous.key) || kinds.some((r) => r === 'have' || r === 'be' || r === 'relative' || r === 'that' || r === 'and' || r === 'to')
  }
  const objectAt = (verb: Lex, i: number): boolean =>
    pronounAt(i) || (language.determiners.has(tokens[i]?.key ?? '') && same(i - 1, i) && (actorAt(i + 1) || forcesAt(i + 1))) || (actorAt(i) && subjectBefore(verb.start))
  return cues.filter((cue) => {
    if (cue.payload.kind !== 'cue' || !cue.payload.needsObject) return true
    const previous = tokens[cue.start - 1]
    if (previous && same(cue.start - 1, cue.start) && language.determiners.has(previous.key)) return false
    // ("arms and funds the Houthis": the verb after the coordinator takes the object of both.)
    const second = roles.get(cue.end)?.includes('and') ? cueAt.get(cue.end + 1) : undefined
    return objectAt(cue, cue.end) || (!!second && second.payload.kind === 'cue' && objectAt(cue, second.end))
  })
}

/** The word before token i is a content word of the same sentence: "appareils militaires", "aide militaire". */
function afterNoun(tokens: readonly TextToken[], i: number, language: LanguageKnowledge): boolean {
  const previous = tokens[i - 1]
  if (!previous || previous.sentence !== tokens[i]!.sentence || !previous.word || /^\p{N}/u.test(previous.text)) return false
  return !language.determiners.has(previous.key) && !language.functionWords.has(previous.key)
}

/** A number or a word of quantity and its "of" stand right before the noun: "10 000 hommes", "des milliers d'hommes". */
function counted(tokens: readonly TextToken[], i: number, language: LanguageKnowledge): boolean {
  const previous = tokens[i - 1]
  if (!previous || previous.sentence !== tokens[i]!.sentence) return false
  if (/^\p{N}/u.test(previous.text)) return true
  return (language.functionWords.has(previous.key) || language.elisions.has(previous.key)) && !!tokens[i - 2] && language.quantityWords.has(tokens[i - 2]!.key)
}

/** The token opens a sentence, a quotation or a clause after a colon. */
function startsClause(tokens: readonly TextToken[], i: number): boolean {
  const previous = tokens[i - 1]
  return !previous || previous.sentence !== tokens[i]!.sentence || /^[«“"„:(\[—–]$/.test(previous.text)
}

/** For each token, the longest mention covering it. */
function coverage(size: number, mentions: readonly Lex[]): Array<Lex | undefined> {
  const at: Array<Lex | undefined> = new Array(size)
  for (const m of mentions) {
    for (let i = m.start; i < m.end; i++) {
      const current = at[i]
      if (!current || current.end - current.start < m.end - m.start) at[i] = m
    }
  }
  return at
}

/** Some token of the mention is covered. */
function coversAny(at: ReadonlyArray<Lex | undefined>, lex: Lex): boolean {
  for (let i = lex.start; i < lex.end; i++) if (at[i]) return true
  return false
}

function longestFirst(list: Lex[], size: number): Lex[] {
  if (list.length === 0) return []
  const sorted = [...list].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const taken: Lex[] = []
  // The mention that took each token.
  const owner: Array<Lex | undefined> = new Array(size)
  for (const lex of sorted) {
    let free = true
    for (let i = lex.start; i < lex.end && free; i++) if (owner[i] !== undefined) free = false
    if (!free) {
      // Same span, different entry (two designations for one word): keep both.
      const first = owner[lex.start]
      if (first && first.start === lex.start && first.end === lex.end && first.payload.entryId !== lex.payload.entryId) taken.push(lex)
      continue
    }
    for (let i = lex.start; i < lex.end; i++) owner[i] = lex
    taken.push(lex)
  }
  return taken
}
