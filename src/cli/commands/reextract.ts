import { Option, type Command } from 'commander'
import { defaultJobs } from '../../ingest/extract-pool.js'
import { createProgressReporter } from '../../ingest/progress-reporter.js'
import { reextractDocuments, type ReextractSummary } from '../../ingest/reextract-documents.js'
import { action, addStoreOption, EXIT, integer, STORE_HELP, withStore, PROCESS_IO, type CommandIo } from './store-command.js'

interface ReextractOptions {
  jobs: number
  all?: boolean
  dryRun?: boolean
  batchSize: number
  json?: boolean
  progress: boolean
  knowledge?: string
}

const HELP = `
Documents analysed by another extractor version, or with other lexicons (the knowledge
data's version differs), are analysed again; --all re-runs every document. Their claims and
quotes are replaced. A review decision (accepted, rejected, corrected) is kept when the new
extraction finds the same claim again (same id, or the same extracted supplier, recipient and
category over an overlapping span or in the same sentence), and a quote's decision when a quote
covers the same words. A reviewed claim or quote that nothing matches is kept as it was, with
its decision (origin "kept"); claims and quotes added by editors are never replaced. No human
decision is lost.
${STORE_HELP}

Exit codes: 0 done, 1 error, 2 usage, 3 some documents failed.

Examples:
  cobel reextract --dry-run
  cobel reextract --jobs 2`

/** `cobel reextract` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('reextract')
    .summary('re-run extraction on stored documents after the extractor or lexicons changed')
    .description('Re-analyse stored documents whose extractor or knowledge version is out of date, keeping review decisions.')
    .addOption(new Option('-j, --jobs <n>', 'extraction worker threads (0: in the main thread)').argParser(integer(0, 64)).default(defaultJobs()))
    .option('--all', 're-run every document, not only out-of-date ones')
    .option('--dry-run', 'only count the documents that would be re-analysed')
    .addOption(new Option('--batch-size <n>', 'documents per transaction').argParser(integer(1, 5000)).default(100))
    .option('--knowledge <dir>', 'knowledge data folder (lexicons, actors); default: the one shipped with cobel')
    .option('--no-progress', 'no progress display on stderr')
    .option('--json', 'print the summary as JSON on stdout')
  addStoreOption(command)
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (options: ReextractOptions, cmd: Command) => {
      const controller = new AbortController()
      const onSigint = (): void => controller.abort()
      process.once('SIGINT', onSigint)
      const reporter = options.progress ? createProgressReporter({ label: 'reextract', stream: io.stderr }) : null
      try {
        const summary = await withStore(cmd, (store) =>
          reextractDocuments(store, {
            jobs: options.dryRun ? 0 : options.jobs,
            all: options.all,
            dryRun: options.dryRun,
            batchSize: options.batchSize,
            analyzer: options.knowledge ? { dataDir: options.knowledge } : {},
            onProgress: reporter ? (p) => reporter.update(p) : undefined,
            signal: controller.signal,
          }),
        )
        reporter?.done()
        if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
        else io.stdout.write(formatReextractSummary(summary, options.dryRun === true))
        if (summary.failed.length === 0) return EXIT.ok
        return summary.reextracted > 0 ? EXIT.partial : EXIT.error
      } finally {
        reporter?.done()
        process.off('SIGINT', onSigint)
      }
    }),
  )
  return command
}

export function formatReextractSummary(s: ReextractSummary, dryRun: boolean): string {
  if (dryRun) return `${s.selected} document(s) would be re-analysed with ${s.extractor} (data ${s.dataVersion})\n`
  const lines = [
    `re-analysed ${s.reextracted} of ${s.selected} document(s) with ${s.extractor} (data ${s.dataVersion})${s.interrupted ? ' — interrupted' : ''}`,
    `  ${s.claims} claim(s); review decisions carried over ${s.reviewsKept}, held on rows no longer extracted ${s.reviewsHeld}; added by editors ${s.added}; failed ${s.failed.length}; ${(s.elapsedMs / 1000).toFixed(1)} s`,
  ]
  for (const f of s.failed) lines.push(`  ${f.origin}: ${f.code}: ${f.message}`)
  return `${lines.join('\n')}\n`
}
