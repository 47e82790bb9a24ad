/**
 * @module analyze/entities/rules/merge-surname-as-place
 * Rule (tier 1). Many Japanese surnames are also place names, and IPADIC tags them 地域 (福澤 桃介,
 * 源田 実, 大佛 次郎): a two- or three-kanji place token followed by a short given name — a 人名 token
 * or unknown kanji — that then ends at a particle, punctuation or a title is one PERSON.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isKanji, isPlaceToken } from '../token-utils.ts'
import { isGivenNameFinal } from './merge-person-names.ts'

/** Longest given name (characters) after a surname read as a place. */
const MAX_GIVEN_NAME_CHARS = 3

/** Single kanji that follow a place as a facility, a local product, a school or a common word (大阪港, 京都駅, 三田牛, 秋田商), not a given name. */
const NOT_GIVEN_NAME_KANJI = new Set(['港', '駅', '城', '寺', '橋', '線', '湾', '川', '山', '島', '市', '町', '村', '区', '県', '都', '府', '道', '州', '院', '宮', '園', '館', '店', '側', '内', '外', '方', '産', '製', '発', '行', '着', '人', '語', '系', '風', '式', '流', '家', '氏', '軍', '勢', '派', '藩', '郡', '浦', '沖', '峠', '岬', '池', '沼', '湖', '谷', '坂', '宿', '丁', '通', '口', '前', '後', '中', '上', '下', '東', '西', '南', '北', '版', '盤', '焼', '弁', '訛', '銀', '大', '高', '小', '校', '局', '署', '所', '場', '会', '社', '党', '組', '戦', '杯', '賞', '号', '丸', '海', '空', '陸', '国', '境', '間', '近', '周', '辺', '全', '一', '帯', '域', '地', '圏', '便', '経', '由', '向', '付', '郊', '牛', '豚', '鶏', '茶', '米', '酒', '麺', '餅', '菓', '漬', '卵', '犬', '猫', '馬', '跡', '元', '副', '旧', '工', '商', '農'])

function isGivenNamePart(token: Token): boolean {
  if ((token.partOfSpeech !== '名詞' && token.partOfSpeech !== '接頭詞') || !isKanji(token.surface)) return false
  if (token.partOfSpeech === '名詞' && token.posDetail[0] !== '接尾' && ((token.posDetail[1] === '人名' && token.posDetail[2] !== '姓') || (token.origin === 'unknown' && token.surface.length <= 2))) return true
  // a one-kanji given name IPADIC reads as a common noun or prefix (熊本 + 実, 長浜 + 久)
  const d = token.posDetail[0]
  return token.surface.length === 1 && !NOT_GIVEN_NAME_KANJI.has(token.surface) && (d === '一般' || d === '名詞接続' || d === '固有名詞')
}

/** Suffixes that end an occupation right before a name (実業 + 家 + 福澤桃介, 記 + 者). */
const OCCUPATION_SUFFIXES = new Set(['家', '者', '手', '士', '師'])

function isOccupationSuffix(token: Token): boolean {
  return token.posDetail[0] === '接尾' && OCCUPATION_SUFFIXES.has(token.surface)
}

/**
 * A two-kanji given name IPADIC reads as two words, the second a given-name ending or a number
 * (長崎 + 啓 + 二, 大佛 + 次 + 郎, 福澤 + 桃 + 介): the index of its last token, or `i`.
 */
function splitGivenNameEnd(tokens: readonly Token[], i: number): number {
  const a = tokens[i + 1]
  const b = tokens[i + 2]
  if (a === undefined || b === undefined || !isAdjacent(tokens, i + 1) || !isAdjacent(tokens, i + 2)) return i
  const d = a.posDetail[0]
  const first = a.partOfSpeech === '名詞' && a.surface.length === 1 && isKanji(a.surface) && !NOT_GIVEN_NAME_KANJI.has(a.surface) && d !== '数' && d !== '非自立' && d !== '代名詞' && a.posDetail[1] !== '助数詞'
  return first && (isGivenNameFinal(b) || /^[一二三]$/u.test(b.surface)) ? i + 2 : i
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
      if (prev !== undefined && isAdjacent(tokens, i) && prev.partOfSpeech === '名詞' && !isOccupationSuffix(prev)) continue
      let j = i
      while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && isGivenNamePart(tokens[j + 1]!) && tokens[j + 1]!.end - surname.end <= MAX_GIVEN_NAME_CHARS) j++
      if (j === i || !isNameEnd(tokens[j + 1], input)) j = splitGivenNameEnd(tokens, i)
      if (j === i || !isNameEnd(tokens[j + 1], input)) continue
      out.push({ start: surname.start, end: tokens[j]!.end, type: 'PERSON', rule: 'merge-surname-as-place' })
    }
    return out
  },
}
