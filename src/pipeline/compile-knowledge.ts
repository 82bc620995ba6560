import type { KnowledgeData, LanguageLexicon } from '../data/knowledge-data.js'
import type { ActorRecord, OutletEntry } from '../data/schemas.js'
import type { Category, CueKind, CueTag, GrammarCase, Marking, StateStyle } from '../domain/vocabulary.js'
import { compileFrames, type CompiledFrame } from './support/compile-frames.js'
import { foldKey } from './normalize-text.js'
import { caseModeOf, isCaseless, LexiconTrie, TrieVocabulary } from './lexicon-trie.js'
import { tokenize } from './tokenize.js'
import type { SentenceRules } from './segment-sentences.js'

export type CueTense = 'past' | 'present' | 'future' | 'conditional' | 'infinitive' | 'participle' | 'noun' | 'agent'
export type Stance = 'assert' | 'confirm' | 'deny' | 'hedge' | 'accuse' | 'report' | 'opinion' | 'plan'
export type Standing = 'official' | 'expert' | 'media' | 'other'

/** What a lexicon match means. Every payload carries the id of the entry behind it. */
export type LexPayload =
  | { readonly kind: 'actor'; readonly entryId: string; readonly actor: string; readonly form: 'name' | 'demonym' | 'capital' | 'metonym' | 'company'; readonly privateFirm?: boolean; readonly armed?: boolean; readonly grammarCase?: GrammarCase; readonly grammarCases?: readonly GrammarCase[] }
  | { readonly kind: 'person'; readonly entryId: string; readonly actor: string; readonly role: string | null; readonly names: readonly string[] }
  | { readonly kind: 'place'; readonly entryId: string; readonly actor: string; readonly heldBy: string | null }
  | { readonly kind: 'outlet'; readonly entryId: string; readonly name: string }
  | { readonly kind: 'materiel'; readonly entryId: string; readonly category: Category; readonly generic: boolean; readonly origin: string | null; readonly nounOnly?: boolean; readonly designation?: boolean; readonly anaphoric?: boolean; readonly afterActor?: boolean; readonly ofState?: boolean; readonly counted?: boolean }
  | { readonly kind: 'cue'; readonly entryId: string; readonly cue: CueKind; readonly tense: CueTense | null; readonly category: Category | null; readonly stance: Stance | null; readonly purchase: boolean; readonly tags: readonly CueTag[] | null; readonly defaultCategory: Category | null; readonly particle?: readonly string[]; readonly noun?: boolean; readonly attributive?: boolean; readonly declinable?: boolean; readonly needsObject?: boolean }
  | { readonly kind: 'role'; readonly entryId: string; readonly standing: Standing; readonly distinct: boolean }

export const GRAMMAR_ROLES = ['to', 'for', 'from', 'of', 'agent_suffix', 'by', 'with', 'in', 'break', 'and', 'that', 'relative', 'pronoun', 'title', 'fixed', 'agent', 'be', 'have', 'copula', 'first_person', 'anaphor', 'hypothetical', 'factive', 'concessive', 'topic', 'object_pronoun', 'back_reference'] as const
export type GrammarRole = (typeof GRAMMAR_ROLES)[number]

/** A grammar word in the shared trie. */
export interface GrammarPayload {
  readonly kind: 'grammar'
  readonly role: GrammarRole
}

