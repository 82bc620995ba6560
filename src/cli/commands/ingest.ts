import { Option, type Command } from 'commander'
import { INPUT_FORMATS, type InputFormat } from '../../input/parse-input.js'
import { defaultJobs } from '../../ingest/extract-pool.js'
import { ingestSources, type IngestSummary } from '../../ingest/ingest-sources.js'
import { createProgressReporter } from '../../ingest/progress-reporter.js'
import { MAX_DOCUMENT_BYTES } from '../../input/decode-text.js'
import { enqueueSources } from '../../queue/enqueue-sources.js'
import { action, addStoreOption, EXIT, integer, STORE_HELP, withQueue, withStore, PROCESS_IO, type CommandIo } from './store-command.js'

interface IngestOptions {
  jobs: number
  inputFormat?: InputFormat
  /** The option's former name, kept as an alias of --input-format. */
  format?: InputFormat
  batchSize: number
  timeout: number
  maxBytes: number
  json?: boolean
  progress: boolean
  knowledge?: string
  queue?: boolean
  jobTimeout: number
}

const HELP = `
Sources:
  FILE          text (.txt), Markdown (.md), HTML (.html), JSONL (.jsonl: one {"text", "url",
                "title", "published_at", …} or annotation record a line), RSS/Atom feed (.xml, .rss)
  FOLDER        every input file below it, recursively
  'GLOB'        a quoted pattern: 'archive/**/*.html', 'feeds/*.{rss,atom}'
  URL           an article page, or a feed whose items are fetched in turn
  -             standard input

A document already stored (same normalised text, or same canonical URL) is skipped and
counted. Each batch is one transaction: an interrupted or killed run keeps what it
committed, and running the same command again continues where it stopped.
Ctrl-C once stops reading and stores what was already read; twice quits at once.
${STORE_HELP}

With --queue (PostgreSQL store, $DATABASE_URL): nothing is extracted here. Documents read
from files, folders and standard input are enqueued with their text, URLs as they are, and
the items of feed files one job each; the command returns at once with the counts, and
\`cobel worker\` processes (any number, on any machine) extract and store them. A document or
URL already stored, or already waiting in the queue, is counted and not enqueued again.

Exit codes: 0 all read and stored (or enqueued), 1 error (nothing stored), 2 usage (e.g.
--queue without DATABASE_URL), 3 some inputs failed.

Examples:
  cobel ingest articles/ --jobs 2
  cobel ingest 'archive/2022-*/*.html' https://example.org/feed.xml
  DATABASE_URL=postgres://cobel@db/cobel cobel ingest --queue archive/ && cobel worker --until-idle
  DATABASE_URL=postgres://cobel@localhost/cobel cobel ingest corpus.jsonl --json`

