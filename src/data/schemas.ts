import { z } from 'zod'
import { ActorCode } from '../domain/values.js'
import { ACTOR_KINDS, GRAMMAR_CASES, CATEGORIES, CUE_KINDS, CUE_TAGS, FRAME_FORMS, MARKINGS, NAMED_PLACES, SELECTOR_CONDITIONS, STATE_STYLES } from '../domain/vocabulary.js'

/** Stable ids are kebab-case, optionally namespaced with dots: `fr.supply.livrer`. */
export const EntryId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case kebab-case, dot-separated')
/** Actor codes: ISO 3166-1 alpha-3 for states, upper-case words for organisations. */
export { ActorCode }
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
  /**
   * Declined forms of the names, capitals and metonyms by grammatical case (Росії, Россию,
   * Ukrainie), for languages that decline them; the case marks the role when no preposition does
   * (see the grammar's case_markings).
   */
  cases: z.partialRecord(z.enum(GRAMMAR_CASES), z.array(Form)).default({}),
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
  /**
   * A word that is also an adjective ("militaires"): it names materiel or personnel only as a noun,
   * after a determiner, a number, a preposition or punctuation, not right after another noun
   * ("des militaires" but "appareils militaires").
   */
  noun_only: z.boolean().optional(),
  /**
   * A word that names personnel only beside the state it serves ("experts", "officiers" are also
   * analysts and ranks): right after, or before, a nationality adjective ("des experts iraniens",
   * "Iranian officers") or followed by "de" and an actor ("des officiers des gardiens de la révolution").
   */
  of_state: z.boolean().optional(),
  /**
   * A word that names personnel only when counted ("hommes" are troops in "10 000 hommes", "des
   * milliers d'hommes", not in "des hommes armés"), or, like `of_state`, beside its state.
   */
  counted: z.boolean().optional(),
  /**
   * A word that names materiel by its kind of thing ("maszyny", "die Maschinen"): with a specific
   * materiel named in the sentences before, it refers back to it; otherwise it stands for its category.
   */
  anaphoric: z.boolean().optional(),
  /**
   * A word that names personnel only right after a state's adjective or an armed group's name
   * ("Iranian experts", "IRGC commanders"); alone it is someone's title ("experts say").
   */
  after_actor: z.boolean().optional(),
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
  /**
   * Finer kinds of a word: `launch` (fired from somewhere), `share` (shared with), `order` (a
   * purchase still to be delivered), `announce` (what is announced is mostly to come), `equip`
   * (the direct object is the recipient), `speech` (also introduces words in an incise: « … », a lancé X).
   */
  tags: z.array(z.enum(CUE_TAGS)).optional(),
  /** Category a trigger gives when it names no materiel ("équiper l'armée" → other_weapons). */
  default_category: z.enum(CATEGORIES).optional(),
  /**
   * A verb that is also a noun or an adjective ("armed forces", "arms to Israel"): it is that verb only
   * when its recipient follows ("Iran arms the Houthis", "has long armed Hezbollah", "armed them").
   */
  needs_object: z.boolean().optional(),
  note: z.string().optional(),
})
export type CueEntry = z.infer<typeof CueEntry>

/**
 * Where a frame looks for a role: `<place>[:<side>][:<reach>]`. Places are the markings of
 * actor mentions (to, for, from, of, by, origin, personnel, location, genitive, with, bare;
 * `to+for` joins two) and named positions (subject, own-personnel, copula-subject, …; see
 * SELECTOR_PLACES). Sides: left or right of the trigger; reach: at most that many tokens away.
 * An object form adds a condition: `{pick: "to:right:3", if: purchase}`.
 */
const SelectorText = z
  .string()
  .regex(/^[a-z]+(?:[+-][a-z]+)*(?::(?:left|right))?(?::\d+)?$/, 'a selector is place[:left|right][:reach], e.g. "by:right" or "from:right:8"')
  .refine((text) => {
    const place = text.split(':')[0]!
    return (NAMED_PLACES as readonly string[]).includes(place) || place.split('+').every((m) => (MARKINGS as readonly string[]).includes(m))
  }, `unknown place: use a marking (${MARKINGS.join(', ')}) or one of ${NAMED_PLACES.join(', ')}`)
