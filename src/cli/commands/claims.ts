import type { Command } from 'commander'
import { listClaimEvidence } from '../../store/list-evidence-claims.js'
import { listMergedClaims, type MergedClaim } from '../../store/list-merged-claims.js'
import type { EvidenceClaim } from '../../domain/evidence.js'
import { action, addFilterOptions, addStoreOption, EXIT, filtersFrom, STORE_HELP, withStore, PROCESS_IO, type CommandIo } from './store-command.js'

const HELP = `
One row per (supplier, recipient, category), merged across documents:
  STATUS    strongest affirmative status: confirmed > asserted > reported > alleged_future >
            opinion ("denied" when there are only denials)
  INDEP     independent outlets: distinct outlets, copies of one story (near-duplicate
            texts) counted once, whichever outlet republished them
  DOCS      documents with an affirmative claim; CLAIMS their claims; DENIALS documents denying it,
            "+N blanket" for documents denying the pair in generic words ("never sent weapons")
  FIRST/LAST  first and last publication date
Claims rejected in review are left out and corrected values are used. Filters apply to
claims before merging; --as-of shows what was known on that day.
${STORE_HELP}

Exit codes: 0 ok (also when empty), 1 error, 2 usage.

Examples:
  cobel claims --supplier IRN --as-of 2022-10-31
  cobel claims --category drones,missiles --json
  cobel claims --recipient RUS --sources`

/** `cobel claims` */
export function register(program: Command, io: CommandIo = PROCESS_IO): Command {
  const command = program
    .command('claims')
    .summary('the merged table of support claims: who supplies whom with what, how well sourced')
    .description('Show support claims merged per (supplier, recipient, category) with corroboration counts.')
    .option('--sources', 'list the claims (date, outlet, status, evidence) under each row')
    .option('--json', 'print the rows as JSON on stdout (with --sources: the claims too)')
  addFilterOptions(command)
  addStoreOption(command)
  command.addHelpText('after', HELP)
  command.action(
    action(io, async (options: Record<string, unknown> & { json?: boolean; sources?: boolean }, cmd: Command) => {
      const filters = filtersFrom(options)
      const { merged, claims } = await withStore(cmd, async (store) => ({
        merged: await listMergedClaims(store, filters),
        claims: options.sources ? await listClaimEvidence(store, filters) : [],
      }), { brief: true })
      if (options.json) {
        const rows = options.sources ? merged.map((m) => ({ ...m, sources: claimsOf(claims, m) })) : merged
        io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
      } else io.stdout.write(formatMergedTable(merged, options.sources ? claims : null))
      return EXIT.ok
    }),
  )
  return command
}

const claimsOf = (claims: readonly EvidenceClaim[], m: MergedClaim) =>
  claims.filter((c) => c.supplier === m.supplier && c.recipient === m.recipient && c.category === m.category)

/** An aligned text table; with claims, each row is followed by its sources. */
export function formatMergedTable(rows: readonly MergedClaim[], claims: readonly EvidenceClaim[] | null): string {
  if (rows.length === 0) return 'no claim matches\n'
  const header = ['SUPPLIER', 'RECIPIENT', 'CATEGORY', 'STATUS', 'INDEP', 'DOCS', 'CLAIMS', 'DENIALS', 'FIRST', 'LAST']
  const cells = rows.map((r) => [r.supplier, r.recipient, r.category, r.strongestStatus, String(r.independentOutlets), String(r.documents), String(r.claims), r.blanketDenials ? `${r.denials}+${r.blanketDenials} blanket` : String(r.denials), r.firstSeen ?? '-', r.lastSeen ?? '-'])
  const numeric = new Set([4, 5, 6, 7])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]): string => c.map((v, i) => (numeric.has(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd()
  const out = [line(header)]
  rows.forEach((row, i) => {
    out.push(line(cells[i]!))
    if (claims)
      for (const c of claimsOf(claims, row))
        out.push(`    ${c.publishedAt ?? 'undated   '}  ${c.status.padEnd(14)} ${(c.outlet ?? '?').slice(0, 24).padEnd(24)} "${oneLine(c.evidence, 90)}"`)
  })
  return `${out.join('\n')}\n${rows.length} row(s)\n`
}

const oneLine = (s: string, max: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
