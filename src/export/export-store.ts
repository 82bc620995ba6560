import type { ClaimFilters } from '../store/claim-filters.js'
import type { Store } from '../store/open-store.js'
import { exportCsv } from './export-csv.js'
import { exportFtm, type ActorInfo } from './export-ftm.js'
import { exportGraphml } from './export-graphml.js'
import { exportJsonl } from './export-jsonl.js'
import type { TextSink } from './text-sink.js'

export const EXPORT_FORMATS = ['csv', 'jsonl', 'ftm', 'graphml'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportOptions {
  readonly actors?: ReadonlyMap<string, ActorInfo>
  /** FtM: include article text (default true). */
  readonly includeText?: boolean
}

/** Writes the store in one format; returns how many records (rows, lines, entities, edges) were written. */
export async function exportStore(store: Store, format: ExportFormat, filters: ClaimFilters, sink: TextSink, options: ExportOptions = {}): Promise<number> {
  switch (format) {
    case 'csv':
      return exportCsv(store, filters, sink)
    case 'jsonl':
      return exportJsonl(store, filters, sink)
    case 'ftm':
      return exportFtm(store, filters, sink, options)
    case 'graphml':
      return (await exportGraphml(store, filters, sink, options)).edges
  }
}
