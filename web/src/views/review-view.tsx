import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { api, ApiError, download, queryString, useApi } from '../api'
import type { Assessments, ClaimReviewResult, ClaimWithHistory, Paged, ReviewLogEntry, StoredClaim, StoredQuote } from '../api-types'
import { useApp } from '../app-context'
import { Badge, ErrorBox, GradeBadge, Loading, Pager, Section } from '../components/common'
import { ActionChoice, changedNamesAndSpan, ChoiceSelect, ReasonAndSubmit, ReviewOutcome, type Changes, type ReviewAction } from '../components/review-form'
import { useI18n } from '../i18n'
import { href, navigate } from '../router'
import { QuoteReviewPanel } from './quote-review-panel'


const PAGE = 20
/** Claims read at once to order the queue: the first 500 by date, then ordered by what matters. */
const QUEUE_WINDOW = 500
const RELIABILITY_ORDER = 'FEDCBA'

/**
 * What to review first: claims behind a state's tier (a wrong one moves a tier), then those from
 * the weakest sources (reliability F before A, credibility 6 before 1), then the newest.
 */
export function orderQueue(claims: readonly StoredClaim[], decisive: ReadonlySet<string>): StoredClaim[] {
  const weakness = (c: StoredClaim) => (c.grade ? RELIABILITY_ORDER.indexOf(c.grade.reliability) * 10 + (10 - c.grade.credibility) : 99)
  return [...claims].sort((a, b) => Number(decisive.has(b.id)) - Number(decisive.has(a.id)) || weakness(a) - weakness(b))
}

/** Keys typed in a field are text, not commands. */
const typingIn = (event: KeyboardEvent): boolean => {
  const target = event.target as HTMLElement | null
  return event.ctrlKey || event.metaKey || event.altKey || !!target?.closest('input, textarea, select, [contenteditable="true"]')
}

/** Who says it, as the form edits it. */
interface SpeakerForm {
  attributed_to: string
  source_actor: string
  source_class: string
  speaker_role: string
  speaker_org: string
  evidence_start: string
  evidence_end: string
}

