/**
 * @module digest/compress/rules/strip-source-prefix
 * Title rule: deletes the reporting source that opens a sentence (毎日新聞によると、/ 政府関係者によりますと、
 * / CNN/ロイターによれば、/ 警察の調べでは、). A title states the news; the section names the source.
 */
import { deleteMatches, type Kept } from '../kept.ts'
import { SOURCE_PHRASES } from './source-phrases.ts'

const SOURCE_PREFIX = new RegExp(`^[^。]{1,60}?(?:${SOURCE_PHRASES})[、,]?`, 'gu')

export function stripSourcePrefix(kept: Kept): Kept {
  return deleteMatches(kept, SOURCE_PREFIX)
}
