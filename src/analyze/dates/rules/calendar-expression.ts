/**
 * @module analyze/dates/rules/calendar-expression
 * Rule: year · month · day expressions in every combination, with an optional part suffix —
 * 2025年7月12日, 2025年7月, 2025年, 11年10月 and '06年 (two-digit years), 令和元年5月1日, 平成21年度, 今年4月8日, 昨年末, 先月28日,
 * 来月上旬, 3月14日, 7月下旬, 28日, 13日中, 同年4月, 翌月. The year comes from the expression, the
 * reference date (今年, 来月), the date last named (同年, 翌月), an earlier date in the same
 * sentence (12月24日、25日), a written weekday, or the tense of the clause (28日 → latest on or
 * before the publication date unless the clause speaks of the future).
 */
import type { YearMonth } from '../resolve-helpers.ts'
import type { Anchor, DateCandidate, DateKind, DateRule, Resolution, ResolveEnv } from '../types.ts'
import { addMonths, isValidDate, type CalendarDate } from '../calendar.ts'
import { isGengo, warekiToYear } from '../wareki.ts'
import { parseSmallNumber } from '../numerals.ts'
import {
  dayValue,
  fiscalYearOf,
  fiscalYearValue,
  monthPartValue,
  monthValue,
  needsAnchor,
  needsReference,
  pickMonthOfDay,
  contradictsTense,
  pickYearInContext,
  unresolved,
  yearValue,
} from '../resolve-helpers.ts'

const KANJI_MONTH = '十[一二]?|[一二三四五六七八九]'
const KANJI_DAY = '[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]'
const YEAR =
  '(?:(?<y4>\\d{4})年|(?<yy>\\d{2})年(?=\\d{1,2}月)|[\'’](?<ya>\\d{2})年|(?<gengo>令和|平成|昭和|大正|明治)(?<gn>元|\\d{1,2}|[一二三四五六七八九十]{1,3})年|' +
  '(?<yrel>一昨年|再来年|翌々年|今年|本年|昨年|去年|来年|翌年|前年|同年|当年|おととし))'
// 2012年7〜8月: the first month of a range may drop its 月
const MONTH = `(?:(?<mn>\\d{1,2}|${KANJI_MONTH})(?:月(?![間額給収謝])|(?=[~\\-]\\d{1,2}月))|(?<mrel>先々月|再来月|今月|先月|来月|翌月|前月|同月|当月))`
// 5月1〜3日, 3月16から18日: the first day of a range may drop its 日
const DAY = `(?<dn>\\d{1,2}|${KANJI_DAY})(?:日|(?=(?:[~\\-]|から)\\d{1,2}日))`
const SUFFIX = '(?<suffix>上旬|中旬|下旬|初旬|初め|初頭|末|度末|度|中)?'
// the lookahead skips the positions where no part can start (every part is optional)
const PATTERN = new RegExp(`(?<![\\d/第]|\\d[.,])(?=[\\d一二三四五六七八九十令平昭大明再翌今本昨去来前同当お先\'’])(?:${YEAR}(?:の(?=\\d|[一二三四五六七八九十]{1,2}月|今月|先月|来月))?)?(?:${MONTH})?(?:${DAY})?${SUFFIX}`, 'g')

/** A 4-digit year is read as a year only in this range (1000年に一度 is a count). */
const MIN_YEAR = 1800
/** Two-digit years below this are 20xx, the others 19xx (news of the 2000s–2040s). */
const TWO_DIGIT_PIVOT = 50
const MAX_YEAR = 2199

/** What may follow a bare kanji day used as a date: a comma, a topic or time particle, a part of the day. */
const KANJI_DAY_AFTER = /^(?:[、,]|に(?!わた|つき|一|二|三|四|五|六|七|八|九|十|\d)|は(?![\d一二三四五六七八九十])|まで|から|夜|朝|昼|午前|午後|未明|深夜|早朝|夕方|付)/

function isKanjiDayAdverb(text: string, start: number, end: number): boolean {
  // 一日 alone is "one day" (一日に何十回, ローマは一日にしてならず), never read as the 1st
  if (text.slice(start, end) === '一日') return false
  if (/[一-龯々ァ-ヺー]/.test(text[start - 1] ?? '')) return false
  return KANJI_DAY_AFTER.test(text.slice(end, end + 3))
}

/** Words after a 4-digit year that make it a count or a decade (2010年代, 2000年以上). */
const YEAR_NOT_DATE = /^(?:代|間|以上|以下|ぶり|分|超|余り|あまり|近く)/

const RELATIVE_YEARS: Readonly<Record<string, number>> = { 一昨年: -2, おととし: -2, 昨年: -1, 去年: -1, 今年: 0, 本年: 0, 来年: 1, 再来年: 2 }
const ANAPHORIC_YEARS: Readonly<Record<string, number>> = { 前年: -1, 同年: 0, 当年: 0, 翌年: 1, 翌々年: 2 }
const RELATIVE_MONTHS: Readonly<Record<string, number>> = { 先々月: -2, 先月: -1, 今月: 0, 来月: 1, 再来月: 2 }
const ANAPHORIC_MONTHS: Readonly<Record<string, number>> = { 前月: -1, 同月: 0, 当月: 0, 翌月: 1 }

