import type { FastifyInstance, FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { codesRollingUpTo, compactAssessment, conflictOf, DISCLAIMER, type ActorAssessment, type ActorInfo, type LegalData } from '../../assess/index.js'
import { CobelError } from '../../domain/errors.js'
import type { Store } from '../../store/open-store.js'
import { fillClaimTexts } from '../../store/fill-claim-texts.js'
import { listClaimsByMonth } from '../../store/list-claims-by-month.js'
import { lastIngestAt } from '../../store/store-fingerprint.js'
import { storeStats } from '../../store/store-stats.js'
import { addRoute } from '../api-route.js'
import { ActorCode, AssessmentBody, AssessmentsBody, Day, OverviewBody, TimelineBody, TimelineMonthsBody } from '../api-schemas.js'
import type { Assessor } from '../assessor.js'
import { monthlyTimeline } from '../month-timeline.js'
import type { ReadCache } from '../read-cache.js'

export interface AssessmentRoutesOptions {
  readonly store: Store
  readonly assessor: Assessor
  readonly legal: LegalData
  readonly cache: ReadCache
  /** Actor registry: the organs that roll up to a state (IRGC → IRN). */
  readonly actors: readonly ActorInfo[]
}

/** The enums of the frameworks and conflicts that the legal data defines. */
function legalEnums(legal: LegalData) {
  const frameworkIds = legal.frameworks.map((f) => f.id) as [string, ...string[]]
  const conflictIds = legal.conflicts.map((c) => c.id) as [string, ...string[]]
  return { Framework: z.enum(frameworkIds), Conflict: z.enum(conflictIds) }
}
type LegalEnums = ReturnType<typeof legalEnums>

/** Legal assessments per state and framework, with their traces, and the dates at which tiers changed. */
export const assessmentRoutes: FastifyPluginAsync<AssessmentRoutesOptions> = async (app, options) => {
  const enums = legalEnums(options.legal)
  addAssessmentRoutes(app, options, enums)
  addTimelineRoutes(app, options, enums)
}

/** /assessments, /assessments/:actor and /overview. */
function addAssessmentRoutes(app: FastifyInstance, { store, assessor, cache }: AssessmentRoutesOptions, { Framework, Conflict }: LegalEnums): void {
  const AssessQuery = z.strictObject({
    actor: ActorCode.optional().describe('only this state (organs roll up: IRGC → IRN)'),
    framework: Framework.optional().describe('only this framework'),
    asOf: Day.optional().describe('only evidence published by this day (undated claims: captured by then); default today'),
    conflict: Conflict.optional(),
    claims: z.coerce.number().int().min(0).max(10_000).default(20).describe('claims and denials listed per framework (the counts are always whole)'),
    rows: z.enum(['true', 'false']).default('false').describe('include the evidence rows (facts with all their claims): large'),
  })
  const OneQuery = AssessQuery.omit({ actor: true })
  // The assessor reads claims without their words; those of the claims listed are read here.
  const shape = (list: readonly ActorAssessment[], query: { framework?: string | undefined; claims: number; rows: 'true' | 'false' }) =>
    fillClaimTexts(store, list.map((a) => compactAssessment(a, { framework: query.framework, maxClaims: query.claims, withRows: query.rows === 'true' })))

  addRoute(
    app,
    { method: 'GET', url: '/assessments', summary: 'Every outside state under every framework: tier, confidence, fired rules, claims, denials, what would change it', tag: 'assessments', role: 'viewer', query: AssessQuery, response: AssessmentsBody, cache },
    async ({ query }) => {
      const [all, evidence] = await Promise.all([assessor.assess(query), assessor.evidence(query)])
      return { disclaimer: DISCLAIMER, evidence, items: await shape(query.actor ? all.filter((a) => a.actor === query.actor) : all, query) }
    },
  )
  addRoute(
    app,
    { method: 'GET', url: '/assessments/:actor', summary: "One state's assessment with its whole trace", tag: 'assessments', role: 'viewer', params: z.strictObject({ actor: ActorCode }), query: OneQuery, response: AssessmentBody, cache },
    async ({ params, query }) => {
      const found = (await assessor.assess(query)).find((a) => a.actor === params.actor)
      if (!found) throw new CobelError('ERR_NOT_FOUND', `${params.actor} has no support claims counted in ${query.conflict ?? 'this conflict'}${query.asOf ? ` by ${query.asOf}` : ''}`)
      return { disclaimer: DISCLAIMER, ...(await shape([found], query))[0]! }
    },
  )
  addRoute(
    app,
    { method: 'GET', url: '/overview', summary: 'One line per state: tier under each framework, what it does for whom, claims, independent sources and denials', tag: 'assessments', role: 'viewer', query: OneQuery.pick({ asOf: true, conflict: true }), response: OverviewBody, cache },
    async ({ query }) => {
      const [states, stats, lastIngest, evidence] = await Promise.all([assessor.summaries(query), storeStats(store), lastIngestAt(store), assessor.evidence(query)])
      return { disclaimer: DISCLAIMER, lastIngest, documents: stats.documents, claims: stats.claims, evidence, states }
    },
  )
}

/** /timeline and /timeline/months. */
function addTimelineRoutes(app: FastifyInstance, { store, assessor, legal, cache, actors }: AssessmentRoutesOptions, { Framework, Conflict }: LegalEnums): void {
  addRoute(
    app,
    {
      method: 'GET',
      url: '/timeline',
      summary: "A state's tier changes and its claims by publication date (grouped by week or month when there are many dates)",
      tag: 'assessments',
      role: 'viewer',
      query: z.strictObject({ actor: ActorCode, framework: Framework.optional(), until: Day.optional(), conflict: Conflict.optional() }),
      response: TimelineBody,
      cache,
    },
    async ({ query }) => {
      const timeline = await assessor.timeline(query)
      return { ...timeline, changes: query.framework ? timeline.changes.filter((c) => c.framework === query.framework) : timeline.changes }
    },
  )
  addRoute(
    app,
    {
      method: 'GET',
      url: '/timeline/months',
      summary: "A state's (or a pair's) claims month by month with their statuses, and the state's tier under one framework at the end of each month; undated claims apart",
      tag: 'assessments',
      role: 'viewer',
      query: z.strictObject({
        actor: ActorCode.describe('the supplying state (its organs roll up to it)'),
        recipient: ActorCode.optional().describe('only claims to this recipient (a pair supplier → recipient); default: to any party of the conflict'),
        framework: Framework.optional().describe('default: the first framework'),
        conflict: Conflict.optional(),
        until: Day.optional().describe('only evidence published by this day'),
        claims: z.coerce.number().int().min(0).max(200).default(20).describe('claims listed per month (the counts are always whole)'),
      }),
      response: TimelineMonthsBody,
      cache,
    },
    async ({ query }) => {
      const framework = legal.frameworks.find((f) => f.id === query.framework) ?? legal.frameworks[0]!
      const conflict = conflictOf(legal, query.conflict)
      // A state's timeline shows its support to the parties of the conflict, as its tier weighs them.
      const recipients = codesRollingUpTo(query.recipient ? [query.recipient] : conflict.parties.map((p) => p.actor), actors)
      const [months, timeline] = await Promise.all([
        listClaimsByMonth(store, { actors: codesRollingUpTo([query.actor], actors), recipients, perMonth: query.claims, ...(query.until ? { until: query.until } : {}) }),
        assessor.timeline({ actor: query.actor, conflict: conflict.id, ...(query.until ? { until: query.until } : {}) }),
      ])
      const changes = timeline.changes.filter((c) => c.framework === framework.id)
      return {
        actor: query.actor,
        recipient: query.recipient ?? null,
        framework: framework.id,
        conflict: conflict.id,
        until: query.until ?? null,
        tiers: framework.tiers,
        ...monthlyTimeline(months, changes, framework.default, query.until),
      }
    },
  )
}
