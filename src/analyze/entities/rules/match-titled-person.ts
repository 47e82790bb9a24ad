/**
 * @module analyze/entities/rules/match-titled-person
 * Rule (tier 0: a title beats the organisation suffix inside it, ポドリャク大統領府顧問). A name followed by a title or honorific is a PERSON (プーチン大統領, ポドリャク大統領府顧問,
 * 松野官房長官, バイデン氏, トランプ米大統領, ウィトコフ米中東担当特使). The entity span is the name only
 * (the convention of both evaluation sets); the title is kept as `role`.
 * The name is a run of 人名 tokens, or of katakana / unknown / proper-noun tokens that is not a known
 * place or organisation (ロシア大統領 is not a person). Kanji names IPADIC cuts badly are completed
 * before a title: a one-kanji given name and a kanji it read as a suffix (大川隆 + 法 + 氏), a surname
 * it read as another word (顕 + 進 + 氏), two single kanji before an honorific (正 + 恩 + 氏); before
 * a title only people bear (被告, 容疑者) a kanji word is a surname even when IPADIC reads it as a
 * place or an organisation (吉田被告).
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isKanji, isKatakana, isLatin, isPersonToken, isProperNoun } from '../token-utils.ts'
import { isContentBefore, isGivenNameFinal, isGivenNameKanji, isSurnameLike, NOT_SURNAME_KANJI, splitSurnameStart } from './merge-person-names.ts'
import type { CharTrie } from '../../normalize/char-trie.ts'
import { wordTrieOf } from '../gazetteer.ts'
import { isTermShaped } from './guess-katakana-person.ts'

/** Longest number of tokens a role may span (米 中東 担当 特使 = 4). */
const MAX_ROLE_TOKENS = 5
/** Longest role in characters (国家安全保障担当大統領補佐官 = 14). */
const MAX_ROLE_CHARS = 16
/** Titles too generic to make a common katakana noun a name (チーム監督, クラブ代表). */
const WEAK_TITLES = new Set(['代表', '監督', '選手', 'コーチ', '記者', '顧問', '理事', '会長', '社長', '部長', '局長', '投手', '主将', '研究員', '講師', '議長', '委員長', '所長', '院長', '店長', '館長', '園長', '団長', '隊長', '班長', '座長', '組長', '塾長', '駅長', '教官', '幹事'])

/** The longest role that starts at tokens[j]: a title, or nouns ending in a title (米中東担当特使). */
export function findRole(tokens: readonly Token[], j: number, input: RuleInput): { end: number; text: string } | null {
  const { gazetteer, text } = input
  // a role that starts with a name word is a title of its own (王子, 総書記), never nouns ending in one (園子 + 温監督 is 園子温 + 監督)
  const nameFirst = isPersonToken(tokens[j]!)
  const begin = tokens[j]!.start
  // the role text[begin, end) is walked once through the title and honorific tries, not sliced per token
  let title: CharTrie<string> | undefined = wordTrieOf(gazetteer.titles, 'forward')
  let honorific: CharTrie<string> | undefined = wordTrieOf(gazetteer.honorifics, 'forward')
  let pos = begin
  let best: { end: number; text: string } | null = null
  for (let k = j; k < tokens.length && k < j + MAX_ROLE_TOKENS; k++) {
    const token = tokens[k]!
    if (k > j && !isAdjacent(tokens, k)) break
    if ((token.partOfSpeech !== '名詞' && token.partOfSpeech !== '接頭詞') || !/[\p{L}\p{N}]/u.test(token.surface)) break
    if (token.end - begin > MAX_ROLE_CHARS) break
    for (; pos < token.end && (title !== undefined || honorific !== undefined); pos++) {
      const code = text.charCodeAt(pos)
      title = title?.next.get(code)
      honorific = honorific?.next.get(code)
    }
    const isTitle = pos === token.end && (title?.value !== undefined || honorific?.value !== undefined)
    // 昭和 + 38年市長選: a role never starts with a number
    if (token.posDetail[0] === '数' && k === j) break
    if (isTitle || (k > j && !nameFirst && endsWithTitle(text, begin, token.end, input))) best = { end: k, text: text.slice(begin, token.end) }
  }
  return best
}

