import type { Status } from './api-types'

/**
 * How a status is drawn: a colour from a colour-blind-safe set (Okabe–Ito hues at distinct lightness),
 * and a dash pattern and arrow head that carry the status on their own in greyscale or print.
 * Confirmed is solid with a full triangle; denied is a grey dotted line ending in a bar.
 */
export interface StatusLook {
  readonly colour: string
  /** Dash and gap lengths in px; empty for a solid line. */
  readonly dash: readonly number[]
  /** Cytoscape arrow shape, also drawn by the map: triangle, vee, chevron, diamond, tee. */
  readonly arrow: 'triangle' | 'vee' | 'chevron' | 'diamond' | 'tee' | 'triangle-backcurve'
}

export const STATUS_LOOKS: Readonly<Record<Status, StatusLook>> = {
  confirmed: { colour: '#a50f15', dash: [], arrow: 'triangle' },
  asserted: { colour: '#e69f00', dash: [12, 5], arrow: 'triangle-backcurve' },
  reported: { colour: '#0072b2', dash: [5, 4], arrow: 'vee' },
  alleged_future: { colour: '#56b4e9', dash: [1.5, 5], arrow: 'chevron' },
  opinion: { colour: '#cc79a7', dash: [10, 3, 2, 3], arrow: 'diamond' },
  denied: { colour: '#6b6b6b', dash: [2, 7], arrow: 'tee' },
}

/** Viridis steps, dark to light reversed so that the strongest tier is the darkest (readable in greyscale too). */
const TIER_RAMP = ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154']
const NOT_PARTY = '#eaecf0'

/** Fill for a tier by its rank among the framework's tiers (0 = weakest, "not a party"): lighter is weaker. */
export function tierColour(tier: string | null | undefined, tiers: readonly string[]): string {
  if (!tier || tier === 'not_applicable') return '#ffffff'
  const rank = tiers.indexOf(tier)
  if (rank <= 0) return NOT_PARTY
  const steps = tiers.length - 1
  // Spread the framework's tiers over the ramp: with 3 tiers, supporter → mid, party → darkest.
  const at = steps <= 1 ? TIER_RAMP.length - 1 : Math.round(((rank - 1) / (steps - 1)) * (TIER_RAMP.length - 2)) + 1
  return TIER_RAMP[Math.min(TIER_RAMP.length - 1, at)]!
}

/** Text colour that stays legible on a tier fill. */
export const inkOn = (fill: string): string => {
  const n = Number.parseInt(fill.slice(1), 16)
  const lum = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)
  return lum < 140 ? '#ffffff' : '#101828'
}
