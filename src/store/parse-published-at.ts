/**
 * Reads a publication date as sources write it: ISO 8601 (with or without time), a bare
 * YYYY-MM or YYYY (taken as the first day, UTC), or RFC 822 as in RSS ("Tue, 18 Oct 2022
 * 09:30:00 GMT"). Returns null when the value cannot be read or is implausible.
 */
export function parsePublishedAt(value: string | null | undefined): Date | null {
  const raw = value?.trim()
  if (!raw) return null
  let date: Date
  const partial = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(raw)
  if (partial) date = new Date(Date.UTC(Number(partial[1]), Number(partial[2] ?? 1) - 1, Number(partial[3] ?? 1)))
  else date = new Date(raw)
  const time = date.getTime()
  if (Number.isNaN(time)) return null
  const year = date.getUTCFullYear()
  return year >= 1900 && year <= 2200 ? date : null
}

/** YYYY-MM-DD of a stored timestamp, in UTC. */
export const isoDay = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null)
