/**
 * @module analyze/entities/rules/place-units
 * The administrative units find-place-by-pos joins into one place: a unit is IPADIC 地域 tokens
 * with an optional place suffix (浜松 + 市), an unknown / katakana word before one (アッフェルデ +
 * 地区), or a kanji proper noun before an area suffix (田村 + ニュータウン, 北浜 + 地区). After a unit
 * with a suffix, the next link of an address chain may also be a kanji name IPADIC splits or reads
 * as a common word before 市 / 区 / 町 / 村 / 郡 / 面 (浙江省 + 義烏市) or a hiragana name it cuts into
 * words (三重県 + い + なべ + 市), with 旧 / 大字 / 字 in front (新潟県 + 旧山古志村, 阿蘇市 + 大字 +
 * 黒川), a place word before a lower unit IPADIC does not list (慶州市 + 陽南 + 面), a place headed by
 * a kanji numeral (伊那市 + 六 + 道原) or a town IPADIC lists as one word (登米町 + 上町), and a last
 * place name may carry its block number (世田谷区 + 太子堂二丁目). A country word
 * takes its state's formal name (ユーゴスラビア + 連邦 + 共和国), and a hiragana municipality heads a
 * chain when a unit follows it (さいたま + 市 + 大宮区). A place may also
 * end in an electoral district number (東京 + 1区) and start with a direction or 新 that makes it
 * another place (西 + ベルリン).
 */
import type { Token } from '../../../core/doc.ts'
import type { RuleInput } from '../candidate.ts'
import { isAdjacent, isKanji, isKatakana, isPlaceToken } from '../token-utils.ts'

/** One administrative unit: its last token and its place suffix, if any. */
export type PlaceUnit = { readonly end: number; readonly suffix: string | null }

function isPlaceSuffix(token: Token | undefined, input: RuleInput): boolean {
  return token !== undefined && input.gazetteer.placeSuffixes.has(token.surface) && (token.posDetail[0] === '接尾' || token.surface.length > 1)
}

/** Suffixes that name an area after any proper noun, a surname too (田村 + ニュータウン, 北浜 + 地区). */
const NAMED_AREA_SUFFIXES = new Set(['地区', 'ニュータウン', '湖畔', '連峰'])

/** A punctuation or symbol character other than the name joiners ・ ＝ =. */
const SYMBOL_NOT_JOINER = /(?![・＝=])[\p{P}\p{S}]/u

/**
 * A word that is a place only when a place suffix follows (いなべ + 市, アッフェルデ + 地区); a kanji
 * proper noun of two characters or more before an area suffix (田村 + ニュータウン).
 */
function isBareName(token: Token, next: Token | undefined): boolean {
  // kuromoji reads unknown runs of symbols (…) as nouns: they name nothing (・ and ＝ join name parts)
  if (token.partOfSpeech !== '名詞' || token.posDetail[0] === '数' || token.posDetail[0] === '接尾' || SYMBOL_NOT_JOINER.test(token.surface)) return false
  if (token.origin !== 'known' || (isKatakana(token.surface) && token.posDetail[0] === '固有名詞')) return true
  return token.posDetail[0] === '固有名詞' && isKanji(token.surface) && token.surface.length >= 2 && next !== undefined && NAMED_AREA_SUFFIXES.has(next.surface)
}

function isCountry(token: Token): boolean {
  return token.posDetail[2] === '国'
}

/**
 * こんに + ちの: a place word IPADIC cut out of a hiragana word (a hiragana place token glued to
 * hiragana before it) is no place.
 */
function isWordInside(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  const prev = tokens[i - 1]
  return /^\p{Script=Hiragana}+$/u.test(t.surface) && prev !== undefined && prev.end === t.start && /\p{Script=Hiragana}$/u.test(prev.surface)
}

/** One unit starting at tokens[i] (place tokens plus an optional suffix), or null. */
export function placeUnitAt(tokens: readonly Token[], i: number, input: RuleInput): PlaceUnit | null {
  const first = tokens[i]!
  if (isWordInside(tokens, i)) return null
  if (!isPlaceToken(first) && !(isBareName(first, tokens[i + 1]) && isPlaceSuffix(tokens[i + 1], input) && isAdjacent(tokens, i + 1))) return null
  let j = i
  // two countries side by side (日 + 米) are two places, not one
  while (j + 1 < tokens.length && isPlaceToken(tokens[j + 1]!) && isAdjacent(tokens, j + 1) && !(isCountry(tokens[j]!) && isCountry(tokens[j + 1]!))) j++
  if (isPlaceSuffix(tokens[j + 1], input) && isAdjacent(tokens, j + 1)) return { end: j + 1, suffix: tokens[j + 1]!.surface }
  const state = isCountry(tokens[j]!) ? stateFormAt(tokens, j + 1) : null
  if (state !== null) return state
  // ソウル + 特別 + 市, 釜山 + 広域 + 市, 香港 + 特別 + 行政 + 区: a qualified unit
  let k = j + 1
  while (k < j + 3 && k < tokens.length && isAdjacent(tokens, k) && UNIT_QUALIFIERS.has(tokens[k]!.surface)) k++
  if (k > j + 1 && isAdjacent(tokens, k) && isPlaceSuffix(tokens[k], input) && tokens[k]!.surface.length === 1) return { end: k, suffix: tokens[k]!.surface }
  return { end: j, suffix: null }
}

