// The cobel program with the store commands, whether or not main.ts registers them yet.
import { buildProgram } from '../../src/cli/main.js'
import { register as claims } from '../../src/cli/commands/claims.js'
import { register as exportCommand } from '../../src/cli/commands/export.js'
import { register as ingest } from '../../src/cli/commands/ingest.js'
import { register as reextract } from '../../src/cli/commands/reextract.js'
import { register as search } from '../../src/cli/commands/search.js'

const program = buildProgram()
const registered = new Set(program.commands.map((c) => c.name()))
for (const [name, register] of [['ingest', ingest], ['search', search], ['claims', claims], ['export', exportCommand], ['reextract', reextract]] as const)
  if (!registered.has(name)) register(program)
await program.parseAsync(process.argv)
