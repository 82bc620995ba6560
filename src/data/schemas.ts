import { z } from 'zod'
import { ACTOR_KINDS, CATEGORIES, CUE_KINDS, STATE_STYLES } from '../domain/vocabulary.js'

/** Stable ids are kebab-case, optionally namespaced with dots: `fr.supply.livrer`. */
export const EntryId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case kebab-case, dot-separated')
/** Actor codes: ISO 3166-1 alpha-3 for states, upper-case words for organisations. */
export const ActorCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/, 'actor codes are upper-case (ISO alpha-3 or NATO, IRGC…)')
const Form = z.string().trim().min(1)
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD')

/** data/actors.yaml: the registry of actor codes. Names live in the language lexicons. */
export const ActorRecord = z.strictObject({
  code: ActorCode,
  kind: z.enum(ACTOR_KINDS),
  /** English label shown in reports. */
  label: z.string().min(1),
  /** Organs and groups roll up to a state (IRGC → IRN). */
  parent: ActorCode.optional(),
  un_member: z.boolean().optional(),
  /** What the state is called when not named: "le royaume" / "the kingdom" can only be a kingdom. */
  style: z.enum(STATE_STYLES).optional(),
})
export type ActorRecord = z.infer<typeof ActorRecord>

/** data/lexicons/<lang>/actors.yaml: how one language names an actor. */
export const ActorNames = z.strictObject({
  id: EntryId,
  actor: ActorCode,
  /** Proper names and short forms; matched only when written with a capital. */
  names: z.array(Form).default([]),
  /** Adjectives and nouns of nationality in every gender and number; any case. */
  demonyms: z.array(Form).default([]),
  capitals: z.array(Form).default([]),
  /** Seats of power and other names for the government (Kremlin, Maison Blanche). */
  metonyms: z.array(Form).default([]),
})
export type ActorNames = z.infer<typeof ActorNames>

/** data/lexicons/<lang>/people.yaml: leaders whose name stands for their state. */
export const PersonEntry = z.strictObject({
  id: EntryId,
  actor: ActorCode,
  names: z.array(Form).min(1),
  role: z.string().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
})
export type PersonEntry = z.infer<typeof PersonEntry>

/** data/lexicons/<lang>/places.yaml: places that locate a deployment (Crimée → occupied by RUS). */
export const PlaceEntry = z.strictObject({
  id: EntryId,
  /** State the place belongs to. */
  actor: ActorCode,
  /** State in control, when it differs (occupied territory). */
  held_by: ActorCode.optional(),
  names: z.array(Form).min(1),
})
export type PlaceEntry = z.infer<typeof PlaceEntry>

/** Materiel: designations (data/materiel.yaml) and generic words (lexicons/<lang>/materiel.yaml). */
export const MaterielEntry = z.strictObject({
  id: EntryId,
  category: z.enum(CATEGORIES),
  forms: z.array(Form).min(1),
  /** State of design or manufacture implied by the designation. */
  origin: ActorCode.optional(),
  /** A generic word ("weapons", "aide militaire") yields to a specific one in the same list. */
  generic: z.boolean().optional(),
  /** Matched only when written with a capital (designations that are also common words). */
  case_sensitive: z.boolean().optional(),
})
export type MaterielEntry = z.infer<typeof MaterielEntry>

const TENSES = ['past', 'present', 'future', 'conditional', 'infinitive', 'participle', 'noun', 'agent'] as const

/**
 * data/lexicons/<lang>/cues.yaml: trigger and stance words. `forms` lists the words, grouped by
 * tense when the tense matters; a trailing `*` matches any ending ("livr*").
 */
export const CueEntry = z.strictObject({
  id: EntryId,
  kind: z.enum(CUE_KINDS),
  forms: z.union([z.array(Form).min(1), z.partialRecord(z.enum(TENSES), z.array(Form).min(1))]),
  /** Category implied by the cue itself (train → trainers, deploy → troops). */
  category: z.enum(CATEGORIES).optional(),
  /** For reporting verbs: the stance the verb gives to what follows. */
  stance: z.enum(['assert', 'confirm', 'deny', 'hedge', 'accuse', 'report', 'opinion', 'plan']).optional(),
  /**
   * For acquire cues that buy (acheter, buy), not merely receive: bought "à" someone is bought
   * from them, and with no seller named the designation's maker sells.
   */
  purchase: z.boolean().optional(),
  note: z.string().optional(),
})
export type CueEntry = z.infer<typeof CueEntry>

/** data/lexicons/<lang>/roles.yaml: words that name a function (porte-parole, minister). */
export const RoleEntry = z.strictObject({
  id: EntryId,
  forms: z.array(Form).min(1),
  /** official roles make a statement "confirmed"; expert roles make it "asserted". */
  standing: z.enum(['official', 'expert', 'media', 'other']),
})
export type RoleEntry = z.infer<typeof RoleEntry>

/** data/companies.yaml: firms coded by the state they are based in (a Hong Kong firm → CHN). */
export const CompanyEntry = z.strictObject({
  id: EntryId,
  actor: ActorCode,
  names: z.array(Form).min(1),
  /** State-owned or state-controlled: its conduct is the state's; otherwise private. */
  state_owned: z.boolean(),
})
export type CompanyEntry = z.infer<typeof CompanyEntry>

