/**
 * @module analyze/dates/rules/block-spans-of-time
 * Rule (a blocker, wins its span): a number of days used as a span of time, not a day of the month —
 * - N日で + what was done within them: 4日で北海道一周, 3日でリセット, 1日で500人, 10日で5割,
 *   4日で興収8億 (but 30日で終了 and 11日で3度目の記念日 are days: nothing of the kind follows);
 * - rest days between games: 中4日で登板;
 * - 1日も早く / 一日も早く (as soon as possible);
 * - a trip or a countdown: 3泊4日, あと3日, 残り5日;
 * - one day as a role or a unit: 1日署長, 一日店長, 1日無料体験, 1日単位, バッテリーが1日持たない.
 */
import type { DateRule } from '../types.ts'
import { unresolved } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

/** An amount with a counter (not an ordinal such as 3度目, 5周年) or a feat done within the days. */
const DONE_WITHIN =
  '(?=[^。、!！?？\\n]{0,6}?(?:\\d+(?:\\.\\d+)?\\s*(?:人|回(?!目)|件|本|個|つ|枚|億|万|円|%|％|倍|割|キロ|km|台|部|冊|杯|kg)|一周|完成|完了|完走|完売|完食|リセット|成立|達成|突破|到達|過去最高|売り切|制覇|習得|マスター))'

/** What one day is a length of: a one-day role, a free trial, a unit, lasting (持たない, 保つ). */
const ROLE_OR_UNIT = '(?:署長|店長|駅長|館長|局長|園長|校長|隊長|社長|大使|無料|体験|単位|乗車券|パス|フリー|[持保もた]た(?:な|ず)|[持保も]つ)'

export const blockSpansOfTime: DateRule = {
  name: 'block-spans-of-time',
  pattern: new RegExp(`(?<![\\d.,月年])(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日で${DONE_WITHIN}|(?<![今月年日週間])中\\d{1,2}日|(?<![\\d.,])(?:1|一)日も早[くい]|\\d泊\\d日|(?:あと|残り)\\d{1,2}日|(?<![\\d.,])(?:1|一)日(?=${ROLE_OR_UNIT})`, 'g'),
  toCandidate(match) {
    return candidateOf(match, 'blocked', 'block-spans-of-time', () => unresolved('dates/invalid-date', 'a span of days, not a day of the month'))
  },
}
