import { useApi, queryString } from '../api'
import type { Overview, StateSummary, Stats } from '../api-types'
import { frameworkTitle, useApp } from '../app-context'
import { Badge, ErrorBox, EvidenceLine, Loading, Section } from '../components/common'
import { ConflictSelect, FrameworkSelect } from '../components/pickers'
import { useI18n, type I18n } from '../i18n'
import { href, navigate } from '../router'

/** States by tier under one framework, the store's counts, and one line per state answering the seed's question. */
export function OverviewView({ query }: { query: URLSearchParams }) {
  const i18n = useI18n()
  const { t, v } = i18n
  const { meta, version, actorName } = useApp()
  const frameworkId = query.get('framework') ?? meta.frameworks[0]?.id ?? ''
  const framework = meta.frameworks.find((f) => f.id === frameworkId) ?? meta.frameworks[0]
  const asOf = query.get('asOf') ?? ''
  const conflictId = query.get('conflict') ?? ''
  const conflict = meta.conflicts.find((c) => c.id === conflictId) ?? meta.conflicts.find((c) => c.default) ?? meta.conflicts[0]
  const overview = useApi<Overview>(`/overview${queryString({ asOf, conflict: conflictId })}`, version)
  const stats = useApi<Stats>('/stats', version)
  const set = (changes: Record<string, string>) => navigate(href(['overview'], { framework: frameworkId, asOf, conflict: conflictId, ...changes }), true)
  const stateLink = (actor: string) => href(['state', actor], { asOf, conflict: conflictId })
  const states = overview.data?.states ?? []
  const tierOf = (state: StateSummary) => state.frameworks.find((f) => f.framework === framework?.id)
  return (
    <div className="view overview">
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('app.question')}</p>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <ConflictSelect value={conflict?.id} onChange={(id) => set({ conflict: id })} />
        <FrameworkSelect value={framework?.id} onChange={(id) => set({ framework: id })} />
        <label>
          {t('common.asOf')} <input type="date" value={asOf} onChange={(e) => set({ asOf: e.target.value })} />
        </label>
        {asOf && (
          <button type="button" onClick={() => set({ asOf: '' })}>
            {t('common.allEvidence')}
          </button>
        )}
      </form>
      <ErrorBox error={overview.error ?? stats.error} />
      {conflict && (
        <p className="small muted" data-testid="conflict-classification">
          {t('conflict.classification')}:{' '}
          {conflict.classification.value === 'contested'
            ? t('conflict.contested', { views: conflict.classification.views.map((view) => `${v(view.classification)} (${view.cite.join(', ')})`).join(' / ') })
            : v(conflict.classification.value)}{' '}
          · {conflict.start} – {conflict.end ?? '…'} · {conflict.parties.map((p) => `${actorName(p.actor)}: ${v(p.role)}`).join(', ')}
        </p>
      )}
      <EvidenceLine evidence={overview.data?.evidence} />
      <Section title={t('overview.counts')} id="counts" className="counts">
        {stats.data ? (
          <dl className="stats">
            <div>
              <dt>{t('overview.documents')}</dt>
              <dd data-testid="count-documents">{stats.data.documents}</dd>
            </div>
            <div>
              <dt>{t('overview.claims')}</dt>
              <dd>{stats.data.claims}</dd>
            </div>
            <div>
              <dt>{t('overview.quotes')}</dt>
              <dd>{stats.data.statements}</dd>
            </div>
            <div>
              <dt>{t('overview.outlets')}</dt>
              <dd>{stats.data.outlets}</dd>
            </div>
            <div>
              <dt>{t('overview.reviews')}</dt>
              <dd>{stats.data.reviews}</dd>
            </div>
            <div>
              <dt>{t('overview.lastIngest')}</dt>
              <dd>{stats.data.lastIngest ? new Date(stats.data.lastIngest).toLocaleString(i18n.lang) : t('overview.never')}</dd>
            </div>
          </dl>
        ) : (
          <Loading />
        )}
      </Section>
      {overview.loading && !overview.data && <Loading />}
      {overview.data && states.length === 0 && <p>{t('overview.empty')}</p>}
      {framework && states.length > 0 && (
        <Section title={`${t('overview.byTier')} · ${frameworkTitle(framework, meta, i18n)}`} id="by-tier">
          <p className="muted">{framework.summary.join(' ')}</p>
          <div className="tiers" style={{ gridTemplateColumns: `repeat(${framework.tiers.length}, minmax(0, 1fr))` }}>
            {[...framework.tiers].reverse().map((tier) => {
              const here = states.filter((s) => tierOf(s)?.tier === tier)
              return (
                <div key={tier} className={`tier-column tier-${tier}`} data-tier={tier}>
                  <h3>
                    <Badge value={tier} kind="tier" /> <span className="muted">({here.length})</span>
                  </h3>
                  <ul>
                    {here.map((state) => (
                      <li key={state.actor}>
                        <a href={stateLink(state.actor)} data-actor={state.actor}>
                          {actorName(state.actor)}
                        </a>{' '}
                        <Badge value={tierOf(state)?.confidence} kind="level" />
                      </li>
                    ))}
                  </ul>
                </div>
              )
            })}
          </div>
          {states.some((s) => tierOf(s)?.tier === 'not_applicable') && (
            <p className="small muted" data-testid="not-applicable">
              {t('dossier.notApplicable')}:{' '}
              {states
                .filter((s) => tierOf(s)?.tier === 'not_applicable')
                .map((s) => actorName(s.actor))
                .join(', ')}
            </p>
          )}
        </Section>
      )}
      {framework && states.length > 0 && (
        <Section title={t('overview.glance')} id="glance">
          <ul className="glance">
            {[...states]
              .sort((a, b) => (tierOf(b)?.rank ?? 0) - (tierOf(a)?.rank ?? 0) || b.claims - a.claims)
              .map((state) => (
                <li key={state.actor} className="glance-row" data-actor={state.actor}>
                  <p>
                    <a href={stateLink(state.actor)}>
                      <strong>{actorName(state.actor)}</strong>
                    </a>{' '}
                    — {answer(state, framework.id, i18n, frameworkTitle(framework, meta, i18n))}
                  </p>
                  <p className="muted small">
                    {t('overview.does')}:{' '}
                    {state.conduct
                      .map((c) => `${v(c.conduct)} → ${c.counterpart ?? '?'}${c.level ? ` (${v(c.level)})` : ''}`)
                      .join(' · ')}
                  </p>
                  <p className="chips small" aria-label={t('overview.allFrameworks')}>
                    {state.frameworks.map((f) => (
                      <span key={f.framework} className="chip" title={frameworkTitle(f.framework, meta, i18n)}>
                        <span className="chip-key">{f.framework}</span> <Badge value={f.tier} kind="tier" />
                      </span>
                    ))}
                  </p>
                </li>
              ))}
          </ul>
        </Section>
      )}
    </div>
  )
}

function answer(state: StateSummary, framework: string, i18n: I18n, title: string): string {
  const { t, v } = i18n
  const verdict = state.frameworks.find((f) => f.framework === framework)
  const parts = [
    t('overview.answer', { tier: v(verdict?.tier), confidence: verdict?.confidence ? ` (${v(verdict.confidence)})` : '', framework: title }),
    t('overview.evidence', { claims: state.claims, sources: state.sources }),
  ]
  if (state.denials) parts.push(t('overview.denials', { denials: state.denials }))
  return parts.join('; ')
}