/** Accept, reject or correct claims with a reason; the audit log below, viewable and exportable. */
export function ReviewView({ query }: { query: URLSearchParams }) {
  const { t, v } = useI18n()
  const { version, meta, session } = useApp()
  const state = query.get('state') ?? 'pending'
  const supplier = query.get('supplier') ?? ''
  const page = Number(query.get('page') ?? 1) || 1
  const claimId = query.get('claim')
  const quoteId = query.get('quote')
  // Claims or quotes: a quote id in the address opens the quotes.
  const kind = query.get('kind') ?? (quoteId ? 'quotes' : 'claims')
  const quoteMode = kind === 'quotes'
  const logPage = Number(query.get('logPage') ?? 1) || 1
  const go = (changes: Record<string, string | number | null>) => navigate(href(['review'], { ...Object.fromEntries(query.entries()), ...changes }))
  const queue = useApi<Paged<StoredClaim>>(quoteMode ? null : `/claims${queryString({ review: state === 'all' ? '' : state, supplier, pageSize: QUEUE_WINDOW, sort: '-published' })}`, version)
  const quotes = useApi<Paged<StoredQuote>>(quoteMode ? `/quotes${queryString({ review: state === 'all' ? meta.reviewStates : state, speakerActor: supplier, pageSize: QUEUE_WINDOW })}` : null, version)
  const assessments = useApi<Assessments>('/assessments', version)
  const log = useApi<Paged<ReviewLogEntry>>(`/review/log${queryString({ page: logPage, pageSize: 20 })}`, version)
  const decisive = useMemo(() => new Set((assessments.data?.items ?? []).flatMap((a) => a.frameworks.flatMap((f) => f.claimIds))), [assessments.data])
  const ordered = useMemo(() => orderQueue(queue.data?.items ?? [], decisive), [queue.data, decisive])
  const shown = ordered.slice((page - 1) * PAGE, page * PAGE)
  const quoteList = quotes.data?.items ?? []
  // j / k move through the queue in its order; the panel takes a, r and e.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingIn(event) || (event.key !== 'j' && event.key !== 'k')) return
      const ids = quoteMode ? quoteList.map((q) => q.id) : ordered.map((c) => c.id)
      const at = ids.indexOf((quoteMode ? quoteId : claimId) ?? '')
      const next = ids[event.key === 'j' ? at + 1 : Math.max(0, at - 1)]
      if (!next) return
      event.preventDefault()
      const nextPage = Math.floor(ids.indexOf(next) / PAGE) + 1
      navigate(href(['review'], { ...Object.fromEntries(query.entries()), [quoteMode ? 'quote' : 'claim']: next, page: nextPage }), true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [ordered, quoteList, quoteMode, claimId, quoteId, query])
  return (
    <div className="view review">
      <h1>{t('review.title')}</h1>
      <nav className="row kind-switch" aria-label={t('review.kind')}>
        {(['claims', 'quotes'] as const).map((k) => (
          <a key={k} href={href(['review'], { kind: k, state })} aria-current={kind === k ? 'page' : undefined} data-testid={`review-kind-${k}`}>
            {t(k === 'claims' ? 'review.kindClaims' : 'review.kindQuotes')}
          </a>
        ))}
      </nav>
      <div className="two review-layout">
        <Section title={t(quoteMode ? 'review.quoteQueue' : 'review.queue')} id="queue">
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
              {t(quoteMode ? 'review.quoteActor' : 'common.supplier')} <input defaultValue={supplier} size={8} onBlur={(e) => e.target.value !== supplier && go({ supplier: e.target.value.trim(), page: 1 })} />
            </label>
          </form>
          <ErrorBox error={queue.error ?? quotes.error} />
          {((queue.loading && !queue.data) || (quotes.loading && !quotes.data)) && <Loading />}
          <p className="small muted" data-testid="review-keys">
            {t(quoteMode ? 'review.quoteKeys' : 'review.keys')}
          </p>
          {quoteMode && (
            <ul className="queue" data-testid="quote-queue">
              {quoteList.slice((page - 1) * PAGE, page * PAGE).map((q) => (
                <li key={q.id} data-quote-id={q.id} className={q.id === quoteId ? 'current' : undefined}>
                  <a href={href(['review'], { ...Object.fromEntries(query.entries()), kind: 'quotes', quote: q.id })} aria-current={q.id === quoteId ? 'true' : undefined}>
                    {q.speaker ?? '?'}
                    {q.speakerActor ? ` (${q.speakerActor})` : ''}
                  </a>{' '}
                  <Badge value={q.reviewState} kind="review" />
                  <p className="small muted">« {q.text.length > 140 ? `${q.text.slice(0, 139)}…` : q.text} »</p>
                </li>
              ))}
            </ul>
          )}
          {quotes.data && <Pager page={page} pageSize={PAGE} total={quoteList.length} onPage={(p) => go({ page: p })} />}
          <ul className="queue" data-testid="review-queue" hidden={quoteMode}>
            {shown.map((c) => (
              <li key={c.id} data-claim-id={c.id} data-decisive={decisive.has(c.id) ? 'true' : undefined} className={c.id === claimId ? 'current' : undefined}>
                <a href={href(['review'], { ...Object.fromEntries(query.entries()), claim: c.id })} aria-current={c.id === claimId ? 'true' : undefined}>
                  {c.supplier} → {c.recipient} · {v(c.category)}
                </a>{' '}
                {decisive.has(c.id) && <span className="badge plain decisive">{t('review.decisive')}</span>} <GradeBadge grade={c.grade} /> <Badge value={c.status} /> <Badge value={c.review.state} kind="review" />
                <p className="small muted">{c.evidenceText}</p>
              </li>
            ))}
          </ul>
          {queue.data && <Pager page={page} pageSize={PAGE} total={ordered.length} onPage={(p) => go({ page: p })} />}
          {queue.data && queue.data.total > QUEUE_WINDOW && <p className="small muted">{t('review.window', { n: QUEUE_WINDOW, total: queue.data.total })}</p>}
        </Section>
        <div>
          {quoteMode ? quoteId ? <QuoteReviewPanel quoteId={quoteId} /> : <p className="card muted">{t('review.quoteSelect')}</p> : claimId ? <ReviewPanel claimId={claimId} onDone={() => {
            const at = ordered.findIndex((c) => c.id === claimId)
            const next = ordered[at + 1]
            if (next) navigate(href(['review'], { ...Object.fromEntries(query.entries()), claim: next.id }), true)
          }} /> : <p className="card muted">{t('review.select')}</p>}
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
                    <th scope="col">{t('review.target')}</th>
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
                        {t(entry.target === 'quote' ? 'review.quoteFields' : 'review.claim')}{' '}
                        <a href={href(['document', entry.documentId], { [entry.target === 'quote' ? 'quote' : 'claim']: entry.claimId })}>
                          <code>{entry.claimId.slice(0, 10)}</code>
                        </a>
                      </td>
                      <td>{entry.reason}</td>
                      <td className="small" data-testid="log-before">
                        <LogValues entry={entry} side="before" />
                      </td>
                      <td className="small" data-testid="log-after">
                        <LogValues entry={entry} side="after" />
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

function ReviewPanel({ claimId, onDone }: { claimId: string; onDone: () => void }) {
  const { t, v } = useI18n()
  const { version, canEdit, meta, changed, actorName } = useApp()
  const claim = useApi<ClaimWithHistory>(`/claims/${encodeURIComponent(claimId)}`, version)
  const [action, setAction] = useState<ReviewAction>('accept')
  const [reason, setReason] = useState('')
  const [correction, setCorrection] = useState<{ supplier: string; recipient: string; category: string; status: string }>({ supplier: '', recipient: '', category: '', status: '' })
  const [speaker, setSpeaker] = useState<SpeakerForm>({ attributed_to: '', source_actor: '', source_class: '', speaker_role: '', speaker_org: '', evidence_start: '', evidence_end: '' })
  const reasonBox = useRef<HTMLTextAreaElement>(null)
  const firstField = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    const c = claim.data
    if (c) setCorrection({ supplier: c.supplier, recipient: c.recipient, category: c.category, status: c.status })
    if (c) setSpeaker(speakerFormOf(c))
  }, [claim.data])
  useEffect(() => {
    setResult(null)
    setError(null)
    setReason('')
  }, [claimId])
  const record = async (chosen: ReviewAction) => {
    const c = claim.data
    if (!c) return
    setBusy(true)
    setError(null)
    try {
      const roles = Object.fromEntries(
        Object.entries({ supplier: correction.supplier.trim().toUpperCase(), recipient: correction.recipient.trim().toUpperCase(), category: correction.category, status: correction.status }).filter(
          ([key, value]) => value && value !== (c as unknown as Record<string, string>)[key],
        ),
      )
      const body = { action: chosen, claimId, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(chosen === 'correct' ? { correction: { ...roles, ...speakerChanges(speaker, speakerFormOf(c)) } } : {}) }
      const answer = await api<ClaimReviewResult>('/review', { method: 'POST', body })
      setResult(t('review.done', { state: v(answer.state) }))
      setReason('')
      changed()
      if (chosen === 'accept') onDone()
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }
  // a accepts at once; r and e choose the decision and put the cursor where a reason or a value is typed.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingIn(event) || !canEdit || busy) return
      if (event.key === 'a') {
        event.preventDefault()
        setAction('accept')
        void record('accept')
      } else if (event.key === 'r') {
        event.preventDefault()
        setAction('reject')
        setTimeout(() => reasonBox.current?.focus(), 0)
      } else if (event.key === 'e') {
        event.preventDefault()
        setAction('correct')
        setTimeout(() => firstField.current?.focus(), 0)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })
  if (claim.loading && !claim.data) return <Loading />
  if (!claim.data) return <ErrorBox error={claim.error} />
  const c = claim.data
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await record(action)
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
          <tr>
            <th scope="row">{t('review.speaker')}</th>
            <td data-testid="review-speaker">
              {c.attributedTo ?? '—'}
              {c.source.actor ? ` (${c.source.actor})` : ''} · {v(c.source.class) || '?'} <GradeBadge grade={c.grade} />
            </td>
            <td className="muted small">{c.grade?.basis}</td>
          </tr>
        </tbody>
      </table>
      <form onSubmit={submit}>
        <fieldset disabled={!canEdit || busy} data-testid="review-form">
          <legend>{t('review.action')}</legend>
          <ActionChoice name="action" action={action} onChange={setAction} />
          {action === 'correct' && (
            <div className="row wrap">
              <label>
                {t('common.supplier')} <input ref={firstField} value={correction.supplier} size={8} onChange={(e) => setCorrection({ ...correction, supplier: e.target.value })} />
              </label>
              <label>
                {t('common.recipient')} <input value={correction.recipient} size={8} onChange={(e) => setCorrection({ ...correction, recipient: e.target.value })} />
              </label>
              <ChoiceSelect label={t('common.category')} options={meta.categories} value={correction.category} onChange={(category) => setCorrection({ ...correction, category })} />
              <ChoiceSelect label={t('common.status')} options={meta.statuses} value={correction.status} onChange={(status) => setCorrection({ ...correction, status })} />
              <fieldset className="speaker-fields" data-testid="speaker-fields">
                <legend>{t('review.speaker')}</legend>
                <label>
                  {t('review.attributedTo')} <input value={speaker.attributed_to} onChange={(e) => setSpeaker({ ...speaker, attributed_to: e.target.value })} />
                </label>
                <label>
                  {t('review.sourceActor')} <input value={speaker.source_actor} size={6} onChange={(e) => setSpeaker({ ...speaker, source_actor: e.target.value })} />
                </label>
                <ChoiceSelect label={t('review.sourceClass')} options={SOURCE_CLASSES} blank value={speaker.source_class} onChange={(source_class) => setSpeaker({ ...speaker, source_class })} />
                <label>
                  {t('review.speakerRole')} <input value={speaker.speaker_role} onChange={(e) => setSpeaker({ ...speaker, speaker_role: e.target.value })} />
                </label>
                <label>
                  {t('review.speakerOrg')} <input value={speaker.speaker_org} onChange={(e) => setSpeaker({ ...speaker, speaker_org: e.target.value })} />
                </label>
                <label>
                  {t('review.evidenceStart')} <input type="number" min={0} value={speaker.evidence_start} size={6} onChange={(e) => setSpeaker({ ...speaker, evidence_start: e.target.value })} />
                </label>
                <label>
                  {t('review.evidenceEnd')} <input type="number" min={0} value={speaker.evidence_end} size={6} onChange={(e) => setSpeaker({ ...speaker, evidence_end: e.target.value })} />
                </label>
              </fieldset>
            </div>
          )}
          <ReasonAndSubmit id="review-reason" helpId="reason-help" submitTestId="review-submit" reason={reason} onChange={setReason} boxRef={reasonBox} />
        </fieldset>
      </form>
      <ReviewOutcome result={result} error={error} title={t('review.history')} history={c.history} />
    </section>
  )
}

