/**
 * @module analyze/entities/rules/find-foreign-names
 * Rule (tier 1). A katakana name written with a middle dot or double hyphen (ジョン・スミス,
 * ジャン＝ポール・サルトル) is one person, even where IPADIC tags its parts as separate 人名 tokens.
 * The first part must be a given name IPADIC knows (ジョン, ポール) or the last part a word it does
 * not know or knows as a name, and no part a known place or organisation: dotted katakana ending in a dictionary word is as often a team, company or work
 * (シアトル・パイロッツ, スター・ウォーズ, リバーフロント・スタジアム).
 * Not when it is a known name, its first part is a known place (サンフランシスコ・ジャイアンツ), or it
 * ends in an organisation or other-name suffix (taken by the suffix rules, which see the longer span).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isAdjacent, isKatakana } from '../token-utils.ts'

const SEPARATOR = /[・＝=]/u

function isPart(token: Token): boolean {
  return (token.partOfSpeech === '名詞' && isKatakana(token.surface)) || token.surface === '・' || token.surface === '＝' || token.surface === '='
}

export const findForeignNames: EntityRule = {
  name: 'find-foreign-names',
  tier: 1,
  find({ text, tokens, gazetteer }) {
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (!isPart(tokens[i]!) || SEPARATOR.test(tokens[i]!.surface[0] ?? '')) continue
      let j = i
      while (j + 1 < tokens.length && isPart(tokens[j + 1]!) && isAdjacent(tokens, j + 1)) j++
      while (j > i && SEPARATOR.test(tokens[j]!.surface.slice(-1))) j--
      const name = text.slice(tokens[i]!.start, tokens[j]!.end)
      const parts = name.split(SEPARATOR)
      const known = gazetteer.names.has(name) || gazetteer.names.has(parts[0] ?? '')
      const orgLike = [...gazetteer.orgSuffixes.keys()].some((s) => s.length >= 2 && isKatakana(s) && (parts.at(-1) ?? '').endsWith(s))
      const words = tokens.slice(i, j + 1).filter((t) => !/^[・＝=]$/u.test(t.surface))
      const last = words.at(-1)
      const first = words[0]
      const endsLikeName = last !== undefined && (last.origin !== 'known' || last.posDetail[1] === '人名')
      const startsWithGivenName = first !== undefined && first.origin === 'known' && first.posDetail[1] === '人名'
      // the part of speech of an unknown word is a guess (kuromoji tags unknown katakana 組織 at times)
      const knownPlaceOrOrg = words.some((t) => t.origin === 'known' && (t.posDetail[1] === '地域' || t.posDetail[1] === '組織'))
      const nameLike = (endsLikeName || startsWithGivenName) && !knownPlaceOrOrg
      if (parts.length >= 2 && parts.every((p) => p.length >= 2) && !known && !orgLike && nameLike) {
        out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'PERSON', rule: 'find-foreign-names' })
      }
      i = j
    }
    return out
  },
}
