import type { FastifyPluginAsync } from 'fastify'
import { DISCLAIMER, type LegalData } from '../../assess/index.js'
import { CATEGORIES, STATUSES } from '../../domain/vocabulary.js'
import { EXTRACTOR_VERSION } from '../../pipeline/version.js'
import { REVIEW_STATES } from '../../store/database.js'
import type { Store } from '../../store/open-store.js'
import { lastIngestAt, storeFingerprint } from '../../store/store-fingerprint.js'
import { storeStats } from '../../store/store-stats.js'
import { ROLES } from '../../store/users.js'
import type { AccessControl } from '../access-control.js'
import { HealthBody, MetaBody, SessionBody, StatsBody } from '../api-schemas.js'
import { addRoute } from '../api-route.js'
import type { ReadCache } from '../read-cache.js'

export interface MetaRoutesOptions {
  readonly store: Store
  readonly cache: ReadCache
  readonly legal: LegalData
  readonly access: AccessControl
}

/** Who am I, is the server up, what vocabularies and frameworks exist, how big is the store. */
export const metaRoutes: FastifyPluginAsync<MetaRoutesOptions> = async (app, { store, cache, legal, access }) => {
  addRoute(
    app,
    {
      method: 'GET',
      url: '/session',
      summary: 'The access mode (open on loopback until a user exists, token otherwise) and the signed-in user, if any',
      tag: 'meta',
      role: 'public',
      response: SessionBody,
    },
    async ({ request }) => ({ mode: access.mode, user: request.user }),
  )
  addRoute(app, { method: 'GET', url: '/health', summary: 'Liveness: the store answers', tag: 'meta', role: 'public', response: HealthBody }, async () => {
    await storeFingerprint(store)
    return { ok: true, engine: store.engine }
  })
  addRoute(
    app,
    { method: 'GET', url: '/meta', summary: 'Closed vocabularies, frameworks with their tiers, conflicts, roles', tag: 'meta', role: 'viewer', response: MetaBody },
    async () => ({
      extractor: EXTRACTOR_VERSION,
      disclaimer: DISCLAIMER,
      categories: CATEGORIES,
      statuses: STATUSES,
      reviewStates: REVIEW_STATES,
      roles: ROLES,
      frameworks: legal.frameworks.map((f) => ({ id: f.id, title: f.title, axis: f.axis, summary: f.summary, tiers: f.tiers, default: f.default, appliesTo: f.applies_to })),
      conflicts: legal.conflicts.map((c) => ({
        id: c.id,
        title: c.title,
        default: c.default,
        start: c.start,
        end: c.end,
        classification: c.classification,
        parties: c.parties.map((p) => ({ actor: p.actor, role: p.role })),
        theatre: c.theatre.map((t) => t.name),
      })),
      sourceKinds: legal.grading.kinds,
    }),
  )
  addRoute(app, { method: 'GET', url: '/stats', summary: 'Row counts, database size and the time of the last ingest', tag: 'meta', role: 'viewer', response: StatsBody, cache }, async () => {
    const [stats, lastIngest] = await Promise.all([storeStats(store), lastIngestAt(store)])
    return { ...stats, engine: store.engine, lastIngest }
  })
}
