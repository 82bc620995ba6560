import { queryString, useApi } from '../api'
import type { ActorAssessment, ClaimRef, FrameworkAssessment, Paged, StoredQuote, Timeline } from '../api-types'
import { frameworkTitle, useApp } from '../app-context'
import { Badge, ErrorBox, GradeBadge, Loading, Section } from '../components/common'
import { useI18n } from '../i18n'
import { dossierHtml } from '../dossier-html'
import { href, navigate } from '../router'

/** One state: per framework the tier and its whole trace, the timeline, and the quotes about it. */
export function DossierView({ code, query }: { code: string; query: URLSearchParams }) {
  const i18n = useI18n()
  const { t, v } = i18n
  const { version, actorName, meta } = useApp()
  const asOf = query.get('asOf') ?? ''
  const conflict = query.get('conflict') ?? ''
  const assessment = useApi<ActorAssessment>(`/assessments/${encodeURIComponent(code)}${queryString({ asOf, conflict })}`, version)
  const timeline = useApi<Timeline>(`/timeline${queryString({ actor: code, until: asOf, conflict })}`, version)
  const conflictTitle = meta.conflicts.find((c) => c.id === (assessment.data?.conflict ?? conflict))?.title
  const quotes = useApi<Paged<StoredQuote>>(`/quotes${queryString({ about: code, asOf, pageSize: 30 })}`, version)
  const missing = assessment.error?.code === 'ERR_NOT_FOUND'
  return (
    <div className="view dossier">
      <p className="crumbs">
        <a href={href(['overview'], { asOf, conflict })}>{t('nav.overview')}</a> / {t('dossier.title')}
      </p>
      <h1 data-testid="dossier-title">{actorName(code)}</h1>
      {conflictTitle && (
        <p className="muted">
          {t('common.conflict')}: {conflictTitle}
        </p>
      )}
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('common.conflict')}{' '}
          <select value={assessment.data?.conflict ?? conflict} onChange={(e) => navigate(href(['state', code], { asOf, conflict: e.target.value }), true)}>
            {meta.conflicts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common.asOf')} <input type="date" value={asOf} onChange={(e) => navigate(href(['state', code], { asOf: e.target.value, conflict }), true)} />
        </label>
        {asOf && (
          <button type="button" onClick={() => navigate(href(['state', code], { conflict }), true)}>
            {t('common.allEvidence')}
          </button>
        )}
        <a className="button" href={href(['timeline', code], { framework: query.get('framework'), conflict: assessment.data?.conflict ?? conflict, until: asOf })} data-testid="state-timeline">
          {t('timeline.open')}
        </a>
        <button
          type="button"
          data-testid="dossier-export"
          disabled={!assessment.data}
          onClick={() => {
            if (!assessment.data) return
            const html = dossierHtml(
              assessment.data,
              quotes.data?.items ?? [],
              {
                title: `${t('dossier.title')}: ${actorName(code)}`,
                actorName,
                frameworkTitle: (id) => frameworkTitle(id, meta, i18n),
                v,
                labels: {
                  asOf: t('common.asOf'),
                  conflict: t('common.conflict'),
                  tier: t('dossier.tier'),
                  rules: t('dossier.rules'),
                  claims: t('dossier.claims'),
                  denials: t('dossier.denials'),
                  quotes: t('dossier.quotes'),
                  sources: t('dossier.sources'),
                  disclaimer: t('app.disclaimer'),
                  exported: t('dossier.exported'),
                  grade: t('grade.title'),
                },
              },
              new Date(),
            )
            saveFile(html, `cobel-dossier-${code}-${assessment.data.asOf ?? new Date().toISOString().slice(0, 10)}.html`)
          }}
        >
          {t('dossier.export')}
        </button>
      </form>
      {missing ? <p data-testid="dossier-empty">{t('dossier.unknown')}</p> : <ErrorBox error={assessment.error} />}
      {assessment.loading && !assessment.data && <Loading />}
      {assessment.data && (
        <>
          <div className="evidence-line small" data-testid="evidence-line">
            <p>
              {t('common.asOf')} {assessment.data.asOf ?? '—'}
            </p>
            {assessment.data.undated > 0 && (
              <p className="warning" role="note">
                {t('evidence.undated', { n: assessment.data.undated })}
              </p>
            )}
          </div>
          {assessment.data.organs.length > 0 && (
            <p>
              {t('dossier.organs')}: {assessment.data.organs.join(', ')}
            </p>
          )}
          <nav className="chips" aria-label={t('common.framework')}>
            {assessment.data.frameworks.map((f) => (
              <a
                key={f.framework}
                className="chip"
                href={href(['state', code], { asOf, conflict, framework: f.framework })}
                onClick={(e) => {
                  e.preventDefault()
                  navigate(href(['state', code], { asOf, conflict, framework: f.framework }), true)
                  requestAnimationFrame(() => document.getElementById(`fw-${f.framework}`)?.scrollIntoView())
                }}
              >
                {frameworkTitle(f.framework, meta, i18n)}: <Badge value={f.tier} kind="tier" />
              </a>
            ))}
          </nav>
          {assessment.data.frameworks.map((f, i) => (
            <FrameworkCard key={f.framework} result={f} claims={assessment.data!.claims} open={query.get('framework') ? query.get('framework') === f.framework : i === 0} />
          ))}
          {assessment.data.flags.length > 0 && (
            <Section title={t('dossier.flags')} id="flags">
              <ul>
                {assessment.data.flags.map((flag) => (
                  <li key={flag.id}>
                    <code>{flag.id}</code>: {flag.meaning} <span className="muted small">[{flag.frameworks.join(', ')}]</span>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </>
      )}
      {!missing && (
        <Section title={t('dossier.timeline')} id="timeline">
          <ErrorBox error={timeline.error} />
          {timeline.data && timeline.data.granularity !== 'day' && <p className="muted small">{t(timeline.data.granularity === 'week' ? 'dossier.byWeek' : 'dossier.byMonth')}</p>}
          {timeline.data && (
            <div className="two">
              <div>
                <h3>{t('dossier.tierChanges')}</h3>
                <ol className="changes" data-testid="tier-changes">
                  {timeline.data.changes.map((c, i) => (
                    <li key={i}>
                      <time>{c.date}</time> {frameworkTitle(c.framework, meta, i18n)}: <Badge value={c.from} kind="tier" /> → <Badge value={c.to} kind="tier" />{' '}
                      {c.confidence && <span className="muted small">({v(c.confidence)}; {c.rules.join(', ')})</span>}
                    </li>
                  ))}
                </ol>
              </div>
              <div>
                <h3>{t('dossier.claimDates')}</h3>
                <ul className="bars">
                  {timeline.data.claimDates.map((d) => (
                    <li key={d.date}>
                      <time>{d.date}</time>
                      <span className="bar" style={{ width: `${Math.min(100, 8 * d.claims)}%` }} aria-hidden="true" />
                      <span className="small">
                        {d.claims} {t('common.claims')}
                        {d.denials ? ` · ${d.denials} ${v('denied')}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
        </Section>
      )}
      {!missing && (
        <Section title={t('dossier.quotes')} id="quotes">
          <ErrorBox error={quotes.error} />
          <ul className="quote-list">
            {quotes.data?.items.map((q) => (
              <li key={q.id}>
                <blockquote>« {q.text} »</blockquote>
                <p className="small">
                  <strong>{q.speaker ?? '?'}</strong>
                  {q.role ? `, ${q.role}` : ''}
                  {q.org ? ` (${q.org})` : ''} — <a href={href(['document', q.documentId], { quote: q.id })}>{q.document?.title ?? q.documentId.slice(0, 12)}</a>{' '}
                  <span className="muted">{q.document?.publishedAt ?? ''}</span>
                </p>
              </li>
            ))}
          </ul>
          {quotes.data && quotes.data.items.length === 0 && <p className="muted">{t('common.none')}</p>}
        </Section>
      )}
    </div>
  )
}

function FrameworkCard({ result, claims, open }: { result: FrameworkAssessment; claims: Readonly<Record<string, ClaimRef>>; open: boolean }) {
  const supporting = result.claimIds.flatMap((id) => claims[id] ?? [])
  const against = result.counterEvidenceIds.flatMap((id) => claims[id] ?? [])
  const i18n = useI18n()
  const { t, v } = i18n
  const { meta } = useApp()
  const info = meta.frameworks.find((f) => f.id === result.framework)
  return (
    <details className="card framework" id={`fw-${result.framework}`} data-framework={result.framework} data-tier={result.tier} open={open}>
      <summary>
        <h2>
          {frameworkTitle(result.framework, meta, i18n)} <Badge value={result.tier} kind="tier" /> {result.confidence && <Badge value={result.confidence} kind="level" />}
        </h2>
      </summary>
      {info && <p className="muted small">{info.summary.join(' ')}</p>}
      {result.applicability.status !== 'applies' && (
        <p className={result.applicability.status === 'contested' ? 'note small' : 'warning small'} data-testid={`applicability-${result.framework}`}>
          <strong>{t(result.applicability.status === 'contested' ? 'dossier.contested' : 'dossier.notApplicable')}</strong>: {result.applicability.reason}
          {result.applicability.cite.length > 0 && <span className="muted"> [{result.applicability.cite.join(', ')}]</span>}
        </p>
      )}
      {result.tier !== 'not_applicable' && (
      <>
      <ol className="scale" aria-label={t('dossier.tier')}>
        {result.tiers.map((tier) => (
          <li key={tier} className={tier === result.tier ? 'current' : ''} aria-current={tier === result.tier ? 'step' : undefined}>
            {v(tier)}
          </li>
        ))}
      </ol>
      <p>
        {t('dossier.tier')}: <Badge value={result.tier} kind="tier" />{' '}
        {result.confidence ? (
          <>
            · {t('dossier.confidence')}: <Badge value={result.confidence} kind="level" />
          </>
        ) : (
          <span className="muted">({t('dossier.default')})</span>
        )}
        {result.interval && (
          <span className="muted small">
            {' '}
            · {result.interval.from ?? '?'} – {result.interval.to ?? '?'}
          </span>
        )}
      </p>
      {result.confidenceNote && <p className="note small">{result.confidenceNote}</p>}
      {result.fired.length > 0 && (
        <details open>
          <summary>
            {t('dossier.rules')} ({result.fired.length})
          </summary>
          <ul className="rules">
            {result.fired.map((rule, i) => (
              <li key={`${rule.ruleId}-${rule.row}-${i}`} data-rule={rule.ruleId}>
                <p>
                  <code>{rule.ruleId}</code> {rule.then ? <>→ <Badge value={rule.then} kind="tier" /></> : <span className="muted">(flags)</span>} <strong>{rule.label}</strong>{' '}
                  <span className="muted small">
                    {rule.row} · {rule.cite.join(', ')}
                  </span>
                </p>
                <p className="small">
                  {t('dossier.because')}{' '}
                  {rule.conditions.map((c, j) => (
                    <span key={j} className="condition" title={c.basis ?? undefined}>
                      {c.words}
                      {c.overridden ? ' (override)' : ''}
                      {j < rule.conditions.length - 1 ? '; ' : ''}
                    </span>
                  ))}
                </p>
                {rule.note && <p className="small muted">{rule.note}</p>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details open={supporting.length > 0 && supporting.length <= 6}>
        <summary>
          {t('dossier.claims')} ({result.claimCount})
        </summary>
        <ClaimRefs claims={supporting} total={result.claimCount} code={supporting[0]?.supplier} />
      </details>
      {result.counterEvidenceCount > 0 && (
        <details>
          <summary>
            {t('dossier.denials')} ({result.counterEvidenceCount})
          </summary>
          <ClaimRefs claims={against} total={result.counterEvidenceCount} code={against[0]?.supplier} status="denied" />
        </details>
      )}
      <div className="next">
        {result.next ? (
          <>
            <h3>{t('dossier.next', { tier: v(result.next.tier) })}</h3>
            <ul>
              {result.next.options.map((o) => (
                <li key={o.ruleId}>
                  <code>{o.ruleId}</code> {o.label}
                  {o.row ? <span className="muted small"> ({o.row})</span> : null}: {o.missing.join('; ') || '—'}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('dossier.highest')}</p>
        )}
        {result.prospective && <p className="note">{t('dossier.prospective', { tier: v(result.prospective.tier) })}</p>}
      </div>
      {result.lower.length > 0 && (
        <div className="lower" data-testid={`lower-${result.framework}`}>
          <h3>{t('dossier.lower')}</h3>
          <ul className="small">
            {result.lower.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      </>
      )}
      {result.citations.length > 0 && (
        <details>
          <summary>{t('dossier.citations')}</summary>
          <ul className="small">
            {result.citations.map((c) => (
              <li key={c.key}>
                <code>{c.key}</code> {c.reference}{' '}
                {c.url && (
                  <a href={c.url} target="_blank" rel="noopener noreferrer">
                    ↗
                  </a>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </details>
  )
}

function ClaimRefs({ claims, total, code, status }: { claims: readonly ClaimRef[]; total: number; code?: string; status?: string }) {
  const { t } = useI18n()
  const { canEdit } = useApp()
  if (claims.length === 0) return <p className="muted">{t('dossier.noClaims')}</p>
  // Over a large store a listed claim stands for the claims alike (count): the total is of claims.
  const shown = claims.reduce((sum, c) => sum + (c.count ?? 1), 0)
  return (
    <>
      {total > shown && code && (
        <p className="small">
          {shown === claims.length ? t('dossier.more', { shown, total }) : t('dossier.moreAlike', { listed: claims.length, shown, total })} <a href={href(['claims'], { supplier: code, status })}>{t('claims.showClaims')}</a>
        </p>
      )}
      <ClaimRefList claims={claims} canEdit={canEdit} />
    </>
  )
}

function ClaimRefList({ claims, canEdit }: { claims: readonly ClaimRef[]; canEdit: boolean }) {
  const { t, v } = useI18n()
  return (
    <ul className="claim-list">
      {claims.map((c) => (
        <li key={c.id} data-claim-id={c.id}>
          <p>
            <GradeBadge grade={c.grade} /> <Badge value={c.status} /> {c.supplier}
            {c.via ? ` (via ${c.via})` : ''} → {c.recipient ?? '?'} · {v(c.category)}{' '}
            <span className="muted small">{[c.attributedTo, c.outlet, c.publishedAt ? (c.undated ? t('dossier.capturedOn', { date: c.publishedAt }) : c.publishedAt) : null].filter(Boolean).join(' · ')}</span>
            {c.count && c.count > 1 ? <span className="small"> · {t('dossier.alike', { n: c.count - 1 })}</span> : null}
            {c.blanket ? <span className="small note"> · {t('dossier.blanket')}</span> : null}
            {c.impliedByUse ? <span className="small muted"> · {t('dossier.byUse')}</span> : null}
          </p>
          <blockquote>{c.evidence}</blockquote>
          <p className="small">
            <a href={href(['document', c.documentId], { claim: c.id })}>{t('common.openAtEvidence')}</a>
            {canEdit && (
              <>
                {' · '}
                <a href={href(['review'], { claim: c.id })} data-action="review-claim">
                  {t('dossier.reviewClaim')}
                </a>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  )
}

/** Offers text as a file download (an HTML dossier), without a round trip to the server. */
function saveFile(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
