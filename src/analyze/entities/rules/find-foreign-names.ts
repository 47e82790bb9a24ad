/**
 * @module analyze/entities/rules/find-foreign-names
 * Rule 8. A katakana name written with a middle dot or double hyphen (ジョン・スミス, ジャン＝ポール)
 * is a person unless it is a known place or organisation or ends in an organisation suffix
 * (those are taken by earlier rules).
 */
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKatakana } from '../token-utils.ts'

const SEPARATOR = /[・＝=]/u

export const findForeignNames: EntityRule = {
  name: 'find-foreign-names',
  find({ text, tokens, gazetteer }) {
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (!isKatakana(tokens[i]!.surface) || tokens[i]!.partOfSpeech !== '名詞') continue
      let j = i
      while (j + 1 < tokens.length && isKatakana(tokens[j + 1]!.surface) && isAdjacent(tokens, j + 1)) j++
      const name = text.slice(tokens[i]!.start, tokens[j]!.end)
      const parts = name.split(SEPARATOR)
      if (parts.length >= 2 && parts.every((p) => p.length >= 2) && !gazetteer.names.has(name)) {
        out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'PERSON', rule: 'find-foreign-names' })
      }
      i = j
    }
    return out
  },
}
