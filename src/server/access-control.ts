import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Store } from '../store/open-store.js'
import { countUsers, findUserByToken, hashToken, touchUser } from '../store/users.js'
import type { ApiUser } from './api-route.js'

/** `open`: loopback and no users, everyone is the local admin. `token`: every call carries a user's token. */
export type AccessMode = 'open' | 'token'

export const LOCAL_USER: ApiUser = { name: 'local', role: 'admin' }

/** Seconds a resolved token is trusted before the store is asked again (a removed user stops working within this time). */
const TOKEN_TTL_MS = 5_000
const TOUCH_EVERY_MS = 60_000

export interface AccessControl {
  /** Open only until the first user is added: from then on, tokens. */
  readonly mode: AccessMode
  /** After users change: forgets cached tokens, and closes open access once a user exists. */
  usersChanged(): Promise<void>
}

export const bearerOf = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1] ?? null
}

/** Resolves `request.user` for every request; routes then check the role they need. */
export function addAccessControl(app: FastifyInstance, { store, mode: initial }: { store: Store; mode: AccessMode }): AccessControl {
  let mode = initial
  const cache = new Map<string, { user: ApiUser | null; until: number }>()
  const touched = new Map<string, number>()
  app.decorateRequest('user', null)
  app.addHook('onRequest', async (request) => {
    if (mode === 'open') {
      request.user = LOCAL_USER
      return
    }
    const token = bearerOf(request)
    if (!token) return
    const key = hashToken(token)
    const now = Date.now()
    let hit = cache.get(key)
    if (!hit || hit.until < now) {
      const found = await findUserByToken(store, token)
      hit = { user: found ? { name: found.name, role: found.role } : null, until: now + TOKEN_TTL_MS }
      if (cache.size > 1000) cache.clear()
      cache.set(key, hit)
    }
    request.user = hit.user
    if (hit.user && now - (touched.get(hit.user.name) ?? 0) > TOUCH_EVERY_MS) {
      touched.set(hit.user.name, now)
      await touchUser(store, hit.user.name)
    }
  })
  return {
    get mode() {
      return mode
    },
    async usersChanged() {
      cache.clear()
      if (mode === 'open' && (await countUsers(store)) > 0) mode = 'token'
    },
  }
}
