import type { Ref } from 'react'
import type { ApiError } from '../api'
import type { ReviewLogEntry } from '../api-types'
import { useI18n } from '../i18n'
import { ErrorBox } from './common'

// The parts the claim and the quote review forms share: the four decisions, closed lists as
// selects, the reason with its submit button, the outcome and the history.

export const REVIEW_ACTIONS = ['accept', 'reject', 'correct', 'reset'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

/** Accept, reject, correct or reset, as radio buttons named `name`. */
export function ActionChoice({ name, action, onChange }: { name: string; action: ReviewAction; onChange: (action: ReviewAction) => void }) {
  const { t } = useI18n()
  return (
    <div className="row">
      {REVIEW_ACTIONS.map((a) => (
        <label key={a} className="check">
          <input type="radio" name={name} value={a} checked={action === a} onChange={() => onChange(a)} /> {t(a === 'reset' ? 'review.resetAction' : `review.${a}`)}
        </label>
      ))}
    </div>
  )
}

/** A labelled select over a closed list, each value in words; `blank` adds an empty choice (—). */
export function ChoiceSelect<T extends string>({ label, value, options, blank = false, onChange }: { label: string; value: T | ''; options: readonly T[]; blank?: boolean; onChange: (value: T) => void }) {
  const { v } = useI18n()
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {blank && <option value="">—</option>}
        {options.map((x) => (
          <option key={x} value={x}>
            {v(x)}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The reason box with its help line, and the submit button. */
export function ReasonAndSubmit({ id, helpId, submitTestId, reason, onChange, boxRef }: { id: string; helpId: string; submitTestId: string; reason: string; onChange: (reason: string) => void; boxRef?: Ref<HTMLTextAreaElement> }) {
  const { t } = useI18n()
  return (
    <>
      <label htmlFor={id}>{t('review.reason')}</label>
      <textarea id={id} ref={boxRef} rows={3} value={reason} onChange={(e) => onChange(e.target.value)} aria-describedby={helpId} />
      <p id={helpId} className="small muted">
        {t('review.reasonHelp')}
      </p>
      <button type="submit" className="primary" data-testid={submitTestId}>
        {t('review.submit')}
      </button>
    </>
  )
}

/** What the last decision did, or why it failed, and the decisions before it. */
export function ReviewOutcome({ result, error, title, history, historyTestId }: { result: string | null; error: ApiError | null; title: string; history: readonly ReviewLogEntry[]; historyTestId?: string }) {
  const { v } = useI18n()
  return (
    <>
      {result && (
        <p className="ok" role="status">
          {result}
        </p>
      )}
      <ErrorBox error={error} />
      {history.length > 0 && (
        <>
          <h3>{title}</h3>
          <ol className="small" data-testid={historyTestId}>
            {history.map((h) => (
              <li key={h.id}>
                {new Date(h.at).toLocaleString()} · {h.reviewer} · {v(h.action)}
                {h.reason ? ` — ${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  )
}

/** A correction as the API takes it: the fields the editor changed. */
export type Changes = Record<string, string | number | null>

/**
 * The name and span fields the editor changed: names trimmed (the actor code in capitals), an
 * emptied name null; a span bound as a number, an emptied one left as it was.
 */
export function changedNamesAndSpan<K extends string>(form: Readonly<Record<K, string>>, was: Readonly<Record<K, string>>, names: readonly K[], actor: K, span: readonly K[]): Changes {
  const out: Changes = {}
  for (const key of names) {
    const value = key === actor ? form[key].trim().toUpperCase() : form[key].trim()
    if (value !== was[key]) out[key] = value || null
  }
  for (const key of span) if (form[key] !== was[key] && form[key] !== '') out[key] = Number(form[key])
  return out
}
