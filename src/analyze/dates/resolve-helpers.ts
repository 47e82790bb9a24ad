/**
 * @module analyze/dates/resolve-helpers
 * Building blocks the rules share to turn parts of an expression into ISO 8601 values: picking
 * the year of 3月14日 or the month of 28日 from the reference date and the tense, the
 * 上旬/中旬/下旬 intervals, fiscal years, and the unresolved results (value null + reason).
 */
import type { Anchor, DateDiagnosticCode, Resolution, ResolveEnv, Tense } from './types.ts'
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  formatDay,
  formatIsoWeek,
  formatMonth,
  formatYear,
  isoWeekday,
  isValidDate,
  type CalendarDate,
} from './calendar.ts'

/** An unresolved result: the stage reports `code` with `reason` and keeps `value: null`. */
export function unresolved(code: DateDiagnosticCode, reason: string, granularity: Resolution['granularity'] = 'day'): Resolution {
  return { value: null, granularity, code, reason }
}

/** The unresolved result for a relative or partial expression without a publication date. */
export function needsReference(surface: string, granularity: Resolution['granularity'] = 'day'): Resolution {
  return unresolved('dates/no-reference-date', `「${surface}」 needs a publication date to resolve, and none was given`, granularity)
}

/** The unresolved result for 前日/翌年… when no earlier date was named. */
export function needsAnchor(surface: string, granularity: Resolution['granularity'] = 'day'): Resolution {
  return unresolved('dates/no-anchor', `「${surface}」 counts from a date named earlier, and the text names none before it`, granularity)
}

/** A day; `near` marks a day word (本日) that an explicit day right after it refines. */
export function dayValue(date: CalendarDate, near?: CalendarDate): Resolution {
  const value = { value: formatDay(date), granularity: 'day', anchor: { date, granularity: 'day' } } as const
  return near === undefined ? value : { ...value, near }
}

export function monthValue(year: number, month: number): Resolution {
  return { value: formatMonth({ year, month }), granularity: 'month', anchor: { date: { year, month, day: 1 }, granularity: 'month' } }
}

export function yearValue(year: number): Resolution {
  return { value: formatYear(year), granularity: 'year', anchor: { date: { year, month: 1, day: 1 }, granularity: 'year' } }
}

/** An ISO week; `near` is the day an explicit day right after it (来週12日) is read near. */
export function weekValue(date: CalendarDate, near?: CalendarDate): Resolution {
  return near === undefined ? { value: formatIsoWeek(date), granularity: 'week' } : { value: formatIsoWeek(date), granularity: 'week', near }
}

/** An interval `start/end` of days; `anchor` (when given) is what later 前日/翌月 count from. */
export function intervalValue(start: CalendarDate, end: CalendarDate, anchor?: Anchor): Resolution {
  const value = `${formatDay(start)}/${formatDay(end)}`
  return anchor === undefined ? { value, granularity: 'interval' } : { value, granularity: 'interval', anchor }
}

/** 年度 (fiscal year) N: April 1 of N to March 31 of N+1. */
export function fiscalYearValue(year: number): Resolution {
  return {
    value: `${formatDay({ year, month: 4, day: 1 })}/${formatDay({ year: year + 1, month: 3, day: 31 })}`,
    granularity: 'fiscal-year',
    anchor: { date: { year, month: 4, day: 1 }, granularity: 'year' },
  }
}

/** The fiscal year (April–March) that holds `date`. */
export function fiscalYearOf(date: CalendarDate): number {
  return date.month >= 4 ? date.year : date.year - 1
}

/** Part of a month: 上旬 1–10, 中旬 11–20, 下旬 and 末 21–end, 初め/初旬 1–10. Null for the whole month. */
export function monthPartValue(year: number, month: number, part: string): Resolution | null {
  const monthAnchor: Anchor = { date: { year, month, day: 1 }, granularity: 'month' }
  const last = daysInMonth(year, month)
  if (part === '上旬' || part === '初旬' || part === '初め' || part === '初頭') {
    return intervalValue({ year, month, day: 1 }, { year, month, day: 10 }, monthAnchor)
  }
  if (part === '中旬') return intervalValue({ year, month, day: 11 }, { year, month, day: 20 }, monthAnchor)
  if (part === '下旬' || part === '末') return intervalValue({ year, month, day: 21 }, { year, month, day: last }, monthAnchor)
  return null
}

