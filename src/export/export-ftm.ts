import { createHash } from 'node:crypto'
import type { ClaimFilters } from '../store/claim-filters.js'
import type { Store } from '../store/open-store.js'
import { isoDay } from '../store/parse-published-at.js'
import { isoAlpha2 } from './iso-alpha2.js'
import { listClaimActorCodes, listDocumentPages, type ExportClaim, type ExportDocument } from '../store/list-document-pages.js'
import type { TextSink } from './text-sink.js'

/** What the knowledge says about an actor code (from data/actors.yaml). */
export interface ActorInfo {
  readonly kind: 'state' | 'organisation' | 'organ' | 'group'
  readonly label: string
  readonly parent?: string
}

export interface FtmExportOptions {
  readonly actors?: ReadonlyMap<string, ActorInfo>
  /** Put the article text in `bodyText` (default true). */
  readonly includeText?: boolean
}

/** A FollowTheMoney entity as its JSON lines format writes it. */
export interface FtmEntity {
  readonly id: string
  readonly schema: string
  readonly properties: Record<string, string[]>
}

export const ftmActorId = (code: string): string => `cobel-actor-${code.toLowerCase()}`
const articleId = (documentId: string): string => `cobel-article-${documentId}`
const personId = (name: string): string => `cobel-speaker-${createHash('sha1').update(name.trim().toLowerCase()).digest('hex').slice(0, 16)}`

/**
 * FollowTheMoney entities, one JSON object a line (the mapping is in docs/ftm-mapping.md):
 * actors as PublicBody (states, organs) or Organization, documents as Article, each claim as
 * an UnknownLink (role = category, status = our status) with a Documentation tying the
 * Article to the supplier, speakers as Person and quotes as Note.
 */
export async function exportFtm(store: Store, filters: ClaimFilters, sink: TextSink, options: FtmExportOptions = {}): Promise<number> {
  let count = 0
  const emit = async (entities: FtmEntity[]): Promise<void> => {
    if (entities.length === 0) return
    count += entities.length
    await sink.write(`${entities.map((e) => JSON.stringify(e)).join('\n')}\n`)
  }
  const codes = await listClaimActorCodes(store, filters)
  // Organs roll up to a state that must exist as an entity too.
  for (const code of [...codes]) {
    const parent = options.actors?.get(code)?.parent
    if (parent) codes.add(parent)
  }
  await emit([...codes].sort().map((code) => actorEntity(code, options.actors)))
  const speakers = new Set<string>()
  for await (const page of listDocumentPages(store, filters)) {
    const entities: FtmEntity[] = []
    for (const doc of page) {
      entities.push(articleEntity(doc, options.includeText !== false))
      for (const claim of doc.claims) entities.push(...claimEntities(doc, claim))
      for (const quote of doc.quotes) {
        const speaker = quote.speaker?.trim()
        if (speaker && !speakers.has(speaker)) {
          speakers.add(speaker)
          const props: Record<string, string[]> = { name: [speaker] }
          if (quote.role && quote.speakerType === 'person') props.position = [quote.role]
          const schema = quote.speakerType === 'person' ? 'Person' : quote.speakerType === 'institution' ? 'Organization' : 'LegalEntity'
          entities.push({ id: personId(speaker), schema, properties: props })
        }
        entities.push({
          id: `cobel-quote-${quote.id}`,
          schema: 'Note',
          properties: compact({
            entity: [speaker ? personId(speaker) : articleId(doc.id)],
            description: [quote.text],
            summary: [[speaker, quote.role, quote.org].filter(Boolean).join(', ')],
            proof: [articleId(doc.id)],
            publisher: [doc.outlet],
            sourceUrl: [doc.url],
          }),
        })
      }
    }
    await emit(entities)
  }
  return count
}


