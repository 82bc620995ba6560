import type { Analysis } from '../domain/records.js'
import { analysisRows, CLAIM_COLUMNS, STATEMENT_COLUMNS } from './analysis-rows.js'
import type { NewClaim, NewStatement } from './database.js'
import { nearDuplicateSignature, type NearDuplicateSignature } from './near-duplicate-signature.js'
import { packRows, type PackedColumns } from './pack-rows.js'

/**
 * What one analysed document adds to the store besides its own row, computed from the
 * analysis alone. Ingest computes it in the extraction worker, next to the analysis, so that
 * the thread that writes (PGlite's, at that) only writes.
 */
export interface DocumentRows {
  readonly signature: NearDuplicateSignature
  readonly statements: NewStatement[]
  readonly claims: NewClaim[]
  /** Search facets of a newly stored document, whose claims are all live (none reviewed yet). */
  readonly facets: string[]
  /** The quote and claim rows packed for insertPacked; `statements` and `claims` are then left empty (see packDocumentRows). */
  readonly packed?: { readonly statements: PackedColumns; readonly claims: PackedColumns }
}

export function documentRowsOf(documentId: string, analysis: Analysis, ftsConfig: string): DocumentRows {
  const { statements, claims } = analysisRows(documentId, analysis, ftsConfig)
  return { signature: nearDuplicateSignature(analysis.text), statements, claims, facets: facetsOfClaims(analysis.support) }
}

/** The facets search filters on (see document_search): s:SUPPLIER, r:RECIPIENT, c:CATEGORY, t:STATUS. */
export function facetsOfClaims(claims: readonly { supplier: string; recipient: string; category: string; status: string }[]): string[] {
  const facets = new Set<string>()
  for (const c of claims) {
    facets.add(`s:${c.supplier}`)
    facets.add(`r:${c.recipient}`)
    facets.add(`c:${c.category}`)
    facets.add(`t:${c.status}`)
  }
  return [...facets].sort()
}

/**
 * The rows as a worker thread hands them over: quotes and claims packed into a few strings
 * per table (structured clone and garbage collection of hundreds of row objects cost the
 * writing thread more than the database does).
 */
export function packDocumentRows(rows: DocumentRows): DocumentRows {
  return {
    signature: rows.signature,
    facets: rows.facets,
    statements: [],
    claims: [],
    packed: { statements: packRows(rows.statements, STATEMENT_COLUMNS), claims: packRows(rows.claims, CLAIM_COLUMNS) },
  }
}