/** Words of a state's formal name between the country and 共和国 / 連邦 (連邦, 社会 + 主義, 民主 + 主義, 人民). */
const STATE_FORM_WORDS = new Set(['連邦', '社会', '主義', '社会主義', '民主', '民主主義', '人民', '自治', '連合', '共和'])

/**
 * ユーゴスラビア + 連邦 + 共和 + 国, ソビエト + 社会 + 主義 + 共和 + 国, インド + 連邦: the formal name of a
 * state after a country word IPADIC knows, ending in 共和国 or 連邦 — one place with the country.
 */
function stateFormAt(tokens: readonly Token[], k: number): PlaceUnit | null {
  let m = k
  while (m < k + 5 && m < tokens.length && isAdjacent(tokens, m) && STATE_FORM_WORDS.has(tokens[m]!.surface)) m++
  if (m === k) return null
  const last = tokens[m - 1]!.surface
  if (last === '共和' && tokens[m]?.surface === '国' && isAdjacent(tokens, m)) return { end: m, suffix: '共和国' }
  return last === '連邦' ? { end: m - 1, suffix: '連邦' } : null
}

/** Words that qualify an administrative unit (特別市, 広域市, 特別行政区, 自治州, 直轄市). */
const UNIT_QUALIFIERS = new Set(['特別', '広域', '行政', '自治', '直轄'])

/** Suffixes of the lower units of an address (whatever part of speech IPADIC gives 市 after a rare name). */
const LOWER_UNITS = new Set(['市', '区', '町', '村', '郡', '面'])
/** Words before a unit inside an address: the former unit, the old village unit. */
const UNIT_PREFIXES = new Set(['旧', '大字', '字'])

/** Prefixes that quantify or point instead of naming (各行政区, 全市町村, 同区). */
const QUANTIFIER_PREFIXES = new Set(['各', '全', '同', '当', '両', '諸', '本', '某', '毎', '他', '現', '前', '元', '非', '計'])

/**
 * 義 + 烏 + 市: one to three kanji words of at most four characters in
 * all (nouns or prefixes, no numbers) before a lower-unit suffix — only as a link of a chain.
 */
function kanjiUnitAt(tokens: readonly Token[], k: number): PlaceUnit | null {
  let chars = 0
  for (let m = k; m < tokens.length && m <= k + 3; m++) {
    const t = tokens[m]!
    if (m > k && !isAdjacent(tokens, m)) return null
    if (m > k && LOWER_UNITS.has(t.surface)) return { end: m, suffix: t.surface }
    const word = isKanji(t.surface) && (t.partOfSpeech === '名詞' || (t.partOfSpeech === '接頭詞' && !QUANTIFIER_PREFIXES.has(t.surface))) && t.posDetail[0] !== '数' && t.posDetail[0] !== '接尾'
    chars += t.surface.length
    if (!word || chars > 4 || m === k + 3) return null
  }
  return null
}

/** 太子堂 + 二 + 丁目: number words and 丁目 after the last name of an address, or -1. */
function blockNumberEnd(tokens: readonly Token[], k: number): number {
  let m = k
  while (m < tokens.length && isAdjacent(tokens, m) && tokens[m]!.posDetail[0] === '数') m++
  return m > k && tokens[m]?.surface === '丁目' && isAdjacent(tokens, m) ? m : -1
}

/**
 * The next link of an address chain after a unit with a suffix ending at tokens[k − 1]: a unit
 * (possibly after 旧 / 大字 / 字), a kanji name before a lower-unit suffix, or null.
 */
export function chainLinkAt(tokens: readonly Token[], k: number, input: RuleInput): PlaceUnit | null {
  if (k >= tokens.length || !isAdjacent(tokens, k)) return null
  let from = UNIT_PREFIXES.has(tokens[k]!.surface) && isAdjacent(tokens, k + 1) ? k + 1 : k
  // 伊那市 + 六 + 道原: a kanji numeral heading the next place name
  if (KANJI_NUMERAL.test(tokens[from]?.surface ?? '') && tokens[from + 1] !== undefined && isPlaceToken(tokens[from + 1]!) && isAdjacent(tokens, from + 1)) from++
  if (from >= tokens.length) return null
  const unit = placeUnitAt(tokens, from, input)
  // 慶州市 + 陽南 + 面: a place word before a lower unit IPADIC does not list as a suffix
  if (unit !== null && unit.suffix === null) return kanjiUnitAt(tokens, from) ?? unit
  return unit ?? kanjiUnitAt(tokens, from) ?? hiraganaUnitAt(tokens, from) ?? townWordAt(tokens, from)
}

/** One kanji numeral (六 in 六道原). */
const KANJI_NUMERAL = /^[一二三四五六七八九十]$/u

