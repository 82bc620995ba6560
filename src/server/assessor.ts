import {
  assessTimeline,
  codesRollingUpTo,
  conflictOf,
  NOT_APPLICABLE,
  totalClaims,
  type ActorAssessment,
  type ActorInfo,
  type EvidenceSummary,
  type LegalData,
  type PoliticalStatement,
  type TierChange,
} from '../assess/index.js'
import { claimCount } from '../domain/evidence.js'
import { assessStore } from '../assess-store/assess-store.js'
import { statusStatementsOf } from '../assess-store/status-statements-of.js'
import { listAssessedEvidence } from '../store/claim-tallies.js'
import { countIndependentSources } from '../store/count-sources.js'
import type { Store } from '../store/open-store.js'
import type { ReadCache } from './read-cache.js'

export interface AssessQuery {
  /** Default: today (UTC), stated in the answer. */
  readonly asOf?: string
  readonly conflict?: string
}

/** Today in UTC: the as-of day of an assessment that names none. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10)

/** One line per state for the overview: the seed's question answered at a glance. */
export interface StateSummary {
  readonly actor: string
  readonly label: string
  /** rank -1 when the framework does not apply (tier `not_applicable`). */
  readonly frameworks: readonly { readonly framework: string; readonly tier: string; readonly rank: number; readonly confidence: string | null; readonly applicability: string }[]
  /** What it does for whom, and how well established. */
  readonly conduct: readonly { readonly counterpart: string | null; readonly conduct: string | null; readonly level: string | null; readonly categories: readonly string[] }[]
  readonly claims: number
  /** Independent sources behind its claims (copies of one story and one outlet count once). */
  readonly sources: number
  readonly denials: number
  readonly lastSeen: string | null
}

export const GRANULARITIES = ['day', 'week', 'month'] as const
export type Granularity = (typeof GRANULARITIES)[number]

export interface Timeline {
  /** Dates are the last day of their week or month when one actor has too many dates to replay each. */
  readonly granularity: Granularity
  readonly changes: readonly TierChange[]
  readonly claimDates: readonly { readonly date: string; readonly claims: number; readonly denials: number }[]
}

/**
 * The assessment engine over the store (over its claim tallies beyond a few thousand claims,
 * see listAssessedEvidence), recomputed only when the store changes.
 */
export interface Assessor {
  assess(query: AssessQuery): Promise<ActorAssessment[]>
  /** What the assessment counted and left out: its as-of day, undated claims, claims outside the conflict or after the day. */
  evidence(query: AssessQuery): Promise<EvidenceSummary>
  timeline(query: { readonly actor: string; readonly until?: string; readonly conflict?: string }): Promise<Timeline>
  summaries(query: AssessQuery): Promise<StateSummary[]>
}

export interface AssessorOptions {
  readonly store: Store
  readonly legal: LegalData
  /** Actor registry: labels, and the organ → state roll-up (IRGC → IRN). */
  readonly actors: readonly (ActorInfo & { readonly label?: string })[]
  readonly cache: ReadCache
}

