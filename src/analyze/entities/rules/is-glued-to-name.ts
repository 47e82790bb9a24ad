/**
 * @module analyze/entities/rules/is-glued-to-name
 * A place written straight against another name word (大宮 + アルディージャ, サガン + 鳥栖,
 * 東京 + ゲームショウ) is part of a longer name — a team, a company, an event — not the place itself.
 * Name words here: katakana or Latin words, unknown words, proper nouns that are not places.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate } from '../candidate.ts'
import { isKatakana, isLatin, isPlaceToken, isProperNoun } from '../token-utils.ts'

function isNameWord(token: Token | undefined): boolean {
  if (token === undefined || token.partOfSpeech !== '名詞' || isPlaceToken(token)) return false
  // kuromoji tags unknown runs of symbols and digits (%、 or 1.) as nouns: they glue to nothing
  if (/[\p{P}\p{S}0-9０-９]/u.test(token.surface)) return false
  const d = token.posDetail[0]
  if (d === '接尾' || d === '数' || d === '非自立' || d === '代名詞') return false
  return isKatakana(token.surface) || isLatin(token.surface) || token.origin === 'unknown' || isProperNoun(token)
}

/**
 * A place word straight before a given name IPADIC knows (熊本 + 和宏, or 熊本 + space + 和宏) is the
 * surname of that person: the place rules leave it to the person rules.
 */
export function isSurnameOfPerson(tokens: readonly Token[], j: number): boolean {
  const after = tokens[j + 1]
  const last = tokens[j]
  // written straight on or after a space (熊本 由美子: the tokens skip the space)
  return after !== undefined && last !== undefined && after.start - last.end <= 1 && after.partOfSpeech === '名詞' &&
    after.posDetail[1] === '人名' && after.posDetail[2] === '名' && after.surface.length >= 2
}

/** Words for who founded a school, park or hospital (国立 + 京都 + 国際会館, 市立 + X中学校). */
const FOUNDER_WORDS = new Set(['国立', '県立', '市立', '都立', '府立', '道立', '町立', '村立', '区立', '州立', '私立', '公立'])

/** Whether the place starting at tokens[i] follows 国立 / 市立 …: it is part of a facility's name. */
export function isAfterFounderWord(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return before !== undefined && before.end === tokens[i]!.start && FOUNDER_WORDS.has(before.surface)
}

/** Whether the span tokens[i..j] touches a name word on either side. */
export function isGluedToName(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1]
  const after = tokens[j + 1]
  const first = tokens[i]
  const last = tokens[j]
  return (before !== undefined && first !== undefined && before.end === first.start && isNameWord(before)) ||
    (after !== undefined && last !== undefined && after.start === last.end && isNameWord(after))
}

/** The administrative suffixes after which a katakana name is a city in the unit (…州ユージーン). */
const STATE_SUFFIXES = new Set(['州', '省', '県', '郡'])

/**
 * テキサス州 + オースティン: katakana written straight after a state, province or prefecture
 * (whose suffix is tokens[j]) names a place inside it — the index of its last token, or -1.
 * Not after a country: 米国アップル is a company.
 */
export function placeInsideEnd(tokens: readonly Token[], j: number): number {
  // the suffix is a word of its own: 甲州 + ワイン名 is no state
  if (!STATE_SUFFIXES.has(tokens[j]!.surface) || j === 0) return -1
  let k = j
  while (k + 1 < tokens.length && tokens[k + 1]!.start === tokens[k]!.end && isKatakana(tokens[k + 1]!.surface) && tokens[k + 1]!.partOfSpeech === '名詞' &&
    (tokens[k + 1]!.origin === 'unknown' || (isProperNoun(tokens[k + 1]!) && tokens[k + 1]!.posDetail[1] === '地域'))) k++
  // a suffix or another name word after the katakana (…州コンベンション + 協会) makes it a longer name
  const after = tokens[k + 1]
  if (k === j || (after !== undefined && after.start === tokens[k]!.end && after.partOfSpeech === '名詞' &&
    (after.posDetail[0] === '接尾' || isKatakana(after.surface) || isLatin(after.surface)))) return -1
  return k
}

/** Unknown katakana glued to a place (大宮 + アルディージャ, ヴィッセル + 神戸): the name of a club or company. */
export function gluedOrgSpan(tokens: readonly Token[], i: number, j: number): { start: number; end: number } | null {
  let a = i
  let b = j
  while (a > 0 && tokens[a - 1]!.end === tokens[a]!.start && isUnknownKatakana(tokens[a - 1]!)) a--
  while (b + 1 < tokens.length && tokens[b + 1]!.start === tokens[b]!.end && isUnknownKatakana(tokens[b + 1]!)) b++
  if (a === i && b === j) return null
  return { start: tokens[a]!.start, end: tokens[b]!.end }
}

/** Heads of facility names (…スクエア, …パーク, …ヒルズ): a place + such a name is a facility, not a club. */
const FACILITY_ENDING = /(?:スクエア|パーク|プラザ|タワー|ビル|ビルディング|ヒルズ|モール|ホール|アリーナ|スタジアム|ドーム|テラス|ガーデン|センター|プラスワン)$/u

/**
 * The candidate for a place glued to a name word at tokens[i..j] (text[start, end)): the club or
 * company with its glued katakana (大宮アルディージャ → ORG), a facility (渋谷 + …スクエア → OTHER),
 * or the place alone as OTHER, which only blocks.
 */
export function gluedCandidate(text: string, tokens: readonly Token[], i: number, j: number, start: number, end: number, rule: string): Candidate {
  const club = gluedOrgSpan(tokens, i, j)
  if (club === null) return { start, end, type: 'OTHER', rule }
  return FACILITY_ENDING.test(text.slice(club.start, club.end)) ? { ...club, type: 'OTHER', rule } : { ...club, type: 'ORGANIZATION', subtype: 'OTHER', rule }
}

/** An unknown katakana noun (a name IPADIC does not know). */
export function isUnknownKatakana(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.origin === 'unknown' && isKatakana(token.surface)
}
