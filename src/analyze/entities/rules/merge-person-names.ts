/**
 * @module analyze/entities/rules/merge-person-names
 * Rule 5. IPADIC 固有名詞,人名 tokens are people; a surname and a given name next to each other merge
 * into one span (石破 + 茂 → 石破茂). A lone one-character given name is too often a misreading of an
 * ordinary word and is skipped.
 */
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isPersonToken } from '../token-utils.ts'

export const mergePersonNames: EntityRule = {
  name: 'merge-person-names',
  find({ tokens }) {
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (!isPersonToken(tokens[i]!)) continue
      let j = i
      while (j + 1 < tokens.length && isPersonToken(tokens[j + 1]!) && isAdjacent(tokens, j + 1)) j++
      const first = tokens[i]!
      const single = i === j
      if (!(single && first.posDetail[2] === '名' && first.surface.length < 2)) {
        out.push({ start: first.start, end: tokens[j]!.end, type: 'PERSON', rule: 'merge-person-names' })
      }
      i = j
    }
    return out
  },
}
