/**
 * @module digest/positions/rules/support
 * Support: 〜を支持 / 〜に賛成 / 〜を支援.
 */
import type { PositionRule } from '../rule.ts'

export const support: PositionRule = {
  stance: 'support',
  cues: ['支持', '賛成', '支援'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)(?:を支持|に賛成|を支援)/gu,
}
