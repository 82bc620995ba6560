/** Closed vocabularies shared by every part of cobel (see DESIGN.md, "Contracts"). */

/** Support categories of the annotation format. */
export const CATEGORIES = [
  'drones',
  'missiles',
  'artillery_ammunition',
  'air_defence',
  'armour',
  'aircraft',
  'small_arms',
  'other_weapons',
  'troops',
  'trainers',
  'technical_support',
  'intelligence',
  'maintenance',
  'operation_of_weapons',
  'production_licence',
  'components_dual_use',
  'financial',
  'territory_access',
  'economic',
] as const
export type Category = (typeof CATEGORIES)[number]

/**
 * Materiel categories a generic word ("weapons", "armes", "military aid": other_weapons) covers.
 * A denial in those words ("we have never sent weapons to Russia") denies each of them.
 */
export const GENERIC_CATEGORY = 'other_weapons' satisfies Category
export const WEAPON_CATEGORIES: readonly Category[] = ['drones', 'missiles', 'artillery_ammunition', 'air_defence', 'armour', 'aircraft', 'small_arms', 'other_weapons']

/** Epistemic status of a claim, decided as in corpus/README.md. */
export const STATUSES = ['confirmed', 'asserted', 'reported', 'denied', 'alleged_future', 'opinion'] as const
export type Status = (typeof STATUSES)[number]

/**
 * Order used when several claims of one (supplier, recipient, category) are merged:
 * the strongest affirmative status wins; `denied` is kept apart as counter-evidence.
 */
export const STATUS_STRENGTH: Readonly<Record<Status, number>> = {
  confirmed: 5,
  asserted: 4,
  reported: 3,
  alleged_future: 2,
  opinion: 1,
  denied: 0,
}

/** Languages with lexicons. Other languages are detected and labelled, not analysed. */
export const LEXICON_LANGS = ['fr', 'en'] as const
export type LexiconLang = (typeof LEXICON_LANGS)[number]

/** Kinds of actors in the actor registry. */
export const ACTOR_KINDS = ['state', 'organisation', 'organ', 'group'] as const

/** Kinds of state a text can name without naming the state ("le royaume", "the emirate"). */
export const STATE_STYLES = ['kingdom', 'emirate', 'islamic_republic', 'island'] as const
export type StateStyle = (typeof STATE_STYLES)[number]
export type ActorKind = (typeof ACTOR_KINDS)[number]

/** What a support cue does in a sentence. */
export const CUE_KINDS = [
  'supply', // X supplies/delivers/sends … to Y
  'acquire', // Y buys/orders/receives … from X
  'use', // Y uses/launches … (with an origin on the materiel)
  'train', // X trains Y
  'deploy', // X deploys/sends personnel (troops) to Y
  'operate', // X operates/pilots weapons
  'produce', // X produces/licenses production for Y
  'repair', // X repairs/maintains for Y
  'fund', // X finances Y
  'help', // X helps/supports Y (needs a materiel or service to count)
  'origin', // "made in", "de fabrication" — marks the next actor as origin
  'reporting', // said, a déclaré — introduces a speaker
  'according', // according to X, selon X
  'denial', // denies, dément
  'refusal', // refuses, rejects a request
  'suspension', // suspends, pauses, halts support
  'negation', // not, never, ne … pas
  'hedge', // believes, likely, estime
  'accusation', // accuses, claims, reproche
  'admission', // admits, acknowledges, confirms
  'future', // will, va, plans to, pledged
  'conditional', // reportedly, aurait
  'opinion', // recommends, urges, demands, should
  'report_noun', // reports, informations, médias
] as const
export type CueKind = (typeof CUE_KINDS)[number]

/** Grammatical cases of declined names (Slavic, German): nominative, genitive, dative, accusative, instrumental, locative, vocative. */
export const GRAMMAR_CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'] as const
export type GrammarCase = (typeof GRAMMAR_CASES)[number]

/**
 * Finer kinds of trigger words that frames may ask for (`cargo`: a ship or convoy carrying materiel
 * bound somewhere; `pledge`: promising materiel to someone, a transfer still to come; `with_help`: a
 * deed done "with the help of" another actor, who gives know-how or means; `cite`: an outlet quoting
 * someone, "cytuje Radio Swoboda", whose words they stay; `predicate`: an origin verb that is its
 * clause's predicate, "les drones utilisés par la Russie viennent d'Iran", whose subject is the materiel;
 * `request`: asking for materiel, "réclame des Patriot à Washington", which anchors an opinion claim;
 * `withdraw`: pulling one's personnel out of a state, "a retiré ses troupes du Niger", which ends that support;
 * `arrive`: arriving somewhere, "les chars Leopard allemands sont arrivés en Ukraine", delivered there;
 * `contain`: the contents of a transfer named as the subject, "The package includes Javelins";
 * `thank`: thanking a state for materiel, "Kyiv thanked Stockholm for the howitzers", the thanker received it;
 * `prepare`: preparing, "prépare des soldats ukrainiens" (training them), "prépare la livraison de" (a transfer to come);
 * `deal`: a contract or deal with a partner, "signed a contract with France for Rafale jets", an order from that partner;
 * `inside`: materiel found in, fitted to or built into other materiel, "Chinese chips found in Russian drones": what is inside was supplied to the owner of what holds it.
 * `close`: closing one's territory or airspace to a state, "closed its airspace to Iranian planes", a refused access;
 * `time`: a time to come later in the clause, "in den kommenden Wochen", which makes the transfer a plan;
 * `supervise`: overseeing another's launches or units, "IRGC officers oversee Houthi launches", technical support to it;
 * `protect`: protecting a state, its cities or its sky, "American NASAMS protect Kyiv", with what protects it.
 */
