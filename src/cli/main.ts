import { Command } from 'commander'
import { isCobelError } from '../domain/errors.js'
import { EXTRACTOR_VERSION } from '../pipeline/version.js'
import { EXIT, red } from './output.js'

/**
 * The commands, each loaded when it is used: loading all of them (the analyzer, the store, the
 * assessment engine, the HTTP server) costs a second before any command starts.
 */
const COMMANDS = {
  analyze: () => import('./commands/analyze.js'),
  ingest: () => import('./commands/ingest.js'),
  search: () => import('./commands/search.js'),
  claims: () => import('./commands/claims.js'),
  assess: () => import('./commands/assess.js'),
  export: () => import('./commands/export.js'),
  reextract: () => import('./commands/reextract.js'),
  eval: () => import('./commands/eval.js'),
  'check-data': () => import('./commands/check-data.js'),
  serve: () => import('./commands/serve.js'),
  users: () => import('./commands/users.js'),
  worker: () => import('./commands/worker.js'),
  queue: () => import('./commands/queue.js'),
  feeds: () => import('./commands/feeds.js'),
} satisfies Record<string, () => Promise<{ register(program: Command): void }>>

const isCommand = (name: string | undefined): name is keyof typeof COMMANDS => name !== undefined && Object.hasOwn(COMMANDS, name)

/** The `cobel` command: the only composition root of the command line. With `only`, just that command is loaded. */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('cobel')
    .description('cobel — which outside states take part in a war, how far, and on what evidence')
    .version(EXTRACTOR_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(red(text.trimEnd(), process.stderr) + '\n') })
    .exitOverride((error) => {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') process.exit(EXIT.ok)
      process.exit(error.exitCode === 1 ? EXIT.usage : error.exitCode)
    })
  const names = isCommand(only) ? [only] : (Object.keys(COMMANDS) as (keyof typeof COMMANDS)[])
  for (const command of await Promise.all(names.map((name) => COMMANDS[name]()))) command.register(program)
  return program
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  try {
    // `cobel NAME …` loads NAME only; `cobel --help`, `cobel help NAME` and typos load them all.
    await (await buildProgram(argv[2])).parseAsync([...argv])
  } catch (error) {
    if (isCobelError(error)) {
      process.stderr.write(`${red('error', process.stderr)} ${error.message} (${error.code})\n`)
      process.exitCode = EXIT.error
      return
    }
    throw error
  }
}
