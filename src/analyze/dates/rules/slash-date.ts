/**
 * @module analyze/dates/rules/slash-date
 * Rule: numeric dates — 2025/03/14, 2025-03-14, 2025.3.14 (absolute days), 2025/03 (a month),
 * and a month/day such as 3/9 or 8/15 (partial, year picked like 3月14日). A bare M/D is read as
 * a date only when something says so — a weekday (3/9(金)), a range or release word after it
 * (より, から, まで, 〜, 発売, 公開), or brackets around it (（8/15）) — because 2/3 and 1/2 are
 * usually fractions.
 */
import type { DateRule, Resolution, ResolveEnv } from '../types.ts'
import { isValidDate } from '../calendar.ts'
import { dayValue, monthValue, pickYearInContext, unresolved } from '../resolve-helpers.ts'

const FULL_SOURCE = String.raw`(?<![\d/.\-])(\d{4})([/.\-])(\d{1,2})(?:\2(\d{1,2}))?(?![\d/.\-])`
const MONTH_DAY_SOURCE = String.raw`(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?![\d/.,%])`
const DATE_CUE_AFTER = /^\s*(?:\([月火水木金土日]|より|から|まで|~|-|発売|公開|開始|スタート|放送|開催|締め?切)/
const BRACKETED = /^\)/

export const slashDate: DateRule = {
  name: 'slash-date',
  pattern: /(?<![\d/.\-])\d{1,4}[/.\-]\d{1,2}/g,
  toCandidate(match, text) {
    const full = execAt(FULL_SOURCE, text, match.index)
    if (full !== null) return fullDate(full)
    const md = execAt(MONTH_DAY_SOURCE, text, match.index)
    if (md === null) return null
    const month = Number(md[1])
    const day = Number(md[2])
    if (month < 1 || month > 12 || day < 1 || day > 31) return null
    const end = md.index + md[0].length
    const after = text.slice(end, end + 8)
    const bracketed = text[md.index - 1] === '(' && BRACKETED.test(after)
    if (!bracketed && !DATE_CUE_AFTER.test(after)) return null
    return {
      start: md.index,
      end,
      kind: 'partial',
      rule: 'slash-date',
      namesMonth: true,
      resolve: (env) => resolveMonthDay(month, day, env, md[0]),
    }
  },
}

function fullDate(full: RegExpExecArray) {
  const [surface, yearText, separator, monthText, dayText] = full
  const year = Number(yearText)
  const month = Number(monthText)
  if (month < 1 || month > 12) return null
  // 2025-03 and 2025.3 are too often other numbers (scores, versions); only 2025/03 is a month
  if (dayText === undefined && separator !== '/') return null
  const day = dayText === undefined ? undefined : Number(dayText)
  return {
    start: full.index,
    end: full.index + surface.length,
    kind: 'absolute' as const,
    rule: 'slash-date',
    namesMonth: true,
    resolve: (): Resolution => {
      if (day === undefined) return monthValue(year, month)
      return isValidDate(year, month, day) ? dayValue({ year, month, day }) : unresolved('dates/invalid-date', `「${surface}」 is not a real day`)
    },
  }
}

function resolveMonthDay(month: number, day: number, env: ResolveEnv, surface: string): Resolution {
  const picked = pickYearInContext(month, day, env, surface)
  if (!('month' in picked)) return picked
  return isValidDate(picked.year, month, day) ? dayValue({ year: picked.year, month, day }) : unresolved('dates/invalid-date', `「${surface}」 is not a real day`)
}

/** Match `source` exactly at `index` (a fresh sticky regex each time: no shared lastIndex). */
function execAt(source: string, text: string, index: number): RegExpExecArray | null {
  const re = new RegExp(source, 'y')
  re.lastIndex = index
  return re.exec(text)
}
