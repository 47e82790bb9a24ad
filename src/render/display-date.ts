/**
 * @module render/display-date
 * Dates as people read them, for every renderer and the web views: a day as 11月18日, a week as
 * 11月9日の週, a month as 2026年11月, a year as 2026年, a fiscal year as 2026年度, an interval as
 * 11月9日〜11日, a third of a month (days 1–10, 11–20, 21–end) as 11月上旬 / 中旬 / 下旬. The year of a day or week is written only when it is not the story's year (or when
 * no story year is given). Only display: JSON and `datetime` attributes keep the ISO values.
 */
import type { DateGranularity } from '../core/doc.ts'
import { publishedTime } from '../dedupe/index.ts'

export type DisplayDateOptions = {
  /** the story's year: days and weeks of this year are written without it */
  readonly year?: number | undefined
  /** the granularity of a resolved date (`fiscal-year` intervals are written 2026年度) */
  readonly granularity?: DateGranularity | undefined
}

type Day = { readonly y: number; readonly m: number; readonly d: number }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u
const WEEK = /^(\d{4})-W(\d{2})$/u
const MONTH = /^(\d{4})-(\d{2})$/u
const YEAR = /^(\d{4})$/u
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/u

/**
 * The display form of an ISO 8601 value: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, an interval
 * `start/end` of those, or a date-time (its Asia/Tokyo day). Anything else is returned as given;
 * undefined or empty gives 日付不明.
 */
export function displayDate(iso: string | null | undefined, options: DisplayDateOptions = {}): string {
  if (iso === null || iso === undefined || iso.trim() === '') return '日付不明'
  const value = iso.trim()
  const slash = value.indexOf('/')
  if (slash > 0) return displayInterval(value.slice(0, slash), value.slice(slash + 1), options)
  const day = parseDay(value)
  if (day !== undefined) return dayText(day, options.year)
  const week = WEEK.exec(value)
  if (week !== null) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]))
    return `${dayText(monday, options.year)}の週`
  }
  const month = MONTH.exec(value)
  if (month !== null) return `${Number(month[1])}年${Number(month[2])}月`
  if (YEAR.test(value)) return `${Number(value)}年`
  return value
}

/** The year of an ISO date or date-time (the story year of a digest span), or undefined. */
export function yearOf(iso: string | undefined): number | undefined {
  const match = /^(\d{4})/u.exec(iso ?? '')
  return match === null ? undefined : Number(match[1])
}

function displayInterval(from: string, to: string, options: DisplayDateOptions): string {
  const a = parseDay(from)
  const b = parseDay(to)
  if (a === undefined || b === undefined) return `${displayDate(from, options)}〜${displayDate(to, options)}`
  if (options.granularity === 'fiscal-year' && a.m === 4 && a.d === 1 && b.y === a.y + 1 && b.m === 3 && b.d === 31) return `${a.y}年度`
  const third = a.y === b.y && a.m === b.m ? thirdOfMonth(a, b) : undefined
  if (third !== undefined) return `${a.y === options.year ? '' : `${a.y}年`}${a.m}月${third}`
  const start = dayText(a, a.y === b.y ? options.year : undefined)
  if (a.y !== b.y) return `${start}〜${dayText(b, undefined)}`
  if (a.m !== b.m) return `${start}〜${b.m}月${b.d}日`
  if (a.d !== b.d) return `${start}〜${b.d}日`
  return start
}

/** 上旬 / 中旬 / 下旬 when an interval inside one month is exactly days 1–10, 11–20 or 21–end. */
function thirdOfMonth(a: Day, b: Day): string | undefined {
  const last = new Date(Date.UTC(a.y, a.m, 0)).getUTCDate()
  if (a.d === 1 && b.d === 10) return '上旬'
  if (a.d === 11 && b.d === 20) return '中旬'
  if (a.d === 21 && b.d === last) return '下旬'
  return undefined
}

function dayText(day: Day, year: number | undefined): string {
  return `${day.y === year ? '' : `${day.y}年`}${day.m}月${day.d}日`
}

/** A YYYY-MM-DD day, or the Asia/Tokyo day of a date-time (a zone-less one is read in Asia/Tokyo). */
function parseDay(value: string): Day | undefined {
  const match = DAY.exec(value)
  if (match !== null) return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) }
  if (!DATE_TIME.test(value)) return undefined
  const t = publishedTime(value)
  if (Number.isNaN(t)) return undefined
  const tokyo = new Date(t + 9 * 3_600_000)
  return { y: tokyo.getUTCFullYear(), m: tokyo.getUTCMonth() + 1, d: tokyo.getUTCDate() }
}

/** Monday of ISO week `week` of `year` (week 1 holds January 4). */
function isoWeekMonday(year: number, week: number): Day {
  const jan4 = Date.UTC(year, 0, 4)
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7
  const monday = new Date(jan4 + ((week - 1) * 7 - weekday) * 86_400_000)
  return { y: monday.getUTCFullYear(), m: monday.getUTCMonth() + 1, d: monday.getUTCDate() }
}
