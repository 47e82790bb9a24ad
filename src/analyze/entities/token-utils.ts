/**
 * @module analyze/entities/token-utils
 * Small predicates over IPADIC tokens and scripts shared by the entity rules.
 */
import type { Token } from '../../core/doc.ts'

const KATAKANA = /^[\u30A0-\u30FF\u31F0-\u31FF\uFF66-\uFF9F・＝=ー－]+$/u
const KANJI = /^[\u3400-\u9FFF\uF900-\uFAFF々〆ヶ]+$/u
const LATIN = /^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆.\-'’]*$/u

/** Only katakana (with ・ ＝ ー inside). */
export function isKatakana(s: string): boolean {
  return KATAKANA.test(s) && !/^[・＝=ー－]/u.test(s)
}

/** Only kanji (with 々 ヶ). */
export function isKanji(s: string): boolean {
  return KANJI.test(s)
}

/** A Latin word (NATO, IAEA, Apple). */
export function isLatin(s: string): boolean {
  return LATIN.test(s)
}

/** 名詞 (any subclass). */
export function isNoun(token: Token): boolean {
  return token.partOfSpeech === '名詞'
}

/** 名詞,固有名詞,人名,*. */
export function isPersonToken(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.posDetail[0] === '固有名詞' && token.posDetail[1] === '人名'
}

/** 名詞,固有名詞,地域,*. */
export function isPlaceToken(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.posDetail[0] === '固有名詞' && token.posDetail[1] === '地域'
}

/** 名詞,固有名詞,組織,*. */
export function isOrgToken(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.posDetail[0] === '固有名詞' && token.posDetail[1] === '組織'
}

/** 名詞,固有名詞,*. */
export function isProperNoun(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.posDetail[0] === '固有名詞'
}

/**
 * A noun that can be part of a name compound: not a pronoun, number-free function noun, adverbial or
 * dependent noun (こと, ため …).
 */
export function isContentNoun(token: Token): boolean {
  if (token.partOfSpeech !== '名詞' || PUNCTUATION.test(token.surface)) return false
  const d = token.posDetail[0]
  return d !== '代名詞' && d !== '非自立' && d !== '副詞可能' && d !== '接続詞的' && d !== '特殊' && d !== '数' && !(d === '接尾' && token.posDetail[1] === '助数詞')
}

/** Punctuation or symbols only (kuromoji tags an unknown `(` or `=` as a noun). */
const PUNCTUATION = /^[\p{P}\p{S}\s]+$/u

/** Tokens a name can be made of: proper nouns, unknown or user-dictionary words, Latin words (not common katakana nouns such as ライバル). */
export function isNameLike(token: Token): boolean {
  if (!isContentNoun(token) || /^[0-9０-９.,]+$/u.test(token.surface)) return false
  if (token.origin !== 'known' || isProperNoun(token)) return true
  return isLatin(token.surface)
}

/** Whether tokens[i] directly follows tokens[i - 1] (no gap in the text). */
export function isAdjacent(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const cur = tokens[i]
  return prev !== undefined && cur !== undefined && prev.end === cur.start
}

/**
 * The index of the 第 that opens an ordinal ending at token k — 第 + number tokens, optionally + 次
 * (第3次, 第一) — or -1.
 */
export function ordinalStartAt(tokens: readonly Token[], k: number): number {
  let m = k
  if (tokens[m]?.surface === '次' && isAdjacent(tokens, m)) m--
  if (tokens[m]?.posDetail[0] !== '数') return -1
  while (tokens[m - 1]?.posDetail[0] === '数' && isAdjacent(tokens, m)) m--
  return tokens[m - 1]?.surface === '第' && isAdjacent(tokens, m) ? m - 1 : -1
}
