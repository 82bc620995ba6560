import { assessActors, assessTimeline, codesRollingUpTo, type ActorAssessment, type ActorInfo, type LegalData, type TierChange } from '../assess/index.js'
import type { EvidenceClaim } from '../domain/evidence.js'
import { listEvidenceClaims } from '../store/list-evidence-claims.js'
import type { Store } from '../store/open-store.js'
import type { ReadCache } from './read-cache.js'

export interface AssessQuery {
  readonly asOf?: string
  readonly conflict?: string
}

/** One line per state for the overview: the seed's question answered at a glance. */
export interface StateSummary {
  readonly actor: string
  readonly label: string
  readonly frameworks: readonly { readonly framework: string; readonly tier: string; readonly rank: number; readonly confidence: string | null }[]
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

/** The assessment engine over the store, recomputed only when the store changes. */
export interface Assessor {
  evidence(asOf?: string): Promise<EvidenceClaim[]>
  assess(query: AssessQuery): Promise<ActorAssessment[]>
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
  const evidence = (asOf?: string): Promise<EvidenceClaim[]> => cache.value(`evidence:${asOf ?? ''}`, () => listEvidenceClaims(store, { ...(asOf ? { asOf } : {}), withText: false }))
  const assess = (query: AssessQuery): Promise<ActorAssessment[]> =>
    cache.value(`assess:${query.asOf ?? ''}:${query.conflict ?? ''}`, async () =>
      assessActors(await evidence(query.asOf), legal, { actors, ...(query.asOf ? { asOf: query.asOf } : {}), ...(query.conflict ? { conflict: query.conflict } : {}) }),
    )
  return {
    evidence,
    assess,
    timeline: (query) =>
      cache.value(`timeline:${query.actor}:${query.until ?? ''}:${query.conflict ?? ''}`, async () => {
        // The state's claims and those of its organs (IRGC → IRN), as the engine rolls them up.
        const codes = new Set(codesRollingUpTo([query.actor], actors))
        const own = (await evidence()).filter((c) => (codes.has(c.supplier) || (c.via !== null && codes.has(c.via))) && c.publishedAt && (!query.until || c.publishedAt <= query.until))
        const granularity = granularityOf(own.map((c) => c.publishedAt!))
        const bucketed = own.map((c) => ({ ...c, publishedAt: bucketEnd(c.publishedAt!, granularity, query.until) }))
        const changes = assessTimeline(bucketed, legal, { actors, actor: query.actor, ...(query.until ? { until: query.until } : {}), ...(query.conflict ? { conflict: query.conflict } : {}) })
        const days = new Map<string, { date: string; claims: number; denials: number }>()
        for (const claim of bucketed) {
          const day = days.get(claim.publishedAt) ?? { date: claim.publishedAt, claims: 0, denials: 0 }
          if (claim.status === 'denied') day.denials++
          else day.claims++
          days.set(claim.publishedAt, day)
        }
        return { granularity, changes, claimDates: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)) }
      }),
    summaries: (query) =>
      cache.value(`summaries:${query.asOf ?? ''}:${query.conflict ?? ''}`, async () => {
        const [assessments, claims] = await Promise.all([assess(query), evidence(query.asOf)])
        const keyOf = new Map(claims.map((claim) => [claim.id, claim.independenceKey]))
        return assessments.map((assessment) => summarise(assessment, labels, keyOf))
      }),
  }
}

function summarise(assessment: ActorAssessment, labels: ReadonlyMap<string, string>, keyOf: ReadonlyMap<string, string>): StateSummary {
  const conductRows = assessment.rows.filter((row) => row.kind === 'conduct')
  const claims = new Map(conductRows.flatMap((row) => row.claims.map((claim) => [claim.id, claim] as const)))
  const denials = new Set(conductRows.flatMap((row) => row.counterEvidence.map((claim) => claim.id)))
  const dates = [...claims.values()].map((claim) => claim.publishedAt).filter((d): d is string => !!d).sort()
  return {
    actor: assessment.actor,
    label: labels.get(assessment.actor) ?? assessment.actor,
    frameworks: assessment.frameworks.map((framework) => ({
      framework: framework.framework,
      tier: framework.tier,
      rank: framework.tiers.indexOf(framework.tier),
      confidence: framework.confidence,
    })),
    conduct: conductRows.map((row) => ({ counterpart: row.counterpart, conduct: row.conduct, level: row.facts.level ?? null, categories: row.categories })),
    claims: claims.size,
    sources: new Set([...claims.keys()].map((id) => keyOf.get(id) ?? id)).size,
    denials: denials.size,
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
