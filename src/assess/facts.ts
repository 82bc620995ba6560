import { z } from 'zod'

/** What an actor does for a belligerent; claim categories map onto these (data/legal/rule-set.yaml). */
export const CONDUCTS = [
  'weapons_transfer',
  'training',
  'technical_support',
  'maintenance',
  'operation_of_weapons',
  'intelligence',
  'troops',
  'financial',
  'economic',
  'territory_access',
] as const
export type Conduct = (typeof CONDUCTS)[number]

/** ARSIWA Art. 4 (organs, IRGC) and Art. 8 (directed groups) vs private firms. */
export const ACTOR_TYPES = ['state_organ', 'state_directed', 'private', 'unknown'] as const
/** Occupied Crimea counts as in_theatre. */
export const LOCATIONS = ['in_theatre', 'out_of_theatre'] as const
/** `inferred`: an organ deployed abroad implies a decision of the state. */
export const OFFICIAL_DECISIONS = [true, 'inferred', false, 'unknown'] as const
export const NEXUSES = ['general', 'specific_operations'] as const
export const COORDINATIONS = ['none', 'liaison', 'joint_decision'] as const
export const KNOWLEDGE_IHL = ['none', 'risk', 'pattern', 'specific'] as const
export const USED_UNLAWFULLY = [true, false, 'unknown'] as const
/**
 * Per UNGA ES-11/1 for Russia–Ukraine; set by the conflict definition. `undetermined`: no
 * authoritative determination of aggression (Israel–Hamas, Armenia–Azerbaijan 2020), so helping
 * either side is no lawful non-belligerence.
 */
export const RECIPIENT_ROLES = ['aggressor', 'victim', 'undetermined'] as const
export const LEVELS = ['established', 'alleged', 'prospective', 'denied_only'] as const
export type Level = (typeof LEVELS)[number]
/** Political statements are kept apart from conduct: they never prove a fact. */
export const CLAIM_KINDS = ['fact', 'belligerent_says_party', 'official_says_aligned'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/**
 * The evidence fields rules read (frameworks.md §3 `evidence_fields`). Adding a field here adds
 * it to rule conditions, scenarios and overrides; `CHECKS` in evaluate-rule.ts then needs a line.
 */
export const FACT_FIELDS = {
  conduct: z.enum(CONDUCTS).describe('conduct'),
  actor_type: z.enum(ACTOR_TYPES).describe('who acted (state organ, state-directed group, private)'),
  location: z.enum(LOCATIONS).describe('where the conduct took place'),
  official_decision: z.literal(OFFICIAL_DECISIONS).describe('an official decision of the state'),
  nexus: z.enum(NEXUSES).describe('link to specific military operations'),
  coordination: z.enum(COORDINATIONS).describe('coordination with the belligerent'),
  knowledge_ihl: z.enum(KNOWLEDGE_IHL).describe("knowledge of the recipient's IHL violations"),
  used_unlawfully: z.literal(USED_UNLAWFULLY).describe('the support was used in unlawful attacks'),
  recipient_role: z.enum(RECIPIENT_ROLES).describe('role of the recipient in the conflict'),
  supplier_att_party: z.boolean().describe('supplier is a party to the Arms Trade Treaty'),
  level: z.enum(LEVELS).describe('strength of the evidence'),
  unsc_measure_in_force: z.boolean().describe('a UN Security Council measure covered the conduct at the time'),
  state_aware: z.boolean().describe('the state knew of the private conduct'),
  claim_kind: z.enum(CLAIM_KINDS).describe('kind of claim'),
} as const
export type FactField = keyof typeof FACT_FIELDS
export const FACT_FIELD_NAMES = Object.keys(FACT_FIELDS) as FactField[]

/** The facts of one (actor, counterpart, conduct); a field left out is not known. */
export const Facts = z.strictObject(FACT_FIELDS).partial()
export type Facts = z.infer<typeof Facts>
export type FactValue = NonNullable<Facts[FactField]>

/** Words for a field, for traces and "what would change it". */
export const fieldLabel = (field: FactField): string => FACT_FIELDS[field].description ?? field

/** Words for a value: `specific_operations` → "specific operations". */
export const valueLabel = (value: FactValue | undefined): string =>
  value === undefined ? 'not known' : String(value).replaceAll('_', ' ')