export interface LanguageKnowledge {
  readonly lang: string
  /** Lexicon entries and grammar words in one trie: one walk per token finds both. */
  readonly words: LexiconTrie<LexPayload | GrammarPayload>
  readonly elisions: ReadonlySet<string>
  readonly sentenceRules: SentenceRules
  /** Folded keys of capitalised words that never begin a person's name. */
  readonly notNames: ReadonlySet<string>
  /** Folded keys of words that make a capitalised name an organisation (Foundation, Ministère). */
  readonly orgWords: ReadonlySet<string>
  /** Folded keys of lower-case particles inside personal names (de, van, bin). */
  readonly nameParticles: ReadonlySet<string>
  /** A reporting verb with no subject speaks for the last speaker (Arabic, Spanish…). */
  readonly proDrop: boolean
  /** Folded keys of given names that open a personal name in a script without capitals. */
  readonly givenNames: ReadonlySet<string>
  /** Future and conditional endings, lower-case with their accents: "enviará" is a future, "dispara" is not. */
  readonly futureEndings: readonly string[]
  readonly conditionalEndings: readonly string[]
  /** Infinitive endings, lower-case: a hypothesis word right before an infinitive opens no hypothesis. */
  readonly infinitiveEndings: readonly string[]
  /** Gerund endings, lower-case: a gerund after a comma takes the sentence's subject as speaker. */
  readonly gerundEndings: readonly string[]
  /** Folded keys of prepositions meaning "in the view of" when they open a sentence before a speaker and a comma. */
  readonly speakerOpeners: ReadonlySet<string>
  /** Folded keys of prepositions opening an adjunct between a verb of saying and its subject after it. */
  readonly speechAdjuncts: ReadonlySet<string>
  /** Folded keys of reporting verbs that go on with what was being said ("ajouté", "added"). */
  readonly continuingVerbs: ReadonlySet<string>
  /** Folded keys of verbs that raise what they govern ("increased", "stepped" of "stepped up"). */
  readonly increaseVerbs: ReadonlySet<string>
  /** Folded words for the permits of a transfer and their count ("licences", « dizaine »). */
  readonly permitWords: ReadonlySet<string>
  /** Folded words of need or shortage before materiel ("needs", "short", « manque », « pénurie »). */
  readonly needWords: ReadonlySet<string>
  /** Folded words that give a person's gender ("la", "cheffe", "elle"; "Mrs", "she"), title forms with their full stop. */
  readonly genderWords: ReadonlyMap<string, 'f' | 'm'>
  /** Folded third-person possessives: "son pays", "his country" is the speaker's own state. */
  readonly possessives: ReadonlySet<string>
  /** Past participles: endings (lower-case, accented) and irregular forms. */
  readonly participleEndings: readonly string[]
  readonly participles: ReadonlySet<string>
  /** Nouns of a part of a state ("l'est de", "le nord du"): the preposition before them governs the state. */
  readonly regions: ReadonlySet<string>
  readonly participleMayBePast: boolean
  readonly determiners: ReadonlySet<string>
  /** Articles between a preposition and its noun, beyond the French and English ones (folded keys). */
  readonly articles: ReadonlySet<string>
  /** Prepositions aiming at the actor after them, beyond "contre"/"against" (folded keys). */
  readonly against: ReadonlySet<string>
  /** Infinitive markers after a governing verb, beyond "de"/"to"/"à" (folded keys). */
  readonly infinitiveMarkers: ReadonlySet<string>
  /** Prepositions of the ground of thanks or blame, beyond "for"/"pour" ("за"; folded keys). */
  readonly grounds: ReadonlySet<string>
  /** Words after a comma that put right a negated object ("не ракети, а дрони"; folded keys). */
  readonly corrections: ReadonlySet<string>
  readonly purposeMarkers: LexiconTrie<true>
  /** Sentence openers that add to the transfer just named: a trigger naming no one takes its sides. */
  readonly additions: LexiconTrie<true>
  /** "in exchange", "en échange": an open recipient is whoever supplied the supplier. */
  readonly exchanges: LexiconTrie<true>
  /** "a remercié", "thanked": the one thanked for a transfer supplies it to the one who thanks. */
  readonly thanks: LexiconTrie<true>
  readonly onwardMarkers: LexiconTrie<true>
  /** "via intermediaries", "through third countries": the states listed after them supply too. */
  readonly intermediaryMarkers: LexiconTrie<true>
  /** "ne … que": negation particles (folded) that mean "only" when a word of `only` follows. */
  readonly restrictive: { readonly particles: ReadonlySet<string>; readonly only: ReadonlySet<string> } | null
  readonly objectClitics: ReadonlySet<string>
  readonly reflexiveClitics: ReadonlySet<string>
  readonly dativeClitics: ReadonlySet<string>
  /** Objects after a verb that stand for its recipient named before, as folded keys joined by spaces ("them", "the group"). */
  readonly recipientObjects: ReadonlySet<string>
  readonly pluralObjects: ReadonlySet<string>
  readonly shareWords: ReadonlySet<string>
  readonly materielPronouns: ReadonlySet<string>
  readonly materielPronounPosition: 'before' | 'after'
  readonly demonstratives: ReadonlySet<string>
  /** Nouns after which a short quotation is a name (folded keys). */
  readonly nameHeads: ReadonlySet<string>
  /** The language has articles; without them a bare role word is definite. */
  readonly hasArticles: boolean
  /** Folded definite articles before a role word, beyond le/la/l'/the. */
  readonly definiteArticles: ReadonlySet<string>
  /** Folded nouns for a state's own forces or government after a possessive ("Sudan's army"). */
  readonly forcesNouns: ReadonlySet<string>
  /** Nouns are capitalised: a capitalised word after a determiner opens no name (German). */
  readonly capitalisedNouns: boolean
  /** Folded verb forms of the mood of reported speech (German Konjunktiv I). */
  readonly reportedMood: ReadonlySet<string>
  /** Folded auxiliaries that close a perfect infinitive (German "haben", "sein"). */
  readonly perfectAuxiliaries: ReadonlySet<string>
  /** Folded relative pronouns never the subject of their clause (German "dem", "denen"). */
  readonly objectRelatives: ReadonlySet<string>
  /** Folded relative pronouns that are objects after a feminine antecedent (German "der"). */
  readonly feminineObjectRelatives: ReadonlySet<string>
  /** Folded feminine articles (German "die"). */
  readonly feminineArticles: ReadonlySet<string>
  /** Folded words after a name that make it a source ("zufolge"). */
  readonly sourcePostpositions: ReadonlySet<string>
  /** Folded words by which a sum measures the materiel before it ("Wert", "worth"). */
  readonly valueWords: ReadonlySet<string>
  /** Folded adverbs that may sit between a noun and its verb. */
  readonly adverbs: ReadonlySet<string>
  /** Folded prepositions that name the speaking institution after a reporting verb. */
  readonly speakerPrepositions: ReadonlySet<string>
  /** "souligne-t-on à l'Elysée": an impersonal pronoun, and the prepositions that then name the institution speaking. */
  readonly impersonalPronouns: ReadonlySet<string>
  readonly impersonalPrepositions: ReadonlySet<string>
  /** Folded role words that name no one in particular. */
  readonly vagueRoles: ReadonlySet<string>
  /** Folded lower-case nouns naming a body that can speak as a subject. */
  readonly institutionNouns: ReadonlySet<string>
  readonly proclitics: readonly string[]
  /** The marking a declined name's case gives when no preposition governs it. */
  readonly caseMarkings: Readonly<Partial<Record<GrammarCase, Marking>>>
  /** Prepositions (folded) whose role the governed name's case decides: "в" + locative → location. */
  readonly casePrepositions: ReadonlyMap<string, Readonly<Partial<Record<GrammarCase, Marking>>>>
  /** Verbs close their clause: participles and infinitives come last (German). */
  readonly verbFinal: boolean
  /** Paragraphs opening with a dash are speech (Polish, Ukrainian, Russian news). */
  readonly dashDialogue: boolean
  readonly inclusions: LexiconTrie<true>
  /** Words that add materiel to a transfer named earlier in the sentence ("junto con", "along with"). */
  readonly accompanying: LexiconTrie<true>
  readonly others: ReadonlySet<string>
  /** Styled anaphors by their tokens' folded keys joined with spaces ("le royaume" → kingdom). */
  readonly anaphorStyles: ReadonlyMap<string, StateStyle>
  /** Anaphors without their article, by folded keys ("pays", "junte", "île" → island): read after a preposition that swallowed it ("au pays", "à l'île"). */
  readonly anaphorHeads: ReadonlyMap<string, StateStyle | null>
  readonly adjectivePosition: 'before' | 'after'
  readonly functionWords: ReadonlySet<string>
  readonly quantityWords: ReadonlySet<string>
  /** Context words, compiled: civilian harm, specific operations, private suppliers, theatre. */
  readonly context: LexiconTrie<ContextKind>
  /** How triggers' sentences give supplier and recipient, in the order they are tried. */
  readonly frames: readonly CompiledFrame[]
}

