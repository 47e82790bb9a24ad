/**
 * @module digest/width
 * Display width of a headline, Yahoo!ニュース style: full-width characters count 1, half-width
 * ones (ASCII letters, digits, spaces, punctuation and half-width katakana) count 0.5.
 */

/** Maximum width of a headline (characters; half-width count 0.5). */
export const MAX_HEADLINE_WIDTH = 15.5

/** Maximum length of a title in characters. */
export const MAX_TITLE_CHARS = 40

/** True for a character that counts 0.5 (ASCII printable or half-width katakana / punctuation). */
export function isHalfWidth(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xff61 && code <= 0xff9f)
}

/**
 * The display width of `text`.
 * @example displayWidth('露ウクライナ 交渉継続で合意') // 13.5
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += isHalfWidth(char) ? 0.5 : 1
  return width
}