/**
 * The day `day` of the month nearest `ref` in the direction of `tense`: the latest on or before
 * `ref` for the past, the next on or after it for the future. A written weekday wins: the month
 * (within a year either way) whose day falls on it, nearest first.
 */
export function pickMonthOfDay(ref: CalendarDate, day: number, tense: Tense, weekday: number | null): CalendarDate | null {
  if (tense === 'future-or-recent') return recentOr(pickMonthOfDay(ref, day, 'past', weekday), () => pickMonthOfDay(ref, day, 'future', weekday), ref)
  if (tense === 'nearest') return nearer(pickMonthOfDay(ref, day, 'past', weekday), pickMonthOfDay(ref, day, 'future', weekday), ref)
  if (weekday !== null) {
    // the nearest month whose day falls on the weekday, in the direction of the tense
    const step = tense === 'past' ? -1 : 1
    const onward = [0, step, 2 * step, 3 * step, 4 * step, 5 * step, 6 * step]
    for (const offset of tense === 'past' || tense === 'future' ? onward : [...onward, -1, -2, -3]) {
      const m = addMonths(ref, offset)
      if (isValidDate(m.year, m.month, day) && isoWeekday({ year: m.year, month: m.month, day }) === weekday) {
        return { year: m.year, month: m.month, day }
      }
    }
  }
  const step = tense === 'future' ? 1 : -1
  for (let offset = 0; Math.abs(offset) <= 12; offset += step) {
    const m = addMonths(ref, offset)
    if (!isValidDate(m.year, m.month, day)) continue
    const candidate = { year: m.year, month: m.month, day }
    const cmp = compareDates(candidate, ref)
    if ((tense === 'future' && cmp >= 0) || (tense === 'past' && cmp <= 0)) return candidate
  }
  return null
}

/**
 * The year of month/day (3月14日) nearest `ref` in the direction of `tense`; a written weekday
 * wins; with only a weak future cue (`future-or-recent`) the nearer of last and next occurrence;
 * a day of the coming week is that one even in a past clause (the year before is ~360 days back).
 */
export function pickYearOfMonthDay(ref: CalendarDate, month: number, day: number, tense: Tense, weekday: number | null): CalendarDate | null {
  if (tense === 'past' && weekday === null) {
    // ※7月30日追記 written on 7月28日: a day of the coming week, not one nearly a year ago
    const ahead = isValidDate(ref.year, month, day) ? { year: ref.year, month, day } : null
    if (ahead !== null && compareDates(ahead, ref) > 0 && compareDates(ahead, ref) <= RECENT_DAYS) return ahead
  }
  if (tense === 'future') {
    // 10月8日からの開催に先駆けて, published on 10月12日: written days before, not a year ahead
    const past = pickYearOfMonthDay(ref, month, day, 'past', weekday)
    if (past !== null && compareDates(ref, past) <= RECENT_DAYS) return past
  }
  if (tense === 'future-or-recent' || tense === 'nearest') {
    // a year apart, the nearer one: 3月6日から開始 written on 4月3日 began last month
    return nearer(pickYearOfMonthDay(ref, month, day, 'past', weekday), pickYearOfMonthDay(ref, month, day, 'future', weekday), ref)
  }
  if (weekday !== null) {
    const byWeekday = pickYearByWeekday(ref, month, day, tense, weekday)
    if (byWeekday !== null) return byWeekday
  }
  const years = tense === 'future' ? [ref.year, ref.year + 1, ref.year + 2] : [ref.year, ref.year - 1, ref.year - 2]
  for (const year of years) {
    if (!isValidDate(year, month, day)) continue // 2月29日 skips to a leap year
    const cmp = compareDates({ year, month, day }, ref)
    if ((tense === 'future' && cmp >= 0) || (tense === 'past' && cmp <= 0)) return { year, month, day }
  }
  return null
}

/** A date in the past counts as "recent" up to this many days before the reference date. */
const RECENT_DAYS = 7

/** The one of two picks nearer to `ref` (the past one on a tie). */
function nearer(past: CalendarDate | null, future: CalendarDate | null, ref: CalendarDate): CalendarDate | null {
  if (past === null || future === null) return past ?? future
  return compareDates(ref, past) <= compareDates(future, ref) ? past : future
}