export type ContextKind = 'civilian' | 'operation' | 'private' | 'theatre'

/** The read-only knowledge every stage receives: compiled once, passed down, never global. */
export interface Knowledge {
  readonly version: string
  readonly actors: ReadonlyMap<string, ActorRecord>
  readonly outlets: readonly OutletEntry[]
  readonly languages: ReadonlyMap<string, LanguageKnowledge>
  readonly data: KnowledgeData
}

/**
 * Compiles validated data into matchers, one per language. Pure: same data, same result. The
 * version is the data's hash (see knowledgeVersion); a caller that kept it with the data passes it.
 */
export function compileKnowledge(data: KnowledgeData, version: string = knowledgeVersion(data)): Knowledge {
  const languages = new LanguagesOnDemand(Object.values(data.languages).map((lexicon) => [lexicon.lang, () => compileLanguage(lexicon, data)]))
  return {
    version,
    actors: new Map(data.actors.map((actor) => [actor.code, actor])),
    outlets: data.outlets,
    languages,
    data,
  }
}

/**
 * The languages, each compiled when first read: a command that reads French text does not
 * build the tries of nine other languages, most of its start. It reads as the Map it is (its
 * keys from the start, in order; a value, an iteration or forEach compile what they return).
 */
class LanguagesOnDemand extends Map<string, LanguageKnowledge> {
  private readonly pending = new Map<string, () => LanguageKnowledge>()

