import { sql } from 'kysely'
import type { Store } from './open-store.js'

/** Which stored documents re-extraction takes: those analysed by another extractor or data version, or all. */
export interface StaleSelection {
  readonly all: boolean
  /** The current analyzer's EXTRACTOR_VERSION. */
  readonly extractor: string
  readonly dataVersion: string
}

/** A stored document as re-extraction reads it back: its text and what the source declared. */
export interface StaleDocument {
  readonly id: string
  readonly text: string
  readonly lang: string
  readonly lang_source: string
  readonly url: string | null
  readonly title: string | null
  readonly outlet: string | null
  readonly published_raw: string | null
  readonly source: string
}

// An analysis names its extractor as CODE+DATA (cobel-extract/0.1.0+c68d…): the code part
// is compared with the analyzer's version, the data part is data_version.
const staleCondition = (selection: StaleSelection) =>
  sql<boolean>`(split_part(d.extractor, '+', 1) <> ${selection.extractor} or d.data_version <> ${selection.dataVersion})`

/** How many stored documents the selection takes. */
export async function countStaleDocuments(store: Store, selection: StaleSelection): Promise<number> {
  const row = await store.db
    .selectFrom('documents as d')
    .$if(!selection.all, (qb) => qb.where(staleCondition(selection)))
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The next page of selected documents after the id given, in id order. */
export async function listStaleDocumentPage(store: Store, selection: StaleSelection, after: string, limit: number): Promise<StaleDocument[]> {
  return store.db
    .selectFrom('documents as d')
    .$if(!selection.all, (qb) => qb.where(staleCondition(selection)))
    .leftJoin('outlets as o', 'o.id', 'd.outlet_id')
    .select(['d.id', 'd.text', 'd.lang', 'd.lang_source', 'd.url', 'd.title', 'o.name as outlet', 'd.published_raw', 'd.source'])
    .where('d.id', '>', after)
    .orderBy('d.id')
    .limit(limit)
    .execute()
}