/**
 * 登米町 + 上町: a town name IPADIC lists as one common word ending in 町 or 村 (上町, 本町, 新町) — the
 * last link of a chain.
 */
function townWordAt(tokens: readonly Token[], k: number): PlaceUnit | null {
  const t = tokens[k]!
  const after = tokens[k + 1]
  if (t.partOfSpeech !== '名詞' || t.posDetail[0] !== '一般' || !isKanji(t.surface) || t.surface.length < 2 || t.surface.length > 4 || !/[町村]$/u.test(t.surface)) return null
  if (after !== undefined && isAdjacent(tokens, k + 1) && after.partOfSpeech === '名詞') return null
  return { end: k, suffix: t.surface.slice(-1) }
}

/**
 * い + なべ + 市, いす + み + 市, かすみ + が + うら + 市: a municipality written in hiragana that IPADIC
 * cuts into words — two to six hiragana characters in at most four words, not starting or ending
 * with a particle (県 + から + 市 is no name), before a lower-unit suffix; only as a link of a chain.
 */
function hiraganaUnitAt(tokens: readonly Token[], k: number): PlaceUnit | null {
  let chars = 0
  for (let m = k; m < tokens.length && m <= k + 4; m++) {
    const t = tokens[m]!
    if (m > k && !isAdjacent(tokens, m)) return null
    if (m > k && LOWER_UNITS.has(t.surface)) {
      const particle = (u: Token) => u.partOfSpeech === '助詞' || u.partOfSpeech === '助動詞'
      return chars >= 2 && !particle(tokens[k]!) && !particle(tokens[m - 1]!) ? { end: m, suffix: t.surface } : null
    }
    chars += t.surface.length
    if (!/^\p{Script=Hiragana}+$/u.test(t.surface) || chars > 6 || m === k + 4) return null
  }
  return null
}

/** Parts of speech that start no name. */
const NOT_NAME_START = new Set(['助詞', '助動詞', '感動詞', '接続詞', '記号'])

/**
 * さいたま + 市 + 大宮区, い + なべ + 市 + 藤原町: a hiragana municipality heads an address chain when
 * a unit with a suffix follows it (alone, いなべ市 is left to the gazetteer: a hiragana run before
 * 市 is too often a phrase).
 */
export function hiraganaChainStartAt(tokens: readonly Token[], i: number, input: RuleInput): PlaceUnit | null {
  const first = tokens[i]!
  if (!/^\p{Script=Hiragana}/u.test(first.surface) || NOT_NAME_START.has(first.partOfSpeech)) return null
  // after a particle, a kanji or katakana word or nothing (路線 + はい + なべ: IPADIC took は into a word)
  const prev = tokens[i - 1]
  if (prev !== undefined && isAdjacent(tokens, i) && prev.partOfSpeech !== '助詞' && /\p{Script=Hiragana}$/u.test(prev.surface)) return null
  const unit = hiraganaUnitAt(tokens, i)
  if (unit === null) return null
  const next = chainLinkAt(tokens, unit.end + 1, input)
  return next !== null && next.suffix !== null ? unit : null
}

/**
 * Where the last bare name of a chain (東京都新宿区 + 中町) ends: itself when no noun follows, its
 * block number when one does (太子堂 + 二丁目), or -1 when another noun makes it a longer name.
 */
export function lastNameEnd(tokens: readonly Token[], unit: PlaceUnit): number {
  const after = tokens[unit.end + 1]
  // (kuromoji reads an unknown - or ～ as a noun: it joins the next address, not this name)
  if (after === undefined || !isAdjacent(tokens, unit.end + 1) || after.partOfSpeech !== '名詞' || SYMBOL_NOT_JOINER.test(after.surface)) return unit.end
  return blockNumberEnd(tokens, unit.end + 1)
}

/** After a place ending at tokens[j]: the end of an electoral district number (+ 第 + 2 + 区), else j. */
export function districtEnd(tokens: readonly Token[], j: number): number {
  let k = j + 1
  if (tokens[k]?.surface === '第' && isAdjacent(tokens, k)) k++
  if (tokens[k]?.posDetail[0] !== '数' || !isAdjacent(tokens, k) || tokens[j]!.surface === '区') return j
  return tokens[k + 1]?.surface === '区' && isAdjacent(tokens, k + 1) ? k + 1 : j
}

/** Words that head a place to name another one (西ベルリン, 新淀川). */
const DIRECTION_HEADS = new Set(['東', '西', '南', '北', '新'])

/** Whether tokens[i] is headed by a direction word that starts a word of its own (not 東京の + 西 + 大阪). */
export function headedByDirection(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1]
  // the place is a name of its own (東 + 筑 is one word IPADIC cut)
  if (head === undefined || !DIRECTION_HEADS.has(head.surface) || !isAdjacent(tokens, i) || tokens[i]!.surface.length < 2) return false
  const before = tokens[i - 2]
  return before === undefined || !isAdjacent(tokens, i - 1) || (before.partOfSpeech !== '名詞' && before.partOfSpeech !== '接頭詞' && before.surface !== 'の')
}