  constructor(languages: ReadonlyArray<readonly [string, () => LanguageKnowledge]>) {
    super()
    for (const [lang, compile] of languages) {
      this.pending.set(lang, compile)
      // A key held from the start keeps its place in the order; get() replaces the value.
      super.set(lang, undefined as unknown as LanguageKnowledge)
    }
  }

  override get(lang: string): LanguageKnowledge | undefined {
    const compile = this.pending.get(lang)
    if (compile) {
      this.pending.delete(lang)
      super.set(lang, compile())
    }
    return super.get(lang)
  }

  override forEach(callback: (value: LanguageKnowledge, key: string, map: Map<string, LanguageKnowledge>) => void, thisArg?: unknown): void {
    this.compileAll()
    super.forEach(callback, thisArg)
  }

  override values(): MapIterator<LanguageKnowledge> {
    this.compileAll()
    return super.values()
  }

  override entries(): MapIterator<[string, LanguageKnowledge]> {
    this.compileAll()
    return super.entries()
  }

  override [Symbol.iterator](): MapIterator<[string, LanguageKnowledge]> {
    return this.entries()
  }

  private compileAll(): void {
    for (const lang of [...this.pending.keys()]) this.get(lang)
  }
}

/** Cue kinds whose participle, declined before its noun, is read as an attributive passive. */
const ATTRIBUTIVE_KINDS: ReadonlySet<CueKind> = new Set(['supply', 'use', 'acquire'])

