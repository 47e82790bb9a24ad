/**
 * @module analyze/dates/rules/named-day
 * Rule: days named by the calendar — 元日/元旦 (January 1) and 大晦日/大みそか (December 31). The
 * year is picked like that of 1月1日: the latest on or before the publication date unless the
 * clause speaks of the future.
 */
import type { DateRule } from '../types.ts'
import { dayValue, needsReference, pickYearOfMonthDay, unresolved } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

const NAMED_DAYS: Readonly<Record<string, readonly [number, number]>> = {
  元日: [1, 1],
  元旦: [1, 1],
  大晦日: [12, 31],
  大みそか: [12, 31],
}

export const namedDay: DateRule = {
  name: 'named-day',
  pattern: /元日|元旦|大晦日|大みそか/g,
  toCandidate(match) {
    const [month, day] = NAMED_DAYS[match[0]] ?? [1, 1]
    return candidateOf(match, 'partial', 'named-day', (env) => {
      if (env.ref === null) return needsReference(match[0])
      const date = pickYearOfMonthDay(env.ref, month, day, env.tense, null)
      return date === null ? unresolved('dates/invalid-date', `no ${match[0]} near the publication date`) : dayValue(date)
    })
  },
}