/** `past` when it lies within RECENT_DAYS before `ref`, else the future pick. */
function recentOr(past: CalendarDate | null, future: () => CalendarDate | null, ref: CalendarDate): CalendarDate | null {
  if (past !== null && compareDates(ref, past) <= RECENT_DAYS) return past
  return future()
}

/**
 * The year, next to the reference year in the direction of the tense, in which month/day falls on
 * `weekday`; null when none does (a wrong weekday in the text is then ignored, not followed a
 * year the other way).
 */
function pickYearByWeekday(ref: CalendarDate, month: number, day: number, tense: Tense, weekday: number): CalendarDate | null {
  const offsets = tense === 'past' ? [0, -1] : tense === 'nearest' ? [0, -1, 1] : [0, 1]
  for (const offset of offsets) {
    const year = ref.year + offset
    if (isValidDate(year, month, day) && isoWeekday({ year, month, day }) === weekday) return { year, month, day }
  }
  return null
}

/** The year of a bare month (7月): this month counts as both past and future. */
export function pickYearOfMonth(ref: CalendarDate, month: number, tense: Tense): number {
  // 7月より放送中 written in September: the July just gone, not next July
  if (tense === 'nearest' || tense === 'future-or-recent') return Math.abs(month - ref.month) <= 6 ? ref.year : month > ref.month ? ref.year - 1 : ref.year + 1
  if (tense !== 'past') {
    // 8月下旬発売予定 written on 9月2日: the month that ended days ago, not next year's
    const justGone = addMonths(ref, -1)
    if (month === justGone.month && ref.day <= RECENT_DAYS) return justGone.year
    return month >= ref.month ? ref.year : ref.year + 1
  }
  return month <= ref.month ? ref.year : ref.year - 1
}

/** The weekend (Saturday–Sunday) of the ISO week of `date`; with `near`, a day right after it (今週末27日) is read near the Saturday. */
export function weekendOf(date: CalendarDate, near = false): Resolution {
  const saturday = addDays(date, 6 - isoWeekday(date))
  const value = `${formatDay(saturday)}/${formatDay(addDays(saturday, 1))}`
  return near ? { value, granularity: 'interval', near: saturday } : { value, granularity: 'interval' }
}


export type YearMonth = { readonly year: number; readonly month: number }

/** True when a future clause would get a day more than RECENT_DAYS before the reference date. */
export function contradictsTense(at: YearMonth, day: number | undefined, env: ResolveEnv): boolean {
  if (env.ref === null || env.tense === 'past' || env.tense === 'nearest') return false
  const date = { year: at.year, month: at.month, day: Math.min(day ?? daysInMonth(at.year, at.month), daysInMonth(at.year, at.month)) }
  return compareDates(env.ref, date) > RECENT_DAYS
}

/** The year of 3月14日 or 7月: from an earlier date of the same sentence, else the reference date. */
export function pickYearInContext(month: number, day: number | undefined, env: ResolveEnv, surface: string): YearMonth | Resolution {
  const anchor = env.sentenceAnchor
  // a written weekday outranks the sentence: 12月1日（土） is the year whose 12/1 is a Saturday
  const byWeekday = env.ref !== null && env.weekday !== null && day !== undefined ? pickYearByWeekday(env.ref, month, day, env.tense, env.weekday) : null
  if (byWeekday !== null) return { year: byWeekday.year, month }
  // a year named alone (2006年の発売以来、5月26日から公開) carries over only to a clause in the past
  if (anchor !== null && (anchor.granularity !== 'year' || env.tense === 'past')) {
    const rollsOver = env.continuesRange && (month < anchor.date.month || (month === anchor.date.month && (day ?? 1) < anchor.date.day))
    const inherited = { year: anchor.date.year + (rollsOver ? 1 : 0), month }
    // …昨年10月23日の公演を収めた映画が、6月2日より公開される: a future clause does not take a past year
    if (!contradictsTense(inherited, day, env)) return inherited
  }
  if (env.ref === null) return needsReference(surface)
  if (day === undefined) return { year: pickYearOfMonth(env.ref, month, env.tense), month }
  const picked = pickYearOfMonthDay(env.ref, month, day, env.tense, env.weekday)
  return picked ?? unresolved('dates/invalid-date', `「${surface}」 is not a day of any nearby year`)
}