/** Every named thing of a language and the shared data: actors, companies, people, places, outlets, materiel, cues, roles. */
function addEntries(trie: LexiconTrie<LexPayload | GrammarPayload>, lexicon: LanguageLexicon, data: KnowledgeData, elisions: ReadonlySet<string>): void {
  // An organ of a state or an armed group ("IRGC", "Hezbollah"): personnel after its name are its own.
  const armed = new Set(data.actors.filter((actor) => actor.kind === 'organ' || actor.kind === 'group').map((actor) => actor.code))
  for (const entry of lexicon.actors) {
    const base = { kind: 'actor' as const, entryId: entry.id, actor: entry.actor }
    for (const form of entry.names) trie.add(form, { ...base, form: 'name', ...(armed.has(entry.actor) ? { armed: true } : {}) }, caseModeOf(form, true))
    for (const form of entry.capitals) trie.add(form, { ...base, form: 'capital' }, caseModeOf(form, true))
    for (const form of entry.metonyms) trie.add(form, { ...base, form: 'metonym' }, caseModeOf(form, /^\p{Lu}/u.test(form)))
    for (const form of entry.demonyms) trie.add(form, { ...base, form: 'demonym' }, 'any')
    // A form listed under several cases ("России": gen, dat, loc) is one match that knows them all.
    const casesOf = new Map<string, GrammarCase[]>()
    for (const [grammarCase, forms] of Object.entries(entry.cases) as Array<[GrammarCase, string[]]>) for (const form of forms) casesOf.set(form, [...(casesOf.get(form) ?? []), grammarCase])
    // A form written in lower case ("хуситам", "россиянами") is matched in any case, as metonyms are;
    // so is one opening with its article ("der Ukraine", "dem Iran"), which needs no capital on the article.
    for (const [form, grammarCases] of casesOf) trie.add(form, { ...base, form: 'name', grammarCase: grammarCases[0]!, grammarCases }, caseModeOf(form, /^\P{Ll}/u.test(form)))
  }
  for (const company of data.companies) {
    const payload = { kind: 'actor' as const, entryId: company.id, actor: company.actor, form: 'company' as const, privateFirm: !company.state_owned }
    // ("Russian Helicopters" the firm, "Russian helicopters" the aircraft.)
    for (const form of company.names) trie.add(form, payload, caseModeOf(form, true) === 'capital' ? 'title' : caseModeOf(form, true))
  }
  for (const entry of lexicon.people)
    for (const form of entry.names) trie.add(form, { kind: 'person', entryId: entry.id, actor: entry.actor, role: entry.role ?? null, names: entry.names }, caseModeOf(form, true))
  for (const entry of lexicon.places)
    for (const form of entry.names) trie.add(form, { kind: 'place', entryId: entry.id, actor: entry.actor, heldBy: entry.held_by ?? null }, caseModeOf(form, true))
  for (const outlet of data.outlets)
    for (const form of outlet.forms) trie.add(form, { kind: 'outlet', entryId: outlet.id, name: outlet.name }, caseModeOf(form, true))
  for (const entry of data.designations) {
    const payload = { kind: 'materiel' as const, entryId: entry.id, category: entry.category, generic: !!entry.generic, origin: entry.origin ?? null, designation: true }
    for (const form of entry.forms) trie.add(form, payload, entry.case_sensitive === false ? 'any' : caseModeOf(form, true))
  }
  for (const entry of lexicon.materiel) {
    const payload = { kind: 'materiel' as const, entryId: entry.id, category: entry.category, generic: !!entry.generic, origin: entry.origin ?? null, ...(entry.noun_only ? { nounOnly: true } : {}), ...(entry.anaphoric ? { anaphoric: true } : {}), ...(entry.after_actor ? { afterActor: true } : {}), ...(entry.of_state ? { ofState: true } : {}), ...(entry.counted ? { counted: true } : {}) }
    for (const form of entry.forms) trie.add(form, payload, entry.case_sensitive ? caseModeOf(form, true) : caseModeOfGeneric(form), true)
  }
  const verbFinal = lexicon.grammar.verb_final
  const attributive = lexicon.grammar.attributive_endings
  const listed = new Set(lexicon.cues.flatMap((entry) => (Array.isArray(entry.forms) ? entry.forms : Object.values(entry.forms).flat()).map((form: string) => foldKey(form))))
  for (const entry of lexicon.cues) {
    const groups: Array<[CueTense | null, readonly string[]]> = Array.isArray(entry.forms)
      ? [[null, entry.forms]]
      : (Object.entries(entry.forms) as Array<[CueTense, string[]]>).map(([tense, forms]) => [tense === 'present' ? null : tense, forms])
    // "verkauften" is a past verb and "verkauft" declined: such a finite form may be read as a participle before its noun.
    const participles = Array.isArray(entry.forms) || !ATTRIBUTIVE_KINDS.has(entry.kind) ? [] : (entry.forms.participle ?? []).map((form: string) => foldKey(form))
    const declinable = (form: string): boolean => participles.some((p: string) => attributive.some((ending) => foldKey(form) === p + foldKey(ending)))
    for (const [tense, forms] of groups) {
      const payload = { kind: 'cue' as const, entryId: entry.id, cue: entry.kind, tense, category: entry.category ?? null, stance: entry.stance ?? null, purchase: !!entry.purchase, tags: entry.tags ?? null, defaultCategory: entry.default_category ?? null, ...(entry.needs_object ? { needsObject: true } : {}) }
      for (const form of forms) {
        if (tense === null && declinable(form)) {
          trie.add(form, { ...payload, declinable: true }, 'any', true)
          continue
        }
        // A separable verb, "stellt … bereit", "sagte … zu": the verb matches when its particle closes the clause.
        const [head, particle] = form.split('…').map((part) => part.trim())
        // A form written with a capital (German nouns: "Lieferung") may keep its capital inside a sentence.
        const noun = /^\p{Lu}\p{Ll}/u.test(form) ? { noun: true } : {}
        if (particle) trie.add(head!, { ...payload, ...noun, particle: tokenize(particle, elisions).map((t) => t.key) }, 'any', true)
        else trie.add(form, { ...payload, ...noun }, 'any', true)
        // "wie das Ministerium mitteilte", "dass Berlin die Lieferung ablehnte": where verbs close the clause, a
        // subordinate clause writes the particle and the verb as one word.
        // (Not where a cue lists that word itself, with its own tense: "ausbilden".)
        if (particle && verbFinal && !/\s/.test(head!) && !/\s/.test(particle) && !listed.has(foldKey(particle + head!))) trie.add(particle + head!, payload, 'any', true)
        // "die von Iran gelieferten Drohnen", "die von Russland eingesetzten Drohnen", "die aus China gekauften Chips": a
        // participle of giving, using or getting before its noun, declined as an adjective.
        if (tense === 'participle' && ATTRIBUTIVE_KINDS.has(entry.kind) && !particle && !/\s/.test(form)) for (const ending of attributive) if (!listed.has(foldKey(form + ending))) trie.add(form + ending, { ...payload, attributive: true }, 'any', true)
      }
    }
  }
  for (const entry of lexicon.roles) for (const form of entry.forms) trie.add(form, { kind: 'role', entryId: entry.id, standing: entry.standing, distinct: entry.distinct }, 'any')
}

