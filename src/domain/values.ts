import { z } from 'zod'

/** Actor codes: ISO 3166-1 alpha-3 for states (IRN), upper-case words for organisations (NATO, IRGC). */
export const ACTOR_CODE = /^[A-Z][A-Z0-9_]{1,15}$/
/** A day as YYYY-MM-DD (the shape only; see isCalendarDay). */
export const DAY = /^\d{4}-\d{2}-\d{2}$/
/** Document ids are the SHA-256 of the normalised text, in hex. */
export const DOCUMENT_ID = /^[0-9a-f]{64}$/
/** Claim and quote ids: 32 hex characters, with a suffix for rows kept after re-extraction. */
export const CLAIM_ID = /^[0-9a-f]{32}(-\d+)?$/

/** A day that exists: 2022-13-45 has the shape but is no day, and 2022-02-30 would roll over to March. */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

/** An actor code as stored and written in the data files: upper-case already. */
export const ActorCode = z.string().regex(ACTOR_CODE, 'actor codes are ISO alpha-3 or upper-case organisation codes (NATO, IRGC…)')
/** An actor code as a person types it: ` irn ` reads as IRN. */
export const ActorCodeInput = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(ActorCode)
/** A calendar day, YYYY-MM-DD. */
export const Day = z.string().regex(DAY, 'dates are YYYY-MM-DD').refine(isCalendarDay, 'not a calendar date')
export const DocumentId = z.string().regex(DOCUMENT_ID, 'document ids are SHA-256 hex (64 characters)')
export const ClaimId = z.string().regex(CLAIM_ID, 'claim ids are 32 hex characters')