type YearPart = { readonly base: 'fixed' | 'ref' | 'anchor'; readonly n: number; readonly wareki: boolean }
type MonthPart = { readonly base: 'fixed' | 'ref' | 'anchor'; readonly n: number }
type Parts = { year?: YearPart; month?: MonthPart; day?: number; suffix: string }

/** @see module comment */
export const calendarExpression: DateRule = {
  name: 'calendar-expression',
  pattern: PATTERN,
  toCandidate(match, text) {
    const parts = readParts(match, text)
    if (parts === null) return null
    const end = match.index + match[0].length - (parts.suffixDropped ?? 0)
    const candidate: DateCandidate = {
      start: match.index,
      end,
      kind: kindOf(parts),
      rule: 'calendar-expression',
      namesMonth: parts.month !== undefined,
      resolve: (env) => resolveParts(parts, env, text.slice(match.index, end)),
    }
    return candidate
  },
}

function readParts(match: RegExpExecArray, text: string): (Parts & { suffixDropped?: number }) | null {
  const g = match.groups ?? {}
  const parts: Parts & { suffixDropped?: number } = { suffix: g['suffix'] ?? '' }
  // the first month of a range without its 月 (7〜9月) is read only after a named year (2012年7〜8月)
  if (g['mn'] !== undefined && !match[0].includes('月') && g['y4'] === undefined && g['ya'] === undefined && g['gengo'] === undefined && g['yrel'] === undefined) return null
  if (g['y4'] !== undefined) {
    const year = Number(g['y4'])
    if (year < MIN_YEAR || year > MAX_YEAR) return null
    if (g['mn'] === undefined && g['mrel'] === undefined && parts.suffix === '' && YEAR_NOT_DATE.test(text.slice(match.index + match[0].length))) return null
    parts.year = { base: 'fixed', n: year, wareki: false }
  } else if (g['yy'] !== undefined || g['ya'] !== undefined) {
    // 11年10月, '06年: two-digit years, 00–49 → 2000s, 50–99 → 1900s; '60年代 is a decade
    if (g['ya'] !== undefined && g['mn'] === undefined && YEAR_NOT_DATE.test(text.slice(match.index + match[0].length))) return null
    const yy = Number(g['yy'] ?? g['ya'])
    parts.year = { base: 'fixed', n: yy < TWO_DIGIT_PIVOT ? 2000 + yy : 1900 + yy, wareki: false }
  } else if (g['gengo'] !== undefined && g['gn'] !== undefined && isGengo(g['gengo'])) {
    const n = parseSmallNumber(g['gn'])
    if (n === null || n < 1) return null
    parts.year = { base: 'fixed', n: warekiToYear(g['gengo'], n), wareki: true }
  } else if (g['yrel'] !== undefined) {
    const rel = RELATIVE_YEARS[g['yrel']]
    const ana = ANAPHORIC_YEARS[g['yrel']]
    parts.year = rel !== undefined ? { base: 'ref', n: rel, wareki: false } : { base: 'anchor', n: ana ?? 0, wareki: false }
  }
  if (g['mn'] !== undefined) {
    const month = parseSmallNumber(g['mn'])
    if (month === null || month < 1 || month > 12) return null
    parts.month = { base: 'fixed', n: month }
  } else if (g['mrel'] !== undefined) {
    const rel = RELATIVE_MONTHS[g['mrel']]
    parts.month = rel !== undefined ? { base: 'ref', n: rel } : { base: 'anchor', n: ANAPHORIC_MONTHS[g['mrel']] ?? 0 }
  }
  if (g['dn'] !== undefined) {
    const day = parseSmallNumber(g['dn'])
    if (day === null || day < 1 || day > 31) return null
    // a bare kanji day (一日, 十日) is more often a count than a date: only as an adverb of time
    // (十日、会見した · 二十五日夜 · 十日に発表), not inside a word (十日町, 三日月)
    if (parts.month === undefined && parts.year === undefined && !/^\d+$/.test(g['dn']) && !isKanjiDayAdverb(text, match.index, match.index + match[0].length)) return null
    // a day without 日 (5月1〜3日) needs its month: 1〜3日間 is a duration
    if (parts.month === undefined && !match[0].includes('日')) return null
    parts.day = day
  }
  if (parts.year === undefined && parts.month === undefined && parts.day === undefined) return null
  if (!suffixFits(parts)) {
    parts.suffixDropped = parts.suffix.length
    parts.suffix = ''
  }
  return parts
}

