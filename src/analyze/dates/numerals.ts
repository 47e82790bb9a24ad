/**
 * @module analyze/dates/numerals
 * Small numbers as written in date expressions: ASCII digits (full-width digits are folded
 * beforehand, see fold-text.ts), kanji numerals up to 99 (二十八, 十四, 〇), and 元 (year one of
 * an era).
 */

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/** Regex source for a small number: digits or kanji numerals. */
export const NUMBER_SOURCE = '(?:\\d{1,4}|[〇一二三四五六七八九十]{1,3})'

/**
 * The value of a small number, or null when it is not one.
 * @example parseSmallNumber('二十八') // → 28
 */
export function parseSmallNumber(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written)
  if (written === '元') return 1
  if (!/^[〇零一二三四五六七八九十]+$/.test(written)) return null
  const ten = written.indexOf('十')
  if (ten === -1) {
    // positional: 二〇 → 20
    let value = 0
    for (const ch of written) value = value * 10 + (KANJI_DIGITS[ch] ?? 0)
    return value
  }
  if (written.indexOf('十', ten + 1) !== -1) return null
  const tens = ten === 0 ? 1 : KANJI_DIGITS[written.slice(0, ten)]
  const onesText = written.slice(ten + 1)
  const ones = onesText === '' ? 0 : KANJI_DIGITS[onesText]
  if (tens === undefined || ones === undefined || ten > 1 || onesText.length > 1) return null
  return tens * 10 + ones
}
