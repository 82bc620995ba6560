import { queryString, useApi } from '../api'
import type { ClaimMonth, MonthClaim, Status, TimelineMonth, TimelineMonths } from '../api-types'
import { frameworkTitle, useApp } from '../app-context'
import { Badge, ErrorBox, Loading, Section } from '../components/common'
import { TierLegend } from '../components/legends'
import { ConflictSelect, FrameworkSelect } from '../components/pickers'
import { useI18n } from '../i18n'
import { href, navigate } from '../router'
import { inkOn, STATUS_LOOKS, tierColour } from '../status-style'

/** Statuses in the order their counts are drawn: the strongest first. */
const STATUS_ORDER: readonly Status[] = ['confirmed', 'asserted', 'reported', 'alleged_future', 'opinion', 'denied']

/** A run of months drawn as one row: one month with claims or a tier change, or quiet months in a row. */
interface Row {
  readonly first: TimelineMonth
  readonly last: TimelineMonth
  readonly quiet: boolean
}

/** Months with neither claims nor a tier change, one after another, fold into one row. */
function rowsOf(months: readonly TimelineMonth[]): Row[] {
  const rows: Row[] = []
  for (const month of months) {
    const quiet = month.total === 0 && month.changes.length === 0
    const previous = rows.at(-1)
    if (quiet && previous?.quiet) rows[rows.length - 1] = { ...previous, last: month }
    else rows.push({ first: month, last: month, quiet })
  }
  return rows
}

/**
 * A state's (or a pair's) claims month by month, with their statuses, and the state's tier under
 * the chosen framework and conflict at the end of each month; claims without a date apart.
 */