/** The grammar words of a language, each with its role; returns the style each styled anaphor speaks of. */
function addGrammarWords(trie: LexiconTrie<LexPayload | GrammarPayload>, g: LanguageLexicon['grammar'], elisions: ReadonlySet<string>): { anaphorStyles: Map<string, StateStyle>; anaphorHeads: Map<string, StateStyle | null> } {
  const grammarPayloads = new Map<GrammarRole, GrammarPayload>()
  const addAll = (forms: readonly string[], role: GrammarRole): void => {
    let payload = grammarPayloads.get(role)
    if (!payload) grammarPayloads.set(role, (payload = { kind: 'grammar', role }))
    for (const form of forms) trie.add(form, payload, 'any', true)
  }
  addAll(g.to, 'to')
  addAll(g.for, 'for')
  addAll(g.of, 'of')
  addAll(g.agent_suffixes, 'agent_suffix')
  addAll(g.relatives, 'relative')
  addAll(g.fixed, 'fixed')
  addAll(g.agent_nouns, 'agent')
  addAll(g.be, 'be')
  addAll(g.have, 'have')
  addAll(g.copulas, 'copula')
  addAll(g.first_person, 'first_person')
  addAll(g.anaphors, 'anaphor')
  const anaphorStyles = new Map<string, StateStyle>()
  const anaphorHeads = new Map<string, StateStyle | null>()
  const addHead = (form: string, style: StateStyle | null): void => {
    const keys = tokenize(form, elisions).map((t) => t.key)
    const determiners = new Set(g.determiners.map(foldKey))
    if (keys.length > 1 && determiners.has(keys[0]!)) anaphorHeads.set(keys.slice(1).join(' '), style)
  }
  for (const form of g.anaphors) addHead(form, null)
  for (const [style, forms] of Object.entries(g.styled_anaphors) as [StateStyle, string[]][]) {
    addAll(forms, 'anaphor')
    for (const form of forms) {
      anaphorStyles.set(tokenize(form, elisions).map((t) => t.key).join(' '), style)
      addHead(form, style)
    }
  }
  addAll(g.hypothetical, 'hypothetical')
  addAll(g.factive, 'factive')
  addAll(g.concessive, 'concessive')
  addAll(g.topics, 'topic')
  addAll(g.object_pronouns, 'object_pronoun')
  addAll(g.back_references, 'back_reference')
  addAll(g.from, 'from')
  addAll(g.by, 'by')
  addAll(g.with, 'with')
  addAll(g.in, 'in')
  addAll(g.clause_breaks, 'break')
  addAll(g.and, 'and')
  addAll(g.that, 'that')
  addAll(g.pronouns, 'pronoun')
  addAll(g.titles, 'title')
  return { anaphorStyles, anaphorHeads }
}

