import type { ClaimFilters } from '../store/claim-filters.js'
import type { Store } from '../store/open-store.js'
import { isoDay } from '../store/parse-published-at.js'
import { listDocumentPages } from '../store/list-document-pages.js'
import type { TextSink } from './text-sink.js'

/**
 * One document a line in the annotation format (DESIGN.md), which `cobel eval` and
 * `cobel analyze` share, plus offsets and provenance: `support[].start/end` and
 * `quotes[].start/end` are UTF-16 offsets into `text`. Reviewed values are applied and
 * rejected claims left out.
 */
export async function exportJsonl(store: Store, filters: ClaimFilters, sink: TextSink): Promise<number> {
  let count = 0
  for await (const page of listDocumentPages(store, filters)) {
    const lines = page.map((doc) =>
      JSON.stringify({
        id: doc.id,
        source_id: doc.sourceId,
        url: doc.url,
        canonical_url: doc.canonicalUrl,
        lang: doc.lang,
        title: doc.title,
        outlet: doc.outlet,
        published_at: isoDay(doc.publishedAt),
        captured_at: doc.capturedAt.toISOString(),
        raw_sha256: doc.rawSha256,
        extractor: doc.extractor,
        cluster_key: doc.clusterKey,
        text: doc.text,
        support: doc.claims.map((c) => ({
          supplier: c.supplier,
          recipient: c.recipient,
          category: c.category,
          evidence: c.evidence,
          status: c.status,
          attributed_to: c.attributedTo,
          start: c.start,
          end: c.end,
          via: c.via,
          materiel: c.materiel,
          context: c.context,
          review: c.review,
          claim_id: c.id,
        })),
        quotes: doc.quotes.map((q) => ({
          speaker: q.speaker,
          role: q.role,
          org: q.org,
          quote: q.text.slice(0, 60),
          start: q.start,
          end: q.end,
        })),
      }),
    )
    count += lines.length
    await sink.write(`${lines.join('\n')}\n`)
  }
  return count
}
