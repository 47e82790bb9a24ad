/**
 * @module analyze/entities/rules/find-sinitic-person
 * Rule (tier 0, beside match-titled-person: 陳 + 水 + 扁 + 総統 is 陳水扁, not 陳水 with the role
 * 扁総統). A Chinese or Korean full name IPADIC does not know falls apart into single kanji (袁 + 世 +
 * 凱, 唐 + 紹 + 儀): a common one-character Chinese or Korean surname and a two-kanji given name,
 * three one-kanji nouns in a row that nothing glues to the word before, ending at a particle,
 * punctuation, a title or an honorific, is one PERSON, unless its last kanji is an organisation or
 * place suffix (曹真 + 軍, 温交 + 会, 韓日 + 戦). Japanese text rarely strings three one-kanji
 * nouns together outside such names, and IPADIC keeps the words that start with these kanji whole
 * (張本人, 陳列, 許可).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isKanji } from '../token-utils.ts'
import { isContentBefore, NOT_NAME_KANJI } from './merge-person-names.ts'
import { findRole } from './match-titled-person.ts'

/** Common one-character Chinese and Korean surnames. */
const SURNAMES = new Set([...'王李張劉陳楊黄趙周呉徐孫胡朱林何郭馬羅梁宋鄭謝韓唐馮于董蕭程曹袁鄧許傅沈曾曽彭呂蘇盧蔣蒋蔡賈丁魏薛葉閻余潘杜戴夏鍾汪任姜范方姚譚廖鄒金陸郝孔崔康毛邱秦侯邵孟段雷銭湯尹黎喬賀頼龔文朴伍習温厳洪柳申権全裴禹兪卞池車具魯玄慎閔'])

/** Kanji that end words for things, events and fields (韓日 + 戦, 温風 + 器, 文榮 + 座). */
const THING_SUFFIXES = new Set([...'戦器座機所場法語版地品料物費税業制論学術式者'])

/** Whether a token is one kanji a given name can hold (not a number, counter or dependent noun). */
function isNameKanji(token: Token | undefined): boolean {
  if (token === undefined || token.surface.length !== 1 || !isKanji(token.surface) || token.surface === 'ヶ' || token.partOfSpeech !== '名詞') return false
  const d = token.posDetail[0]
  return d !== '数' && d !== '非自立' && d !== '代名詞' && d !== '副詞可能' && token.posDetail[1] !== '助数詞'
}

/** Whether the name may end before tokens[k]: the end, a particle, punctuation, or a title or honorific. */
function isNameEnd(tokens: readonly Token[], k: number, input: RuleInput): boolean {
  const next = tokens[k]
  if (next === undefined || !isAdjacent(tokens, k)) return true
  if (next.partOfSpeech === '助詞' || next.partOfSpeech === '記号') return true
  return findRole(tokens, k, input) !== null
}

export const findSiniticPerson: EntityRule = {
  name: 'find-sinitic-person',
  tier: 0,
  find(input) {
    const { tokens } = input
    const out: Candidate[] = []
    for (let i = 0; i + 2 < tokens.length; i++) {
      const surname = tokens[i]!
      if (surname.surface.length !== 1 || !SURNAMES.has(surname.surface) || surname.partOfSpeech !== '名詞' || isContentBefore(tokens, i)) continue
      if (!isAdjacent(tokens, i + 1) || !isAdjacent(tokens, i + 2) || !isNameKanji(tokens[i + 1]) || !isNameKanji(tokens[i + 2])) continue
      // 曹真 + 軍, 温交 + 会: a last kanji that is an organisation or place suffix ends another name
      const last = tokens[i + 2]!.surface
      if (NOT_NAME_KANJI.has(last) || THING_SUFFIXES.has(last) || input.gazetteer.orgSuffixes.has(last) || input.gazetteer.placeSuffixes.has(last) || !isNameEnd(tokens, i + 3, input)) continue
      out.push({ start: surname.start, end: tokens[i + 2]!.end, type: 'PERSON', rule: 'find-sinitic-person' })
      i += 2
    }
    return out
  },
}
