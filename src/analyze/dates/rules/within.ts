/**
 * @module analyze/dates/rules/within
 * Rule: deadlines counted from the publication date as intervals — N日以内 / 数日以内 /
 * 数日のうちに / 数日中に → [publication date, +N days] (13日中 is the 13th, see calendar-expression) (数 = up to 6, see offset.ts); 年内 →
 * [publication date, Dec 31]; 今週中/今月中 are handled with their week and month.
 */
import type { DateRule, Resolution } from '../types.ts'
import { addDays } from '../calendar.ts'
import { parseSmallNumber } from '../numerals.ts'
import { intervalValue, needsReference } from '../resolve-helpers.ts'

const FEW_MAX_DAYS = 6

export const within: DateRule = {
  name: 'within',
  pattern: /(?<![\d.,後])(?:(\d{1,3}|[一二三四五六七八九十]{1,3})日以内|(数)日(?:以内|中に|のうちに)|(年内))/g,
  toCandidate(match) {
    const count = match[1]
    const days = match[2] !== undefined ? FEW_MAX_DAYS : count === undefined ? null : parseSmallNumber(count)
    if (count !== undefined && days === null) return null
    return {
      start: match.index,
      end: match.index + match[0].length - (match[0].endsWith('中に') ? 1 : 0),
      kind: 'within',
      rule: 'within',
      resolve(env): Resolution {
        if (env.ref === null) return needsReference(match[0])
        if (days === null) return intervalValue(env.ref, { year: env.ref.year, month: 12, day: 31 })
        return intervalValue(env.ref, addDays(env.ref, days))
      },
    }
  },
}
