/**
 * @module analyze/numbers/rules/read-range
 * A range 10〜20人 (or 10人〜20人, 10-20%) becomes two mentions: the lower bound `at-least` and the
 * upper bound `at-most`, both with the unit written after the upper bound.
 */

/** Range marks between two quantities: 〜 ～ ~ and dashes. */
const RANGE_MARKS = new Set(['〜', '～', '~', '－', '−', '‐', '-', 'ー', '—', '―'])

/** Whether a range mark follows at `at` and a numeral starts right after it. */
export function isRangeMark(text: string, at: number): boolean {
  return RANGE_MARKS.has(text[at] ?? '') && /[0-9０-９〇一二三四五六七八九十数]/.test(text[at + 1] ?? '')
}
