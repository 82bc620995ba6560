import { sql, type RawBuilder } from 'kysely'
import { z } from 'zod'
import { CobelError } from '../domain/errors.js'
import { ActorCodeInput, Day as CalendarDay } from '../domain/values.js'
import { CATEGORIES, STATUSES, type Category, type Status } from '../domain/vocabulary.js'

const Code = ActorCodeInput
const Day = z.string().trim().pipe(CalendarDay)
/** "IRN,PRK" and ["IRN", "PRK"] both mean either of the two. */
const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item))

/** Filters shared by claims, search and export; external input is validated here. */
export const ClaimFiltersInput = z.object({
  supplier: listOf(Code).optional(),
  recipient: listOf(Code).optional(),
  category: listOf(z.enum(CATEGORIES)).optional(),
  status: listOf(z.enum(STATUSES)).optional(),
  since: Day.optional(),
  until: Day.optional(),
  outlet: z.string().trim().min(1).optional(),
  asOf: Day.optional(),
})

export interface ClaimFilters {
  readonly supplier?: readonly string[]
  readonly recipient?: readonly string[]
  readonly category?: readonly Category[]
  readonly status?: readonly Status[]
  /** YYYY-MM-DD, inclusive, on the publication date. */
  readonly since?: string
  readonly until?: string
  /** Outlet id (host name) or name, case-insensitive. */
  readonly outlet?: string
  /** Only documents published by the end of this day; undated documents are left out. */
  readonly asOf?: string
}

/** Validates filters from the CLI or HTTP; throws ERR_USAGE with every problem listed. */
export function parseClaimFilters(input: Record<string, unknown>): ClaimFilters {
  const picked = Object.fromEntries(Object.entries(input).filter(([key, value]) => key in ClaimFiltersInput.shape && value !== undefined))
  const result = ClaimFiltersInput.safeParse(picked)
  if (!result.success) throw new CobelError('ERR_USAGE', z.prettifyError(result.error))
  const f = result.data
  if (f.since && f.until && f.since > f.until) throw new CobelError('ERR_USAGE', '--since is after --until')
  return f
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString()

/** Conditions on a document row (alias `d`): dates and outlet. */
export function documentConditions(filters: ClaimFilters, d = 'd'): RawBuilder<unknown>[] {
  const col = (name: string) => sql.ref(`${d}.${name}`)
  const out: RawBuilder<unknown>[] = []
  if (filters.since) out.push(sql`${col('published_at')} >= ${`${filters.since}T00:00:00Z`}::timestamptz`)
  if (filters.until) out.push(sql`${col('published_at')} < ${nextDay(filters.until)}::timestamptz`)
  if (filters.asOf) out.push(sql`${col('published_at')} < ${nextDay(filters.asOf)}::timestamptz`)
  if (filters.outlet) {
    const outlet = filters.outlet.toLowerCase()
    out.push(sql`(${col('outlet_id')} = ${outlet} or ${col('outlet_id')} in (select o.id from outlets o where lower(o.name) = ${outlet}))`)
  }
  return out
}

/** Conditions on an effective claim row (alias `c`): actors, category, status. */
export function claimConditions(filters: ClaimFilters, c = 'c'): RawBuilder<unknown>[] {
  const col = (name: string) => sql.ref(`${c}.${name}`)
  const inList = (name: string, values: readonly string[] | undefined) =>
    values && values.length ? [sql`${col(name)} in (${sql.join(values.map((v) => sql.val(v)))})`] : []
  return [...inList('supplier', filters.supplier), ...inList('recipient', filters.recipient), ...inList('category', filters.category), ...inList('status', filters.status)]
}

/** Claims where one of these actors is the supplier or the organ the claim went through (alias `c`). */
export const actorCondition = (actors: readonly string[], c = 'c'): RawBuilder<boolean> => {
  const codes = sql.join(actors.map((a) => a.toUpperCase()))
  return sql<boolean>`(${sql.ref(`${c}.supplier`)} in (${codes}) or ${sql.ref(`${c}.via`)} in (${codes}))`
}

export const hasClaimConditions = (filters: ClaimFilters): boolean =>
  [filters.supplier, filters.recipient, filters.category, filters.status].some((v) => v && v.length > 0)

/** `a and b and …`, or `true` when there is nothing to check. */
export const allOf = (conditions: readonly RawBuilder<unknown>[]): RawBuilder<boolean> =>
  conditions.length ? sql<boolean>`(${sql.join(conditions, sql` and `)})` : sql<boolean>`true`
