import { useEffect, useState, type FormEvent } from 'react'
import { queryString, useApi } from '../api'
import type { MergedClaim, Paged, StoredClaim } from '../api-types'
import { useApp } from '../app-context'
import { Badge, ErrorBox, GradeBadge, Loading, Pager } from '../components/common'
import { useI18n, type MessageKey } from '../i18n'
import { href, navigate } from '../router'

const FILTERS = ['supplier', 'recipient', 'category', 'status', 'since', 'until', 'outlet', 'review', 'q'] as const
type FilterName = (typeof FILTERS)[number]

const RAW_COLUMNS: readonly { key: string; sort?: string; label: MessageKey }[] = [
  { key: 'date', sort: '-published', label: 'common.date' },
  { key: 'supplier', sort: 'supplier', label: 'common.supplier' },
  { key: 'recipient', sort: 'recipient', label: 'common.recipient' },
  { key: 'category', sort: 'category', label: 'common.category' },
  { key: 'status', sort: 'status', label: 'common.status' },
  { key: 'grade', label: 'claims.grade' },
  { key: 'evidence', label: 'common.evidence' },
  { key: 'outlet', sort: 'outlet', label: 'common.outlet' },
  { key: 'review', sort: 'review', label: 'common.review' },
]
const MERGED_COLUMNS: readonly { key: string; sort?: string; label: MessageKey }[] = [
  { key: 'supplier', sort: 'supplier', label: 'common.supplier' },
  { key: 'recipient', sort: 'recipient', label: 'common.recipient' },
  { key: 'category', sort: 'category', label: 'common.category' },
  { key: 'status', sort: 'status', label: 'common.status' },
  { key: 'independent', sort: 'independent', label: 'claims.independent' },
  { key: 'documents', sort: 'documents', label: 'claims.documents' },
  { key: 'denials', label: 'claims.denials' },
  { key: 'first', sort: 'first', label: 'claims.first' },
  { key: 'last', sort: '-last', label: 'claims.last' },
]

