/**
 * @module analyze/dates/rules/anaphoric-day
 * Rule: 前日/翌日/同日/当日/前々日/翌々日 count from the day the text named last (any earlier
 * sentence). Without an earlier day they are reported, not guessed.
 */
import type { DateRule } from '../types.ts'
import { addDays } from '../calendar.ts'
import { dayValue, needsAnchor } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

const OFFSETS: Readonly<Record<string, number>> = { 前々日: -2, 前日: -1, 同日: 0, 当日: 0, 翌日: 1, 翌々日: 2 }

export const anaphoricDay: DateRule = {
  name: 'anaphoric-day',
  pattern: /前々日|翌々日|前日|同日|当日|翌日/g,
  toCandidate(match) {
    const offset = OFFSETS[match[0]] ?? 0
    return candidateOf(match, 'anaphoric', 'anaphoric-day', (env) =>
      env.dayAnchor === null ? needsAnchor(match[0]) : dayValue(addDays(env.dayAnchor.date, offset)),
    )
  },
}
