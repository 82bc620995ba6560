import type { Migration, MigrationProvider } from 'kysely'
import * as initial from './migrations/0001-initial.js'
import * as users from './migrations/0002-users.js'
import * as reviewedClaims from './migrations/0003-reviewed-claims.js'
import * as claimTallies from './migrations/0004-claim-tallies.js'
import * as claimGrades from './migrations/0005-claim-grades.js'
import * as feeds from './migrations/0006-feeds.js'
import * as humanReview from './migrations/0007-human-review.js'

/** Migrations in code (not read from a folder at run time), so the compiled CLI carries them. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-users': users,
  '0003-reviewed-claims': reviewedClaims,
  '0004-claim-tallies': claimTallies,
  '0005-claim-grades': claimGrades,
  '0006-feeds': feeds,
  '0007-human-review': humanReview,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
}
