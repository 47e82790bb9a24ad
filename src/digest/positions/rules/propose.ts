/**
 * @module digest/positions/rules/propose
 * Proposals: 〜を提案 / 〜を提示 / 〜を打診.
 */
import type { PositionRule } from '../rule.ts'

export const propose: PositionRule = {
  stance: 'propose',
  cues: ['提案', '提示', '打診'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)を(?:提案|提示|打診)/gu,
}