/** The words around a speaker: openers of a view, adjuncts of a verb of saying, prepositions of a source, impersonal reports. */
function speakerWords(g: LanguageLexicon['grammar']) {
  const keys = (forms: readonly string[]): ReadonlySet<string> => new Set(forms.map(foldKey))
  return {
    speakerOpeners: keys(g.speaker_openers),
    speechAdjuncts: keys(g.speech_adjuncts),
    continuingVerbs: keys(g.continuing_verbs),
    increaseVerbs: keys(g.increase_verbs),
    permitWords: keys(g.permit_words),
    needWords: keys(g.need_words),
    speakerPrepositions: keys(g.speaker_prepositions),
    impersonalPronouns: keys(g.impersonal_pronouns),
    impersonalPrepositions: keys(g.impersonal_prepositions),
  }
}

function compileLanguage(lexicon: LanguageLexicon, data: KnowledgeData): LanguageKnowledge {
  const g = lexicon.grammar
  const elisions = new Set(g.elisions.map(foldKey))
  // One numbering of token keys for the language's tries (see TrieVocabulary).
  const vocabulary = new TrieVocabulary()
  const trie = new LexiconTrie<LexPayload | GrammarPayload>(elisions, vocabulary)
  addEntries(trie, lexicon, data, elisions)
  const { anaphorStyles, anaphorHeads } = addGrammarWords(trie, g, elisions)

  const context = new LexiconTrie<ContextKind>(elisions, vocabulary)
  for (const kind of ['civilian', 'operation', 'private', 'theatre'] as const) for (const form of g.context[kind]) context.add(form, kind, 'any')

  return {
    lang: lexicon.lang,
    functionWords: new Set(g.function_words.map(foldKey)),
    quantityWords: new Set(g.quantity_words.map(foldKey)),
    context,
    words: trie,
    elisions,
    sentenceRules: { abbreviations: new Set(g.abbreviations.map((a) => a.toLowerCase())), titles: new Set(g.titles.filter((t) => t.endsWith('.')).map((t) => t.toLowerCase())) },
    notNames: new Set(g.not_names.map(foldKey)),
    orgWords: new Set(g.org_words.map(foldKey)),
    nameParticles: new Set(g.name_particles.map(foldKey)),
    givenNames: new Set(g.given_names.map(foldKey)),
    proDrop: g.pro_drop,
    futureEndings: g.future_endings.map((e) => e.toLowerCase()),
    infinitiveEndings: g.infinitive_endings.map((e) => e.toLowerCase()),
    gerundEndings: g.gerund_endings.map((e) => e.toLowerCase()),
    genderWords: new Map([...g.gender_words.masculine.map((w) => [foldKey(w), 'm'] as const), ...g.gender_words.feminine.map((w) => [foldKey(w), 'f'] as const)]),
    possessives: new Set(g.possessives.map(foldKey)),
    participleEndings: g.participle_endings.map((e) => e.toLowerCase()),
    participles: new Set(g.participles.map(foldKey)),
    regions: new Set(g.regions.map(foldKey)),
    participleMayBePast: g.participle_may_be_past,
    determiners: new Set(g.determiners.map(foldKey)),
    articles: new Set(g.articles.map(foldKey)),
    against: new Set(g.against.map(foldKey)),
    infinitiveMarkers: new Set(g.infinitive_markers.map(foldKey)),
    grounds: new Set(g.grounds.map(foldKey)),
    corrections: new Set(g.corrections.map(foldKey)),
    ...phraseTries(g, elisions, vocabulary),
    ...speakerWords(g),
    restrictive: g.restrictive && { particles: new Set(g.restrictive.particles.map(foldKey)), only: new Set(g.restrictive.only.map(foldKey)) },
    objectClitics: new Set(g.object_clitics.map(foldKey)),
    reflexiveClitics: new Set(g.reflexive_clitics.map(foldKey)),
    dativeClitics: new Set(g.dative_clitics.map(foldKey)),
    recipientObjects: new Set(g.recipient_objects.map((form) => tokenize(form, elisions).map((t) => t.key).join(' '))),
    shareWords: new Set(g.share_words.map(foldKey)),
    pluralObjects: new Set(g.plural_objects.map((form) => tokenize(form, elisions).map((t) => t.key).join(' '))),
    materielPronouns: new Set(g.materiel_pronouns.map(foldKey)),
    materielPronounPosition: g.materiel_pronoun_position,
    demonstratives: new Set(g.demonstratives.map(foldKey)),
    nameHeads: new Set(g.name_heads.map(foldKey)),
    hasArticles: g.has_articles,
    definiteArticles: new Set(g.definite_articles.map(foldKey)),
    forcesNouns: new Set(g.forces_nouns.map(foldKey)),
    capitalisedNouns: g.capitalised_nouns,
    reportedMood: new Set(g.reported_mood.map(foldKey)),
    perfectAuxiliaries: new Set(g.perfect_auxiliaries.map(foldKey)),
    objectRelatives: new Set(g.object_relatives.map(foldKey)),
    feminineObjectRelatives: new Set(g.feminine_object_relatives.map(foldKey)),
    feminineArticles: new Set(g.feminine_articles.map(foldKey)),
    sourcePostpositions: new Set(g.source_postpositions.map(foldKey)),
    valueWords: new Set(g.value_words.map(foldKey)),
    vagueRoles: new Set(g.vague_roles.map(foldKey)),
    institutionNouns: new Set(g.institution_nouns.map(foldKey)),
    adverbs: new Set(g.adverbs.map(foldKey)),
    proclitics: g.proclitics,
    caseMarkings: g.case_markings,
    casePrepositions: new Map(Object.entries(g.case_prepositions).map(([form, byCase]) => [foldKey(form), byCase])),
    verbFinal: g.verb_final,
    dashDialogue: g.dash_dialogue,
    others: new Set(g.others.map(foldKey)),
    adjectivePosition: g.adjective_position,
    conditionalEndings: g.conditional_endings.map((e) => e.toLowerCase()),
    anaphorStyles,
    anaphorHeads,
    frames: compileFrames(lexicon.frames),
  }
}

