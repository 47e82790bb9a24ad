/**
 * @module analyze/dates/rules/block-non-dates
 * Rule (runs first, wins its span): expressions that look like dates but are durations, counts,
 * rates, titles or names, so that no date is tagged there —
 * - durations and counts: 3日間, 3日目, 2日分 (but 番組名」（2日分） is the programme of the 2nd), 3日ぶり, 5日連続, 3日ほど, 13日遅い, 1日でも, 1日限定,
 *   1日中 (all day long);
 * - rates: 1日1回, 1日3食, 1日に2時間, 1日10〜30分, 1日20通, 週5日, 月に1日; 1日のうち (a day in general);
 * - a day as an amount: この1日で, わずか1日, たった1日, 約3日, 各1日;
 * - the title 13日の金曜日;
 * - habits and names: 毎週末, 週末ごと, 週末のみ, 週末限定, 週末映画 (週末 inside a compound noun),
 *   年末ジャンボ (a name in katakana after 年末/週末);
 * - 同年代, 同年齢 (people of the same age); 今日では, 今日この頃 (nowadays, こんにち);
 * - comparison bases: 前年比, 前年同月比, 前年同期, 前月比 (a ratio, and no anchor for later 前年);
 * - magazine issues: 2012年3月号, 7・8月合併号;
 * - U-23日本代表 (a number after a letter); 前日本代表, 元日本代表 (前/元 + 日本, "former"); 当日券 (a kind of ticket); 発売日前日, 試合当日
 *   (counted from an event, not a date).
 */
import type { DateRule } from '../types.ts'
import { unresolved } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

const COUNT = '(?:\\d{1,3}|[一二三四五六七八九十]{1,3}|数|何|半)'
/** A number or a range of numbers (10〜30) after 1日 in a rate. */
const AMOUNT = '(?:\\d+(?:[~\\-]\\d+)?|[一二三四五六七八九十百千]+|数|何|十数|数十)'
/** Counters (助数詞, josushi) that make 1日N… a rate; 時 alone is a time of day (1日10時), not a rate. */
const JOSUSHI = '(?:回|度|杯|本|時間|分|秒|食|錠|粒|個|箱|枚|件|人|名|歩|通|冊|ページ|品|曲|話|台|組|袋|試合|キロ|km|kcal|カロリー|リットル|L|ml|g|グラム|円|ドル)'
const PATTERNS = [
  `${COUNT}日(?:間|目|(?<!」[(（]\\d{1,2}日)分|ぶり|振り|連続|おき|置き|ごと|毎|ほど|程度|くらい|ぐらい|前後|以上|以下|未満|足らず|余り|あまり|近く|がかり|越し|遅[れいく]|早[いくめ]|でも|当たり|あたり|限り|限定)`,
  '1日中|一日中|1日1日|一日一日',
  `${COUNT}日(?:に|あたり|当たり)?(?:約|平均|最大|最低)?${AMOUNT}${JOSUSHI}(?!目)`,
  `(?:週|月|年)に?${COUNT}日`,
  `${COUNT}日の(?:うち|中で|間|始まり|終わり|疲れ|平均|目安|流れ|スケジュール|生活|摂取|大半|半分|最後|締めくくり|労働)`,
  `(?:この|その|わずか|たった|約|およそ|ほぼ|最長|最短|各|丸|まる|平均|計|最大)${COUNT}日(?!後|前|以内)`,
  '(?<!月)13日の金曜日',
  '毎週末|週末ごと|週末(?:のみ|だけ|限定|婚|起業)|(?:年末|週末|年始)(?=[ァ-ヺー])',
  '週末(?=(?!以降|以前|前|明け|中|頃)[一-龯])',
  '同年代|同年齢|同年輩|同年配|今日では|今日的|今日に至る|今日この頃',
  // a comparison base, not a time: 前年比, 前年同月比, 前年同期比9%減, 前月比
  '前(?:年|年度|月|週|日)(?:同月|同期|同日|同週)?比|前年同(?:月|期)',
  '前日本|元日本|当日券|当日限り|当日消印|当日(?=[:：]|料金|価格)',
  '(?<=[A-Za-z][-‐]?)\\d{1,2}日',
  '(?<=[^\\d]日)(?:前日|当日|翌日)',
  // a magazine issue: 2012年3月号, 7・8月合併号 (named for a month, not dated by it)
  '(?:\\d{4}年)?\\d{1,2}月(?:[・/]\\d{1,2}月)?(?:合併)?号',
]

export const blockNonDates: DateRule = {
  name: 'block-non-dates',
  // the lookahead skips positions where no blocker can start
  pattern: new RegExp(`(?<![\\d.,])(?=[\\d一二三四五六七八九十数何半週月年こそわたおほ約各丸ま平計最毎同今前元当翌])(?:${PATTERNS.join('|')})`, 'g'),
  toCandidate(match) {
    return candidateOf(match, 'blocked', 'block-non-dates', () => unresolved('dates/invalid-date', 'not a date'))
  },
}
