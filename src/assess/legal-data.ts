import { z } from 'zod'
import { ActorCode, EntryId } from '../data/schemas.js'
import { Day } from '../domain/values.js'
import { ACTOR_KINDS, CATEGORIES, STATUSES, type Status } from '../domain/vocabulary.js'
import { CONDUCTS, FACT_FIELD_NAMES, FACT_FIELDS, RECIPIENT_ROLES, type FactField, type FactValue } from './facts.js'

/** Framework, tier and set names: snake_case as in frameworks.md (`icrc_sba`, `not_party`). */
export const Name = z.string().regex(/^[a-z][a-z0-9_]*$/, 'names are lower-case snake_case')
/** Rule ids as in frameworks.md: `sba.own_force`. */
export const RuleId = z.string().regex(/^[a-z0-9]+(?:[._][a-z0-9]+)*$/, 'rule ids are lower-case, dot-separated: sba.own_force')
/** Citation keys of the bibliography: `Ferraro2013`, `ARSIWA_16`. */
export const CiteKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'citation keys are letters, digits and _')
/** Flags as in frameworks.md: `personnel_combatants`, `individual_DPH_if_operating`. */
export const FlagName = z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'flags are snake_case')
export const IsoDate = Day
const Text = z.string().trim().min(1)

/** Common Article 2 (between states, occupation) and Common Article 3 (with or between armed groups). */
export const CLASSIFICATIONS = ['international_armed_conflict', 'non_international_armed_conflict'] as const
export type Classification = (typeof CLASSIFICATIONS)[number]

/**
 * Where a framework applies: to which kinds of actor (neutrality law binds states, not
 * organisations or armed groups) and in which conflicts (neutrality law only in international
 * armed conflict). Outside them the framework is reported as not applicable, with the reason.
 */
export const Applicability = z.strictObject({
  actor_kinds: z.array(z.enum(ACTOR_KINDS)).min(1),
  classifications: z.array(z.enum(CLASSIFICATIONS)).min(1),
  /** Why, in words, shown when the framework does not apply. */
  note: Text,
  cite: z.array(CiteKey).default([]),
})
export type Applicability = z.infer<typeof Applicability>

/** data/legal/frameworks.yaml: one entry per framework; tiers from lowest to highest. */
export const Framework = z.strictObject({
  id: Name,
  title: Text,
  /** Which question the framework answers; frameworks on different axes are never merged. */
  axis: z.enum(['party_status', 'neutrality', 'state_responsibility', 'individual_responsibility']),
  /** Two lines for the README and the UI. */
  summary: z.tuple([Text, Text]),
  tiers: z.array(Name).min(2),
  default: Name,
  cite: z.array(CiteKey).default([]),
  applies_to: Applicability,
})
export type Framework = z.infer<typeof Framework>

/** A condition as written: a value, a list of values, or a named set `{set: military_support}`. */
export type Condition = readonly FactValue[] | { readonly set: string }

/** Accepts one value or a list and checks each against the field's schema, naming the bad value. */
const condition = (field: FactField) =>
  z.unknown().transform((raw, ctx): Condition => {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const ref = z.strictObject({ set: Name }).safeParse(raw)
      if (ref.success) return ref.data
      ctx.addIssue({ code: 'custom', message: 'expected a value, a list of values or {set: name}' })
      return z.NEVER
    }
    const values = Array.isArray(raw) ? raw : [raw]
    if (values.length === 0) ctx.addIssue({ code: 'custom', message: 'an empty list never matches' })
    values.forEach((value, index) => {
      const result = FACT_FIELDS[field].safeParse(value)
      if (!result.success)
        ctx.addIssue({
          code: 'custom',
          message: `${JSON.stringify(value)} is not a value of ${field}: ${result.error.issues[0]?.message ?? ''}`,
          path: Array.isArray(raw) ? [index] : [],
        })
    })
    return values as FactValue[]
  })

/** A rule's `when`: every field of the evidence may carry a condition; all must hold. */
export type When = Readonly<Partial<Record<FactField, Condition>>>
export const When = z.strictObject(
  Object.fromEntries(FACT_FIELD_NAMES.map((field) => [field, condition(field).optional()])),
) as unknown as z.ZodType<When>

/** A named set of values for one field, referenced from rules as `{set: name}`. */
export const ConditionSet = z.strictObject({
  field: z.enum(FACT_FIELD_NAMES),
  values: z.array(z.unknown()).min(1),
  note: Text.optional(),
})
export type ConditionSet = z.infer<typeof ConditionSet>

