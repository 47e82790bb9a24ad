/**
 * @module analyze/entities/rules/merge-surname-as-place
 * Rule (tier 1). Many Japanese surnames are also place names, and IPADIC tags them 地域 (福澤 桃介,
 * 源田 実, 大佛 次郎): a two- or three-kanji place token followed by a short given name — a 人名 token
 * or unknown kanji — that then ends at a particle, punctuation or a title is one PERSON.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isKanji, isPlaceToken } from '../token-utils.ts'

/** Longest given name (characters) after a surname read as a place. */
const MAX_GIVEN_NAME_CHARS = 3

function isGivenNamePart(token: Token): boolean {
  return token.partOfSpeech === '名詞' && isKanji(token.surface) &&
    ((token.posDetail[1] === '人名' && token.posDetail[2] !== '姓') || (token.origin === 'unknown' && token.surface.length <= 2))
}

function isNameEnd(next: Token | undefined, input: RuleInput): boolean {
  if (next === undefined) return true
  if (next.partOfSpeech === '助詞' || next.partOfSpeech === '記号') return true
  return input.gazetteer.titles.has(next.surface) || input.gazetteer.honorifics.has(next.surface)
}

export const mergeSurnameAsPlace: EntityRule = {
  name: 'merge-surname-as-place',
  tier: 1,
  find(input) {
    const { tokens } = input
    const out: Candidate[] = []
    for (let i = 0; i + 1 < tokens.length; i++) {
      const surname = tokens[i]!
      if (!isPlaceToken(surname) || surname.posDetail[2] === '国' || !isKanji(surname.surface) || surname.surface.length < 2 || surname.surface.length > 3) continue
      const prev = tokens[i - 1]
      if (prev !== undefined && isAdjacent(tokens, i) && prev.partOfSpeech === '名詞') continue
      let j = i
      while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && isGivenNamePart(tokens[j + 1]!) && tokens[j + 1]!.end - surname.end <= MAX_GIVEN_NAME_CHARS) j++
      if (j === i || !isNameEnd(tokens[j + 1], input)) continue
      out.push({ start: surname.start, end: tokens[j]!.end, type: 'PERSON', rule: 'merge-surname-as-place' })
    }
    return out
  },
}
