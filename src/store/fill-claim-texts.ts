import type { ClaimListing } from '../domain/evidence.js'
import { claimTexts } from './list-evidence-claims.js'
import type { Store } from './open-store.js'

/**
 * Compact assessments of claims read without their words (listEvidenceClaims withText false),
 * with the words of every claim they list read from the store: a few hundred claims rather
 * than every claim the verdicts weigh.
 */
export async function fillClaimTexts<C extends { readonly id: string }, A extends ClaimListing<C>>(store: Store, assessments: readonly A[]): Promise<A[]> {
  const ids = assessments.flatMap((a) => [...Object.keys(a.claims), ...(a.rows ?? []).flatMap((row) => [...row.claims, ...row.counterEvidence, ...row.notCounted].map((c) => c.id))])
  const texts = await claimTexts(store, [...new Set(ids)])
  const withText = (ref: C): C => ({ ...ref, ...texts.get(ref.id) })
  // Each claim is replaced by the same claim with its words: the assessment keeps its type.
  return assessments.map((a) => ({
    ...a,
    claims: Object.fromEntries(Object.entries(a.claims).map(([id, ref]) => [id, withText(ref)])),
    ...(a.rows ? { rows: a.rows.map((row) => ({ ...row, claims: row.claims.map(withText), counterEvidence: row.counterEvidence.map(withText), notCounted: row.notCounted.map(withText) })) } : {}),
  }) as A)
}
