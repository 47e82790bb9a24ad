/**
 * @module analyze/dates/read-weekday
 * A weekday written right after a date, as in 12月24日（金） or 28日(土・祝): it picks the month or
 * year of a partial date and is not part of the date's span.
 */

const WEEKDAYS = '月火水木金土日'

const WEEKDAY_AFTER = /^\s*\(\s*([月火水木金土日])(?:曜日?)?(?:[・･、,][^)]{1,3})?\s*\)/

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) in brackets at `index` of the folded text, or null.
 * @example readWeekday('24日(金)', 3) // → 5
 */
export function readWeekday(text: string, index: number): number | null {
  const m = WEEKDAY_AFTER.exec(text.slice(index, index + 12))
  if (m === null || m[1] === undefined) return null
  return WEEKDAYS.indexOf(m[1]) + 1
}

/** Length of the bracketed weekday at `index`, 0 when there is none. */
export function weekdayLength(text: string, index: number): number {
  const m = WEEKDAY_AFTER.exec(text.slice(index, index + 12))
  return m === null ? 0 : m[0].length
}
