/**
 * @module digest/time
 * Day arithmetic on ISO dates (pure: parses given strings, never reads the clock).
 */

const DAY_MS = 86_400_000

/** Days since the epoch of an ISO date or date-time (its calendar date as written), or undefined. */
export function dayNumber(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined
  const ms = Date.parse(iso.slice(0, 10))
  return Number.isNaN(ms) ? undefined : Math.floor(ms / DAY_MS)
}

/** Compare two optional ISO strings; undefined sorts last. */
export function compareIso(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  const ta = Date.parse(a.length === 10 ? `${a}T00:00:00+09:00` : a)
  const tb = Date.parse(b.length === 10 ? `${b}T00:00:00+09:00` : b)
  return ta - tb || (a < b ? -1 : 1)
}

/** The ISO calendar date (YYYY-MM-DD) of an ISO string. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10)
}
