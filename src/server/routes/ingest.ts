import type { FastifyPluginAsync } from 'fastify'
import { z } from 'zod'
import { CobelError } from '../../domain/errors.js'
import { INPUT_FORMATS } from '../../input/parse-input.js'
import { addRoute } from '../api-route.js'
import { Day, JobBody, JobsBody } from '../api-schemas.js'
import type { IngestItem, IngestQueue } from '../ingest-jobs.js'

/** Requests may carry several files; each document is still limited to 8 MB by the reader. */
export const INGEST_BODY_LIMIT = 24 * 1024 * 1024

const PastedText = z.strictObject({
  text: z.string().trim().min(1, 'the text is empty').max(8 * 1024 * 1024),
  title: z.string().trim().max(500).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  outlet: z.string().trim().max(200).optional(),
  publishedAt: Day.optional(),
  lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
})
const UploadedFile = z.strictObject({
  name: z.string().trim().min(1).max(255).regex(/^[^/\\]+$/, 'a file name, without folders'),
  content: z.string().describe('the file, base64-encoded'),
  format: z.enum(INPUT_FORMATS).optional(),
})
const IngestBody = z
  .strictObject({ texts: z.array(PastedText).max(50).default([]), files: z.array(UploadedFile).max(50).default([]) })
  .refine((b) => b.texts.length + b.files.length > 0, 'send at least one text or file')


const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** Paste text or upload files; they are analysed and stored by a job whose progress is polled. */
export const ingestRoutes: FastifyPluginAsync<{ ingest: IngestQueue }> = async (app, { ingest }) => {
  addRoute(
    app,
    {
      method: 'POST',
      url: '/ingest',
      summary: 'Queue pasted texts and uploaded files (base64) for analysis and storage; answers 202 with a job to poll',
      tag: 'ingest',
      role: 'editor',
      body: IngestBody,
      response: JobBody,
      status: 202,
      bodyLimit: INGEST_BODY_LIMIT,
      rateLimit: 30,
    },
    async ({ body, user }) => {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const items: IngestItem[] = [
        ...body.texts.map((t, i) => ({
          name: `paste:${user.name}:${stamp}:${i + 1}.txt`,
          bytes: Buffer.from(t.text, 'utf8'),
          format: 'text' as const,
          meta: { title: t.title, url: t.url, outlet: t.outlet, publishedAt: t.publishedAt, lang: t.lang },
        })),
        ...body.files.map((f) => {
          const content = f.content.replace(/\s+/g, '')
          if (!BASE64.test(content)) throw new CobelError('ERR_BAD_REQUEST', `body: files: ${f.name} is not base64`)
          return { name: `upload:${user.name}:${f.name}`, bytes: Buffer.from(content, 'base64'), ...(f.format ? { format: f.format } : {}) }
        }),
      ]
      return ingest.submit(items, user.name)
    },
  )
  addRoute(
    app,
    { method: 'GET', url: '/ingest/:id', summary: 'An ingest job: state, progress, documents stored or skipped, failures', tag: 'ingest', role: 'editor', params: z.strictObject({ id: z.uuid() }), response: JobBody },
    async ({ params }) => {
      const job = ingest.get(params.id)
      if (!job) throw new CobelError('ERR_NOT_FOUND', `no ingest job ${params.id} (finished jobs are kept until 100 newer ones finish or the server restarts)`)
      return job
    },
  )
  addRoute(
    app,
    { method: 'GET', url: '/ingest', summary: 'Recent ingest jobs, newest first', tag: 'ingest', role: 'editor', response: JobsBody },
    async () => ({ items: ingest.list() }),
  )
}