const SOURCE_CLASSES = ['official', 'institution', 'expert', 'named', 'media', 'unnamed', 'journalist'] as const

function speakerFormOf(c: StoredClaim): SpeakerForm {
  return {
    attributed_to: c.attributedTo ?? '',
    source_actor: c.source.actor ?? '',
    source_class: c.source.class ?? '',
    speaker_role: '',
    speaker_org: '',
    evidence_start: String(c.evidenceStart),
    evidence_end: String(c.evidenceEnd),
  }
}

/** The speaker and span fields the editor changed, as the API takes them: an emptied name is null. */
function speakerChanges(form: SpeakerForm, was: SpeakerForm): Changes {
  const out = changedNamesAndSpan(form, was, ['attributed_to', 'source_actor', 'speaker_role', 'speaker_org'], 'source_actor', ['evidence_start', 'evidence_end'])
  if (form.source_class && form.source_class !== was.source_class) out.source_class = form.source_class
  return out
}

/**
 * One side of a decision in the audit log: a quote's values that changed, in words
 * ("speaker: …"), and its review state; other entries as their recorded JSON.
 */
function LogValues({ entry, side }: { entry: ReviewLogEntry; side: 'before' | 'after' }) {
  const values = entry[side].quote as Record<string, unknown> | undefined
  const other = entry[side === 'before' ? 'after' : 'before'].quote as Record<string, unknown> | undefined
  if (!values || !other) return <code>{JSON.stringify(entry[side])}</code>
  const changedKeys = Object.keys(values).filter((key) => JSON.stringify(values[key]) !== JSON.stringify(other[key]))
  return (
    <>
      <code>{String(entry[side].review_state)}</code>
      {changedKeys.map((key) => (
        <span key={key} className="log-value" data-field={key}>
          <br />
          {key}: <q>{values[key] === null ? '—' : String(values[key])}</q>
        </span>
      ))}
    </>
  )
}
