/**
 * @module digest/positions/rules/condition
 * Conditions: 〜が条件 / 〜を条件に (停戦は非軍事化と中立化が条件だと強調).
 */
import type { PositionRule } from '../rule.ts'

export const condition: PositionRule = {
  stance: 'condition',
  cues: ['条件'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)(?:が|を)条件/gu,
}
