import { sql } from 'kysely'
import type { Store } from './open-store.js'

export interface IndexedDocument {
  readonly id: string
  readonly minhash: number[]
  readonly bands: number[]
  readonly cluster_key: string
  readonly independence_key: string
}

/**
 * The LSH bands of the documents one ingest run has written, kept in memory: within a run,
 * copies are found here without asking the database again, and two batches written at the
 * same time see each other's documents. The database is asked only about documents stored
 * before the run started (`since`, in the server's clock).
 */
export class NearDuplicateIndex {
  private readonly byBand = new Map<number, IndexedDocument[]>()
  /**
   * A band value shared by many documents comes from text they all carry (boilerplate, a
   * recycled paragraph); past this many, later documents are not listed under it, which keeps
   * lookups bounded. They stay reachable through their other bands.
   */
  static readonly PER_BAND = 24

  /**
   * @param since documents created before this (server clock) are looked up in the database
   * @param storedBefore whether any document was stored before the run (if not, never ask the database)
   */
  constructor(
    readonly since: Date,
    readonly storedBefore = true,
  ) {}

  add(doc: IndexedDocument): void {
    for (const band of doc.bands) {
      const list = this.byBand.get(band)
      if (!list) this.byBand.set(band, [doc])
      else if (list.length < NearDuplicateIndex.PER_BAND) list.push(doc)
    }
  }

  /** Documents sharing at least one band, each once. */
  candidates(bands: readonly number[]): IndexedDocument[] {
    const seen = new Set<IndexedDocument>()
    for (const band of bands) for (const doc of this.byBand.get(band) ?? []) seen.add(doc)
    return [...seen]
  }
}

/** An index for a new run, starting at the database server's current time. */
export async function createNearDuplicateIndex(store: Store): Promise<NearDuplicateIndex> {
  const { rows } = await sql<{ now: Date; any: boolean }>`select now() as now, exists (select 1 from documents) as any`.execute(store.db)
  return new NearDuplicateIndex(rows[0]!.now, rows[0]!.any)
}
