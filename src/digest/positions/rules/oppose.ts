/**
 * @module digest/positions/rules/oppose
 * Opposition: 〜に反対 / 〜に抗議 / 〜を非難.
 */
import type { PositionRule } from '../rule.ts'

export const oppose: PositionRule = {
  stance: 'oppose',
  cues: ['反対', '抗議', '非難'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)(?:に(?:反対|抗議)|を非難)/gu,
}
