/**
 * @module digest/compress/rules/strip-date-prefix
 * Deletes a date that opens a sentence (28日、/ 2022年2月28日、/ きのう、): the section shows the
 * publication date and the timeline keeps the resolved date.
 */
import { deleteMatches, type Kept } from '../kept.ts'

const DATE_PREFIX =
  /^(?:(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}日(?:午前|午後|朝|夜|未明|深夜|夕方)?|きのう|きょう|昨日|今日|おととい|先週|今週|先月|今月)[、,]/u

export function stripDatePrefix(kept: Kept): Kept {
  return deleteMatches(kept, new RegExp(DATE_PREFIX.source, 'gu'))
}
