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
export const STATE_STYLES = ['kingdom', 'emirate', 'islamic_republic'] as const
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
