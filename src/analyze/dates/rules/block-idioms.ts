/**
 * @module analyze/dates/rules/block-idioms
 * Rule (a blocker, wins its span): set phrases built on day words that name no day —
 * 今日もまた (once again, as always), 明日への / 明日に向かって (towards the future), 明日は我が身,
 * 昨日の敵, 昨日今日 (just recently), 明日なき, 今日の社会 / 今日の世界 (こんにち: nowadays),
 * 休前日 / 祝前日 (the eve of a holiday: a price class of hotels).
 */
import type { DateRule } from '../types.ts'
import { unresolved } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

export const blockIdioms: DateRule = {
  name: 'block-idioms',
  pattern: /今日もまた|明日への|明日に向(?:かって|けて|かう)|明日は我が身|明日をも|明日なき|昨日の敵|昨日今日|今日の(?:社会|世界|時代|我々|私たち)|[休祝]前日/g,
  toCandidate(match) {
    return candidateOf(match, 'blocked', 'block-idioms', () => unresolved('dates/invalid-date', 'a set phrase, not a day'))
  },
}
