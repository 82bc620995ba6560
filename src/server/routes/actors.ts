import type { FastifyPluginAsync } from 'fastify'
import type { ActorKind } from '../../domain/vocabulary.js'
import { listClaimActors } from '../../store/list-claim-actors.js'
import type { Store } from '../../store/open-store.js'
import { ActorsBody } from '../api-schemas.js'
import { addRoute } from '../api-route.js'
import type { ReadCache } from '../read-cache.js'

/** What the server knows about an actor code from the registry (data/actors.yaml). */
export interface ActorEntry {
  readonly code: string
  readonly kind: ActorKind
  readonly label: string
  readonly parent?: string
}


/** Actors named by claims, with their labels and claim counts. */
export const actorRoutes: FastifyPluginAsync<{ store: Store; cache: ReadCache; actors: readonly ActorEntry[] }> = async (app, { store, cache, actors }) => {
  const registry = new Map(actors.map((actor) => [actor.code, actor]))
  addRoute(
    app,
    { method: 'GET', url: '/actors', summary: 'Actors named by live claims: code, label, kind, and claim counts as supplier and recipient', tag: 'actors', role: 'viewer', response: ActorsBody, cache },
    async () => ({
      items: (await listClaimActors(store)).map((actor) => {
        const entry = registry.get(actor.code)
        return { ...actor, label: entry?.label ?? actor.code, kind: entry?.kind ?? null, parent: entry?.parent ?? null }
      }),
    }),
  )
}