/** `cobel ingest SOURCE…` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('ingest')
    .summary('store documents from files, folders, globs, JSONL, feeds and URLs, with their claims and quotes')
    .description('Read documents, extract support claims and quotes, and store them with their provenance.')
    .argument('<sources...>', 'files, folders, glob patterns, URLs, feeds, or - for stdin')
    .addOption(new Option('-j, --jobs <n>', 'extraction worker threads (0: in the main thread)').argParser(integer(0, 64)).default(defaultJobs()))
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of guessing from its name and content').choices(INPUT_FORMATS))
    .addOption(new Option('--format <format>', 'former name of --input-format').choices(INPUT_FORMATS).hideHelp())
    .addOption(new Option('--batch-size <n>', 'documents per transaction').argParser(integer(1, 5000)).default(100))
    .addOption(new Option('--timeout <seconds>', 'time limit per URL fetch').argParser(integer(1, 600)).default(20))
    .addOption(new Option('--max-bytes <n>', 'size limit per file, JSONL line, standard input or fetched page').argParser(integer(1)).default(MAX_DOCUMENT_BYTES))
    .option('--knowledge <dir>', 'knowledge data folder (lexicons, actors); default: the one shipped with cobel')
    .option('--queue', 'enqueue for `cobel worker` instead of extracting here (PostgreSQL store)')
    .addOption(new Option('--job-timeout <seconds>', 'with --queue: seconds a worker may hold a job before it is retried elsewhere').argParser(integer(5, 3600)).default(300))
    .option('--no-progress', 'no progress display on stderr')
    .option('--json', 'print the summary as JSON on stdout')
  addStoreOption(command)
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (sources: string[], options: IngestOptions, cmd: Command) => {
      if (options.queue) return enqueueCommand(sources, options, cmd, io)
      const controller = new AbortController()
      let interrupts = 0
      const onSigint = (): void => {
        if (++interrupts > 1) process.exit(130)
        io.stderr.write('\ncobel: stopping after the documents already read (Ctrl-C again to quit now)\n')
        controller.abort()
      }
      process.on('SIGINT', onSigint)
      const reporter = options.progress ? createProgressReporter({ label: 'ingest', stream: io.stderr }) : null
      try {
        const summary = await withStore(cmd, (store) =>
          ingestSources(store, sources, {
            jobs: options.jobs,
            format: options.inputFormat ?? options.format,
            batchSize: options.batchSize,
            maxBytes: options.maxBytes,
            fetch: { timeoutMs: options.timeout * 1000, maxBytes: options.maxBytes },
            analyzer: options.knowledge ? { dataDir: options.knowledge } : {},
            onProgress: reporter ? (p) => reporter.update(p) : undefined,
            signal: controller.signal,
          }),
        )
        reporter?.done()
        if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
        else io.stdout.write(formatIngestSummary(summary))
        return ingestExitCode(summary)
      } finally {
        reporter?.done()
        process.off('SIGINT', onSigint)
      }
    }),
  )
  return command
}

async function enqueueCommand(sources: string[], options: IngestOptions, cmd: Command, io: CommandIo): Promise<number> {
  const summary = await withQueue(cmd, (store, queue) => enqueueSources(store, queue, sources, { format: options.inputFormat ?? options.format, maxBytes: options.maxBytes, jobTimeout: options.jobTimeout }))
  if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
  else {
    const lines = [`enqueued ${summary.enqueued} job(s); ${summary.alreadyQueued} already queued, ${summary.alreadyStored} already stored, ${summary.failed.length} failed (${summary.read} read, ${(summary.elapsedMs / 1000).toFixed(1)} s)`]
    if (summary.failed.length) lines.push('failed:', ...summary.failed.map((f) => `  ${f.origin}: ${f.code}: ${f.message}`))
    io.stdout.write(`${lines.join('\n')}\n`)
  }
  return ingestExitCode(summary)
}

/** 0 when nothing failed; 3 when some inputs failed but others were read; 1 when all failed. */
export function ingestExitCode(summary: Pick<IngestSummary, 'failed' | 'read'>): number {
  if (summary.failed.length === 0) return EXIT.ok
  return summary.read > 0 ? EXIT.partial : EXIT.error
}

export function formatIngestSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000
  const rate = seconds > 0 ? (s.ingested / seconds).toFixed(1) : '0'
  const lines = [
    `ingested ${s.ingested} document(s), skipped ${s.skipped} (already stored), failed ${s.failed.length}` + (s.interrupted ? ' — interrupted' : ''),
    `  ${s.claims} claim(s), ${s.quotes} quote(s)${s.warned ? `, ${s.warned} document(s) with warnings` : ''}; ${seconds.toFixed(1)} s, ${rate} docs/s; extractor ${s.extractor}, data ${s.dataVersion}`,
  ]
  if (s.failed.length) {
    lines.push('failed:')
    for (const f of s.failed) lines.push(`  ${f.origin}: ${f.code}: ${f.message}`)
  }
  return `${lines.join('\n')}\n`
}
