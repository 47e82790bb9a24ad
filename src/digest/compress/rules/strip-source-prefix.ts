/**
 * @module digest/compress/rules/strip-source-prefix
 * Title rule: deletes the reporting source that opens a sentence (毎日新聞によると、/ 政府関係者によりますと、
 * / CNN/ロイターによれば、). A title states the news; the section names the source.
 */
import { deleteMatches, type Kept } from '../kept.ts'

const SOURCE_PREFIX = /^[^。]{1,60}?(?:によりますと|によると|によれば|の報道で(?:は)?|の発表で(?:は)?)[、,]?/gu

export function stripSourcePrefix(kept: Kept): Kept {
  return deleteMatches(kept, SOURCE_PREFIX)
}
