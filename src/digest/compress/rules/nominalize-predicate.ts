/**
 * @module digest/compress/rules/nominalize-predicate
 * Title rule: a final サ変 predicate becomes its noun, as news titles write it:
 * 解除を正式決定した → 解除を正式決定, 合意しました → 合意, 逮捕された → 逮捕. Also drops the final 。.
 */
import { deleteMatches, type Kept } from '../kept.ts'

const SAHEN_ENDING =
  /(?<=[\p{Script=Han}\p{Script=Katakana}ー]{2})(することで合意した|しました|した|します|する|している|していく|しています|しており|されました|された|される|されている|となった|となる)(?=[。]?$)/gu

export function nominalizePredicate(kept: Kept): Kept {
  const noun = deleteMatches(kept, SAHEN_ENDING, 1)
  return deleteMatches(noun, /[。]+$/gu)
}
