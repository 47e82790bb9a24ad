/**
 * @module analyze/numbers/rules/read-qualifier
 * Reads the words that qualify a quantity: before it (約, およそ, 最大, 少なくとも …) and after it
 * (以上, 以下, 超, 未満, 近く, 余り, 程度, 前後 …). 75%近く is approximate, 380発以上 at least.
 */
import type { NumberQualifier } from '../../../core/doc.ts'

/** Words before a numeral, longest first. */
const PREFIXES: readonly (readonly [string, NumberQualifier])[] = [
  ['少なくとも', 'at-least'], ['およそ', 'approx'], ['おおよそ', 'approx'], ['ざっと', 'approx'], ['推定', 'approx'],
  ['概ね', 'approx'], ['おおむね', 'approx'], ['ほぼ', 'approx'], ['最低', 'at-least'], ['最大', 'at-most'],
  ['最高', 'at-most'], ['最多', 'at-most'], ['約', 'approx'],
]
/** Words after a quantity, longest first. */
const SUFFIXES: readonly (readonly [string, NumberQualifier])[] = [
  ['を超える', 'more-than'], ['を超え', 'more-than'], ['を超す', 'more-than'], ['を上回る', 'more-than'], ['を下回る', 'less-than'], ['に迫る', 'about-to'], ['に上る', 'at-least'],
  ['にのぼる', 'at-least'], ['あまり', 'more-than'], ['くらい', 'approx'], ['ぐらい', 'approx'],
  ['以上', 'at-least'], ['以下', 'at-most'], ['未満', 'less-than'], ['超え', 'more-than'], ['近く', 'approx'],
  ['余り', 'more-than'], ['程度', 'approx'], ['前後', 'approx'], ['ほど', 'approx'], ['足らず', 'less-than'],
  ['弱', 'approx'], ['強', 'more-than'], ['超', 'more-than'], ['余', 'more-than'], ['台', 'approx'],
]

/** A qualifier word ending right before `at`. */
export function readPrefixQualifier(text: string, at: number): { length: number; qualifier: NumberQualifier } | null {
  for (const [word, qualifier] of PREFIXES) {
    if (at >= word.length && text.startsWith(word, at - word.length)) return { length: word.length, qualifier }
  }
  return null
}

/** A qualifier word starting at `at`. */
export function readSuffixQualifier(text: string, at: number): { length: number; qualifier: NumberQualifier } | null {
  for (const [word, qualifier] of SUFFIXES) {
    if (text.startsWith(word, at)) return { length: word.length, qualifier }
  }
  return null
}
