import type { ReactNode } from 'react'
import type { ApiError } from '../api'
import { useI18n } from '../i18n'

export function Loading() {
  const { t } = useI18n()
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  )
}

export function ErrorBox({ error }: { error: ApiError | null }) {
  const { t } = useI18n()
  if (!error) return null
  return (
    <div className="error" role="alert">
      <strong>{t('common.error')}</strong> <code>{error.code}</code> {error.message}
    </div>
  )
}

/** A status, category or tier as a coloured chip, with its words in the interface language. */
export function Badge({ value, kind = 'status', title }: { value: string | null | undefined; kind?: 'status' | 'tier' | 'review' | 'level' | 'plain'; title?: string }) {
  const { v } = useI18n()
  if (!value) return null
  return (
    <span className={`badge ${kind} ${kind}-${value}`} title={title}>
      {v(value)}
    </span>
  )
}

/** A claim's source grade, Admiralty style ("B2"), with who says it in words on hover. */
export function GradeBadge({ grade }: { grade: { readonly code: string; readonly reliability: string; readonly basis: string } | null | undefined }) {
  const { t } = useI18n()
  if (!grade) return null
  return (
    <span className={`badge grade grade-${grade.reliability}`} title={`${t('grade.title')}: ${grade.basis}`} data-grade={grade.code}>
      {grade.code}
    </span>
  )
}

/** The as-of day of an assessment, the claims counted and what was left out, with the undated-claims warning. */
export function EvidenceLine({ evidence }: { evidence: { readonly asOf: string | null; readonly counted: number; readonly undated: number; readonly leftOut: { readonly afterAsOf: number; readonly afterAsOfUndated: number; readonly outsidePeriod: number; readonly notParty: number } } | null | undefined }) {
  const { t } = useI18n()
  if (!evidence) return null
  const out = evidence.leftOut
  const left = [
    out.afterAsOf ? t('evidence.afterAsOf', { n: out.afterAsOf }) : '',
    out.afterAsOfUndated ? t('evidence.afterAsOfUndated', { n: out.afterAsOfUndated }) : '',
    out.outsidePeriod ? t('evidence.outsidePeriod', { n: out.outsidePeriod }) : '',
    out.notParty ? t('evidence.notParty', { n: out.notParty }) : '',
  ].filter(Boolean)
  return (
    <div className="evidence-line small" data-testid="evidence-line">
      <p>{t('evidence.counted', { asOf: evidence.asOf ?? '—', n: evidence.counted })}</p>
      {evidence.undated > 0 && (
        <p className="warning" role="note">
          {t('evidence.undated', { n: evidence.undated })}
        </p>
      )}
      {left.length > 0 && <p className="muted">{t('evidence.leftOut', { list: left.join(' · ') })}</p>}
    </div>
  )
}

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t } = useI18n()
  const pages = Math.max(1, Math.ceil(total / pageSize))
  return (
    <nav className="pager" aria-label="pagination">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        {t('common.prev')}
      </button>
      <span>{t('common.page', { page, pages, total })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        {t('common.next')}
      </button>
    </nav>
  )
}

export function Section({ title, children, id, className }: { title: ReactNode; children: ReactNode; id?: string; className?: string }) {
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

/** Search snippets mark matched words with ** … **; they become <mark>, the rest stays text. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split('**')
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </>
  )
}

/** An external link from an article: never given the opener, never sent a referrer. */
export function ExternalLink({ url }: { url: string }) {
  const safe = /^https?:\/\//i.test(url)
  return safe ? (
    <a href={url} target="_blank" rel="noopener noreferrer nofollow">
      {url}
    </a>
  ) : (
    <span>{url}</span>
  )
}
