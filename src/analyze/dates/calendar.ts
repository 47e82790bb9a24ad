/**
 * @module analyze/dates/calendar
 * Pure proleptic-Gregorian calendar helpers for the dates stage: day numbers, month lengths,
 * ISO 8601 weeks, weekdays, formatting, and reading a publication time as an Asia/Tokyo
 * calendar date. No `Date.now`: everything is computed from the values passed in.
 */

/** A calendar date (month 1–12, day 1–31). Plain data. */
export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number }

/** Asia/Tokyo is UTC+09:00 all year (no daylight saving time), so the offset is exact. */
const TOKYO_OFFSET_MINUTES = 9 * 60
const MS_PER_DAY = 86_400_000

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** True when year/month/day name a real day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY)
}

/** The calendar date of a day number. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const d = new Date(dayNumber * MS_PER_DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** `date` moved by `days` (may be negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** The first day of the month `months` after (or before) the month of `date`. */
export function addMonths(date: { readonly year: number; readonly month: number }, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1, day: 1 }
}

/** Compare two dates: negative, zero or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4)
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1
}

/** The ISO 8601 week-numbering year and week of a date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOf(date: CalendarDate): { readonly year: number; readonly week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date))
  const jan1 = { year: thursday.year, month: 1, day: 1 }
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1
  return { year: thursday.year, week }
}

/** The Monday that starts the ISO week holding `date`. */
export function startOfIsoWeek(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date))
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** `YYYY-MM-DD`. */
export function formatDay(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/** `YYYY-MM`. */
export function formatMonth(date: { readonly year: number; readonly month: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}`
}

/** `YYYY`. */
export function formatYear(year: number): string {
  return pad(year, 4)
}

/** `YYYY-Www`, the ISO week holding `date`. */
export function formatIsoWeek(date: CalendarDate): string {
  const { year, week } = isoWeekOf(date)
  return `${pad(year, 4)}-W${pad(week, 2)}`
}

/** The last day of the month of `date`. */
export function endOfMonth(date: { readonly year: number; readonly month: number }): CalendarDate {
  return { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) }
}

const REFERENCE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * The Asia/Tokyo calendar date of an ISO 8601 date or date-time. A bare date, or a date-time
 * without offset, is already Tokyo local time; a date-time with `Z` or an offset is converted.
 * Returns null when the string is not ISO 8601 or names no real day.
 * @example parseReferenceDate('2022-02-27T16:30:00Z') // → { year: 2022, month: 2, day: 28 }
 */
export function parseReferenceDate(iso: string): CalendarDate | null {
  const m = REFERENCE_PATTERN.exec(iso.trim())
  if (m === null) return null
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
  if (!isValidDate(date.year, date.month, date.day)) return null
  const zone = m[7]
  if (m[4] === undefined || zone === undefined) return date
  const offsetMinutes = zone === 'Z' ? 0 : parseOffset(zone)
  const localMinutes = Number(m[4]) * 60 + Number(m[5])
  const tokyoMinutes = localMinutes - offsetMinutes + TOKYO_OFFSET_MINUTES
  return addDays(date, Math.floor(tokyoMinutes / (24 * 60)))
}

function parseOffset(zone: string): number {
  const digits = zone.slice(1).replace(':', '')
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))
  return zone.startsWith('-') ? -minutes : minutes
}
