/**
 * @module digest/compress/rules/strip-parenthetical
 * Deletes parenthetical asides （…） and (…) (readings, ages, time zones, abbreviations).
 */
import { deleteMatches, type Kept } from '../kept.ts'

const PARENTHETICAL = /[（(][^（()）]{0,40}[）)]/gu

export function stripParenthetical(kept: Kept): Kept {
  return deleteMatches(kept, PARENTHETICAL)
}
