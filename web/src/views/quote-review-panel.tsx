import { useEffect, useState, type FormEvent } from 'react'
import { api, ApiError, useApi } from '../api'
import type { QuoteReviewResult, QuoteWithHistory } from '../api-types'
import { useApp } from '../app-context'
import { Badge, ErrorBox, Loading } from '../components/common'
import { ActionChoice, changedNamesAndSpan, ChoiceSelect, ReasonAndSubmit, ReviewOutcome, type Changes, type ReviewAction } from '../components/review-form'
import { useI18n } from '../i18n'
import { href } from '../router'

/** The kinds of speaker and the standings the server takes (src/store/review-claim.ts). */
const SPEAKER_TYPES = ['person', 'institution', 'unnamed', 'outlet', 'unknown'] as const
const STANDINGS = ['official', 'expert', 'media', 'other'] as const

/** Every field of a quote as the form edits it. */
interface QuoteForm {
  speaker: string
  role: string
  org: string
  speaker_actor: string
  speaker_type: string
  standing: string
  span_start: string
  span_end: string
}

const formOf = (q: QuoteWithHistory): QuoteForm => ({
  speaker: q.speaker ?? '',
  role: q.role ?? '',
  org: q.org ?? '',
  speaker_actor: q.speakerActor ?? '',
  speaker_type: q.speakerType,
  standing: q.standing ?? '',
  span_start: String(q.start),
  span_end: String(q.end),
})

/** The fields the editor changed, as the API takes them: an emptied name is null. */
function changesOf(form: QuoteForm, was: QuoteForm): Changes {
  const out = changedNamesAndSpan(form, was, ['speaker', 'role', 'org', 'speaker_actor'], 'speaker_actor', ['span_start', 'span_end'])
  if (form.speaker_type !== was.speaker_type) out.speaker_type = form.speaker_type
  if (form.standing !== was.standing) out.standing = form.standing || null
  return out
}

/** Accept, reject, correct (speaker, role, organisation, attributed state, kind, standing, span) or reset one quote, with a reason. */
export function QuoteReviewPanel({ quoteId }: { quoteId: string }) {
  const { t, v } = useI18n()
  const { version, canEdit, changed, actorName } = useApp()
  const quote = useApi<QuoteWithHistory>(`/quotes/${encodeURIComponent(quoteId)}`, version)
  const [action, setAction] = useState<ReviewAction>('accept')
  const [reason, setReason] = useState('')
  const [form, setForm] = useState<QuoteForm | null>(null)
  const [result, setResult] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (quote.data) setForm(formOf(quote.data))
  }, [quote.data])
  useEffect(() => {
    setResult(null)
    setError(null)
    setReason('')
  }, [quoteId])
  if (quote.loading && !quote.data) return <Loading />
  if (!quote.data || !form) return <ErrorBox error={quote.error} />
  const q = quote.data
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const body = { action, quoteId, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(action === 'correct' ? { correction: changesOf(form, formOf(q)) } : {}) }
      const answer = await api<QuoteReviewResult>('/review/quote', { method: 'POST', body })
      setResult(t('review.done', { state: v(answer.state) }))
      setReason('')
      changed()
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }
  const field = (key: keyof QuoteForm) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) })
  const choice = (key: 'speaker_type' | 'standing') => ({ value: form[key], onChange: (value: string) => setForm({ ...form, [key]: value }) })
  const rows: [string, string | null, string | null][] = [
    [t('review.quoteSpeaker'), q.speaker, q.extracted.speaker],
    [t('review.quoteRole'), q.role, q.extracted.role],
    [t('review.quoteOrg'), q.org, q.extracted.org],
    [t('review.quoteActor'), q.speakerActor ? actorName(q.speakerActor) : null, q.extracted.speakerActor ? actorName(q.extracted.speakerActor) : null],
    [t('review.span'), `${q.start}–${q.end}`, `${q.extracted.start}–${q.extracted.end}`],
  ]
  return (
    <section className="card review-panel quote-review" aria-labelledby="quote-panel-title" data-quote-id={q.id}>
      <h2 id="quote-panel-title">
        {t('review.quoteFields')}: {q.speaker ?? '?'} <Badge value={q.reviewState} kind="review" /> {q.origin !== 'extracted' && <Badge value={q.origin} kind="plain" />}
      </h2>
      <blockquote data-testid="quote-text">{q.text}</blockquote>
      <p className="small">
        <a href={href(['document', q.documentId], { quote: q.id })}>
          {q.document?.title ?? q.documentId.slice(0, 12)} — {t('common.openAtEvidence')}
        </a>
      </p>
      <h3>{t('review.current')}</h3>
      <table className="data compact" data-testid="quote-current">
        <tbody>
          {rows.map(([label, now, extracted]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{now ?? '—'}</td>
              <td className="muted small">{extracted !== now ? `${t('review.extracted')}: ${extracted ?? '—'}` : ''}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('review.speakerType')}</th>
            <td>
              {v(q.speakerType)}
              {q.standing ? ` · ${v(q.standing)}` : ''}
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      <form onSubmit={submit}>
        <fieldset disabled={!canEdit || busy} data-testid="quote-review-form">
          <legend>{t('review.action')}</legend>
          <ActionChoice name="quote-action" action={action} onChange={setAction} />
          {action === 'correct' && (
            <fieldset className="speaker-fields" data-testid="quote-fields">
              <legend>{t('review.quoteFields')}</legend>
              <label>
                {t('review.quoteSpeaker')} <input {...field('speaker')} />
              </label>
              <label>
                {t('review.quoteRole')} <input {...field('role')} />
              </label>
              <label>
                {t('review.quoteOrg')} <input {...field('org')} />
              </label>
              <label>
                {t('review.quoteActor')} <input size={6} {...field('speaker_actor')} />
              </label>
              <ChoiceSelect label={t('review.speakerType')} options={SPEAKER_TYPES} {...choice('speaker_type')} />
              <ChoiceSelect label={t('review.standing')} options={STANDINGS} blank {...choice('standing')} />
              <label>
                {t('review.spanStart')} <input type="number" min={0} size={6} {...field('span_start')} />
              </label>
              <label>
                {t('review.spanEnd')} <input type="number" min={0} size={6} {...field('span_end')} />
              </label>
            </fieldset>
          )}
          <ReasonAndSubmit id="quote-reason" helpId="quote-reason-help" submitTestId="quote-review-submit" reason={reason} onChange={setReason} />
        </fieldset>
      </form>
      <ReviewOutcome result={result} error={error} title={t('review.quoteHistory')} history={q.history} historyTestId="quote-history" />
    </section>
  )
}
