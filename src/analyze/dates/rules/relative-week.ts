/**
 * @module analyze/dates/rules/relative-week
 * Rule: weeks — 今週/先週/来週/再来週/先々週 (from the publication date) and 前週/翌週/同週 (from
 * the date last named) as ISO weeks `YYYY-Www`; with 末 the weekend (Saturday–Sunday) of that
 * week; with a weekday (来週の土曜日, 今週水曜) that day.
 */
import type { DateRule, Resolution } from '../types.ts'
import { addDays, isoWeekday, type CalendarDate } from '../calendar.ts'
import { dayValue, needsAnchor, needsReference, weekendOf, weekValue } from '../resolve-helpers.ts'

const FROM_REFERENCE: Readonly<Record<string, number>> = { 先々週: -2, 先週: -1, 今週: 0, 来週: 1, 再来週: 2 }
const FROM_ANCHOR: Readonly<Record<string, number>> = { 前週: -1, 同週: 0, 翌週: 1 }
const WEEKDAYS = '月火水木金土日'

export const relativeWeek: DateRule = {
  name: 'relative-week',
  pattern: /(先々週|再来週|今週|先週|来週|前週|同週|翌週)(?:(末)|の?([月火水木金土日])曜日?|(中))?/g,
  toCandidate(match) {
    const word = match[1] ?? ''
    const fromRef = Object.hasOwn(FROM_REFERENCE, word)
    const weeks = (fromRef ? FROM_REFERENCE[word] : FROM_ANCHOR[word]) ?? 0
    const weekday = match[3] === undefined ? null : WEEKDAYS.indexOf(match[3]) + 1
    const weekend = match[2] !== undefined
    return {
      start: match.index,
      end: match.index + match[0].length,
      kind: fromRef ? 'relative' : 'anaphoric',
      rule: 'relative-week',
      resolve(env): Resolution {
        const base = fromRef ? env.ref : (env.dayAnchor?.date ?? null)
        if (base === null) return fromRef ? needsReference(match[0]) : needsAnchor(match[0])
        const date: CalendarDate = addDays(base, weeks * 7)
        // 今週末27日: the explicit day is read near that Saturday
        if (weekend) return weekendOf(date, true)
        if (weekday !== null) return dayValue(addDays(date, weekday - isoWeekday(date)))
        // 来週12日: the 12th nearest the middle (Thursday) of that week
        return weekValue(date, addDays(date, 4 - isoWeekday(date)))
      },
    }
  },
}