/** The grammar's phrase lists read anywhere in a sentence, each as a trie. */
function phraseTries(g: LanguageLexicon['grammar'], elisions: ReadonlySet<string>, vocabulary: TrieVocabulary) {
  const of = (forms: readonly string[]): LexiconTrie<true> => trieOf(forms, elisions, vocabulary)
  return {
    purposeMarkers: of(g.purpose_markers),
    additions: of(g.additions),
    exchanges: of(g.exchanges),
    thanks: of(g.thanks),
    onwardMarkers: of(g.onward_markers),
    intermediaryMarkers: of(g.intermediary_markers),
    inclusions: of(g.inclusions),
    accompanying: of(g.accompanying),
  }
}

function trieOf(forms: readonly string[], elisions: ReadonlySet<string>, vocabulary: TrieVocabulary): LexiconTrie<true> {
  const trie = new LexiconTrie<true>(elisions, vocabulary)
  for (const form of forms) trie.add(form, true, 'any')
  return trie
}

/** Generic words match in any case, except acronyms (UAV, LRM) which must be written as such; caseless scripts have none. */
function caseModeOfGeneric(form: string): 'any' | 'exact' {
  const letters = form.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && !isCaseless(letters) ? 'exact' : 'any'
}

/** The hash of the data's JSON text that names a knowledge version (a pass over megabytes: kept with the data where it is cached). */
export const knowledgeVersion = (data: KnowledgeData): string => hashOf(JSON.stringify(data))

/** FNV-1a, hex: a stable fingerprint of the data, so stored findings know which lexicons made them. */
function hashOf(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')
}
