import { Option, type Command } from 'commander'
import { HIGHLIGHT_START, searchStore, type SearchHit } from '../../store/search-store.js'
import { action, addFilterOptions, addStoreOption, EXIT, filtersFrom, integer, STORE_HELP, withStore, PROCESS_IO, type CommandIo } from './store-command.js'

const HELP = `
Query syntax (PostgreSQL websearch): words are ANDed; "a phrase"; -word excludes; "or"
between alternatives. Each document and quote is searched in its own language (French,
English, German, Russian… with stemming; other languages word for word), so "livraisons"
finds "livraison". Results are ranked (ts_rank); matched words are shown between ** marks.
Claim filters (--supplier, --recipient, --category, --status) keep documents that carry such
a claim; --since, --until and --outlet filter on the document.
${STORE_HELP}

Exit codes: 0 results found, 1 error, 2 usage, 4 no result.

Examples:
  cobel search 'drones "Shahed-136" -exercise' --recipient RUS
  cobel search 'livraison missiles' --since 2022-09-01 --json`

/** `cobel search QUERY` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('search')
    .summary('full-text search over stored documents and quotes')
    .description('Search documents and quotes, ranked, with highlighted snippets.')
    .argument('<query...>', 'search words (websearch syntax)')
    .addOption(new Option('--in <what>', 'search documents, quotes, or both').choices(['all', 'documents', 'quotes']).default('all'))
    .addOption(new Option('-n, --limit <n>', 'results to show').argParser(integer(1, 1000)).default(20))
    .addOption(new Option('--offset <n>', 'results to skip (paging)').argParser(integer(0)).default(0))
    .option('--json', 'print results as JSON on stdout')
  addFilterOptions(command, { asOf: false })
  addStoreOption(command)
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (words: string[], options: Record<string, unknown> & { in: 'all' | 'documents' | 'quotes'; limit: number; offset: number; json?: boolean }, cmd: Command) => {
      const filters = filtersFrom(options)
      const hits = await withStore(cmd, (store) => searchStore(store, words.join(' '), { ...filters, in: options.in, limit: options.limit, offset: options.offset }), { brief: true })
      if (options.json) io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`)
      else io.stdout.write(formatHits(hits, Boolean(io.stdout.isTTY)))
      return hits.length ? EXIT.ok : EXIT.noMatch
    }),
  )
  return command
}

export function formatHits(hits: readonly SearchHit[], color: boolean): string {
  if (hits.length === 0) return 'no result\n'
  const bold = (s: string): string => (color ? s.split(HIGHLIGHT_START).map((part, i) => (i % 2 ? `\x1b[1m${part}\x1b[22m` : part)).join('') : s)
  return hits
    .map((hit, i) => {
      const head = hit.kind === 'quote' ? `quote by ${hit.speaker ?? 'unknown speaker'} in ${hit.title ?? hit.documentId.slice(0, 12)}` : (hit.title ?? `document ${hit.documentId.slice(0, 12)}`)
      const meta = [hit.outlet, hit.publishedAt, hit.lang, `rank ${hit.rank.toFixed(3)}`].filter(Boolean).join(' · ')
      return `${i + 1}. ${head}\n   ${meta}\n   ${bold(hit.snippet)}\n   ${hit.url ?? `id ${hit.documentId}`}\n`
    })
    .join('\n')
}
