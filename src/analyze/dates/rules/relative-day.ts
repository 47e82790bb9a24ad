/**
 * @module analyze/dates/rules/relative-day
 * Rule: day words counted from the publication date — きょう/今日/本日/今朝/今夜 (0),
 * きのう/昨日/昨夜 (−1), おととい/一昨日 (−2), あす/あした/明日 (+1), あさって/明後日 (+2).
 */
import type { DateRule } from '../types.ts'
import { addDays } from '../calendar.ts'
import { dayValue, needsReference } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

const OFFSETS: Readonly<Record<string, number>> = {
  一昨日: -2, おととい: -2, おとつい: -2, 昨日: -1, きのう: -1, 昨夜: -1, 昨晩: -1, 昨朝: -1,
  今日: 0, きょう: 0, 本日: 0, 今朝: 0, 今夜: 0, 今晩: 0, 今夕: 0, 今未明: 0, 今早朝: 0,
  明日: 1, あす: 1, あした: 1, 明朝: 1, 明晩: 1, 明後日: 2, あさって: 2,
}

const WORDS = Object.keys(OFFSETS).sort((a, b) => b.length - a.length)

export const relativeDay: DateRule = {
  name: 'relative-day',
  pattern: new RegExp(`(?:${WORDS.join('|')})`, 'g'),
  toCandidate(match) {
    const offset = OFFSETS[match[0]] ?? 0
    return candidateOf(match, 'relative', 'relative-day', (env) => {
      if (env.ref === null) return needsReference(match[0])
      const date = addDays(env.ref, offset)
      return dayValue(date, date)
    })
  },
}
