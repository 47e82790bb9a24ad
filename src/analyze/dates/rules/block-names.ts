/**
 * @module analyze/dates/rules/block-names
 * Rule (a blocker, wins its span): day words inside given names — 明日香, 明日菜, 明日美, 今日子
 * (田中明日菜 is a person, not tomorrow) and the hiragana あすか, あすなろ, あすきょう; words of other
 * meaning that start with a day word — 明朝体 (a typeface), きょう体 (筐体, a casing), 五月病.
 */
import type { DateRule } from '../types.ts'
import { unresolved } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

export const blockNames: DateRule = {
  name: 'block-names',
  pattern: /明日(?=[香菜美奈花架佳])|今日子|あすきょう|あす(?=か(?![らもし])|なろ)|明朝体|きょう体|[五5]月病/g,
  toCandidate(match) {
    return candidateOf(match, 'blocked', 'block-names', () => unresolved('dates/invalid-date', 'part of a name'))
  },
}