/** Whether text[begin, end) ends in a title of two characters or more that is not all of it. */
function endsWithTitle(text: string, begin: number, end: number, input: RuleInput): boolean {
  const max = Math.min(end - begin - 1, input.gazetteer.maxTitleLength)
  // the reversed title trie walked back from `end` without collecting the keys (a key's length is its depth)
  let node: CharTrie<string> | undefined = wordTrieOf(input.gazetteer.titles, 'reversed')
  for (let p = end - 1; p >= begin && end - p <= max && node !== undefined; p--) {
    node = node.next.get(text.charCodeAt(p))
    if (node?.value !== undefined && end - p >= 2) return true
  }
  return false
}

/** Index of the first token of the name that ends at tokens[j - 1], or -1. */
export function findNameBefore(tokens: readonly Token[], j: number, input: RuleInput, role: string): number {
  const last = tokens[j - 1]
  if (last === undefined || !isAdjacent(tokens, j)) return -1
  // 大川 + 隆 + 法 + 氏: a one-kanji given name completed by a kanji IPADIC read as a suffix
  const splitGiven = j >= 2 && isAdjacent(tokens, j - 1) && ((isGivenNameKanji(last) && isOneKanjiGivenName(tokens[j - 2]!)) || isGivenNameWithFinal(tokens, j - 2))
  if ((isPersonToken(last) && !isKatakana(last.surface)) || splitGiven) {
    let i = splitGiven ? j - 2 : j - 1
    while (i > 0 && isPersonToken(tokens[i - 1]!) && isAdjacent(tokens, i)) i--
    // 鶴島 + 琢夫 + 社長: a surname IPADIC reads as another proper noun before the given name
    if (tokens[i]!.posDetail[2] === '名' && i > 0 && isAdjacent(tokens, i) && isSurnameLike(tokens[i - 1]) && !isContentBefore(tokens, i - 1)) return i - 1
    return splitSurnameStart(tokens, i, j - 1, isHonorific(role, input))
  }
  const bareGiven = bareGivenNameStart(tokens, j, role)
  if (bareGiven >= 0) return bareGiven
  // アルベール + 2 + 世 + 大公: the regnal number belongs to the name
  if (last.surface === '世' && j >= 3 && isAdjacent(tokens, j - 1) && tokens[j - 2]!.posDetail[0] === '数') {
    const i = findNameBefore(tokens, j - 2, input, role)
    return i >= 0 && isKatakana(tokens[j - 3]!.surface) ? i : -1
  }
  if (isNamePart(last) && !isDot(last)) {
    let i = j - 1
    // a dot joins two parts of a name, not a common word before an ASCII = (サッカー=ジーコ氏)
    while (i > 0 && (isNamePart(tokens[i - 1]!) || isDot(tokens[i - 1]!)) && isAdjacent(tokens, i) && isKatakanaOrDot(tokens[i - 1]!) === isKatakanaOrDot(last) &&
      !(isDot(tokens[i]!) && tokens[i - 1]!.origin === 'known' && !isProperNoun(tokens[i - 1]!))) i--
    while (i < j - 1 && isDot(tokens[i]!)) i++
    const name = input.text.slice(tokens[i]!.start, last.end)
    const surnameBeforePersonTitle = PERSON_ONLY_TITLES.has(role) && isKanji(name) && name.length >= 2 && name.length <= 4 && input.gazetteer.names.get(name)?.subtype !== 'COUNTRY'
    if (!surnameBeforePersonTitle && (input.gazetteer.names.has(name) || tokens.slice(i, j).some((t) => t.origin === 'known' && isProperNoun(t) && t.posDetail[1] !== '人名' && t.posDetail[1] !== '一般'))) return -1
    const allKnownCommon = tokens.slice(i, j).every((t) => t.origin === 'known' && !isProperNoun(t))
    if (allKnownCommon && (isWeakTitle(role, input) || !isKatakana(name) || name.length < 3)) return -1
    if (isKanji(name) && (name.length < 2 || name.length > 4)) return -1
    // シンジケーション + 主幹事: a katakana word shaped like a term is no name (a 人名 token is: シュレーダー)
    if (isKatakana(name) && input.tokenize !== undefined && !/[・＝=]/u.test(name) && !tokens.slice(i, j).some(isPersonToken) && isTermShaped(name, input.tokenize)) return -1
    // before a title (not an honorific: Yさん, N氏 are people), one Latin letter is a grade (A代表, C契約選手)
    // and a capital acronym heads an organisation (UNAMI事務総長, SPD党首)
    if (isLatin(name) && !isHonorific(role, input) && (name.length < 2 || /^[A-ZＡ-Ｚ0-9０-９&＆.]+$/u.test(name))) return -1
    return i
  }
  return -1
}

