import { Command } from 'commander'
import { isCobelError } from '../domain/errors.js'
import { EXTRACTOR_VERSION } from '../pipeline/version.js'
import { register as analyze } from './commands/analyze.js'
import { register as assess } from './commands/assess.js'
import { register as checkData } from './commands/check-data.js'
import { register as claims } from './commands/claims.js'
import { register as evaluate } from './commands/eval.js'
import { register as exportCommand } from './commands/export.js'
import { register as ingest } from './commands/ingest.js'
import { register as reextract } from './commands/reextract.js'
import { register as search } from './commands/search.js'
import { register as serve } from './commands/serve.js'
import { register as users } from './commands/users.js'
import { EXIT, red } from './output.js'

/** The `cobel` command: the only composition root of the command line. */
export function buildProgram(): Command {
  const program = new Command('cobel')
    .description('cobel — which outside states take part in a war, how far, and on what evidence')
    .version(EXTRACTOR_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (text, write) => write(red(text.trimEnd(), process.stderr) + '\n') })
    .exitOverride((error) => {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') process.exit(EXIT.ok)
      process.exit(error.exitCode === 1 ? EXIT.usage : error.exitCode)
    })
  for (const register of [analyze, ingest, search, claims, assess, exportCommand, reextract, evaluate, checkData, serve, users]) register(program)
  return program
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv])
  } catch (error) {
    if (isCobelError(error)) {
      process.stderr.write(`${red('error', process.stderr)} ${error.message} (${error.code})\n`)
      process.exitCode = EXIT.error
      return
    }
    throw error
  }
}