/** The claims table (sortable, filterable, full-text) and the merged table; rows open their document at the evidence. */
export function ClaimsView({ query }: { query: URLSearchParams }) {
  const { t, v } = useI18n()
  const { meta, version } = useApp()
  const merged = query.get('view') === 'merged'
  const page = Number(query.get('page') ?? 1) || 1
  const sort = query.get('sort') ?? (merged ? 'independent' : '-published')
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Record<FilterName, string>
  const [draft, setDraft] = useState(filters)
  useEffect(() => setDraft(filters), [query.toString()]) // eslint-disable-line react-hooks/exhaustive-deps
  const go = (changes: Record<string, string | number>) =>
    navigate(href(['claims'], { ...Object.fromEntries(query.entries()), ...changes }))
  const apiFilters = merged ? { ...filters, review: '', q: '' } : filters
  const path = `${merged ? '/claims/merged' : '/claims'}${queryString({ ...apiFilters, sort, page, pageSize: 50 })}`
  const result = useApi<Paged<StoredClaim | MergedClaim>>(path, version)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    go({ ...draft, page: 1 })
  }
  const columns = merged ? MERGED_COLUMNS : RAW_COLUMNS
  return (
    <div className="view claims">
      <h1>{t('claims.title')}</h1>
      <div className="tabs" role="tablist">
        <a role="tab" aria-selected={!merged} href={href(['claims'], { ...filters, view: '' })}>
          {t('claims.raw')}
        </a>
        <a role="tab" aria-selected={merged} href={href(['claims'], { ...filters, view: 'merged' })}>
          {t('claims.merged')}
        </a>
      </div>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('common.supplier')} <input value={draft.supplier} onChange={(e) => setDraft({ ...draft, supplier: e.target.value })} placeholder="IRN,PRK" size={8} />
        </label>
        <label>
          {t('common.recipient')} <input value={draft.recipient} onChange={(e) => setDraft({ ...draft, recipient: e.target.value })} placeholder="RUS" size={8} />
        </label>
        <label>
          {t('common.category')}{' '}
          <select value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
            <option value="">{t('common.any')}</option>
            {meta.categories.map((c) => (
              <option key={c} value={c}>
                {v(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.status')}{' '}
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">{t('common.any')}</option>
            {meta.statuses.map((s) => (
              <option key={s} value={s}>
                {v(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.since')} <input type="date" value={draft.since} onChange={(e) => setDraft({ ...draft, since: e.target.value })} />
        </label>
        <label>
          {t('common.until')} <input type="date" value={draft.until} onChange={(e) => setDraft({ ...draft, until: e.target.value })} />
        </label>
        <label>
          {t('common.outlet')} <input value={draft.outlet} onChange={(e) => setDraft({ ...draft, outlet: e.target.value })} size={12} />
        </label>
        {!merged && (
          <>
            <label>
              {t('claims.reviewState')}{' '}
              <select value={draft.review} onChange={(e) => setDraft({ ...draft, review: e.target.value })}>
                <option value="">{t('common.any')}</option>
                {meta.reviewStates.map((s) => (
                  <option key={s} value={s}>
                    {v(s)}
                  </option>
                ))}
              </select>
            </label>
            <label className="grow">
              {t('claims.q')} <input type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
            </label>
          </>
        )}
        <button type="submit" className="primary">
          {t('common.apply')}
        </button>
        <button type="button" onClick={() => navigate(href(['claims'], { view: merged ? 'merged' : '' }))}>
          {t('common.reset')}
        </button>
      </form>
      <ErrorBox error={result.error} />
      {result.loading && !result.data && <Loading />}
      {result.data && (
        <>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c.key} scope="col" aria-sort={c.sort && c.sort === sort ? (c.sort.startsWith('-') ? 'descending' : 'ascending') : undefined}>
                      {c.sort ? (
                        <button type="button" className="sort" onClick={() => go({ sort: c.sort!, page: 1 })} aria-label={t('claims.sortBy', { column: t(c.label) })}>
                          {t(c.label)}
                          {c.sort === sort ? ' ▾' : ''}
                        </button>
                      ) : (
                        t(c.label)
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {merged
                  ? (result.data.items as MergedClaim[]).map((m) => (
                      <tr key={`${m.supplier}-${m.recipient}-${m.category}`}>
                        <td>
                          <a href={href(['state', m.supplier])}>{m.supplier}</a>
                        </td>
                        <td>{m.recipient}</td>
                        <td>{v(m.category)}</td>
                        <td>
                          <Badge value={m.strongestStatus} />
                        </td>
                        <td className="num">{m.independentOutlets}</td>
                        <td className="num">
                          <a href={href(['claims'], { supplier: m.supplier, recipient: m.recipient, category: m.category })} aria-label={t('claims.showClaims')}>
                            {m.documents}
                          </a>
                        </td>
                        <td className="num" title={m.blanketDenials ? t('dossier.blanket') : undefined}>
                          {m.denials}
                          {m.blanketDenials ? <span className="small muted"> {t('claims.blanket', { n: m.blanketDenials })}</span> : null}
                        </td>
                        <td>{m.firstSeen ?? '—'}</td>
                        <td>{m.lastSeen ?? '—'}</td>
                      </tr>
                    ))
                  : (result.data.items as StoredClaim[]).map((c) => (
                      <tr key={c.id} data-claim-id={c.id} className={c.review.state === 'rejected' ? 'rejected' : ''}>
                        <td>{c.document.publishedAt ?? t('common.undated')}</td>
                        <td>
                          <a href={href(['state', c.supplier])}>{c.supplier}</a>
                          {c.via ? <span className="muted small"> via {c.via}</span> : null}
                        </td>
                        <td>{c.recipient}</td>
                        <td>{v(c.category)}</td>
                        <td>
                          <Badge value={c.status} />
                        </td>
                        <td>
                          <GradeBadge grade={c.grade} />
                        </td>
                        <td className="evidence">
                          <a href={href(['document', c.documentId], { claim: c.id })} title={t('common.openAtEvidence')}>
                            {c.evidenceText}
                          </a>
                        </td>
                        <td>{c.document.outlet ?? '—'}</td>
                        <td>
                          <Badge value={c.review.state} kind="review" />
                        </td>
                      </tr>
                    ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={50} total={result.data.total} onPage={(p) => go({ page: p })} />
        </>
      )}
    </div>
  )
}
