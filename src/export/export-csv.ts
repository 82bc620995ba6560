import type { EvidenceClaim } from '../domain/evidence.js'
import type { ClaimFilters } from '../store/claim-filters.js'
import { listClaimEvidence } from '../store/list-evidence-claims.js'
import { listMergedClaims } from '../store/list-merged-claims.js'
import type { Store } from '../store/open-store.js'
import { csvRow } from './csv-row.js'
import type { TextSink } from './text-sink.js'

export const CSV_COLUMNS = [
  'supplier',
  'recipient',
  'category',
  'strongest_status',
  'claims',
  'documents',
  'independent_outlets',
  'denials',
  'blanket_denials',
  'first_seen',
  'last_seen',
  'outlets',
  'sources',
  'evidence',
] as const

/**
 * The merged claims table, one row per (supplier, recipient, category), with its sources:
 * `sources` holds one line per claim ("date · outlet · status · url"), `evidence` the
 * strongest claim's exact words.
 */
export async function exportCsv(store: Store, filters: ClaimFilters, sink: TextSink): Promise<number> {
  const merged = await listMergedClaims(store, filters)
  const evidence = await listClaimEvidence(store, filters)
  const byTriple = new Map<string, EvidenceClaim[]>()
  for (const claim of evidence) {
    const key = `${claim.supplier}|${claim.recipient}|${claim.category}`
    const list = byTriple.get(key)
    if (list) list.push(claim)
    else byTriple.set(key, [claim])
  }
  await sink.write(csvRow(CSV_COLUMNS))
  for (const row of merged) {
    const claims = byTriple.get(`${row.supplier}|${row.recipient}|${row.category}`) ?? []
    const outlets = [...new Set(claims.map((c) => c.outlet).filter((o): o is string => !!o))].sort()
    const sources = claims.map((c) => [c.undated || !c.publishedAt ? 'undated' : c.publishedAt, c.outlet ?? 'unknown outlet', c.status, c.url ?? `document ${c.documentId.slice(0, 12)}`].join(' · '))
    const best = claims.find((c) => c.status === row.strongestStatus) ?? claims[0]
    await sink.write(
      csvRow([
        row.supplier,
        row.recipient,
        row.category,
        row.strongestStatus,
        row.claims,
        row.documents,
        row.independentOutlets,
        row.denials,
        row.blanketDenials,
        row.firstSeen,
        row.lastSeen,
        outlets.join('; '),
        sources.join('\n'),
        best?.evidence ?? '',
      ]),
    )
  }
  return merged.length
}