export const CUE_TAGS = ['launch', 'share', 'order', 'announce', 'equip', 'speech', 'intercept', 'transit', 'cargo', 'allow', 'pledge', 'with_help', 'cite', 'modal', 'predicate', 'arrive', 'contain', 'request', 'withdraw', 'thank', 'prepare', 'deal', 'restock', 'alongside', 'strike', 'own', 'intent', 'carry', 'inside', 'close', 'time', 'supervise', 'protect', 'reflexive', 'offer'] as const
export type CueTag = (typeof CUE_TAGS)[number]

/** Forms of a trigger a frame applies to: a verb (active, passive), a noun, an agent noun. */
export const FRAME_FORMS = ['active', 'passive', 'nominal', 'agent'] as const
export type FrameForm = (typeof FRAME_FORMS)[number]

/** Conditions on one place of a frame: a purchase, a reduced relative ("des obus achetés à…"), personnel. */
export const SELECTOR_CONDITIONS = ['purchase', 'reduced', 'personnel', 'nominal', 'unpermitted'] as const
export type SelectorCondition = (typeof SELECTOR_CONDITIONS)[number]

/**
 * How an actor mention is marked in its clause; frames read roles from these (see mark-actors).
 * `object` is a bare name whose case says it is no subject (the accusative "Россию", "Україну").
 */
export const MARKINGS = ['to', 'for', 'from', 'of', 'by', 'origin', 'personnel', 'location', 'target', 'genitive', 'with', 'source', 'object', 'bare'] as const
export type Marking = (typeof MARKINGS)[number]

/**
 * Named places a frame may read a role from, besides markings:
 * subject (the clause's subject: a relative's antecedent, the object of "urged X to", the
 * nearest bare actor on the left), own-personnel (the state of personnel the trigger sends or
 * uses), users (personnel using foreign weapons), adjacent / adjacent-by (an actor right before a
 * noun: "Iranian deliveries"), copula-subject ("X has become Russia's top supplier"), stopped-by
 * (the subject of "suspended its aid"), shared-with, help-object ("pour soutenir Moscou"),
 * trainees, theatre (where personnel are), destination (a place right after what a motion verb sends:
 * "livré des canons en Ukraine"), requester ("Kyiv urged Berlin to…"), maker (the state
 * that makes a designation), cleft-subject ("ce sont les Russes qui pilotent"), origin-subject
 * (the origin of materiel that ends right before the trigger: "Russian jets use…"), defended (the
 * state an intercepted attack was aimed at: "shot down drones launched at Israel"), governor-subject
 * (the subject of a verb that promises or approves a transfer noun: "Washington approved the sale of…"),
 * reporter-after (a state right after the announcing or promising verb that follows the trigger's
 * clause, in verb–subject order: "О намерении передать Киеву танки сообщила Германия"),
 * verb-subject and verb-object (in verb–subject–object order, "زودت إيران روسيا بالمسيرات": the first
 * and the second of two bare actors right after the verb; a single bare actor after the verb is its object),
 * complement-subject (the subject of the verb whose object stands right before a complement noun
 * trigger: "تستخدم إيران سوريا مخزنا للأسلحة", "Iran uses Syria as a depot": Iran), gerund-subject (the
 * subject of the clause whose deed a gerund or a noun of means does: "by sending", "عن طريق دفع مبلغ"),
 * territory-owner (the state whose territory, airspace or bases the trigger's object is: "used Jordanian
 * airspace", "the territory of Belarus", "bases in Cyprus"), possessor (the state whose possessive stands
 * before the materiel a participle gives: "Ukraine's tanks, supplied by Germany").
 */
export const NAMED_PLACES = ['subject', 'own-personnel', 'users', 'adjacent', 'adjacent-by', 'copula-subject', 'stopped-by', 'shared-with', 'help-object', 'trainees', 'trainees-subject', 'theatre', 'destination', 'requester', 'maker', 'cleft-subject', 'origin-subject', 'defended', 'governor-subject', 'reporter-after', 'verb-subject', 'verb-object', 'help-owner', 'help-recipient', 'complement-subject', 'gerund-subject', 'head-user', 'user-after', 'deal-partner', 'deal-maker', 'thanked', 'thanker', 'party-origin', 'share-subject', 'glued-by', 'helper', 'helped', 'territory-owner', 'possessor'] as const
export type NamedPlace = (typeof NAMED_PLACES)[number]
