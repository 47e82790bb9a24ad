/**
 * @module analyze/dates/generic/before-date
 * Whether an explicit date follows right after an expression, in apposition (1週間後の3月13日,
 * 北京五輪の翌年2009年, その前日となる14日, 大一番を翌日に控えた13日): then that date decides its value (merge-appositions.ts)
 * and no generic-use rule applies.
 */

const DATE_FOLLOWS = /^\s*(?:の|となる|にあたる|である|に控え(?:た|る))?\s*(?:\d|[一二三四五六七八九十]+[年月日]|[令平昭大明][和成正治]?\d)/

/** True when a written date stands right after `end` in the folded text. */
export function isBeforeDate(text: string, end: number): boolean {
  return DATE_FOLLOWS.test(text.slice(end, end + 10))
}
