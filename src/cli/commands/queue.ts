import { InvalidArgumentError, Option, type Command } from 'commander'
import { INGEST_QUEUE, FEED_POLL_QUEUE, queueNeedsPostgres } from '../../queue/job-queue.js'
import { queueStatus } from '../../queue/queue-status.js'
import { resolveStoreTarget } from '../../store/open-store.js'
import { clip, table } from '../output.js'
import { action, EXIT, integer, PROCESS_IO, QUEUE_HELP, withQueue, withStore, type CommandIo } from './store-command.js'

const HELP = `
Counts of the job queue's jobs — waiting (new or waiting for a retry), active, failed and
done — per queue, and the latest failed jobs with their errors. A job fails after its retries
(3 for ingest jobs, with growing pauses): a document whose extraction throws, a page that
cannot be fetched, a worker that went silent past the job's time limit.
${QUEUE_HELP}

Exit codes: 0 ok, 1 error, 2 usage (e.g. no DATABASE_URL).

Examples:
  cobel queue
  cobel queue --json
  cobel queue retry            # every failed job
  cobel queue retry ID…        # these`

/** `cobel queue [retry]` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('queue')
    .summary('job queue counts (waiting, active, failed, done) and the failed jobs with their errors')
    .description('Show the job queue: counts per queue and state, failed jobs with their errors.')
    .addOption(new Option('--failed <n>', 'failed jobs to list').argParser(integer(0, 10_000)).default(20))
    .option('--json', 'print JSON')
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (options: { failed: number; json?: boolean }, cmd: Command) => {
      if (!('databaseUrl' in resolveStoreTarget(cmd.optsWithGlobals<{ data?: string }>().data))) throw queueNeedsPostgres()
      const status = await withStore(cmd, (store) => queueStatus(store, { failedLimit: options.failed }), { brief: true })
      if (options.json) {
        io.stdout.write(`${JSON.stringify(status, null, 2)}\n`)
        return EXIT.ok
      }
      if (!status.installed) {
        io.stdout.write('the job queue is empty: nothing was enqueued yet (cobel ingest --queue, cobel feeds add)\n')
        return EXIT.ok
      }
      io.stdout.write(`${table(status.queues.map((q) => [q.queue, String(q.waiting), String(q.active), String(q.failed), String(q.done)]), ['QUEUE', 'WAITING', 'ACTIVE', 'FAILED', 'DONE'])}\n`)
      if (status.failed.length) {
        io.stdout.write(`\nfailed jobs (${status.failed.length} of ${status.failedTotal}; cobel queue retry requeues them):\n`)
        io.stdout.write(
          `${table(
            status.failed.map((f) => [f.id, f.queue.replace('cobel-', ''), clip(f.subject, 60), f.code, clip(f.message, 80), String(f.attempts)]),
            ['ID', 'QUEUE', 'SUBJECT', 'CODE', 'ERROR', 'TRIES'],
          )}\n`,
        )
      }
      return EXIT.ok
    }),
  )

  command
    .command('retry')
    .description('requeue failed jobs (all, or the ids given)')
    .argument('[ids...]', 'job ids (default: every failed job)', (id: string, all: string[] = []) => {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new InvalidArgumentError(`not a job id: ${id}`)
      return [...all, id]
    })
    .option('--json', 'print {retried} as JSON')
    .action(
      action(io, async (ids: string[] | undefined = [], options: { json?: boolean }, cmd: Command) => {
        const retried = await withQueue(cmd, async (store, queue) => {
          let n = 0
          for (const name of [INGEST_QUEUE, FEED_POLL_QUEUE]) {
            const failed = ids.length ? ids : (await queueStatus(store, { failedLimit: 1_000_000 })).failed.filter((f) => f.queue === name).map((f) => f.id)
            if (failed.length === 0) continue
            const result = (await queue.boss.retry(name, failed)) as unknown as { affected?: number } | undefined
            n += result?.affected ?? 0
          }
          return n
        })
        if (options.json) io.stdout.write(`${JSON.stringify({ retried })}\n`)
        else io.stdout.write(`requeued ${retried} failed job(s)\n`)
        return EXIT.ok
      }),
    )
  return command
}
