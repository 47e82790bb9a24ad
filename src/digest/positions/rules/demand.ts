/**
 * @module digest/positions/rules/demand
 * Demands: 〜を求めている / 〜を求める / 〜を要求 / 〜を要請 (ウクライナ側は即時停戦と軍の撤退を求めている).
 */
import type { PositionRule } from '../rule.ts'

export const demand: PositionRule = {
  stance: 'demand',
  cues: ['求め', '要求', '要請'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)を(?:求め|要求|要請)/gu,
}