export const Selector = z.union([SelectorText, z.strictObject({ pick: SelectorText, if: z.enum(SELECTOR_CONDITIONS) })])
export type Selector = z.infer<typeof Selector>

/**
 * data/lexicons/<lang>/frames.yaml: how a trigger's sentence gives supplier and recipient.
 * Frames are tried in file order; the first whose cue, form and conditions fit the trigger
 * reads the roles from the places it lists, nearest first. Its id is the `rule` findings cite.
 */
export const FrameEntry = z.strictObject({
  id: EntryId,
  /** Trigger kinds the frame applies to. */
  cues: z.array(z.enum(CUE_KINDS)).min(1),
  /** Forms of the trigger: a verb in the active or the passive, a noun ("la livraison"), an agent noun ("supplier"). */
  forms: z.array(z.enum(FRAME_FORMS)).optional(),
  when: z
    .strictObject({
      /** The trigger's entry carries one of these tags. */
      tags: z.array(z.enum(CUE_TAGS)).optional(),
      /**
       * What the materiel of the trigger must be: some materiel word, personnel, weapons (not personnel), money, or none;
       * `none-or-airborne`: none, or some drone, missile or aircraft (what is intercepted in flight, not rifles in a hold);
       * `named-before`: weapons all named in a sentence before (« Les premiers exemplaires sont arrivés »);
       * `components`: some parts or dual-use goods among it ("Chinese chips found in Russian drones").
       */
      materiel: z.enum(['some', 'none', 'personnel', 'only-personnel', 'weapons', 'financial', 'no-financial', 'non-financial', 'none-or-airborne', 'no-weapons', 'named-before', 'components']).optional(),
      /** The trigger carries a category of its own (e.g. "side with" → economic). */
      own_category: z.boolean().optional(),
      /** The frame applies only when one of these places is filled. */
      requires: z.array(SelectorText).optional(),
      /** The frame applies only when none of these places is filled. */
      unless: z.array(SelectorText).optional(),
      /** A word of this list follows the trigger within 6 tokens ("ordered … to be produced"). */
      followed_by: z.array(Form).optional(),
      /** One of these words stands among the six tokens before the trigger, in its sentence (« 69 % des importations »). */
      preceded_by: z.array(Form).optional(),
      /**
       * A territory word (territory, airspace, bases: materiel of territory_access) after the trigger:
       * `own`, one follows within eight tokens and none belongs to another state than the subject's ("let
       * Israeli jets use its airspace", not "allowed Kyiv to strike Russian territory"); `not-foreign`, none
       * that follows belongs to another state; `object`, one is the object of a verb that is no strike
       * ("used Jordanian airspace", not "struck Iranian bases").
       */
      territory: z.enum(['own', 'not-foreign', 'object']).optional(),
    })
    .optional(),
  /** Read the trigger as another kind and go on ("deploying drones" is using them). */
  as: z.enum(CUE_KINDS).optional(),
  /** The sentence states no transfer: stop here. */
  none: z.boolean().optional(),
  /** Category the frame gives whatever the materiel (training → trainers). */
  category: z.enum(CATEGORIES).optional(),
  /**
   * Which categories to keep: only personnel, none of it, the trigger's own category when it
   * has one (repairing → maintenance, financing → financial), or the materiel the supplier's
   * origin words qualify ("Iranian drones used by Russia").
   */
  categories: z.enum(['personnel', 'no-personnel', 'own', 'origin']).optional(),
  /** Which role an anaphor or "nous/we" before the trigger may fill: the supplier, the recipient (the subject of "a reçu", "est armé"), or none. */
  anaphora: z.enum(['supplier', 'recipient', 'none']).default('supplier'),
  /** Which role is read first (a mention fills one role only). */
  first: z.enum(['supplier', 'recipient']).default('supplier'),
  supplier: z.array(Selector).default([]),
  recipient: z.array(Selector).default([]),
  /** The frame gives nothing unless the sentence itself names this role. */
  require: z.array(z.enum(['supplier', 'recipient'])).default([]),
  /** A status the frame fixes: supply implied by origin is reported, a request for materiel an opinion. */
  status: z.enum(['reported', 'denied', 'opinion']).optional(),
  /**
   * How roles the sentence leaves open are completed: from the rest of the document, never, or
   * first as the opponent of the party the conduct is aimed at (strikes launched at Ukraine are
   * for Russia); or from the transfer its subject names ("The package includes…": the sides of the
   * package's claim).
   */
  complete: z.enum(['document', 'never', 'opponent', 'contents']).default('document'),
  /** One sentence of the project's own with the claims the frame must give ("IRN>RUS:drones"). */
  example: z.strictObject({ text: z.string().min(1), claims: z.array(z.string().regex(/^[A-Z0-9_]+>[A-Z0-9_]+:[a-z_]+$/)) }),
  note: z.string().optional(),
})
export type FrameEntry = z.infer<typeof FrameEntry>

