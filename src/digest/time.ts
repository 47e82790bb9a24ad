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

/**
 * The first calendar day (YYYY-MM-DD) of a date value of the dates layer: a day, a month
 * (YYYY-MM → the 1st), a year, an ISO week (YYYY-Www → its Monday) or an interval (its start).
 * Timelines sort and place events by it, so 2026-W46 sorts as 2026-11-09, not after 2026-11-18.
 */
export function startDayOf(value: string): string {
  const first = value.split('/')[0] ?? value
  const week = /^(\d{4})-W(\d{2})$/.exec(first)
  if (week !== null) {
    const year = Number(week[1])
    const jan4 = Date.UTC(year, 0, 4)
    const mondayOfWeek1 = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS)
    return new Date(mondayOfWeek1 + (Number(week[2]) - 1) * 7 * DAY_MS).toISOString().slice(0, 10)
  }
  if (/^\d{4}$/.test(first)) return `${first}-01-01`
  if (/^\d{4}-\d{2}$/.test(first)) return `${first}-01`
  return first.slice(0, 10)
}

/**
 * The last calendar day (YYYY-MM-DD) of a date value: a day itself, a month's last day, a year's
 * 31 December, an ISO week's Sunday, an interval's end (its last part's last day).
 */
export function endDayOf(value: string): string {
  const last = value.split('/').at(-1) ?? value
  const week = /^(\d{4})-W(\d{2})$/.exec(last)
  if (week !== null) return new Date(Date.parse(startDayOf(last)) + 6 * DAY_MS).toISOString().slice(0, 10)
  if (/^\d{4}$/.test(last)) return `${last}-12-31`
  const month = /^(\d{4})-(\d{2})$/.exec(last)
  if (month !== null) return new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).toISOString().slice(0, 10)
  return last.slice(0, 10)
}
