import { queryString, useApi } from '../api'
import type { SearchResults } from '../api-types'
import { useApp } from '../app-context'
import { ErrorBox, Loading, Snippet } from '../components/common'
import { useI18n } from '../i18n'
import { href } from '../router'

/** Ranked full-text search over documents and quotes, with the matched words marked. */
export function SearchView({ query }: { query: URLSearchParams }) {
  const { t } = useI18n()
  const { version } = useApp()
  const q = query.get('q') ?? ''
  const hits = useApi<SearchResults>(q ? `/search${queryString({ q, pageSize: 50 })}` : null, version)
  return (
    <div className="view search">
      <h1>
        {t('search.title')}: <q>{q}</q>
      </h1>
      <ErrorBox error={hits.error} />
      {hits.loading && <Loading />}
      {hits.data && <p className="muted">{t('search.results', { n: hits.data.items.length })}</p>}
      <ol className="hits">
        {hits.data?.items.map((hit) => (
          <li key={`${hit.documentId}-${hit.statementId ?? ''}`}>
            <p>
              <span className="badge plain">{hit.kind === 'quote' ? t('search.quote') : t('search.document')}</span>{' '}
              <a href={href(['document', hit.documentId], hit.statementId ? { quote: hit.statementId } : {})}>{hit.title ?? hit.documentId.slice(0, 12)}</a>{' '}
              <span className="muted small">{[hit.speaker, hit.outlet, hit.publishedAt, hit.lang].filter(Boolean).join(' · ')}</span>
            </p>
            <p className="snippet">
              <Snippet text={hit.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  )
}
