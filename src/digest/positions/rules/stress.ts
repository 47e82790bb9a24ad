/**
 * @module digest/positions/rules/stress
 * Emphasis: 〜を強調 / 〜と強調 / 〜を訴え.
 */
import type { PositionRule } from '../rule.ts'

export const stress: PositionRule = {
  stance: 'stress',
  cues: ['強調', '訴え'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)(?:を|と|の)(?:強調|訴え)/gu,
}