/** Titles that only a person bears: a kanji name before them is a surname even when IPADIC reads it as a place or an organisation (吉田被告). */
const PERSON_ONLY_TITLES = new Set(['容疑者', '被告', '被告人', '元被告', '元被告人', '受刑者', '死刑囚', '容疑者ら'])

/** Honorifics that follow a bare name (not 師 or 様, which also follow occupations: 調香師, 皆様). */
const BARE_NAME_HONORIFICS = new Set(['氏', 'さん', '君', 'くん', 'ちゃん', ...PERSON_ONLY_TITLES])

function isHonorific(role: string, input: RuleInput): boolean {
  return input.gazetteer.honorifics.has(role)
}

/** 千恵 + 蔵: a given name of one or two kanji and a given-name ending IPADIC cut off (tokens[k] is the given name). */
function isGivenNameWithFinal(tokens: readonly Token[], k: number): boolean {
  const given = tokens[k]
  return given !== undefined && isPersonToken(given) && given.posDetail[2] === '名' && given.surface.length <= 2 && isKanji(given.surface) && isGivenNameFinal(tokens[k + 1])
}

/** A one-kanji 人名 token (IPADIC reads 隆 of 隆法 as a given name or a surname). */
function isOneKanjiGivenName(token: Token): boolean {
  return isPersonToken(token) && token.surface.length === 1 && isKanji(token.surface)
}

/**
 * A two-kanji name IPADIC does not know before an honorific (正 + 恩 + 氏, 在 + 寅 + さん):
 * exactly two one-kanji tokens that IPADIC reads as a prefix or common nouns, not kin or role words
 * (母, 同, 両), not glued to a noun before. Returns the first token, or -1.
 */
function bareGivenNameStart(tokens: readonly Token[], j: number, role: string): number {
  if (!BARE_NAME_HONORIFICS.has(role) || j < 2 || !isAdjacent(tokens, j - 1)) return -1
  const a = tokens[j - 2]!
  const b = tokens[j - 1]!
  const single = (t: Token) => t.surface.length === 1 && isKanji(t.surface) && (t.partOfSpeech === '名詞' || t.partOfSpeech === '接頭詞') &&
    t.posDetail[0] !== '数' && t.posDetail[0] !== '非自立' && t.posDetail[0] !== '代名詞' && !NOT_SURNAME_KANJI.has(t.surface)
  if (!single(a) || !single(b) || isPersonToken(a)) return -1
  const before = tokens[j - 3]
  if (isContentBefore(tokens, j - 2)) return -1
  return j - 2
}

function isDot(token: Token): boolean {
  return token.surface === '・' || token.surface === '＝' || token.surface === '='
}

/** Whether the role ends in a weak title (日本代表 ends in 代表). */
function isWeakTitle(role: string, input: RuleInput): boolean {
  if (WEAK_TITLES.has(role) || input.gazetteer.honorifics.has(role)) return role !== '氏'
  for (let n = Math.min(role.length - 1, 6); n >= 2; n--) if (WEAK_TITLES.has(role.slice(-n))) return true
  return false
}

function isKatakanaOrDot(token: Token): boolean {
  return isKatakana(token.surface) || isDot(token)
}

function isNamePart(token: Token): boolean {
  if (token.partOfSpeech !== '名詞') return false
  const d = token.posDetail[0]
  if (d === '代名詞' || d === '非自立' || d === '数' || d === '接尾' || d === '副詞可能') return false
  const s = token.surface
  if (isKatakanaOrDot(token) || isLatin(s)) return true
  return isKanji(s) && (token.origin !== 'known' || isProperNoun(token))
}

export const matchTitledPerson: EntityRule = {
  name: 'match-titled-person',
  tier: 0,
  find(input) {
    const { tokens } = input
    const out: Candidate[] = []
    for (let j = 1; j < tokens.length; j++) {
      const role = findRole(tokens, j, input)
      if (role === null) continue
      // 片岡千恵 + 蔵主演: a given-name ending opens no role; the name takes it and the title after it is the role
      if (isGivenNameWithFinal(tokens, j - 1) && !input.gazetteer.titles.has(role.text) && !input.gazetteer.honorifics.has(role.text)) continue
      const i = findNameBefore(tokens, j, input, role.text)
      if (i < 0) continue
      out.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end, type: 'PERSON', role: role.text, rule: 'match-titled-person' })
    }
    return out
  },
}