/** data/lexicons/<lang>/roles.yaml: words that name a function (porte-parole, minister). */
export const RoleEntry = z.strictObject({
  id: EntryId,
  forms: z.array(Form).min(1),
  /** official roles make a statement "confirmed"; expert roles make it "asserted". */
  standing: z.enum(['official', 'expert', 'media', 'other']),
  /**
   * A function that someone named with another role is never called by later (a spokesperson): "la
   * porte-parole du gouvernement" after "le chef de la CDU, Friedrich Merz" is someone else.
   */
  distinct: z.boolean().default(false),
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
  /** Words opening a causal clause ("puisque", "because"): what it states is taken as fact whatever the main clause's mood. */
  factive: z.array(Form).default([]),
  /** Concessive prepositions ("malgré", "despite", "trotz"): a denial in their phrase is granted, it does not deny the clause. */
  concessive: z.array(Form).default([]),
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
  /**
   * Endings a past participle takes before its noun, as an adjective ("die von Iran gelieferten
   * Drohnen"): each listed participle of a trigger of giving is matched with them too, and read as a passive.
   */
  attributive_endings: z.array(Form).default([]),
  /**
   * The simple past has the participle's form ("sent", "trained"): a participle right after its
   * noun is a passive only when no object follows ("instructors trained soldiers" is active).
   */
  participle_may_be_past: z.boolean().default(false),
  /** Determiners and possessives that open a noun phrase ("the", "les", "its"). */
  determiners: z.array(Form).default([]),
  /**
   * Articles read between a preposition and its noun, besides the French and English ones the
   * rules know ("a los", "alla", "para a Ucrânia"): skipped to find the preposition that governs a name.
   */
  articles: z.array(Form).default([]),
  /** Prepositions that make the next actor the one aimed at ("contre", "against", "contra", "против"). */
  against: z.array(Form).default([]),
  /** Words that introduce an infinitive after a governing verb, besides "de"/"to"/"à" ("di", "a": "accusato l'Iran di fornire"). */
  infinitive_markers: z.array(Form).default([]),
  /**
   * Prepositions of the ground of thanks or blame, besides the "for" of `for` ("за": «подякував
   * Німеччині за передачу танків», «санкции против Ирана за поставки дронов»): the one thanked or
   * aimed at right before them does what the trigger after them says.
   */
  grounds: z.array(Form).default([]),
  /**
   * Words after a comma that put right a negated object ("не ракети, а дрони", «не ракеты, а дроны»):
   * materiel after them is not under the negation that comes before.
   */
  corrections: z.array(Form).default([]),
  /**
   * Words that open an infinitive of purpose ("to", "in order to", "pour", "afin de"): a purchase
   * that is the aim of the clause ("raised funds to buy drones") is still to be made.
   */
  purpose_markers: z.array(Form).default([]),
  /**
   * Words that pass materiel on after its first recipient ("for transfer to", "pour être livrés à"):
   * the actor right after them is who finally receives ("donated a drone to Lithuania for transfer to
   * Ukraine" → Ukraine).
   */
  onward_markers: z.array(Form).default([]),
  /**
   * Routes over go-betweens ("via intermediaries", "through third countries"): the states an inclusion
   * list then names ("…, namely NATO countries like Czechia and Poland") pass the materiel on, so they
   * supply it too.
   */
  intermediary_markers: z.array(Form).default([]),
  /**
   * A restrictive "only" built on a negation particle ("ne … que": "n'a reçu que 400 000 obus" = only
   * 400,000 were received): `particles` negate nothing when one of `only` follows them in the clause.
   */
  restrictive: z.object({ particles: z.array(Form), only: z.array(Form) }).nullable().default(null),
  /** Object pronouns glued before a verb ("qui les pilotent", "who operate them"). */
  object_clitics: z.array(Form).default([]),
  /** Reflexive clitics before an auxiliary ("s'est appuyé sur", "se sont servis de"): the verb is pronominal, not passive. */
  reflexive_clitics: z.array(Form).default([]),
  /** Indirect-object pronouns before a verb that stand for its recipient named before ("La France lui a vendu des radars"). */
  dative_clitics: z.array(Form).default([]),
  /** Objects right after a verb that stand for its recipient named before ("supplying them with rockets", "arming the group"). */
  recipient_objects: z.array(Form).default([]),
  /** Words of a share before "of" ("40 percent of", "most of", "half of"): the one whose share it is supplies what follows. */
  share_words: z.array(Form).default([]),
  /** Those of the recipient objects that stand for several ("them"): never for one state named by its name. */
  plural_objects: z.array(Form).default([]),
  /** Pronouns that stand for materiel named before, next to the verb ("Moscou en a commandé", "les livrer", "send them"). */
  materiel_pronouns: z.array(Form).default([]),
  /** Where a materiel pronoun sits: before the verb (French clitics) or after it (English objects). */
  materiel_pronoun_position: z.enum(['before', 'after']).default('after'),
  /** Words that introduce examples of what was just named ("including", "notamment", "such as"): the generic word before them yields. */
  inclusions: z.array(Form).default([]),
  /**
   * Words that add materiel to a transfer named earlier in the sentence, past its recipient ("envió
   * soldados a Rusia, sobre todo a Kursk, junto con artillería"): what follows them is given too.
   */
  accompanying: z.array(Form).default([]),
  /**
   * Words opening a sentence that adds to the transfer just named ("A questo si aggiungono…", "À cela
   * s'ajoutent…", "Added to this are…"): a trigger there that names neither side has the supplier and
   * recipient of the last claim of the sentences before.
   */
  additions: z.array(Form).default([]),
  /**
   * Words of exchange ("in exchange", "en échange", "im Gegenzug"): a supplier named in their clause
   * with no recipient pays back the state that supplied it in the document.
   */
  exchanges: z.array(Form).default([]),
  /**
   * Nouns of a part of a state ("l'est", "le nord", "la région"): "dans l'est de la Libye" places the
   * actor where the preposition before the part places it, as "en Libye" would.
   */
  regions: z.array(Form).default([]),
  /**
   * Verbs of thanks ("a remercié", "thanked"): a transfer named after the one thanked ("a remercié
   * l'Allemagne pour l'envoi de chars") comes from it, to the one who thanks.
   */
  thanks: z.array(Form).default([]),
  /** Words that make a generic word the rest of a list ("drones and other weapons"): it yields to the items named. */
  others: z.array(Form).default([]),
  /** Clitics written glued to the front of a word (Arabic و، ب، ل، ال): split off when the rest is a known word. */
  proclitics: z.array(Form).default([]),
  /**
   * How a declined name's case marks its role when no preposition does (dative → "to": "поставляет
   * России"). A form of several cases ("России": genitive, dative, locative) takes the first case
   * listed here that it has, so the order is the order of preference.
   */
  case_markings: z.partialRecord(z.enum(GRAMMAR_CASES), z.enum(['to', 'for', 'from', 'of', 'by', 'with', 'location', 'object', 'genitive', 'bare'])).default({}),
  /**
   * Prepositions whose role depends on the case of the name they govern: "в Россию" (accusative,
   * to) but "в России" (locative, in); "з Іраном" (instrumental, with) but "з Ірану" (from). The
   * preposition's own list gives its role otherwise. A name of several cases takes the first case
   * listed for the preposition that it has.
   */
  case_prepositions: z.record(Form, z.partialRecord(z.enum(GRAMMAR_CASES), z.enum(['to', 'for', 'from', 'of', 'by', 'with', 'location']))).default({}),
  /**
   * The language marks definiteness with articles. Without them (Russian, Ukrainian, Polish) a role
   * word with no name ("сказав очільник держави") refers to the person just named, as "the
   * spokesperson said" does in English.
   */
  has_articles: z.boolean().default(true),
  /**
   * Definite articles before a role word, besides "le", "la", "l'", "the" ("betonte der
   * SPD-Politiker"): such a role with no name refers to the person just named.
   */
  definite_articles: z.array(Form).default([]),
  /** A state's own forces or government after a possessive: "Sudan's army", "Russia's military" stand for the state. */
  forces_nouns: z.array(Form).default([]),
  /**
   * Nouns are written with a capital (German): a capitalised word right after a determiner
   * ("des Verteidigungsausschusses", "bei einer Sitzung") is a noun and never opens a personal name.
   */
  capitalised_nouns: z.boolean().default(false),
  /**
   * Verb forms of the mood of reported speech (German Konjunktiv I: "sei", "habe", "gebe",
   * "könne"): a quotation in a sentence that has one and no reporting verb of its own belongs to
   * the speaker of the reporting verb in the sentences just before ("Er habe…, sagte X. Die Lage
   * sei „ernst“.").
   */
  reported_mood: z.array(Form).default([]),
  /**
   * Auxiliaries that close a perfect infinitive (German "haben", "sein"): a modal of hearsay over
   * "geliefert haben" or "erfolgt sein" reports a deed done; over a present infinitive it plans one.
   */
  perfect_auxiliaries: z.array(Form).default([]),
  /**
   * Relative pronouns that are never the subject of their clause (German dative "dem", "denen"):
   * when the relative clause has a subject of its own, the antecedent is the verb's object, who
   * receives ("Russland, dem Iran Drohnen liefert").
   */
  object_relatives: z.array(Form).default([]),
  /** Words after a name that make it the source of what is said ("Kirby zufolge", "dem Pentagon zufolge"). */
  source_postpositions: z.array(Form).default([]),
  /** Words by which a sum measures the materiel before it ("Waffen im Wert von 2 Milliarden Euro", "arms worth $2 billion"): the sum is no money given. */
  value_words: z.array(Form).default([]),
  /**
   * Relative pronouns that are the object only after a feminine antecedent, told by the article
   * before it or its dative case form ("die Ukraine, der Deutschland Panzer zugesagt hat"; but
   * "der Iran, der Russland Drohnen liefert" is a subject).
   */
  feminine_object_relatives: z.array(Form).default([]),
  /** Feminine articles before a name in the nominative or accusative ("die"). */
  feminine_articles: z.array(Form).default([]),
  /**
   * Words opening a sentence whose reporting verb attributes the sentence before ("Об этом заявил
   * Песков", "Про це сказав Зеленський", "C'est ce qu'a déclaré…").
   */
  back_references: z.array(Form).default([]),
  /** Adverbs that may sit between a noun and its verb ("ракети вже прибули", "дроны также поставлялись"). */
  adverbs: z.array(Form).default([]),
  /** Prepositions that, right after a reporting verb, name the institution that speaks ("заявили в МЗС Ірану", "сообщили в Пентагоне"). */
  speaker_prepositions: z.array(Form).default([]),
  /** Impersonal subject pronouns ("souligne-t-on"): the institution after one of `impersonal_prepositions` speaks ("à l'Elysée"). */
  impersonal_pronouns: z.array(Form).default([]),
  impersonal_prepositions: z.array(Form).default([]),
  /** Role words that name no one in particular ("джерела", "эксперты"): never the person just named. */
  vague_roles: z.array(Form).default([]),
  /**
   * Lower-case nouns naming an institution or a body that can speak as a subject ("a agência sul-coreana
   * de inteligência afirmou", "afirmam os militares", "el ejército aseguró"), besides the English and
   * French ones every language reads.
   */
  institution_nouns: z.array(Form).default([]),
  /**
   * Verbs that close their clause (German: "hat der Ukraine Panzer geliefert", "…, dass Iran Drohnen
   * liefert"): the materiel before a clause-final participle or infinitive is its object, the
   * auxiliary of a passive may stand anywhere in the clause or right after the participle, and the
   * subject is the clause's first bare actor, on either side of the verb.
   */
  verb_final: z.boolean().default(false),
  /** Paragraphs opening with a dash are speech, closed by a dash before the reporting verb ("— Wyślemy czołgi — powiedział"). */
  dash_dialogue: z.boolean().default(false),
  /** Demonstratives that make a generic word refer back ("ces équipements", "this aid"). */
  demonstratives: z.array(Form).default([]),
  /**
   * Nouns after which a short quotation (four words at most) is a name, not a statement: a channel,
   * a ship, a day ("قناة «…»", "السفينة «…»"); for scripts without capitals, where a quoted name cannot be seen by its case.
   */
  name_heads: z.array(Form).default([]),
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
  /**
   * Subjects may be left out (Arabic "وأضاف أن…", Russian "заявил, что…", Ukrainian "постачає Росії
   * зброю"): a reporting verb with no subject of its own speaks for the person last quoted or named,
   * as a pronoun would, and a transfer verb with no subject before it for a state named before.
   */
  pro_drop: z.boolean().default(false),
  /** Lower-case particles inside personal names (de, van, bin, al). */
  name_particles: z.array(Form).default([]),
  /**
   * Given names and name openers (جون، محمد، عبد): in a script without capitals a personal name is
   * one of these followed by words the lexicons do not know ("بهرام قاسمي").
   */
  given_names: z.array(Form).default([]),
  /** Verb endings that mark a future or conditional form of a cue word. */
  future_endings: z.array(Form).default([]),
  conditional_endings: z.array(Form).default([]),
  /** Infinitive endings ("fornire", "inviare"): a hypothesis word right before an infinitive means "whether" ("valuta se fornire"). */
  infinitive_endings: z.array(Form).default([]),
  /** Gerund endings ("urlando", "asegurando"): a gerund after a comma, like "…, arguing that", has the sentence's subject. */
  gerund_endings: z.array(Form).default([]),
  /**
   * Prepositions that, opening a sentence before a person, role or institution and a comma, mean
   * "in the view of": "Pour le ministre X, « … »". Elsewhere they keep their other senses ("pour l'Ukraine").
   */
  speaker_openers: z.array(Form).default([]),
  /**
   * Prepositions that open an adjunct of a verb of saying between the verb and its subject put after
   * it: "a affirmé dans un entretien accordé au Monde le ministre…", "ha dichiarato in un'intervista il ministro".
   */
  speech_adjuncts: z.array(Form).default([]),
  /** Reporting verbs that go on with what was being said ("a-t-il ajouté", "she added"): their pronoun is the last speaker. */
  continuing_verbs: z.array(Form).default([]),
  /** Verbs that raise or speed up what they govern ("increased", "stepped up"): raising a transfer is the raiser's. */
  increase_verbs: z.array(Form).default([]),
  /**
   * Words for the permits of a transfer and their count, between a verb of stopping and the transfer
   * noun ("suspended 30 export licences for arms", « a gelé une dizaine d'autorisations d'exportation »).
   */
  permit_words: z.array(Form).default([]),
  /**
   * Words of need or shortage before materiel ("Ukraine needs interceptors", « l'Ukraine manque d'obus »):
   * like a request, they name who receives what is then promised.
   */
  need_words: z.array(Form).default([]),
  /**
   * Words that give a person's grammatical gender: titles, articles before a role, role nouns and
   * subject pronouns ("Mme", "la ministre", "cheffe", "elle"; "Mrs", "spokeswoman", "she"). A pronoun
   * refers back to the last person whose gender does not differ.
   */
  gender_words: z.strictObject({ feminine: z.array(Form).default([]), masculine: z.array(Form).default([]) }).default({ feminine: [], masculine: [] }),
  /** Third-person possessives ("son", "his", "its"): an anaphor they open ("son pays") is the speaker's own state. */
  possessives: z.array(Form).default([]),
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
  /** Nouns of quantity before "of" that count what follows ("des milliers d'hommes"). */
  quantity_words: z.array(Form).default([]),
  /** Elided prefixes split off a word (l', d', qu'). */
  elisions: z.array(Form).default([]),
})
export type GrammarEntry = z.infer<typeof GrammarEntry>
