/**
 * @module analyze/dates/rules/weekday
 * Rule: a bare weekday (土曜日, 金曜, 日曜日の夜) is the nearest such day in the direction of the
 * clause's tense — on or after the publication date for a clear future (金曜日に発表する予定),
 * otherwise on or before it (土曜日に会談した). Not read: a weekday that describes a date already
 * named (25日は土曜日で · 29日の金曜日), a schedule (月曜日と木曜日に, 休館日：火曜日, 毎週), a
 * weekday inside a name (月曜ドラマ, 日曜版) or after 来週の/今週の (relative-week.ts reads those).
 * Habits (いつも土曜日は) are dropped afterwards by generic/habitual-context.ts.
 */
import type { DateRule, Resolution } from '../types.ts'
import { addDays, isoWeekday } from '../calendar.ts'
import { dayValue, needsReference } from '../resolve-helpers.ts'

const WEEKDAYS = '月火水木金土日'

/** What may follow a weekday used as a day: a particle, a comma, a part of the day. */
const AFTER = /^(?:[、,]|に(?!わた)|は|の(?:夜|朝|昼|午前|午後|未明|深夜|早朝|夕方|晩)|夜|朝|午前|午後|未明|深夜|早朝|夕方|から|まで|にも|$)/
/** Before the weekday: a date it describes, a schedule label, a week word, another weekday of a list. */
const BEFORE_NOT_A_DAY = /(?:日[はがもで]?|日の|[(（]|毎週|隔週|第\d|休館日|定休日|休業日|休診日|休み|週の|[月火水木金土日]曜日?(?:[とや・、~\-]|から)|[・])\s*[:：]?\s*$/
/** A list or range of weekdays after this one: 月曜日と木曜日, 月曜〜金曜. */
const LIST_AFTER = /^(?:と|や|・|、|~|-|から)\s*[月火水木金土日]曜/

export const weekday: DateRule = {
  name: 'weekday',
  pattern: /([月火水木金土日])曜(?:日)?/g,
  toCandidate(match, text) {
    const start = match.index
    const end = start + match[0].length
    const after = text.slice(end, end + 6)
    if (!AFTER.test(after) || LIST_AFTER.test(after)) return null
    if (BEFORE_NOT_A_DAY.test(text.slice(Math.max(0, start - 6), start))) return null
    const day = WEEKDAYS.indexOf(match[1] ?? '') + 1
    return {
      start,
      end,
      kind: 'relative',
      rule: 'weekday',
      resolve(env): Resolution {
        if (env.ref === null) return needsReference(match[0])
        const diff = day - isoWeekday(env.ref)
        // only a clear future looks ahead: a plain present is dropped as a schedule (generic/habitual-context.ts)
        const future = env.tense === 'future'
        const date = future ? addDays(env.ref, (diff + 7) % 7) : addDays(env.ref, -((7 - diff) % 7))
        return dayValue(date)
      },
    }
  },
}
