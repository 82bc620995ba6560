import type { Status } from '../api-types'
import { useI18n } from '../i18n'
import { STATUS_LOOKS, tierColour } from '../status-style'

/** One line per status as the graph and the map draw it: colour, dash and arrow head. */
export function Legend() {
  const { t, v } = useI18n()
  return (
    <div className="legend" aria-label={t('network.legend')} data-testid="status-legend">
      {(Object.keys(STATUS_LOOKS) as Status[]).map((s) => (
        <span key={s} className={`legend-item line-${s}`}>
          <StatusLine status={s} /> {v(s)}
        </span>
      ))}
    </div>
  )
}

/** A short stroke with the status's dash and arrow head, as an inline picture. */
export function StatusLine({ status }: { status: Status }) {
  const look = STATUS_LOOKS[status]
  const head =
    look.arrow === 'tee' ? <path d="M36 3 V13" strokeWidth={3} /> : look.arrow === 'diamond' ? <path d="M30 8 L35 4 L40 8 L35 12 Z" fill={look.colour} /> : look.arrow === 'vee' || look.arrow === 'chevron' ? <path d="M31 3 L39 8 L31 13" fill="none" strokeWidth={2.5} /> : <path d="M31 3 L40 8 L31 13 Z" fill={look.colour} />
  return (
    <svg width="42" height="16" aria-hidden="true" stroke={look.colour}>
      <line x1="2" y1="8" x2="32" y2="8" strokeWidth={3} strokeDasharray={look.dash.join(' ') || undefined} />
      {head}
    </svg>
  )
}

/** Node fills by tier, weakest (light) to strongest (dark). */
export function TierLegend({ tiers }: { tiers: readonly string[] }) {
  const { t, v } = useI18n()
  return (
    <div className="legend" aria-label={t('map.tierLegend')} data-testid="tier-legend">
      {tiers.map((tier) => (
        <span key={tier} className="legend-item">
          <span className="tier-swatch" style={{ background: tierColour(tier, tiers) }} aria-hidden="true" /> {v(tier)}
        </span>
      ))}
    </div>
  )
}