/** data/legal/rule-set.yaml: what every rule shares. */
export const RuleSet = z.strictObject({
  version: z.literal(1),
  /** Conduct → claim categories; every category belongs to exactly one conduct. */
  category_map: z.partialRecord(z.enum(CONDUCTS), z.array(z.enum(CATEGORIES)).min(1)),
  sets: z.record(Name, ConditionSet).default({}),
  /** Conditions added to every rule that does not state a condition on the same field. */
  implicit_when: When.default({}),
  /** Every flag and ground a rule may raise, with its meaning in words. */
  flags: z.record(FlagName, Text),
  grounds: z.record(Name, Text),
  /** Facts a hand-written scenario leaves out (frameworks.md §4): filled, and named in a warning. */
  scenario_defaults: z.strictObject(Object.fromEntries(FACT_FIELD_NAMES.map((field) => [field, FACT_FIELDS[field].optional()]))).default({}) as unknown as z.ZodType<
    Partial<{ [F in FactField]: FactValue }>
  >,
})
export type RuleSet = z.infer<typeof RuleSet>

/** data/legal/rules/<framework>/<id>.yaml: one rule. `then: null` rules only raise flags. */
export const Rule = z.strictObject({
  id: RuleId,
  /** A framework id, or `all` for rules that apply under every framework. */
  framework: Name,
  /** What the rule says, in a few words, for the trace. */
  label: Text,
  when: When,
  then: Name.nullable().default(null),
  flags: z.array(FlagName).default([]),
  grounds: Name.optional(),
  note: Text.optional(),
  cite: z.array(CiteKey).min(1),
})
export type Rule = z.infer<typeof Rule>

/** data/legal/bibliography.yaml: one entry per citation key. */
export const BibliographyEntry = z.strictObject({
  key: CiteKey,
  reference: Text,
  url: z.url().optional(),
  doi: z.string().regex(/^10\.\d{4,}\/\S+$/, 'a DOI starts with 10.').optional(),
  note: Text.optional(),
})
export type BibliographyEntry = z.infer<typeof BibliographyEntry>

/**
 * A user's correction of one fact, shown in the trace. Without `counterpart` or `conduct` it
 * applies to every row of the actor.
 */
