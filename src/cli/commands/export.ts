import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { finished } from 'node:stream/promises'
import { Option, type Command } from 'commander'
import { parseKnowledgeData } from '../../data/knowledge-data.js'
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../../export/export-store.js'
import type { ActorInfo } from '../../export/export-ftm.js'
import { streamSink } from '../../export/text-sink.js'
import { defaultDataDir, readDataFiles } from '../../load/read-data-files.js'
import { action, addFilterOptions, addStoreOption, EXIT, filtersFrom, STORE_HELP, withStore, PROCESS_IO, type CommandIo } from './store-command.js'

const HELP = `
Formats:
  csv       merged claims, one row per (supplier, recipient, category), with counts, outlets,
            every source (one line each, inside the quoted cell) and the strongest evidence
  jsonl     one stored document a line in the annotation format (as for cobel eval), with
            evidence offsets, review state and provenance
  ftm       FollowTheMoney entities (JSON lines) for Aleph / OpenSanctions tools: actors as
            PublicBody/Organization, documents as Article, claims as UnknownLink + Documentation,
            quotes as Note (see docs/ftm-mapping.md)
  graphml   the support network for Gephi: supplier → recipient edges per category, weighted by
            independent outlets, with strongest status, counts and first/last date
Rejected claims are left out and reviewers' corrections applied; filters narrow the export.
${STORE_HELP}

Exit codes: 0 written, 1 error, 2 usage.

Examples:
  cobel export --format csv --out claims.csv
  cobel export --format graphml --supplier IRN,PRK --out network.graphml
  cobel export --format ftm --as-of 2022-12-31 > entities.ftm.json`

/** `cobel export --format FORMAT [--out FILE]` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('export')
    .summary('export claims and documents as CSV, annotation JSONL, FollowTheMoney or GraphML')
    .description('Export the store for spreadsheets, cobel eval, Aleph/FollowTheMoney tools or Gephi.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --out <file>', 'write to this file (written whole, then renamed into place) instead of stdout')
    .option('--no-text', 'ftm: leave article text out of the Article entities')
    .option('--knowledge <dir>', 'knowledge data folder, for actor names and kinds (default: the one shipped with cobel)')
  addFilterOptions(command)
  addStoreOption(command)
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (options: Record<string, unknown> & { format: ExportFormat; out?: string; text: boolean; knowledge?: string }, cmd: Command) => {
      const filters = filtersFrom(options)
      const actors = loadActors(options.knowledge)
      const temp = options.out ? `${options.out}.partial-${process.pid}` : null
      const file = temp ? createWriteStream(temp) : null
      try {
        const count = await withStore(cmd, (store) => exportStore(store, options.format, filters, streamSink(file ?? io.stdout), { actors, includeText: options.text }))
        if (file && temp) {
          file.end()
          await finished(file)
          await rename(temp, options.out!)
          io.stderr.write(`wrote ${count} ${UNITS[options.format]} to ${options.out}\n`)
        }
        return EXIT.ok
      } catch (error) {
        if (file && temp) {
          file.destroy()
          await rm(temp, { force: true })
        }
        throw error
      }
    }),
  )
  return command
}

const UNITS: Record<ExportFormat, string> = { csv: 'row(s)', jsonl: 'document(s)', ftm: 'entities', graphml: 'edge(s)' }

/** Actor labels and kinds from the knowledge data; exports still work (with codes only) without it. */
function loadActors(dir?: string): Map<string, ActorInfo> | undefined {
  try {
    const data = parseKnowledgeData(readDataFiles(dir ?? process.env.COBEL_KNOWLEDGE ?? defaultDataDir()))
    return new Map(data.actors.map((a) => [a.code, { kind: a.kind, label: a.label, ...(a.parent ? { parent: a.parent } : {}) }]))
  } catch {
    return undefined
  }
}
