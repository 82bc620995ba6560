import { InvalidArgumentError, type Command } from 'commander'
import { isCobelError } from '../../domain/errors.js'
import { CATEGORIES, STATUSES } from '../../domain/vocabulary.js'
import { resolveActorListOrThrow } from '../../load/resolve-actors.js'
import { parseClaimFilters, type ClaimFilters } from '../../store/claim-filters.js'
import { openStore, resolveStoreTarget, type OpenStoreOptions, type Store } from '../../store/open-store.js'
import { EXIT } from '../output.js'
import { openJobQueue, queueNeedsPostgres, type JobQueue, type OpenQueueOptions } from '../../queue/job-queue.js'

export { EXIT }

/** Where a command writes; tests pass their own streams. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean }
}

export const PROCESS_IO: CommandIo = { stdout: process.stdout, stderr: process.stderr }

export const STORE_HELP = `
Store: PGlite in --data DIR (or $COBEL_DATA, default ./cobel-data); with $DATABASE_URL set
(postgres://user:pass@host/db) and no --data, a PostgreSQL server instead.`

export const QUEUE_HELP = `
The job queue (pg-boss) lives in the PostgreSQL store named by $DATABASE_URL, in its own
schema "pgboss": no other server to run. It needs PostgreSQL; a PGlite store ingests in process.`

/** `--data DIR`, unless the program already defines it globally. */
export function addStoreOption(command: Command): Command {
  return command.option('--data <dir>', 'PGlite data folder (default: $COBEL_DATA or ./cobel-data)')
}

/**
 * Opens the store named by --data / $DATABASE_URL / $COBEL_DATA, runs `fn`, closes it. `brief`
 * for commands that read an answer and exit (see OpenStoreOptions).
 */
export async function withStore<T>(command: Command, fn: (store: Store) => Promise<T>, openOptions: Pick<OpenStoreOptions, 'brief'> = {}): Promise<T> {
  const options = command.optsWithGlobals<{ data?: string }>()
  const store = await openStore(resolveStoreTarget(options.data), openOptions)
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}

/** Prints an error with its code on stderr and returns the exit code to use. */
export function reportError(error: unknown, io: CommandIo = PROCESS_IO): number {
  if (isCobelError(error)) {
    io.stderr.write(`cobel: ${error.code}: ${error.message}\n`)
    return error.code === 'ERR_USAGE' || error.code === 'ERR_BAD_REQUEST' ? EXIT.usage : EXIT.error
  }
  io.stderr.write(`cobel: ERR_INTERNAL: ${(error as Error)?.stack ?? String(error)}\n`)
  return EXIT.error
}

/** Runs an action and sets the exit code from its result or error (never calls process.exit itself). */
export function action<A extends unknown[]>(io: CommandIo, fn: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = await fn(...args)
    } catch (error) {
      process.exitCode = reportError(error, io)
    }
  }
}

export const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: string): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`)
    return n
  }

/** The claim filters shared by claims, search and export. */
export function addFilterOptions(command: Command, { asOf = true } = {}): Command {
  command
    .option('--supplier <actors>', 'suppliers, comma-separated codes or names (IRN,PRK or Iran,"North Korea")')
    .option('--recipient <actors>', 'recipients, comma-separated codes or names (RUS or Russia)')
    .option('--category <names>', `categories, comma-separated: ${CATEGORIES.join(', ')}`)
    .option('--status <names>', `statuses, comma-separated: ${STATUSES.join(', ')}`)
    .option('--since <date>', 'documents published on or after YYYY-MM-DD')
    .option('--until <date>', 'documents published on or before YYYY-MM-DD')
    .option('--outlet <outlet>', 'outlet host name (example.com) or name')
  if (asOf) command.option('--as-of <date>', 'state of knowledge on YYYY-MM-DD: only documents published by then (undated ones left out)')
  return command
}

/** The filter options, actor names resolved to codes (`--supplier Iran` → IRN); unknown actors are usage errors. */
export function filtersFrom(options: Record<string, unknown>): ClaimFilters {
  const actors = (key: 'supplier' | 'recipient') => (typeof options[key] === 'string' ? { [key]: resolveActorListOrThrow(options[key], `--${key}`) } : {})
  return parseClaimFilters({ ...options, ...actors('supplier'), ...actors('recipient') })
}

/**
 * Opens the PostgreSQL store named by $DATABASE_URL and its job queue, runs `fn`, closes both.
 * A PGlite store (no $DATABASE_URL, or --data) is a usage error: the queue is shared through the server.
 */
export async function withQueue<T>(command: Command, fn: (store: Store, queue: JobQueue) => Promise<T>, options: OpenQueueOptions = {}): Promise<T> {
  const { data } = command.optsWithGlobals<{ data?: string }>()
  const target = resolveStoreTarget(data)
  if (!('databaseUrl' in target)) throw queueNeedsPostgres()
  return withStore(command, async (store) => {
    const queue = await openJobQueue(store, target.databaseUrl, options)
    try {
      return await fn(store, queue)
    } finally {
      await queue.close()
    }
  })
}
