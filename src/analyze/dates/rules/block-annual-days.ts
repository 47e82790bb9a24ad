/**
 * @module analyze/dates/rules/block-annual-days
 * Rule (a blocker, wins its span): a month and day without a year that recur every year — a
 * birthday in a profile (12月30日生まれ) names no calendar date; 1982年12月30日生まれ, with its
 * year, is read as usual.
 */
import type { DateRule } from '../types.ts'
import { unresolved } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

export const blockAnnualDays: DateRule = {
  name: 'block-annual-days',
  pattern: /(?<![\d年/.'’\-]\s*)\d{1,2}月\d{1,2}日\s*(?:生まれ|生(?![活産徒命き])|誕生(?!日))/g,
  toCandidate(match) {
    return candidateOf(match, 'blocked', 'block-annual-days', () => unresolved('dates/invalid-date', 'a birthday without a year recurs every year'))
  },
}
