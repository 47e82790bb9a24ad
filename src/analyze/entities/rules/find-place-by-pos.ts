/**
 * @module analyze/entities/rules/find-place-by-pos
 * Rule 6. IPADIC 固有名詞,地域 tokens are places; adjacent ones merge, and a following place suffix
 * (市 県 州 町 村 区 郡 島 …, 名詞,接尾,地域 or listed in `suffixes.json`) joins the span
 * (浜松 + 市 → 浜松市). Countries get subtype COUNTRY. Demonyms (日本人, ロシア語) are skipped.
 */
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isPlaceToken } from '../token-utils.ts'
import { isDemonymSuffix } from './is-demonym-suffix.ts'

export const findPlaceByPos: EntityRule = {
  name: 'find-place-by-pos',
  find({ text, tokens, gazetteer }) {
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (!isPlaceToken(tokens[i]!)) continue
      let j = i
      while (j + 1 < tokens.length && isPlaceToken(tokens[j + 1]!) && isAdjacent(tokens, j + 1)) j++
      let subtype = tokens[i]!.posDetail[2] === '国' && i === j ? 'COUNTRY' : 'REGION'
      const next = tokens[j + 1]
      if (next !== undefined && isAdjacent(tokens, j + 1) && gazetteer.placeSuffixes.has(next.surface) && (next.posDetail[0] === '接尾' || next.surface.length > 1)) {
        subtype = gazetteer.placeSuffixes.get(next.surface) ?? subtype
        j++
      }
      const start = tokens[i]!.start
      const end = tokens[j]!.end
      if (isDemonymSuffix(tokens[j + 1], end)) {
        i = j
        continue
      }
      const known = gazetteer.names.get(text.slice(start, end))
      const candidate: Candidate = known !== undefined && known.type === 'LOCATION'
        ? { start, end, type: 'LOCATION', subtype: known.subtype, canonical: known.canonical, rule: 'find-place-by-pos' }
        : { start, end, type: 'LOCATION', subtype, rule: 'find-place-by-pos' }
      out.push(candidate)
      i = j
    }
    return out
  },
}
