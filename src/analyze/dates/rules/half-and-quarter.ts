/**
 * @module analyze/dates/rules/half-and-quarter
 * Rule: halves and quarters of a named year — 2011年上半期 (January–June), 今年下半期
 * (July–December), 2011年第4四半期 (October–December); after 年度 they are fiscal (2012年度上半期 →
 * April–September, 2012年度第1四半期 → April–June). Without a year (四半期に1度) nothing is tagged.
 */
import type { DateRule, Resolution } from '../types.ts'
import { addMonths, endOfMonth } from '../calendar.ts'
import { parseSmallNumber } from '../numerals.ts'
import { intervalValue, needsReference } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

const RELATIVE: Readonly<Record<string, number>> = { 昨年: -1, 去年: -1, 今年: 0, 本年: 0, 来年: 1 }

export const halfAndQuarter: DateRule = {
  name: 'half-and-quarter',
  pattern: /(?:(\d{4})年|(昨年|去年|今年|本年|来年))(度)?の?(?:(上|下)半期|第([1-4一二三四])四半期)/g,
  toCandidate(match) {
    const [, year4, yearWord, fiscal, half, quarter] = match
    const quarterNumber = quarter === undefined ? null : parseSmallNumber(quarter)
    return candidateOf(match, year4 === undefined ? 'relative' : 'absolute', 'half-and-quarter', (env): Resolution => {
      if (year4 === undefined && env.ref === null) return needsReference(match[0], 'interval')
      const refYear = env.ref === null ? 0 : fiscal !== undefined && env.ref.month < 4 ? env.ref.year - 1 : env.ref.year
      const year = year4 !== undefined ? Number(year4) : refYear + (RELATIVE[yearWord ?? ''] ?? 0)
      // months from January, or from April for a fiscal year
      const first = (fiscal !== undefined ? 3 : 0) + (half !== undefined ? (half === '上' ? 0 : 6) : ((quarterNumber ?? 1) - 1) * 3)
      const length = half !== undefined ? 6 : 3
      const start = addMonths({ year, month: 1 }, first)
      return intervalValue(start, endOfMonth(addMonths(start, length - 1)))
    })
  },
}
