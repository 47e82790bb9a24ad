/**
 * @module analyze/entities/rules/find-defined-person
 * Rule (tier 2). A definition sentence names what its topic is: 「Xは、日本の実業家。」, 「Xは、…出身の
 * 作曲家である。」. When the sentence opens with a name as its topic (nouns only, up to 「は、」) and ends
 * in a word for a person's occupation or a person (作家, 俳優, 選手, 実業家, 武将, …時代の女性), the
 * topic is one person, however IPADIC cuts it (a given name it reads as common words). The topic
 * must hold a name-like word (a proper noun, an unknown word, katakana or Latin): a pronoun or a
 * common noun (父は、…) is not a name. A longer organisation or place found by a tier-1 rule wins.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { isKatakana, isLatin, isProperNoun } from '../token-utils.ts'

/** Longest topic (characters) read as a name. */
const MAX_TOPIC = 20
/** Words for a person's occupation or a person that end a definition (…の実業家。, …時代の女性。). */
const PERSON_HEADS = /(?:作家|詩人|歌人|俳人|画家|書家|写真家|イラストレーター|作曲家|作詞家|演出家|脚本家|映画監督|俳優|女優|声優|タレント|歌手|シンガーソングライター|ミュージシャン|ギタリスト|ベーシスト|ドラマー|ピアニスト|指揮者|アナウンサー|キャスター|ジャーナリスト|評論家|政治家|官僚|外交官|実業家|起業家|経営者|投資家|学者|医師|弁護士|建築家|技術者|発明家|活動家|思想家|宗教家|僧侶|武将|大名|武士|公家|軍人|騎手|力士|棋士|選手|モデル|アイドル|芸人|コメディアン|漫画家|女性|男性)(?:である|だった|であった)?。?$/u

/** Whether a token can be part of a topic name: a noun (not a pronoun or a dependent noun) or a middle dot. */
function isTopicPart(token: Token): boolean {
  if (/^[・＝=]$/u.test(token.surface)) return true
  if (token.partOfSpeech !== '名詞') return false
  const d = token.posDetail[0]
  // a kanji numeral is part of a given name (湊 + 一); digits are a date or a count (2019年は、)
  return d !== '代名詞' && d !== '非自立' && d !== '副詞可能' && (d !== '数' || /^[一二三四五六七八九十]+$/u.test(token.surface))
}

/** Whether a token makes the topic a name: a proper noun, an unknown word, katakana or Latin. */
function isNameWord(token: Token): boolean {
  return isProperNoun(token) || token.origin !== 'known' || isKatakana(token.surface) || isLatin(token.surface)
}

export const findDefinedPerson: EntityRule = {
  name: 'find-defined-person',
  tier: 2,
  find({ text, tokens }) {
    const first = tokens[0]
    const last = tokens.at(-1)
    if (first === undefined || last === undefined) return []
    let k = 0
    while (k < tokens.length && isTopicPart(tokens[k]!)) k++
    const topic = tokens[k]
    const comma = tokens[k + 1]
    if (k === 0 || topic === undefined || topic.surface !== 'は' || topic.partOfSpeech !== '助詞' || comma?.surface !== '、') return []
    const start = first.start
    const end = tokens[k - 1]!.end
    if (end - start > MAX_TOPIC || /^[・＝=]/u.test(first.surface) || /[・＝=]$/u.test(tokens[k - 1]!.surface)) return []
    if (!tokens.slice(0, k).some(isNameWord)) return []
    if (!PERSON_HEADS.test(text.slice(comma.end, last.end).trimEnd())) return []
    const out: Candidate[] = [{ start, end, type: 'PERSON', rule: 'find-defined-person' }]
    return out
  },
}
