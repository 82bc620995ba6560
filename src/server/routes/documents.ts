import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import type { ActorInfo, LegalData } from '../../assess/index.js'
import type { Knowledge } from '../../pipeline/compile-knowledge.js'
import { getDocumentOrThrow } from '../../store/get-document.js'
import { DOCUMENT_SORTS, listDocuments } from '../../store/list-documents.js'
import type { Store } from '../../store/open-store.js'
import { addRoute } from '../api-route.js'
import { DATES_IN_ORDER, datesInOrder, DocumentBody, DocumentId, DocumentSummaryBody, FilterParams, Paged, paged, PageParams, windowOf } from '../api-schemas.js'
import { findHighlights, type Highlight } from '../find-highlights.js'
import { gradeStoredClaims } from '../grade-stored-claims.js'
import type { ReadCache } from '../read-cache.js'

const DocumentListQuery = z
  .strictObject({
    ...PageParams,
    ...FilterParams,
    sort: z.enum(DOCUMENT_SORTS).default('-published'),
    lang: z.string().regex(/^[a-z]{2,3}$/, 'language codes are ISO 639 (fr, en)').optional(),
  })
  .refine(datesInOrder, DATES_IN_ORDER)

export interface DocumentRoutesOptions {
  readonly store: Store
  readonly cache: ReadCache
  /** Lexicons for the actor and materiel highlights; without them only claims and quotes are marked. */
  readonly knowledge?: Knowledge
  /** For the source grade of each claim. */
  readonly legal: Pick<LegalData, 'grading' | 'conflicts'>
  readonly actors: readonly ActorInfo[]
}

/** Stored documents: the list with filters, and one document with its text, provenance and findings. */
export const documentRoutes: FastifyPluginAsync<DocumentRoutesOptions> = async (app, { store, cache, knowledge, legal, actors }) => {
  addRoute(
    app,
    { method: 'GET', url: '/documents', summary: 'Documents, newest first, with claim and quote counts', tag: 'documents', role: 'viewer', query: DocumentListQuery, response: Paged(DocumentSummaryBody), cache },
    async ({ query }) => paged(await listDocuments(store, { ...query, ...windowOf(query) }), query),
  )
  addRoute(
    app,
    {
      method: 'GET',
      url: '/documents/:id',
      summary: 'One document: text, provenance (URL, capture time, SHA-256), quotes and claims with their offsets, actor and materiel mentions',
      tag: 'documents',
      role: 'viewer',
      params: z.strictObject({ id: DocumentId }),
      response: DocumentBody,
      cache,
    },
    async ({ params }) => {
      const doc = await getDocumentOrThrow(store, params.id)
      return { ...doc, claims: gradeStoredClaims(doc.claims, legal, actors), highlights: knowledge ? highlightsOf(doc.text, doc.lang, knowledge) : [] }
    },
  )
}

function highlightsOf(text: string, lang: string, knowledge: Knowledge): Highlight[] {
  try {
    return findHighlights(text, lang, knowledge)
  } catch {
    // Mentions are a reading aid: a lexicon problem must not hide the document.
    return []
  }
}