export function createAssessor({ store, legal, actors, cache }: AssessorOptions): Assessor {
  const labels = new Map(actors.map((actor) => [actor.code, actor.label ?? actor.code]))
  const statements = (conflict: string): Promise<PoliticalStatement[]> => cache.value(`statements:${conflict}`, () => statusStatementsOf(store, legal, conflict, actors))
  const assessed = (query: AssessQuery) => {
    const asOf = query.asOf ?? todayUtc()
    const conflict = conflictOf(legal, query.conflict).id
    return cache.value(`assess:${asOf}:${conflict}`, () => assessStore(store, legal, { actors, asOf, conflict, statements: () => statements(conflict) }))
  }
  const assess = async (query: AssessQuery): Promise<ActorAssessment[]> => (await assessed(query)).assessments
  return {
    assess,
    evidence: async (query) => (await assessed(query)).summary,
    timeline: (query) =>
      cache.value(`timeline:${query.actor}:${query.until ?? ''}:${query.conflict ?? ''}`, async () => {
        // The state's claims and those of its organs (IRGC → IRN), as the engine rolls them up, tallied per day.
        const codes = codesRollingUpTo([query.actor], actors)
        const own = (await listAssessedEvidence(store, { actors: codes, ...(query.until ? { asOf: query.until } : {}) })).filter((c) => c.publishedAt)
        const granularity = granularityOf(own.map((c) => c.publishedAt!))
        const bucketed = own.map((c) => {
          const end = bucketEnd(c.publishedAt!, granularity, query.until)
          return { ...c, publishedAt: end, lastPublishedAt: end }
        })
        const said = await statements(conflictOf(legal, query.conflict).id)
        const changes = assessTimeline(bucketed, legal, { actors, actor: query.actor, statements: said, ...(query.until ? { until: query.until } : {}), ...(query.conflict ? { conflict: query.conflict } : {}) })
        const days = new Map<string, { date: string; claims: number; denials: number }>()
        for (const claim of bucketed) {
          const day = days.get(claim.publishedAt) ?? { date: claim.publishedAt, claims: 0, denials: 0 }
          if (claim.status === 'denied') day.denials += claimCount(claim)
          else day.claims += claimCount(claim)
          days.set(claim.publishedAt, day)
        }
        return { granularity, changes, claimDates: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)) }
      }),
    summaries: (query) =>
      cache.value(`summaries:${query.asOf ?? todayUtc()}:${conflictOf(legal, query.conflict).id}`, async () => {
        const assessments = await assess(query)
        const conflict = conflictOf(legal, query.conflict)
        const parties = conflict.parties.map((party) => party.actor)
        const sources = await countIndependentSources(store, {
          states: new Map(assessments.map((a) => [a.actor, codesRollingUpTo([a.actor], actors)])),
          recipients: codesRollingUpTo(parties, actors),
          ...(query.asOf ? { asOf: query.asOf } : {}),
        })
        return assessments.map((assessment) => summarise(assessment, labels, sources.get(assessment.actor) ?? 0))
      }),
  }
}

function summarise(assessment: ActorAssessment, labels: ReadonlyMap<string, string>, sources: number): StateSummary {
  const conductRows = assessment.rows.filter((row) => row.kind === 'conduct')
  const claims = new Map(conductRows.flatMap((row) => row.claims.map((claim) => [claim.id, claim] as const)))
  const denials = new Map(conductRows.flatMap((row) => row.counterEvidence.map((claim) => [claim.id, claim] as const)))
  const dates = conductRows.map((row) => row.interval?.to).filter((d): d is string => !!d).sort()
  return {
    actor: assessment.actor,
    label: labels.get(assessment.actor) ?? assessment.actor,
    frameworks: assessment.frameworks.map((framework) => ({
      framework: framework.framework,
      tier: framework.tier,
      rank: framework.tier === NOT_APPLICABLE ? -1 : framework.tiers.indexOf(framework.tier),
      confidence: framework.confidence,
      applicability: framework.applicability.status,
    })),
    conduct: conductRows.map((row) => ({ counterpart: row.counterpart, conduct: row.conduct, level: row.facts.level ?? null, categories: row.categories })),
    claims: totalClaims([...claims.values()]),
    sources,
    denials: totalClaims([...denials.values()]),
    lastSeen: dates.at(-1) ?? null,
  }
}

/** Replaying every date costs a full evaluation per date: beyond this many, dates are grouped. */
const MAX_REPLAYED_DATES = 90

function granularityOf(days: readonly string[]): Granularity {
  for (const granularity of GRANULARITIES) if (new Set(days.map((day) => bucketEnd(day, granularity))).size <= MAX_REPLAYED_DATES) return granularity
  return 'month'
}

/** The last day of the day's week (Sunday) or month, not after `until`. */
export function bucketEnd(day: string, granularity: Granularity, until?: string): string {
  if (granularity === 'day') return day
  const date = new Date(`${day}T00:00:00Z`)
  if (granularity === 'week') date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7))
  else date.setUTCMonth(date.getUTCMonth() + 1, 0)
  const end = date.toISOString().slice(0, 10)
  return until && end > until ? until : end
}