/** data/outlets.yaml: news outlets and agencies, for "told CNN" and corroboration. */
export const OutletEntry = z.strictObject({
  id: EntryId,
  name: z.string().min(1),
  forms: z.array(Form).min(1),
  country: ActorCode.optional(),
  /** Wire services whose copy other outlets republish. */
  wire: z.boolean().optional(),
})
export type OutletEntry = z.infer<typeof OutletEntry>

/** data/lexicons/<lang>/grammar.yaml: function words the rules read, per language. */
export const GrammarEntry = z.strictObject({
  /** Prepositions introducing a recipient ("à", "to"), a source ("from", "de"), an agent ("par", "by"). */
  to: z.array(Form),
  /** Beneficiary prepositions ("pour", "for"): a recipient for supply and purchase alike. */
  for: z.array(Form).default([]),
  from: z.array(Form),
  /** Genitive prepositions ("de", "of"): an owner or source depending on the noun before. */
  of: z.array(Form).default([]),
  /** Words after an actor that make it the agent of what follows ("Czech-led", "Iran-backed"). */
  agent_suffixes: z.array(Form).default([]),
  by: z.array(Form),
  with: z.array(Form),
  in: z.array(Form),
  /** Words that end a clause for the purpose of pairing actors with triggers. */
  clause_breaks: z.array(Form),
  /** Coordinators joining list items ("et", "and", "ainsi que"). */
  and: z.array(Form),
  /** Relative and complementiser words ("que", "that", "qui"). */
  that: z.array(Form),
  /** Relative pronouns whose antecedent is the subject of the next verb ("qui", "who"). */
  relatives: z.array(Form).default([]),
  /** Where an adjective of nationality sits: after its noun (French) or before it (English). */
  adjective_position: z.enum(['before', 'after']).default('before'),
  /** Personal pronouns that may stand for the last speaker. */
  pronouns: z.array(Form),
  /** Abbreviations that do not end a sentence (M., Dr., Mr.). */
  abbreviations: z.array(Form),
  /** Titles before a name, not part of it (M., Mme, Mr., President when used as title). */
  titles: z.array(Form),
  /** Capitalised words that never start a person's name (days, months, sentence openers). */
  not_names: z.array(Form),
  /** Words opening a hypothesis ("si", "if"): conduct in such a clause is not claimed. */
  hypothetical: z.array(Form).default([]),
  /** Prepositions of topic ("sur", "about"): materiel after one is talked about, not handed over ("gave no details about the missiles"). */
  topics: z.array(Form).default([]),
  /** Fixed expressions whose words are never cues ("à l'aide de", "in order to"). */
  fixed: z.array(Form).default([]),
  /** Nouns a demonym turns into an actor ("forces russes", "the Iranian government"); other nouns only take an origin. */
  agent_nouns: z.array(Form).default([]),
  /** Auxiliaries: "be" forms mark passives and copulas, "have" forms mark completed acts. */
  be: z.array(Form).default([]),
  have: z.array(Form).default([]),
  /** Verbs linking a subject to an agent noun ("Berlin has been the second-biggest supplier"). */
  copulas: z.array(Form).default([]),
  /** Endings of past participles ("livrés", "supplied"), lower-case with accents. */
  participle_endings: z.array(Form).default([]),
  /** Irregular past participles ("sent", "sold", "remis"). */
  participles: z.array(Form).default([]),
  /** First-person words that, inside a quotation, stand for the speaker's state ("nous", "we"). */
  first_person: z.array(Form).default([]),
  /** Object pronouns standing for the recipient named just before ("leur apporter", "help them"). */
  object_pronouns: z.array(Form).default([]),
  /** Phrases that refer back to a state named earlier ("le pays", "the country", "his country"). */
  anaphors: z.array(Form).default([]),
  /** Anaphors that say what kind of state they refer to ("le royaume": a kingdom); see the actors' style. */
  styled_anaphors: z.partialRecord(z.enum(STATE_STYLES), z.array(Form)).default({}),
  /** Words that make a capitalised name an organisation, not a person (Foundation, Institut). */
  org_words: z.array(Form).default([]),
  /** Lower-case particles inside personal names (de, van, bin, al). */
  name_particles: z.array(Form).default([]),
  /** Verb endings that mark a future or conditional form of a cue word. */
  future_endings: z.array(Form).default([]),
  conditional_endings: z.array(Form).default([]),
  /** Words that place a claim's context: civilian harm, specific operations, private suppliers. */
  context: z
    .strictObject({
      civilian: z.array(Form).default([]),
      operation: z.array(Form).default([]),
      private: z.array(Form).default([]),
      theatre: z.array(Form).default([]),
    })
    .default({ civilian: [], operation: [], private: [], theatre: [] }),
  /** Frequent short words of the language, to tell it apart from others on short texts. */
  function_words: z.array(Form).default([]),
  /** Elided prefixes split off a word (l', d', qu'). */
  elisions: z.array(Form).default([]),
})
export type GrammarEntry = z.infer<typeof GrammarEntry>