export function TimelineView({ code, query }: { code: string; query: URLSearchParams }) {
  const i18n = useI18n()
  const { t, v } = i18n
  const { meta, version, actorName } = useApp()
  const recipient = query.get('recipient') ?? ''
  const frameworkId = query.get('framework') ?? meta.frameworks[0]?.id ?? ''
  const conflictId = query.get('conflict') ?? meta.conflicts.find((c) => c.default)?.id ?? ''
  const until = query.get('until') ?? ''
  const timeline = useApi<TimelineMonths>(`/timeline/months${queryString({ actor: code, recipient, framework: frameworkId, conflict: conflictId, until })}`, version)
  const set = (changes: Record<string, string>) => navigate(href(['timeline', code], { recipient, framework: frameworkId, conflict: conflictId, until, ...changes }), true)
  const data = timeline.data
  const tiers = data?.tiers ?? []
  const most = Math.max(1, ...(data?.months ?? []).map((m) => m.total), data?.undated?.total ?? 0)
  const title = recipient ? t('timeline.pairTitle', { supplier: actorName(code), recipient: actorName(recipient) }) : t('timeline.title', { name: actorName(code) })
  return (
    <div className="view timeline">
      <p className="crumbs">
        <a href={href(['overview'], { conflict: conflictId })}>{t('nav.overview')}</a> / <a href={href(['state', code], { conflict: conflictId })}>{actorName(code)}</a>
        {recipient && (
          <>
            {' '}
            / <a href={href(['timeline', code], { framework: frameworkId, conflict: conflictId, until })}>{t('timeline.wholeState')}</a>
          </>
        )}
      </p>
      <h1 data-testid="timeline-title">{title}</h1>
      <p className="muted">{t(recipient ? 'timeline.helpPair' : 'timeline.help', { supplier: actorName(code) })}</p>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <FrameworkSelect value={frameworkId} onChange={(id) => set({ framework: id })} />
        <ConflictSelect value={conflictId} onChange={(id) => set({ conflict: id })} />
        <label>
          {t('timeline.until')} <input type="date" value={until} onChange={(e) => set({ until: e.target.value })} />
        </label>
      </form>
      <ErrorBox error={timeline.error} />
      {timeline.loading && !data && <Loading />}
      {data && data.months.length === 0 && !data.undated && <p className="card muted">{t('timeline.none')}</p>}
      {data && data.months.length > 0 && (
        <Section title={t('timeline.tierBand', { framework: frameworkTitle(data.framework, meta, i18n) })} id="tier-band">
          <ol className="tier-band" data-testid="tier-band">
            {data.months.map((m) => {
              const fill = tierColour(m.tier, tiers)
              return (
                <li key={m.month} data-month={m.month} data-tier={m.tier} className={m.changes.length ? 'changed' : undefined} title={`${m.month}: ${v(m.tier)}`}>
                  <span className="cell" style={{ background: fill, color: inkOn(fill) }}>
                    {m.changes.length ? '▲' : ''}
                  </span>
                  <span className="label">{m.month.endsWith('-01') || m === data.months[0] ? m.month : m.month.slice(5)}</span>
                </li>
              )
            })}
          </ol>
          <TierLegend tiers={tiers} />
          <p className="small muted">{t('timeline.bandHelp')}</p>
        </Section>
      )}
      {data && data.months.length > 0 && (
        <Section title={t('timeline.byMonth')} id="months">
          <div className="table-wrap">
            <table className="data timeline-table" data-testid="timeline-months">
              <thead>
                <tr>
                  <th scope="col">{t('timeline.month')}</th>
                  <th scope="col">{t('timeline.tier')}</th>
                  <th scope="col">{t('timeline.claims')}</th>
                </tr>
              </thead>
              <tbody>
                {rowsOf(data.months).map((row) => (
                  <MonthRow key={row.first.month} row={row} tiers={tiers} most={most} pair={!!recipient} />
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}
      {data?.undated && (
        <Section title={t('timeline.undated', { n: data.undated.total })} id="undated">
          <div data-testid="timeline-undated">
            <p className="small muted">{t('timeline.undatedHelp')}</p>
            <StatusCounts month={data.undated} most={most} />
            <ClaimList month={data.undated} pair={!!recipient} open />
          </div>
        </Section>
      )}
    </div>
  )
}

function MonthRow({ row, tiers, most, pair }: { row: Row; tiers: readonly string[]; most: number; pair: boolean }) {
  const { t, v } = useI18n()
  const m = row.first
  const fill = tierColour(m.tier, tiers)
  if (row.quiet)
    return (
      <tr className="quiet" data-month={m.month} data-tier={m.tier}>
        <th scope="row">{row.first === row.last ? m.month : `${m.month} – ${row.last.month}`}</th>
        <td>
          <span className="tier-chip" style={{ background: fill, color: inkOn(fill) }}>
            {v(m.tier)}
          </span>
        </td>
        <td className="muted small">{t('timeline.quiet')}</td>
      </tr>
    )
  return (
    <tr data-month={m.month} data-tier={m.tier} className={m.changes.length ? 'changed' : undefined}>
      <th scope="row">
        <time dateTime={m.month}>{m.month}</time>
      </th>
      <td>
        <span className="tier-chip" style={{ background: fill, color: inkOn(fill) }}>
          {v(m.tier)}
        </span>
        {m.changes.length > 0 && (
          <p className="small change" data-testid="tier-change">
            ▲ {t('timeline.changed', { from: v(m.previousTier), date: m.changes.at(-1)!.date })}
          </p>
        )}
      </td>
      <td>
        <StatusCounts month={m} most={most} />
        <ClaimList month={m} pair={pair} />
      </td>
    </tr>
  )
}

/** The month's claims by status: a bar of one colour per status, and the counts in words (readable without colour). */
function StatusCounts({ month, most }: { month: ClaimMonth; most: number }) {
  const { v } = useI18n()
  const present = STATUS_ORDER.filter((s) => month.statuses[s])
  return (
    <div className="status-counts">
      <span className="stack" aria-hidden="true">
        {present.map((s) => (
          <span key={s} className={`seg seg-${s}`} style={{ width: `${(100 * month.statuses[s]!) / most}%`, background: STATUS_LOOKS[s].colour }} />
        ))}
      </span>
      <span className="counts">
        {present.map((s) => (
          <span key={s} className={`badge status status-${s}`} data-status={s} data-count={month.statuses[s]}>
            {month.statuses[s]} {v(s)}
          </span>
        ))}
      </span>
    </div>
  )
}

function ClaimList({ month, pair, open = false }: { month: ClaimMonth; pair: boolean; open?: boolean }) {
  const { t, v } = useI18n()
  const { actorName } = useApp()
  if (month.total === 0) return null
  return (
    <details open={open} className="month-claims">
      <summary>{t('timeline.showClaims', { n: month.total })}</summary>
      <ul className="claim-list">
        {month.claims.map((c: MonthClaim, i) => (
          <li key={c.id} data-claim-id={c.id}>
            <span className="muted small">{c.publishedAt ?? t('common.undated')}</span> {!pair && <strong>{actorName(c.supplier)} → {actorName(c.recipient)}</strong>} <Badge value={c.category} kind="plain" />{' '}
            <Badge value={c.status} /> {c.reviewState !== 'pending' && <Badge value={c.reviewState} kind="review" />}
            <p className="small">
              <a href={href(['document', c.documentId], { claim: c.id })}>{c.evidence}</a>
              {c.title && c.title !== month.claims[i - 1]?.title && <span className="muted"> — {c.title}</span>}
            </p>
          </li>
        ))}
      </ul>
      {month.total > month.claims.length && <p className="small muted">{t('dossier.more', { shown: month.claims.length, total: month.total })}</p>}
    </details>
  )
}
