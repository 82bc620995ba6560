import type { TierChange } from '../assess/index.js'
import type { ClaimMonth } from '../store/list-claims-by-month.js'

/** One month of a timeline: the tier at its end, whether it changed in it, and its claims. */
export interface TimelineMonth extends ClaimMonth {
  readonly month: string
  /** The last day of the month (or the until day, when earlier). */
  readonly end: string
  /** The tier the assessment gives with the evidence up to `end`. */
  readonly tier: string
  /** The tier at the end of the month before (the framework's default before the first month). */
  readonly previousTier: string
  /** The changes that fell in the month, oldest first. */
  readonly changes: readonly TierChange[]
}

const monthEnd = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10)
}

const nextMonth = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 7)
}

/**
 * Every month from the first to the last that holds a dated claim or a tier change, gaps
 * included (a quiet month keeps its tier), each with the tier at its end: the last change up to
 * that day, or the framework's default. Changes are those of one framework, oldest first.
 */
export function monthlyTimeline(months: readonly ClaimMonth[], changes: readonly TierChange[], defaultTier: string, until?: string): { months: TimelineMonth[]; undated: ClaimMonth | null } {
  const dated = new Map(months.filter((m): m is ClaimMonth & { month: string } => m.month !== null).map((m) => [m.month, m]))
  const keys = [...dated.keys(), ...changes.map((c) => c.date.slice(0, 7))].sort()
  const out: TimelineMonth[] = []
  let tier = defaultTier
  let next = 0
  if (keys.length > 0)
    for (let month = keys[0]!; month <= keys.at(-1)!; month = nextMonth(month)) {
      const last = monthEnd(month)
      const end = until && until < last ? until : last
      const previousTier = tier
      const inMonth: TierChange[] = []
      while (next < changes.length && changes[next]!.date <= last) {
        inMonth.push(changes[next]!)
        tier = changes[next]!.to
        next += 1
      }
      const claims = dated.get(month)
      out.push({ month, end, tier, previousTier, changes: inMonth, total: claims?.total ?? 0, statuses: claims?.statuses ?? {}, claims: claims?.claims ?? [] })
    }
  return { months: out, undated: months.find((m) => m.month === null) ?? null }
}
