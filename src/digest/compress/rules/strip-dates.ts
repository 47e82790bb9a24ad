/**
 * @module digest/compress/rules/strip-dates
 * Title rule: deletes date and time expressions anywhere (現地時間4月25日午後、/ 20日 / 5月3日午前7時28分),
 * with the 、 or に that follows them. News titles carry no dates.
 */
import { deleteMatches, type Kept } from '../kept.ts'

const DATE =
  /(?:現地時間|日本時間)?(?:翌|同)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}(?:・\d{1,2})?日(?:両日)?(?:の)?(?:午前|午後|朝|夜|未明|深夜|夕方|昼)?(?:\d{1,2}時(?:\d{1,2}分|半)?)?(?:ごろ|頃|までに)?[、,に]?(?!本|間|目|付|中)/gu

export function stripDates(kept: Kept): Kept {
  return deleteMatches(kept, DATE)
}
