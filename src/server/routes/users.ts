import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { CobelError } from '../../domain/errors.js'
import type { Store } from '../../store/open-store.js'
import { addUser, listUsers, removeUser, ROLES, USER_NAME } from '../../store/users.js'
import type { AccessControl } from '../access-control.js'
import { AddedUserBody, UserRemovedBody, UsersBody } from '../api-schemas.js'
import { addRoute } from '../api-route.js'

const Name = z.string().regex(USER_NAME, 'user names are 1–64 letters, digits, ".", "-" or "_"')

/** User management (admin): the same as `cobel users add|list|remove`. */
export const userRoutes: FastifyPluginAsync<{ store: Store; access: AccessControl }> = async (app, { store, access }) => {
  addRoute(app, { method: 'GET', url: '/users', summary: 'Users and their roles (never their tokens)', tag: 'users', role: 'admin', response: UsersBody }, async () => ({
    items: await listUsers(store),
  }))
  addRoute(
    app,
    {
      method: 'POST',
      url: '/users',
      summary: 'Add a user; the answer holds its API token, shown this once',
      tag: 'users',
      role: 'admin',
      body: z.strictObject({ name: Name, role: z.enum(ROLES) }),
      response: AddedUserBody,
      status: 201,
      rateLimit: 30,
    },
    async ({ body }) => {
      const added = await addUser(store, body.name, body.role)
      await access.usersChanged()
      return added
    },
  )
  addRoute(
    app,
    { method: 'DELETE', url: '/users/:name', summary: 'Remove a user; its token stops working', tag: 'users', role: 'admin', params: z.strictObject({ name: Name }), response: UserRemovedBody },
    async ({ params, user }) => {
      if (params.name === user.name) throw new CobelError('ERR_CONFLICT', 'you cannot remove yourself; ask another admin or use `cobel users remove`')
      await removeUser(store, params.name)
      await access.usersChanged()
      return { removed: params.name }
    },
  )
}
