/**
 * @module analyze/dates/rules/season
 * Rule: seasons and the turn of the year.
 * - 今夏/昨秋/来春…, 2012年夏, 今年の冬: meteorological seasons as month intervals — spring
 *   03–05, summer 06–08, autumn 09–11, winter 12–02 (今冬 in January is the winter under way).
 * - 年末 → December (YYYY-12); 年明け/年始/年初 → January (YYYY-01); 年末年始 → YYYY-12/YYYY+1-01;
 *   年度末 → March that ends the fiscal year. The year is the publication year, except that a
 *   past-tense 年末 in January–March is the one just gone and a 年明け after March is the next one.
 * (今年末, 昨年末 and 2012年末 are read by calendar-expression.)
 */
import type { DateRule, Resolution, Tense } from '../types.ts'
import { formatMonth, type CalendarDate } from '../calendar.ts'
import { fiscalYearOf, monthValue, needsReference } from '../resolve-helpers.ts'

const SEASON_START: Readonly<Record<string, number>> = { 春: 3, 夏: 6, 秋: 9, 冬: 12 }
const PREFIX_YEARS: Readonly<Record<string, number>> = { 今: 0, 昨: -1, 去: -1, 来: 1, 今年: 0, 昨年: -1, 去年: -1, 来年: 1 }

export const season: DateRule = {
  name: 'season',
  pattern: /(?:(今|昨|来)|(?:(\d{4})年|(今年|昨年|去年|来年))の?)([春夏秋冬])|年末年始|年末|年明け|年始|年初|年度末/g,
  toCandidate(match) {
    const [word, short, year4, yearWord, seasonName] = match
    return {
      start: match.index,
      end: match.index + word.length,
      kind: year4 === undefined ? 'season' : 'absolute',
      rule: 'season',
      resolve(env): Resolution {
        if (seasonName !== undefined) {
          if (year4 !== undefined) return seasonValue(Number(year4), seasonName)
          if (env.ref === null) return needsReference(word)
          const shift = PREFIX_YEARS[short ?? yearWord ?? ''] ?? 0
          // 今冬 in January–February is the winter that began last December
          const base = seasonName === '冬' && short !== undefined && env.ref.month <= 2 ? env.ref.year - 1 : env.ref.year
          return seasonValue(base + shift, seasonName)
        }
        return env.ref === null ? needsReference(word) : turnOfYear(word, env.ref, env.tense)
      },
    }
  },
}

function seasonValue(year: number, name: string): Resolution {
  const start = SEASON_START[name] ?? 1
  const endYear = start === 12 ? year + 1 : year
  const endMonth = start === 12 ? 2 : start + 2
  return { value: `${formatMonth({ year, month: start })}/${formatMonth({ year: endYear, month: endMonth })}`, granularity: 'interval' }
}

function turnOfYear(word: string, ref: CalendarDate, tense: Tense): Resolution {
  if (word === '年度末') return monthValue(fiscalYearOf(ref) + 1, 3)
  const endYear = tense === 'past' && ref.month <= 3 ? ref.year - 1 : ref.year
  if (word === '年末') return monthValue(endYear, 12)
  if (word === '年末年始') {
    return { value: `${formatMonth({ year: endYear, month: 12 })}/${formatMonth({ year: endYear + 1, month: 1 })}`, granularity: 'interval' }
  }
  return monthValue(ref.month <= 3 ? ref.year : ref.year + 1, 1)
}
