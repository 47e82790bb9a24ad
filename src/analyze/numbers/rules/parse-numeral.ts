/**
 * @module analyze/numbers/rules/parse-numeral
 * Reads the value of a numeral written with Arabic digits (half or full width, with 1,000 groups
 * and decimals), kanji numerals (三十五, 二〇二五) or both (1万4千, 1億2000万, 6千).
 */

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
/** Small multipliers inside a 万 section. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }
/** Large multipliers that close a section (万進: 万, 億, 兆). */
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 }

/** Characters a numeral may contain (the scanner stops at anything else). */
export const NUMERAL_CHAR = /[0-9０-９,，.．〇零一二三四五六七八九十百千万億兆]/

function toHalfWidth(text: string): string {
  return text.replace(/[０-９，．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

/**
 * The value of a numeral, or null when `text` is not one (e.g. a stray comma).
 * @example parseNumeral('1万4千') // 14000
 */
export function parseNumeral(text: string): number | null {
  const s = toHalfWidth(text).replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
  let total = 0
  let section = 0
  let current: number | null = null
  let previousWasKanjiDigit = false
  let i = 0
  while (i < s.length) {
    const ch = s[i] ?? ''
    if (ch >= '0' && ch <= '9') {
      const match = /^\d+(?:\.\d+)?/.exec(s.slice(i))
      if (match === null || current !== null) return null
      current = Number(match[0])
      i += match[0].length
      previousWasKanjiDigit = false
      continue
    }
    const digit = KANJI_DIGITS[ch]
    if (digit !== undefined) {
      // 二〇二五: kanji digits written positionally
      current = previousWasKanjiDigit && current !== null ? current * 10 + digit : current === null ? digit : null
      if (current === null) return null
      previousWasKanjiDigit = true
    } else if (SMALL_UNITS[ch] !== undefined) {
      section += (current ?? 1) * SMALL_UNITS[ch]
      current = null
      previousWasKanjiDigit = false
    } else if (LARGE_UNITS[ch] !== undefined) {
      const amount = section + (current ?? 0)
      total += (amount === 0 ? 1 : amount) * LARGE_UNITS[ch]
      section = 0
      current = null
      previousWasKanjiDigit = false
    } else {
      return null
    }
    i++
  }
  const value = total + section + (current ?? 0)
  return Number.isFinite(value) ? value : null
}