/** Which suffixes go with which parts: 度 and 末/初め after a year, 旬/末 after a month, 中 anywhere. */
function suffixFits(parts: Parts): boolean {
  const { suffix } = parts
  if (suffix === '' || suffix === '中') return true
  if (parts.day !== undefined) return false
  if (suffix === '度' || suffix === '度末') return parts.month === undefined
  if (parts.month !== undefined) return true
  return suffix === '末' || suffix === '初め' || suffix === '初頭'
}

function kindOf(parts: Parts): DateKind {
  if (parts.suffix === '度' || parts.suffix === '度末') return 'fiscal-year'
  const head = parts.year ?? parts.month
  if (head === undefined || head.base === 'fixed') {
    if (parts.year === undefined) return 'partial'
    return parts.year.wareki ? 'wareki' : 'absolute'
  }
  return head.base === 'ref' ? 'relative' : 'anaphoric'
}

function resolveParts(parts: Parts, env: ResolveEnv, surface: string): Resolution {
  const year = resolveYear(parts, env, surface)
  if (year !== undefined && typeof year !== 'number') return year
  if ((parts.suffix === '度' || parts.suffix === '度末') && year !== undefined) {
    const fiscal = fiscalYear(parts, env, year, surface)
    // 2011年度末: the March that closes the fiscal year
    if (parts.suffix === '度末' && fiscal.value !== null && fiscal.anchor !== undefined) return monthValue(fiscal.anchor.date.year + 1, 3)
    return fiscal
  }
  if (parts.month === undefined && parts.day === undefined) {
    if (year === undefined) return unresolved('dates/invalid-date', `「${surface}」 names no year, month or day`)
    if (parts.suffix === '末') return monthValue(year, 12)
    if (parts.suffix === '初め' || parts.suffix === '初頭') return monthValue(year, 1)
    return yearValue(year)
  }
  const month = resolveMonth(parts, env, year, surface)
  if (!('month' in month)) return month
  if (parts.day === undefined) {
    return monthPartValue(month.year, month.month, parts.suffix) ?? monthValue(month.year, month.month)
  }
  if (!isValidDate(month.year, month.month, parts.day)) {
    return unresolved('dates/invalid-date', `「${surface}」 is not a day of ${month.year}-${month.month}`)
  }
  return dayValue({ year: month.year, month: month.month, day: parts.day })
}

function resolveYear(parts: Parts, env: ResolveEnv, surface: string): number | Resolution | undefined {
  const part = parts.year
  if (part === undefined) return undefined
  const granularity = parts.month === undefined && parts.day === undefined ? 'year' : parts.day === undefined ? 'month' : 'day'
  if (part.base === 'fixed') return part.n
  if (part.base === 'ref') return env.ref === null ? needsReference(surface, granularity) : env.ref.year + part.n
  return env.anchor === null ? needsAnchor(surface, granularity) : env.anchor.date.year + part.n
}

function fiscalYear(parts: Parts, env: ResolveEnv, year: number, surface: string): Resolution {
  const part = parts.year
  if (part === undefined || part.base === 'fixed') return fiscalYearValue(year)
  const base = part.base === 'ref' ? env.ref : env.anchor?.date
  if (base == null) return part.base === 'ref' ? needsReference(surface) : needsAnchor(surface)
  return fiscalYearValue(fiscalYearOf(base) + part.n)
}


/** Year and month of an expression with a month part, or of a bare day. */
function resolveMonth(parts: Parts, env: ResolveEnv, year: number | undefined, surface: string): YearMonth | Resolution {
  const part = parts.month
  if (part !== undefined && part.base !== 'fixed') {
    const base = part.base === 'ref' ? env.ref : env.anchor?.date
    if (base == null) return part.base === 'ref' ? needsReference(surface) : needsAnchor(surface)
    return addMonths(base, part.n)
  }
  if (part !== undefined) {
    if (year !== undefined) return { year, month: part.n }
    return pickYearInContext(part.n, parts.day, env, surface)
  }
  if (year !== undefined) return unresolved('dates/invalid-date', `「${surface}」 has a year and a day but no month`)
  return pickMonth(parts.day ?? 1, parts.suffix === '中' ? { ...env, tense: 'future' } : env, surface)
}

/** The month of a bare day (28日): the month of an earlier date in the same sentence, else from the reference date. */
function pickMonth(day: number, env: ResolveEnv, surface: string): YearMonth | Resolution {
  const anchor: Anchor | null = env.sentenceAnchor
  // 24日（金）、25日 stays in the month of the named day; after 先月中旬 only a range (〜28日) does
  if (anchor !== null && (anchor.granularity === 'day' || (anchor.granularity === 'month' && env.continuesRange))) {
    const base: CalendarDate = env.continuesRange && day < anchor.date.day ? addMonths(anchor.date, 1) : anchor.date
    if (!contradictsTense(base, day, env)) return { year: base.year, month: base.month }
  }
  if (env.ref === null) return needsReference(surface)
  const picked = pickMonthOfDay(env.ref, day, env.tense, env.weekday)
  return picked ?? unresolved('dates/invalid-date', `「${surface}」 is not a day of any nearby month`)
}
