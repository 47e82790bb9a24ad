/**
 * @module digest/positions/rules/claim
 * Claims: 〜と主張 / 〜を主張.
 */
import type { PositionRule } from '../rule.ts'

export const claim: PositionRule = {
  stance: 'claim',
  cues: ['主張'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)(?:と|を)主張/gu,
}