export const Override = z
  .strictObject({
    actor: ActorCode,
    counterpart: ActorCode.optional(),
    conduct: z.enum(CONDUCTS).optional(),
    field: z.enum(FACT_FIELD_NAMES),
    value: z.unknown(),
    reason: Text,
    source: Text,
    by: Text.optional(),
    at: IsoDate.optional(),
  })
  .superRefine((override, ctx) => {
    const result = FACT_FIELDS[override.field].safeParse(override.value)
    if (!result.success)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${JSON.stringify(override.value)} is not a value of ${override.field}: ${result.error.issues[0]?.message ?? ''}`,
      })
  })
export type Override = z.infer<typeof Override>

/** A dated, sourced pattern of unlawful use by a belligerent (e.g. strikes on the power grid). */
export const UnlawfulPattern = z.strictObject({
  id: EntryId,
  actor: ActorCode,
  description: Text,
  from: IsoDate,
  to: IsoDate.nullable(),
  /** Materiel categories the pattern used. */
  categories: z.array(z.enum(CATEGORIES)).min(1),
  /**
   * What a supplier knows once the pattern is documented: `pattern` (a court or an
   * investigation found it) or only `risk` (documented by UN bodies and NGOs, disputed by the
   * belligerent, no judicial finding): a Common Article 1 / ATT Art. 7 concern.
   */
  knowledge: z.enum(['pattern', 'risk']).default('pattern'),
  /** `contested`: whether the use was unlawful is disputed, so supply is not taken as used unlawfully. */
  unlawful_use: z.enum(['established', 'contested']).default('established'),
  cite: z.array(CiteKey).min(1),
  note: Text.optional(),
})
export type UnlawfulPattern = z.infer<typeof UnlawfulPattern>

/** A UN Security Council measure restricting what `actor` may supply. */
export const UnscMeasure = z.strictObject({
  id: EntryId,
  title: Text,
  actor: ActorCode,
  categories: z.array(z.enum(CATEGORIES)).min(1),
  from: IsoDate,
  to: IsoDate.nullable(),
  /** Whether the materiel in question falls under the measure is disputed. */
  contested: z.boolean().default(false),
  cite: z.array(CiteKey).min(1),
  note: Text.optional(),
})
export type UnscMeasure = z.infer<typeof UnscMeasure>

/** One reading of a conflict's classification, with who holds it. */
export const ClassificationView = z.strictObject({
  classification: z.enum(CLASSIFICATIONS),
  held_by: Text,
  cite: z.array(CiteKey).min(1),
  note: Text.optional(),
})

/**
 * A conflict's classification: one value, or `contested` with each view and its sources. The
 * short form `classification: international_armed_conflict` stands for `{value: …}`.
 */
export const ConflictClassification = z.preprocess(
  (value) => (typeof value === 'string' ? { value } : value),
  z.strictObject({
    value: z.enum([...CLASSIFICATIONS, 'contested']),
    views: z.array(ClassificationView).default([]),
    cite: z.array(CiteKey).default([]),
    note: Text.optional(),
  }),
)
export type ConflictClassification = z.infer<typeof ConflictClassification>

/** data/conflicts/<id>.yaml: the facts about a conflict that news text cannot give. */
export const Conflict = z.strictObject({
  id: EntryId,
  title: Text,
  /** The conflict `cobel assess` uses when none is named. */
  default: z.boolean().default(false),
  classification: ConflictClassification,
  start: IsoDate,
  /** Last day of hostilities (ceasefire, end of the war); null while it goes on. */
  end: IsoDate.nullable().default(null),
  parties: z.array(z.strictObject({ actor: ActorCode, role: z.enum(RECIPIENT_ROLES), note: Text.optional(), cite: z.array(CiteKey).default([]) })).min(2),
  aggression: z
    .strictObject({ aggressor: ActorCode, victim: ActorCode, date: IsoDate, determined_by: CiteKey, note: Text.optional() })
    .optional(),
  theatre: z
    .array(
      z.strictObject({
        id: EntryId,
        name: Text,
        in_theatre: z.boolean(),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
        note: Text.optional(),
      }),
    )
    .default([]),
  unsc_measures: z.array(UnscMeasure).default([]),
  att: z.strictObject({
    cite: z.array(CiteKey).min(1),
    as_of: IsoDate,
    parties: z.array(ActorCode),
    not_parties: z.array(z.strictObject({ actor: ActorCode, note: Text })).default([]),
  }),
  patterns: z.array(UnlawfulPattern).default([]),
  overrides: z.array(Override).nullable().default([]).transform((list) => list ?? []),
})
export type Conflict = z.infer<typeof Conflict>

/**
 * Who says a claim, relative to the transfer it is about, as analysts grade sources: the kinds of
 * source, from an admission by the supplier or the recipient to the journalist's own voice.
 */
export const SOURCE_KINDS = [
  'party_admission',
  'international_body',
  'third_state_official',
  'organisation_official',
  'adverse_party_official',
  'official_unidentified',
  'expert_or_lawmaker',
  'media_named_source',
  'media_unnamed_source',
  'unattributed',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type Reliability = (typeof RELIABILITIES)[number]
const Credibility = z.number().int().min(1).max(6)

/** data/legal/source-grades.yaml: the Admiralty (NATO) grading of claims' sources. */
export const SourceGrading = z.strictObject({
  cite: z.array(CiteKey).min(1),
  /** A–F in words. */
  reliability: z.strictObject(Object.fromEntries(RELIABILITIES.map((r) => [r, Text])) as Record<Reliability, typeof Text>),
  /** 1–6 in words. */
  credibility: z.record(z.string().regex(/^[1-6]$/), Text),
  kinds: z.strictObject(
    Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, z.strictObject({ reliability: z.enum(RELIABILITIES), label: Text })])) as Record<
      SourceKind,
      z.ZodObject<{ reliability: z.ZodEnum<{ [K in Reliability]: K }>; label: typeof Text }>
    >,
  ),
  /** How the claim is said: a statement of fact (confirmed) is probably true (2), an accusation possibly true (3). */
  credibility_by_status: z.strictObject(Object.fromEntries(STATUSES.map((status) => [status, Credibility])) as Record<Status, typeof Credibility>),
  /** Organisations whose findings count as an international body's (UN panels, IAEA, OSCE). */
  international_bodies: z.array(ActorCode).min(1),
})
export type SourceGrading = z.infer<typeof SourceGrading>

/** data/legal/status-statements.yaml: words that call a state a party to a war, per language. */
export const StatusPhrases = z
  .strictObject({
    phrases: z.record(z.string().regex(/^[a-z]{2}$/, 'languages are ISO 639-1 codes'), z.array(Text).min(1)),
    /** Lower-case, unaccented stems one of which every phrase holds: a cheap first filter for the store. */
    anchors: z.array(z.string().regex(/^[a-z-]{4,}$/, 'anchors are lower-case unaccented stems of 4 letters or more')).min(1),
  })
  .superRefine((data, ctx) => {
    const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (const [lang, phrases] of Object.entries(data.phrases))
      phrases.forEach((phrase, index) => {
        if (!data.anchors.some((anchor) => fold(phrase).includes(anchor)))
          ctx.addIssue({ code: 'custom', path: ['phrases', lang, index], message: `"${phrase}" holds none of the anchors (${data.anchors.join(', ')})` })
      })
  })
export type StatusPhrases = z.infer<typeof StatusPhrases>

/** Everything the engine reads from data/legal and data/conflicts, validated and cross-checked. */
export interface LegalData {
  readonly ruleSet: RuleSet
  readonly grading: SourceGrading
  readonly statusPhrases: StatusPhrases
  /** In the order of frameworks.yaml, which is the order of reports and scenario `exp` lists. */
  readonly frameworks: readonly Framework[]
  readonly rules: readonly Rule[]
  readonly bibliography: readonly BibliographyEntry[]
  readonly conflicts: readonly Conflict[]
}
