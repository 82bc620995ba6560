import type { ClaimFilters } from '../store/claim-filters.js'
import { listMergedClaims } from '../store/list-merged-claims.js'
import type { Store } from '../store/open-store.js'
import type { ActorInfo } from './export-ftm.js'
import type { TextSink } from './text-sink.js'

const KEYS = [
  ['label', 'node', 'string'],
  ['kind', 'node', 'string'],
  ['parent', 'node', 'string'],
  ['label', 'edge', 'string'],
  ['weight', 'edge', 'double'],
  ['category', 'edge', 'string'],
  ['strongest_status', 'edge', 'string'],
  ['claims', 'edge', 'int'],
  ['documents', 'edge', 'int'],
  ['independent_outlets', 'edge', 'int'],
  ['denials', 'edge', 'int'],
  ['first_date', 'edge', 'string'],
  ['last_date', 'edge', 'string'],
] as const

/**
 * The support network as GraphML for Gephi: one node per actor, one directed edge per
 * (supplier, recipient, category) weighted by corroboration (independent outlets). The edge
 * label is the category, so Gephi keeps edges of different categories apart. Merged rows
 * with denials only have no affirmative claim and are left out.
 */
export async function exportGraphml(store: Store, filters: ClaimFilters, sink: TextSink, options: { actors?: ReadonlyMap<string, ActorInfo> } = {}): Promise<{ nodes: number; edges: number }> {
  const merged = (await listMergedClaims(store, filters)).filter((m) => m.claims > 0)
  const nodes = [...new Set(merged.flatMap((m) => [m.supplier, m.recipient]))].sort()
  const key = (name: string, scope: string) => `${scope === 'node' ? 'n' : 'e'}_${name}`
  await sink.write(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      ...KEYS.map(([name, scope, type]) => `  <key id="${key(name, scope)}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`),
      '  <graph id="support" edgedefault="directed">',
      '',
    ].join('\n'),
  )
  for (const code of nodes) {
    const info = options.actors?.get(code)
    const data = [data_(key('label', 'node'), info?.label ?? code), data_(key('kind', 'node'), info?.kind ?? ''), info?.parent ? data_(key('parent', 'node'), info.parent) : '']
    await sink.write(`    <node id="${xml(code)}">${data.join('')}</node>\n`)
  }
  let n = 0
  for (const m of merged) {
    const values: [string, string | number][] = [
      ['label', m.category],
      ['weight', m.independentOutlets],
      ['category', m.category],
      ['strongest_status', m.strongestStatus],
      ['claims', m.claims],
      ['documents', m.documents],
      ['independent_outlets', m.independentOutlets],
      ['denials', m.denials],
      ['first_date', m.firstSeen ?? ''],
      ['last_date', m.lastSeen ?? ''],
    ]
    await sink.write(
      `    <edge id="e${++n}" source="${xml(m.supplier)}" target="${xml(m.recipient)}">${values.map(([k, v]) => data_(key(k, 'edge'), String(v))).join('')}</edge>\n`,
    )
  }
  await sink.write('  </graph>\n</graphml>\n')
  return { nodes: nodes.length, edges: merged.length }
}

const data_ = (key: string, value: string): string => `<data key="${key}">${xml(value)}</data>`

/** Escapes text and attribute values; drops characters XML 1.0 forbids. */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
