/**
 * @module analyze/dates/wareki
 * 和暦 (wareki): Japanese era years (元号, gengo) to Gregorian years. 元年 is year 1 of an era.
 * Era boundaries fall inside a year (平成31年 and 令和元年 are both 2019); a year number is
 * converted without checking the month, so 平成31年5月 is still 2019-05.
 */

/** The modern eras and the Gregorian year in which each began. */
export const GENGO_START_YEARS = {
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
} as const

export type Gengo = keyof typeof GENGO_START_YEARS

/** True for a known era name. */
export function isGengo(name: string): name is Gengo {
  return Object.hasOwn(GENGO_START_YEARS, name)
}

/**
 * The Gregorian year of year `n` of an era (n ≥ 1).
 * @example warekiToYear('令和', 1) // → 2019
 */
export function warekiToYear(gengo: Gengo, n: number): number {
  return GENGO_START_YEARS[gengo] + n - 1
}