export function actorEntity(code: string, actors?: ReadonlyMap<string, ActorInfo>): FtmEntity {
  const info = actors?.get(code)
  const country = isoAlpha2(code)
  const kind = info?.kind ?? (country ? 'state' : 'organisation')
  const schema = kind === 'state' || kind === 'organ' ? 'PublicBody' : 'Organization'
  const parentCountry = info?.parent ? isoAlpha2(info.parent) : null
  return {
    id: ftmActorId(code),
    schema,
    properties: compact({
      name: [info?.label ?? code],
      alias: [code],
      country: [kind === 'state' ? country : parentCountry],
      jurisdiction: [kind === 'state' ? country : null],
      parent: [info?.parent ? ftmActorId(info.parent) : null],
      classification: [kind],
    }),
  }
}

function articleEntity(doc: ExportDocument, includeText: boolean): FtmEntity {
  return {
    id: articleId(doc.id),
    schema: 'Article',
    properties: compact({
      title: [doc.title],
      // FtM checksums are SHA-1 (of the stored text here); cobel's own id is the SHA-256 in the entity id.
      contentHash: [createHash('sha1').update(doc.text).digest('hex')],
      bodyText: [includeText ? doc.text : null],
      publishedAt: [isoDay(doc.publishedAt)],
      retrievedAt: [doc.capturedAt.toISOString().slice(0, 19)],
      publisher: [doc.outlet],
      publisherUrl: [doc.outletId && doc.outletId.includes('.') ? `https://${doc.outletId}` : null],
      sourceUrl: [doc.url],
      language: [LANGUAGES[doc.lang.slice(0, 2)] ?? null],
      processingAgent: [`cobel ${doc.extractor}`],
      mimeType: ['text/plain'],
    }),
  }
}

function claimEntities(doc: ExportDocument, claim: ExportClaim): FtmEntity[] {
  const via = claim.via ? ` (via ${claim.via})` : ''
  const what = claim.materiel.length ? ` (${claim.materiel.join(', ')})` : ''
  const summary = `${claim.supplier}${via} → ${claim.recipient}: ${claim.category}${what}, ${claim.status}${claim.attributedTo ? `, according to ${claim.attributedTo}` : ''}`
  const date = isoDay(doc.publishedAt)
  return [
    {
      id: `cobel-claim-${claim.id}`,
      schema: 'UnknownLink',
      properties: compact({
        subject: [ftmActorId(claim.supplier)],
        object: [ftmActorId(claim.recipient)],
        role: [claim.category],
        status: [claim.status],
        summary: [summary],
        description: [claim.evidence],
        date: [date],
        sourceUrl: [doc.url],
        publisher: [doc.outlet],
        recordId: [claim.id],
        retrievedAt: [doc.capturedAt.toISOString().slice(0, 19)],
      }),
    },
    {
      // FtM's Documentation links a document to a Thing; an UnknownLink is not one, so the
      // evidence is tied to the supplier and to the link through the shared recordId.
      id: `cobel-evidence-${claim.id}`,
      schema: 'Documentation',
      properties: compact({
        document: [articleId(doc.id)],
        entity: [ftmActorId(claim.supplier)],
        role: ['evidence'],
        summary: [summary],
        description: [claim.evidence],
        date: [date],
        recordId: [claim.id],
        sourceUrl: [doc.url],
        publisher: [doc.outlet],
      }),
    },
  ]
}

/** ISO 639-1 → ISO 639-3, the form of FtM's `language` type. */
const LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'ara', de: 'deu', en: 'eng', es: 'spa', fa: 'fas', fr: 'fra', he: 'heb', it: 'ita', ja: 'jpn', ko: 'kor', nl: 'nld', pl: 'pol', pt: 'por', ru: 'rus', tr: 'tur', uk: 'ukr', zh: 'zho', be: 'bel', ka: 'kat', hy: 'hye', az: 'aze', sv: 'swe', fi: 'fin', da: 'dan', no: 'nor', ro: 'ron', cs: 'ces', hu: 'hun', el: 'ell', bg: 'bul', sr: 'srp', hr: 'hrv',
}

function compact(props: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [key, values] of Object.entries(props)) {
    const kept = values.filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
    if (kept.length) out[key] = kept
  }
  return out
}
