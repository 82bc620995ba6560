import { useEffect, useState, type FormEvent } from 'react'
import { api, ApiError, download, queryString, useApi } from '../api'
import type { Category, ClaimWithHistory, Paged, ReviewLogEntry, Status, StoredClaim } from '../api-types'
import { useApp } from '../app-context'
import { Badge, ErrorBox, Loading, Pager, Section } from '../components/common'
import { useI18n } from '../i18n'
import { href, navigate } from '../router'

type Action = 'accept' | 'reject' | 'correct' | 'reset'

/** Accept, reject or correct claims with a reason; the audit log below, viewable and exportable. */
export function ReviewView({ query }: { query: URLSearchParams }) {
  const { t, v } = useI18n()
  const { version, meta, session } = useApp()
  const state = query.get('state') ?? 'pending'
  const supplier = query.get('supplier') ?? ''
  const page = Number(query.get('page') ?? 1) || 1
  const claimId = query.get('claim')
  const logPage = Number(query.get('logPage') ?? 1) || 1
  const go = (changes: Record<string, string | number | null>) => navigate(href(['review'], { ...Object.fromEntries(query.entries()), ...changes }))
  const queue = useApi<Paged<StoredClaim>>(`/claims${queryString({ review: state === 'all' ? '' : state, supplier, page, pageSize: 20, sort: '-published' })}`, version)
  const log = useApi<Paged<ReviewLogEntry>>(`/review/log${queryString({ page: logPage, pageSize: 20 })}`, version)
  return (
    <div className="view review">
      <h1>{t('review.title')}</h1>
      <div className="two review-layout">
        <Section title={t('review.queue')} id="queue">
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('claims.reviewState')}{' '}
              <select value={state} onChange={(e) => go({ state: e.target.value, page: 1 })}>
                {[...meta.reviewStates, 'all'].map((s) => (
                  <option key={s} value={s}>
                    {s === 'all' ? t('common.any') : v(s)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('common.supplier')} <input defaultValue={supplier} size={8} onBlur={(e) => e.target.value !== supplier && go({ supplier: e.target.value.trim(), page: 1 })} />
            </label>
          </form>
          <ErrorBox error={queue.error} />
          {queue.loading && !queue.data && <Loading />}
          <ul className="queue">
            {queue.data?.items.map((c) => (
              <li key={c.id} data-claim-id={c.id}>
                <a href={href(['review'], { ...Object.fromEntries(query.entries()), claim: c.id })} aria-current={c.id === claimId ? 'true' : undefined}>
                  {c.supplier} → {c.recipient} · {v(c.category)}
                </a>{' '}
                <Badge value={c.status} /> <Badge value={c.review.state} kind="review" />
                <p className="small muted">{c.evidenceText}</p>
              </li>
            ))}
          </ul>
          {queue.data && <Pager page={page} pageSize={20} total={queue.data.total} onPage={(p) => go({ page: p })} />}
        </Section>
        <div>
          {claimId ? <ReviewPanel claimId={claimId} /> : <p className="card muted">{t('review.select')}</p>}
          {session.user && !['editor', 'admin'].includes(session.user.role) && (
            <p className="note" role="note" data-testid="review-read-only">
              {t('review.readOnly', { role: v(session.user.role) })}
            </p>
          )}
        </div>
      </div>
      <Section title={t('review.log')} id="audit-log">
        <div className="row">
          <span>{t('review.export')}:</span>
          <button type="button" onClick={() => void download('/review/export?format=csv', 'cobel-review-log.csv')}>
            CSV
          </button>
          <button type="button" onClick={() => void download('/review/export?format=json', 'cobel-review-log.json')}>
            JSON
          </button>
        </div>
        <ErrorBox error={log.error} />
        {log.data && (
          <>
            <div className="table-wrap">
              <table className="data" data-testid="audit-log">
                <thead>
                  <tr>
                    <th scope="col">{t('review.when')}</th>
                    <th scope="col">{t('review.who')}</th>
                    <th scope="col">{t('review.what')}</th>
                    <th scope="col">{t('review.claim')}</th>
                    <th scope="col">{t('review.reason')}</th>
                    <th scope="col">{t('review.before')}</th>
                    <th scope="col">{t('review.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.data.items.map((entry) => (
                    <tr key={entry.id}>
                      <td>{new Date(entry.at).toLocaleString()}</td>
                      <td>{entry.reviewer}</td>
                      <td>{v(entry.action)}</td>
                      <td>
                        <a href={href(['document', entry.documentId], { claim: entry.claimId })}>
                          <code>{entry.claimId.slice(0, 10)}</code>
                        </a>
                      </td>
                      <td>{entry.reason}</td>
                      <td className="small">
                        <code>{JSON.stringify(entry.before)}</code>
                      </td>
                      <td className="small">
                        <code>{JSON.stringify(entry.after)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={logPage} pageSize={20} total={log.data.total} onPage={(p) => go({ logPage: p })} />
          </>
        )}
      </Section>
    </div>
  )
}

function ReviewPanel({ claimId }: { claimId: string }) {
  const { t, v } = useI18n()
  const { version, canEdit, meta, changed, actorName } = useApp()
  const claim = useApi<ClaimWithHistory>(`/claims/${encodeURIComponent(claimId)}`, version)
  const [action, setAction] = useState<Action>('accept')
  const [reason, setReason] = useState('')
  const [correction, setCorrection] = useState<{ supplier: string; recipient: string; category: string; status: string }>({ supplier: '', recipient: '', category: '', status: '' })
  const [result, setResult] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    const c = claim.data
    if (c) setCorrection({ supplier: c.supplier, recipient: c.recipient, category: c.category, status: c.status })
  }, [claim.data])
  useEffect(() => {
    setResult(null)
    setError(null)
    setReason('')
  }, [claimId])
  if (claim.loading && !claim.data) return <Loading />
  if (!claim.data) return <ErrorBox error={claim.error} />
  const c = claim.data
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const changes = Object.fromEntries(
        Object.entries({ supplier: correction.supplier.trim().toUpperCase(), recipient: correction.recipient.trim().toUpperCase(), category: correction.category, status: correction.status }).filter(
          ([key, value]) => value && value !== (c as unknown as Record<string, string>)[key],
        ),
      )
      const body = { action, claimId, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(action === 'correct' ? { correction: changes } : {}) }
      const answer = await api<{ state: string }>('/review', { method: 'POST', body })
      setResult(t('review.done', { state: v(answer.state) }))
      setReason('')
      changed()
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="card review-panel" aria-labelledby="review-panel-title" data-claim-id={c.id}>
      <h2 id="review-panel-title">
        {actorName(c.supplier)} → {actorName(c.recipient)} · {v(c.category)} <Badge value={c.review.state} kind="review" />
      </h2>
      <blockquote>{c.sentenceText ?? c.evidenceText}</blockquote>
      <p className="small">
        <a href={href(['document', c.documentId], { claim: c.id })}>
          {c.document.title ?? c.documentId.slice(0, 12)} — {t('common.openAtEvidence')}
        </a>
      </p>
      <h3>{t('review.current')}</h3>
      <table className="data compact">
        <tbody>
          {(['supplier', 'recipient', 'category', 'status'] as const).map((field) => (
            <tr key={field}>
              <th scope="row">{t(`common.${field}`)}</th>
              <td>{field === 'category' || field === 'status' ? v(c[field]) : c[field]}</td>
              <td className="muted small">{c.extracted[field] !== c[field] ? `${t('review.extracted')}: ${field === 'category' || field === 'status' ? v(c.extracted[field]) : c.extracted[field]}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit}>
        <fieldset disabled={!canEdit || busy} data-testid="review-form">
          <legend>{t('review.action')}</legend>
          <div className="row">
            {(['accept', 'reject', 'correct', 'reset'] as const).map((a) => (
              <label key={a} className="check">
                <input type="radio" name="action" value={a} checked={action === a} onChange={() => setAction(a)} /> {t(a === 'reset' ? 'review.resetAction' : `review.${a}`)}
              </label>
            ))}
          </div>
          {action === 'correct' && (
            <div className="row wrap">
              <label>
                {t('common.supplier')} <input value={correction.supplier} size={8} onChange={(e) => setCorrection({ ...correction, supplier: e.target.value })} />
              </label>
              <label>
                {t('common.recipient')} <input value={correction.recipient} size={8} onChange={(e) => setCorrection({ ...correction, recipient: e.target.value })} />
              </label>
              <label>
                {t('common.category')}{' '}
                <select value={correction.category} onChange={(e) => setCorrection({ ...correction, category: e.target.value as Category })}>
                  {meta.categories.map((x) => (
                    <option key={x} value={x}>
                      {v(x)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('common.status')}{' '}
                <select value={correction.status} onChange={(e) => setCorrection({ ...correction, status: e.target.value as Status })}>
                  {meta.statuses.map((x) => (
                    <option key={x} value={x}>
                      {v(x)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
          <label htmlFor="review-reason">{t('review.reason')}</label>
          <textarea id="review-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby="reason-help" />
          <p id="reason-help" className="small muted">
            {t('review.reasonHelp')}
          </p>
          <button type="submit" className="primary" data-testid="review-submit">
            {t('review.submit')}
          </button>
        </fieldset>
      </form>
      {result && (
        <p className="ok" role="status">
          {result}
        </p>
      )}
      <ErrorBox error={error} />
      {c.history.length > 0 && (
        <>
          <h3>{t('review.history')}</h3>
          <ol className="small">
            {c.history.map((h) => (
              <li key={h.id}>
                {new Date(h.at).toLocaleString()} · {h.reviewer} · {v(h.action)}
                {h.reason ? ` — ${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
