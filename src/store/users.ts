import { randomBytes } from 'node:crypto'
import type { Generated, Kysely } from 'kysely'
import { CobelError } from '../domain/errors.js'
import type { Database } from './database.js'
import { sha256Hex } from './document-id.js'
import type { Store } from './open-store.js'

/** Roles, weakest first: viewers read, editors also review and ingest, admins also manage users. */
export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const roleRank = (role: Role): number => ROLES.indexOf(role)

export interface UserTable {
  name: string
  role: Role
  token_hash: string
  created_at: Generated<Date>
  last_seen_at: Date | null
}

export interface User {
  readonly name: string
  readonly role: Role
  readonly createdAt: string
  readonly lastSeenAt: string | null
}

/** User names as they appear in the audit log: letters, digits, dot, dash, underscore. */
export const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

/** Tokens carry 256 random bits, so a fast hash is enough to keep them out of the database. */
export const hashToken = (token: string): string => sha256Hex(token)

const newToken = (): string => `cobel_${randomBytes(32).toString('base64url')}`

const usersOf = (store: Store): Kysely<Database & { users: UserTable }> => store.db.withTables<{ users: UserTable }>()

const toUser = (row: { name: string; role: Role; created_at: Date; last_seen_at: Date | null }): User => ({
  name: row.name,
  role: row.role,
  createdAt: row.created_at.toISOString(),
  lastSeenAt: row.last_seen_at ? row.last_seen_at.toISOString() : null,
})

/** Adds a user and returns its API token, which is not stored and cannot be shown again. */
export async function addUser(store: Store, name: string, role: Role): Promise<{ user: User; token: string }> {
  if (!USER_NAME.test(name)) throw new CobelError('ERR_BAD_REQUEST', `user names are 1–64 letters, digits, ".", "-" or "_", not "${name}"`)
  if (!ROLES.includes(role)) throw new CobelError('ERR_BAD_REQUEST', `roles are ${ROLES.join(', ')}`)
  const token = newToken()
  const row = await usersOf(store)
    .insertInto('users')
    .values({ name, role, token_hash: hashToken(token), last_seen_at: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning(['name', 'role', 'created_at', 'last_seen_at'])
    .executeTakeFirst()
  if (!row) throw new CobelError('ERR_CONFLICT', `a user named "${name}" already exists`)
  return { user: toUser(row), token }
}

export async function listUsers(store: Store): Promise<User[]> {
  const rows = await usersOf(store).selectFrom('users').select(['name', 'role', 'created_at', 'last_seen_at']).orderBy('name').execute()
  return rows.map(toUser)
}

/** Removes a user; its token stops working at once. Throws ERR_NOT_FOUND for an unknown name. */
export async function removeUser(store: Store, name: string): Promise<void> {
  const result = await usersOf(store).deleteFrom('users').where('name', '=', name).executeTakeFirst()
  if (Number(result.numDeletedRows) === 0) throw new CobelError('ERR_NOT_FOUND', `no user named "${name}"`)
}

export async function countUsers(store: Store): Promise<number> {
  const row = await usersOf(store).selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The user holding this token, or null. */
export async function findUserByToken(store: Store, token: string): Promise<User | null> {
  const row = await usersOf(store)
    .selectFrom('users')
    .select(['name', 'role', 'created_at', 'last_seen_at'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst()
  return row ? toUser(row) : null
}

/** Records when a user was last seen (at most once a minute per user, by the caller). */
export async function touchUser(store: Store, name: string, at: Date = new Date()): Promise<void> {
  await usersOf(store).updateTable('users').set({ last_seen_at: at }).where('name', '=', name).execute()
}
