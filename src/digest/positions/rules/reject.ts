/**
 * @module digest/positions/rules/reject
 * Rejection: 〜を拒否 / 〜を拒む / 〜を否定 / 〜を受け入れない.
 */
import type { PositionRule } from '../rule.ts'

export const reject: PositionRule = {
  stance: 'reject',
  cues: ['拒否', '拒', '否定', '受け入れない'],
  pattern: /(?<what>[^、。「」はがを]{2,40}?)(?:を(?:拒否|拒|否定|受け入れない))/gu,
}
