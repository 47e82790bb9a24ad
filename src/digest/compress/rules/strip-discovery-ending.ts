/**
 * @module digest/compress/rules/strip-discovery-ending
 * Title rule: deletes an agentless discovery ending, as news titles do:
 * 結婚することがわかった → 結婚する (then nominalised to 結婚), 不正があったことが判明した → 不正があった.
 */
import { deleteMatches, type Kept } from '../kept.ts'

const DISCOVERY = /(?<=[るたい])(ことが(?:分かった|わかった|明らかになった|判明した|分かりました|わかりました|明らかになりました|判明しました))(?=[。]?$)/gu

export function stripDiscoveryEnding(kept: Kept): Kept {
  return deleteMatches(kept, DISCOVERY, 1)
}
