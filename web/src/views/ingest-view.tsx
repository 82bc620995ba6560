import { useEffect, useState, type FormEvent } from 'react'
import { api, ApiError } from '../api'
import type { IngestJob } from '../api-types'
import { useApp } from '../app-context'
import { ErrorBox } from '../components/common'
import { useI18n } from '../i18n'
import { href } from '../router'

/** Reads a file as base64 for the JSON body (the API takes no multipart). */
const readBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })

/** Paste an article or upload files; a job analyses and stores them, and its progress is polled. */
export function IngestView() {
  const { t, v } = useI18n()
  const { canEdit, session, changed } = useApp()
  const [text, setText] = useState('')
  const [meta, setMeta] = useState({ title: '', url: '', outlet: '', publishedAt: '', lang: '' })
  const [files, setFiles] = useState<FileList | null>(null)
  const [job, setJob] = useState<IngestJob | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!job || job.state === 'done' || job.state === 'failed') return
    const timer = setTimeout(() => {
      api<IngestJob>(`/ingest/${job.id}`).then((next) => {
        setJob(next)
        if (next.state === 'done') changed()
      }, setError)
    }, 500)
    return () => clearTimeout(timer)
  }, [job, changed])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const uploads = await Promise.all([...(files ?? [])].map(async (file) => ({ name: file.name, content: await readBase64(file) })))
      const extra = Object.fromEntries(Object.entries(meta).filter(([, value]) => value.trim()).map(([key, value]) => [key, value.trim()]))
      const body = { texts: text.trim() ? [{ text, ...extra }] : [], files: uploads }
      setJob(await api<IngestJob>('/ingest', { method: 'POST', body }))
      setText('')
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="view ingest">
      <h1>{t('ingest.title')}</h1>
      <p>{t('ingest.intro')}</p>
      {!canEdit && session.user && (
        <p className="note" role="note">
          {t('ingest.readOnly', { role: v(session.user.role) })}
        </p>
      )}
      <form className="card" onSubmit={submit}>
        <fieldset disabled={!canEdit || busy}>
          <label htmlFor="ingest-text">{t('ingest.text')}</label>
          <textarea id="ingest-text" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
          <details>
            <summary>{t('ingest.meta')}</summary>
            <div className="row wrap">
              <label>
                {t('ingest.titleField')} <input value={meta.title} onChange={(e) => setMeta({ ...meta, title: e.target.value })} />
              </label>
              <label>
                {t('ingest.url')} <input type="url" value={meta.url} onChange={(e) => setMeta({ ...meta, url: e.target.value })} />
              </label>
              <label>
                {t('ingest.outlet')} <input value={meta.outlet} onChange={(e) => setMeta({ ...meta, outlet: e.target.value })} />
              </label>
              <label>
                {t('ingest.published')} <input type="date" value={meta.publishedAt} onChange={(e) => setMeta({ ...meta, publishedAt: e.target.value })} />
              </label>
              <label>
                {t('ingest.lang')}{' '}
                <select value={meta.lang} onChange={(e) => setMeta({ ...meta, lang: e.target.value })}>
                  <option value="">—</option>
                  <option value="fr">fr</option>
                  <option value="en">en</option>
                </select>
              </label>
            </div>
          </details>
          <label htmlFor="ingest-files">{t('ingest.files')}</label>
          <input id="ingest-files" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.jsonl,.ndjson" onChange={(e) => setFiles(e.target.files)} />
          <p>
            <button type="submit" className="primary" data-testid="ingest-submit">
              {t('ingest.submit')}
            </button>
          </p>
        </fieldset>
      </form>
      <ErrorBox error={error} />
      {job && (
        <section className="card" aria-live="polite" data-testid="ingest-job" data-state={job.state}>
          <h2>{t('ingest.job', { id: job.id.slice(0, 8), state: v(job.state) })}</h2>
          <p>{t('ingest.progress', job.progress)}</p>
          {job.state !== 'done' && job.state !== 'failed' && <progress aria-label={v(job.state)} />}
          {job.error && (
            <p className="error">
              <code>{job.error.code}</code> {job.error.message}
            </p>
          )}
          <ul>
            {job.documents.map((d) => (
              <li key={d.id}>
                <a href={href(['document', d.id])} data-testid="ingested-document">
                  {d.title ?? d.origin}
                </a>{' '}
                <span className="muted small">
                  {d.outcome === 'stored' ? t('ingest.stored') : t('ingest.skipped')} · {d.claims} {t('common.claims')}
                </span>
              </li>
            ))}
            {job.failures.map((f, i) => (
              <li key={`f${i}`} className="error">
                {f.origin}: <code>{f.code}</code> {f.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
