/**
 * @module analyze/entities/rules/place-readings
 * Words around a place word that make find-place-by-pos read it otherwise: an era name before its
 * year (天正 + 5年), a surname before ら, an honorific or a title only a person holds (長浜 + らが,
 * 長浜 + さん, 長浜 + 社長) or before a stage of a person's life (長浜 + の + 中学時代), a title before
 * a name (王子 + カルロス), 全 + a country abbreviation, which mentions the country (全米 → 米), and a
 * kana place word said twice, an onomatopoeia (パリ + パリ).
 */
import type { Token } from '../../../core/doc.ts'
import type { Gazetteer } from '../gazetteer.ts'
import { isAdjacent, isKanji, isKatakana } from '../token-utils.ts'

/** An era name before its year (天正 + 5 + 年, 天正 + 元年), which IPADIC sometimes reads as a place. */
export function isEraYear(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]
  if (!isKanji(tokens[j]!.surface)) return false
  if (next === undefined || !isAdjacent(tokens, j + 1)) return false
  if (next.surface === '元年') return true
  return next.posDetail[0] === '数' && tokens[j + 2]?.surface === '年' && isAdjacent(tokens, j + 2)
}

/**
 * Titles a place never takes as the holder's employer or realm (船橋 + 市長 is the mayor of a place,
 * 広島 + 監督 the manager of its club, 日本 + 選手 a national player; 松本 + 社長, 橋下 + 弁護士 are people).
 */
const PERSON_ONLY_TITLES = new Set([
  '社長', '副社長', '会長', '専務', '常務', '弁護士', '教授', '准教授', '助教授', '警部', '警部補', '巡査', '巡査部長', '刑事',
  '記者', '医師', '容疑者', '被告', '被告人', '騎手', '棋士', '議員',
])

/**
 * 長浜 + ら (+ は), 長浜 + さん, 長浜 + 社長: people's plural, an honorific or a title only a person
 * holds right after the word.
 */
export function isTitledOrPlural(tokens: readonly Token[], j: number, gazetteer: Gazetteer): boolean {
  const next = tokens[j + 1]
  if (next === undefined || !isAdjacent(tokens, j + 1)) return false
  if (next.surface === 'ら' && next.posDetail[0] === '接尾') return true
  return gazetteer.honorifics.has(next.surface) || PERSON_ONLY_TITLES.has(next.surface)
}

/** 全米, 全英: 全 + a one-character country abbreviation — the country's canonical name, or null. */
export function wholeCountry(token: Token, gazetteer: Gazetteer): string | null {
  const s = token.surface
  if (s.length !== 2 || !s.startsWith('全')) return null
  return gazetteer.abbreviations.get(s[1]!)?.canonical ?? null
}

/** 王子 + カルロス: a place word that is also a title (王子 is a Tokyo district) before a name is the title. */
export function isTitleBeforeName(tokens: readonly Token[], j: number, gazetteer: Gazetteer): boolean {
  const next = tokens[j + 1]
  return gazetteer.titles.has(tokens[j]!.surface) && next !== undefined && isAdjacent(tokens, j + 1) && next.partOfSpeech === '名詞' &&
    (next.posDetail[1] === '人名' || (isKatakana(next.surface) && next.surface.length >= 2))
}

/** Stages of a person's life written after a name and の (長浜の中学時代, 長浜の現役時代). */
const LIFE_STAGES = /^(?:小学校|小学生|中学|中学生|高校|高校生|大学|学生|少年|少女|幼少|現役|選手)(?:時代|期)/u

/**
 * 長浜 + の + 中学時代: a stage of a person's life after the word and の — a person's name, since a
 * place has no school days (長浜での学生時代 keeps での).
 */
export function isLifeStageAfter(text: string, tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]
  return next !== undefined && next.surface === 'の' && isAdjacent(tokens, j + 1) && LIFE_STAGES.test(text.slice(next.end, next.end + 6))
}

/**
 * パリ + パリ, ゴロ + ゴロ: a kana word said twice (the run tokens[first..last] right after or right
 * before itself) is an onomatopoeia (パリパリの麺), not the place it spells.
 */
export function isSaidTwice(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens.slice(first, last + 1).map((t) => t.surface).join('')
  if (!/^[\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.test(word)) return false
  const n = last - first + 1
  const same = (from: number) => from >= 0 && from + n <= tokens.length && tokens.slice(from, from + n).map((t) => t.surface).join('') === word
  return (same(last + 1) && isAdjacent(tokens, last + 1)) || (same(first - n) && isAdjacent(tokens, first))
}
