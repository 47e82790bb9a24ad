/**
 * @module digest/compress/rules/strip-attribution
 * Deletes a hearsay ending (ということです / とのことです / ということだ / という) before the
 * final 。: 「発射したということです。」→「発射した。」. Who said it stays in the sentence.
 */
import { deleteMatches, type Kept } from '../kept.ts'

const ATTRIBUTION = /(?<=[たいだる])(ということです|とのことです|ということだ|とのことだ|という)(?=[。]?$)/gu

export function stripAttribution(kept: Kept): Kept {
  return deleteMatches(kept, ATTRIBUTION, 1)
}
