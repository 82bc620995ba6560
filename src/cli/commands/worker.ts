import { Option, type Command } from 'commander'
import { defaultJobs } from '../../ingest/extract-pool.js'
import { runWorker, type WorkerProgress, type WorkerSummary } from '../../queue/run-worker.js'
import { action, EXIT, integer, PROCESS_IO, QUEUE_HELP, withQueue, type CommandIo } from './store-command.js'

interface WorkerOptions {
  concurrency: number
  untilIdle?: boolean
  batchSize: number
  poll: number
  timeout: number
  knowledge?: string
  json?: boolean
  progress: boolean
}

const HELP = `
Takes jobs from the queue (documents and URLs enqueued by \`cobel ingest --queue\`, items of
watched feeds, feed polls), extracts and stores them. Run as many workers as you like, on any
machine that reaches the database: each job is taken by one worker at a time, and a document
is stored once whoever takes it. A worker that dies leaves its jobs to be retried by another
once they expire; a lost connection to the database is waited out. The queue's cron, run by
every worker, polls watched feeds when they are due (\`cobel feeds\`).
SIGTERM or Ctrl-C: stop taking jobs, finish those taken, exit 0.
${QUEUE_HELP}

Exit codes: 0 stopped or idle (--until-idle), 1 error, 2 usage (e.g. no DATABASE_URL),
3 idle with some jobs failed (--until-idle; see \`cobel queue\`).

Examples:
  DATABASE_URL=postgres://cobel@db/cobel cobel worker --concurrency 2
  cobel worker --until-idle --json`

/** `cobel worker` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('worker')
    .summary('take ingest and feed jobs from the PostgreSQL job queue, extract and store them')
    .description('Work on the job queue: extract and store the documents and URLs enqueued, poll watched feeds.')
    .addOption(new Option('-c, --concurrency <n>', 'extraction worker threads').argParser(integer(0, 64)).default(defaultJobs()))
    .option('--until-idle', 'exit once no job is waiting, retrying or running')
    .addOption(new Option('--batch-size <n>', 'documents taken at once, stored in one transaction').argParser(integer(1, 1000)).default(100))
    .addOption(new Option('--poll <ms>', 'milliseconds between looks at an empty queue').argParser(integer(100, 60_000)).default(1000))
    .addOption(new Option('--timeout <seconds>', 'time limit per URL fetch').argParser(integer(1, 600)).default(20))
    .option('--knowledge <dir>', 'knowledge data folder (lexicons, actors); default: the one shipped with cobel')
    .option('--no-progress', 'no progress lines on stderr')
    .option('--json', 'print the summary as JSON on stdout when the worker stops')
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (options: WorkerOptions, cmd: Command) => {
      const controller = new AbortController()
      const stop = (): void => {
        if (controller.signal.aborted) process.exit(130)
        io.stderr.write('\ncobel worker: finishing the jobs taken, then stopping (again to quit now)\n')
        controller.abort()
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
      let lastLine = 0
      const onProgress = (p: WorkerProgress): void => {
        if (!options.progress || Date.now() - lastLine < 5000) return
        lastLine = Date.now()
        io.stderr.write(`${formatWorkerLine(p)}\n`)
      }
      try {
        const summary = await withQueue(
          cmd,
          (store, queue) =>
            runWorker(store, queue, {
              concurrency: options.concurrency,
              untilIdle: options.untilIdle,
              batchSize: options.batchSize,
              pollMs: options.poll,
              fetch: { timeoutMs: options.timeout * 1000 },
              analyzer: options.knowledge ? { dataDir: options.knowledge } : {},
              signal: controller.signal,
              onProgress,
            }),
          { worker: true },
        )
        if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
        else io.stdout.write(formatWorkerSummary(summary))
        return options.untilIdle && summary.failed > 0 ? EXIT.partial : EXIT.ok
      } finally {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
      }
    }),
  )
  return command
}

export function formatWorkerLine(p: WorkerProgress): string {
  const seconds = p.elapsedMs / 1000
  return `worker: ${p.jobs} job(s), ${p.stored} stored, ${p.skipped} skipped, ${p.failed} failed, ${p.enqueued} enqueued, ${p.feedsPolled} feed poll(s); ${seconds > 0 ? (p.stored / seconds).toFixed(1) : '0'} docs/s`
}

function formatWorkerSummary(s: WorkerSummary): string {
  const lines = [formatWorkerLine(s), `  ${s.claims} claim(s), ${s.quotes} quote(s); ${(s.elapsedMs / 1000).toFixed(1)} s; extractor ${s.extractor}, data ${s.dataVersion}`]
  if (s.failures.length) {
    lines.push('failed (latest):')
    for (const f of s.failures) lines.push(`  ${f.subject}: ${f.code}: ${f.message}`)
  }
  return `${lines.join('\n')}\n`
}
