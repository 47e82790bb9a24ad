/**
 * @module analyze/entities/rules/merge-person-names
 * Rule (tier 2). IPADIC 固有名詞,人名 tokens are people; a surname and a given name next to each other
 * merge into one span (石破 + 茂 → 石破茂). IPADIC often splits a rare given name into a known part
 * and stray kanji (小宮山 + 昌 + 友, 藤波 + 辰 + 爾, 永井 + 晴 + 二); a short run is completed by up to
 * two adjacent kanji characters when the name then ends at a particle, punctuation or honorific.
 * A lone one-character given name, or a one-character surname glued to a noun (京 + 風), is too
 * often a misreading of an ordinary word and is skipped (a bare one-kanji surname is kept: sports
 * news writes 原は, 林が); so is an era name before its year (永禄元年),
 * a run with a given name before a surname (not the order of a Japanese name) and a name in the
 * title of a work (`person-in-work-title.ts`). A kanji place or organisation word alone before the
 * plural suffix of people (平塚らは) is a surname.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isKanji, isKatakana, isLatin, isPersonToken } from '../token-utils.ts'
import { isNameInWorkTitle } from './person-in-work-title.ts'

/** Place suffixes that make the name word before them a place (北浜地区, 大町村); not 家 or 氏. */
const PLACE_AFTER_NAME = new Set(['地区', '市', '町', '村', '郡', '区', '県', '州', '干潟', '湖', '川', '山', '岳', '島', '半島', '湾', '峠', '地方', '地域'])

/** Longest name (characters) a stray kanji may still be added to. */
const MAX_COMPLETED_NAME = 5
/** Kanji that end a list, not a name (吉村等, 田中ら). */
export const NOT_NAME_KANJI: ReadonlySet<string> = new Set(['等', '達', '家', '氏', '様', '君', '側', '派', '軍', '社', '党', '会', '組', '邸', '屋', '館', '寺', '城', '町', '村', '市', '県', '駅', '線', '号', '賞', '杯', '式', '流', '系', '隊', '団', '部', '課', '局', '省', '庁', '院', '校', '大', '中', '小', '内', '外', '間', '後', '前', '年', '月', '日', '時', '人', '名', '代', '世', '作', '版', '役', '長', '王', '帝', '公', '卿', '殿',
  // places and facilities (町有 + 地, 文榮 + 座, 五大 + 湖, 松前 + 藩 + 兵, …郡, …区)
  '区', '郡', '湖', '藩', '兵', '祠', '座', '地', '港', '湾', '廟'])

function isStrayKanji(token: Token | undefined): boolean {
  if (token === undefined || token.partOfSpeech !== '名詞' || !isKanji(token.surface) || NOT_NAME_KANJI.has(token.surface)) return false
  const d = token.posDetail[0]
  if (d === '接尾' || d === '非自立' || d === '代名詞' || d === '接続詞的' || d === '副詞可能') return false
  if (token.surface.length === 1) return true
  return token.surface.length === 2 && d !== '数' && d !== 'サ変接続' && d !== '副詞可能' && (token.origin !== 'known' || d === '固有名詞')
}

/** A kanji surname IPADIC read as a place or unknown word before a given name (矢守 + 克也, 成 + 恵琳). */
export function isSurnameLike(token: Token | undefined): boolean {
  return token !== undefined && token.partOfSpeech === '名詞' && isKanji(token.surface) && token.surface.length <= 3 &&
    (token.posDetail[0] === '固有名詞' || token.origin !== 'known') && !NOT_NAME_KANJI.has(token.surface)
}

/** Whether the name may end before `next`: a particle, punctuation, an honorific or title, or the end. */
function isNameEnd(next: Token | undefined, input: RuleInput): boolean {
  if (next === undefined) return true
  if (next.partOfSpeech === '助詞' || next.partOfSpeech === '記号' || next.partOfSpeech === '助動詞') return true
  return input.gazetteer.honorifics.has(next.surface) || input.gazetteer.titles.has(next.surface) || next.posDetail[1] === '人名'
}

export const mergePersonNames: EntityRule = {
  name: 'merge-person-names',
  tier: 2,
  find(input) {
    const { tokens } = input
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (!isPersonToken(tokens[i]!)) continue
      let j = i
      while (j + 1 < tokens.length && isPersonToken(tokens[j + 1]!) && isAdjacent(tokens, j + 1)) j++
      const i0 = i
      let start = i
      let end = j
      const length = () => tokens[end]!.end - tokens[start]!.start
      // up to two stray kanji tokens (at most two characters) complete the name when it then ends
      let k = end
      while (k + 1 < tokens.length && k - end < 2 && isStrayKanji(tokens[k + 1]) && isAdjacent(tokens, k + 1) &&
        tokens[k + 1]!.end - tokens[end]!.end <= 2 && tokens[k + 1]!.end - tokens[start]!.start <= MAX_COMPLETED_NAME) k++
      if (k > end && isNameEnd(tokens[k + 1], input)) end = k
      else end = completeSplitGivenName(tokens, start, end, input)
      end = addGivenNameFinal(tokens, start, end, input)
      const split = splitSurnameStart(tokens, start, end)
      if (split < start) {
        start = split
      } else if (tokens[start]!.posDetail[2] === '名' && start > 0 && isAdjacent(tokens, start) && isSurnameLike(tokens[start - 1]) && !isContentBefore(tokens, start - 1)) {
        start--
        // one stray kanji before the name is a surname (孫 + 正義), but a kin word before a longer name (母 + ドロシー)
      } else if (length() < MAX_COMPLETED_NAME && start > 0 && isStrayKanji(tokens[start - 1]) && !(length() >= 2 && KIN_KANJI.has(tokens[start - 1]!.surface)) && isAdjacent(tokens, start) && tokens[start - 1]!.surface.length === 1 && !isContentBefore(tokens, start - 1)) {
        start--
      }
      end = extendRegnalNumber(tokens, end)
      end = extendTraditionalEnding(tokens, end)
      // 吉村 + 等 (read as a given name) + や: the list ending 等 after a surname is not part of the name
      if (end > start && tokens[end]!.surface === '等' && tokens[end - 1]!.posDetail[2] === '姓') end--
      // 北浜 + 地区: a name word before a place suffix is a place
      const placeSuffix = tokens[end + 1]
      if (start === end && placeSuffix !== undefined && isAdjacent(tokens, end + 1) && PLACE_AFTER_NAME.has(placeSuffix.surface)) {
        out.push({ start: tokens[start]!.start, end: placeSuffix.end, type: 'LOCATION', subtype: input.gazetteer.placeSuffixes.get(placeSuffix.surface) ?? 'REGION', rule: 'merge-person-names' })
        i = end + 1
        continue
      }
      const glued = gluedName(tokens, start, end)
      if (glued === 'block') {
        out.push({ start: tokens[start]!.start, end: tokens[Math.max(end, j)]!.end, type: 'OTHER', rule: 'merge-person-names' })
        i = Math.max(j, end, i0)
        continue
      }
      if (glued !== null) end = glued
      const first = tokens[start]!
      const single = start === end
      // 大阪市・中之島の, 東京市の深川に: a name word right after a municipality and の / ・ is a district in it
      if (single && isAfterMunicipality(tokens, start) && !isGluedNoun(tokens, end + 1)) {
        out.push({ start: first.start, end: first.end, type: 'LOCATION', subtype: 'REGION', rule: 'merge-person-names' })
        i = Math.max(j, end, i0)
        continue
      }
      if ((single && (isCompoundHead(tokens, end, input) || LOCATIVE_AFTER.test(input.text.slice(tokens[end]!.end, tokens[end]!.end + 6)))) ||
        isTwoKanjiInCompound(tokens, start, end, input)) {
        i = Math.max(j, end, i0)
        continue
      }
      const span = { start: first.start, end: tokens[end]!.end }
      if (!(single && first.surface.length < 2 && (first.posDetail[2] === '名' || isGluedNoun(tokens, end + 1))) && !ERA_YEAR_AFTER.test(input.text.slice(span.end, span.end + 4)) &&
        !isGivenBeforeSurname(tokens, start, end) && !isNameInWorkTitle(input.text, span.start, span.end)) {
        out.push({ start: first.start, end: tokens[end]!.end, type: 'PERSON', rule: 'merge-person-names' })
      }
      i = Math.max(j, end, i0)
    }
    out.push(...surnamesBeforePlural(input))
    return out
  },
}

/**
 * A kanji proper noun IPADIC reads as a place or an organisation, standing alone before the plural
 * suffix of people and a particle (平塚らは, 野溝らが), is a surname: places and bodies do not take ら.
 * Not a gazetteer name (日本らが), nor a word glued to a noun before it.
 */
function surnamesBeforePlural(input: RuleInput): Candidate[] {
  const { tokens, gazetteer } = input
  const out: Candidate[] = []
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!
    const ra = tokens[i + 1]!
    const particle = tokens[i + 2]!
    if (ra.surface !== 'ら' || !isAdjacent(tokens, i + 1) || (particle.partOfSpeech !== '助詞' && particle.surface !== '、')) continue
    if (t.partOfSpeech !== '名詞' || t.posDetail[0] !== '固有名詞' || t.posDetail[1] === '人名' || !isKanji(t.surface) || t.surface.length < 2 || t.surface.length > 3) continue
    if (gazetteer.names.has(t.surface) || isContentBefore(tokens, i)) continue
    out.push({ start: t.start, end: t.end, type: 'PERSON', rule: 'merge-person-names' })
  }
  return out
}

/** After a name: the year of an era (永禄元年, 天正5年), so the name is an era name; not …年生 (a school year). */
const ERA_YEAR_AFTER = /^(?:元年|[0-9０-９一二三四五六七八九十]+年(?!生))/u

/** Whether tokens[k] is a noun glued to the token before it (京 + 風: the one-kanji name word is part of a compound). */
function isGluedNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  return t !== undefined && isAdjacent(tokens, k) && t.partOfSpeech === '名詞' && t.posDetail[1] !== '人名' && /[\p{L}\p{N}]/u.test(t.surface)
}

/** Whether a kanji given name comes before a kanji surname in the run (美 + 勇 + 伝): not a Japanese name's order. */
function isGivenBeforeSurname(tokens: readonly Token[], start: number, end: number): boolean {
  let given = false
  for (let k = start; k <= end; k++) {
    const t = tokens[k]!
    if (!isKanji(t.surface) || !isPersonToken(t)) continue
    if (t.posDetail[2] === '名') given = true
    else if (t.posDetail[2] === '姓' && given) return true
  }
  return false
}

/** Whether tokens[k] follows a municipality word and の or ・ (東京市 + の, 大阪市 + ・). */
function isAfterMunicipality(tokens: readonly Token[], k: number): boolean {
  const sep = tokens[k - 1]
  const place = tokens[k - 2]
  return sep !== undefined && place !== undefined && (sep.surface === 'の' || sep.surface === '・') && isAdjacent(tokens, k) && isAdjacent(tokens, k - 1) &&
    place.partOfSpeech === '名詞' && /^\p{Script=Han}*(?:市|区|町|村|郡)$/u.test(place.surface) && (place.posDetail[1] === '地域' || place.surface.length === 1)
}

/** Suffixes after a name that still speak of the person (田中ら, 山田たち). */
const PEOPLE_SUFFIXES = new Set(['ら', 'たち', '達', '等', '側', '方', '役'])

/**
 * Whether a name of two one-kanji words is glued to a noun after it (宅 + 建 + 業者, 町 + 有 + 地):
 * two single kanji IPADIC reads as names are then part of a compound word, not a person; a title,
 * an honorific or a word of people after them (王丹氏, 李斯ら) keeps the name.
 */
function isTwoKanjiInCompound(tokens: readonly Token[], start: number, end: number, input: RuleInput): boolean {
  if (end !== start + 1 || tokens[start]!.surface.length !== 1 || tokens[end]!.surface.length !== 1 || !isKanji(tokens[start]!.surface + tokens[end]!.surface)) return false
  const next = tokens[end + 1]
  if (next === undefined || !isAdjacent(tokens, end + 1) || next.partOfSpeech !== '名詞' || !isKanji(next.surface) || isPersonToken(next)) return false
  if (next.posDetail[1] === '人名' || PEOPLE_SUFFIXES.has(next.surface) || PERSON_HEAD_NOUNS.has(next.surface)) return false
  return !input.gazetteer.titles.has(next.surface) && !input.gazetteer.honorifics.has(next.surface)
}

/** After a lone name word: a frame only a place fills (大町に開業, パレルモで行われた); not にあった, which is also 会った (村田にあったら). */
const LOCATIVE_AFTER = /^(?:で(?:行われ|開催|開か)|に(?:位置|所在|移転|移住|移り住|本社|本拠|開業|開店|建て|建設|住)|から(?:移転|転居)|市内|出身)/u

/** Nouns after a bare surname that still speak of the person (安倍政権, 田中夫妻): not a compound of the name word. */
const PERSON_HEAD_NOUNS = new Set(['政権', '内閣', '夫妻', '夫人', '夫婦', '家族', '一家', '一族', '一門', '門下', '兄弟', '姉妹', '親子', '父子', '母子', '陣営', '体制', '時代', '政治', '路線', '人気', '本人', '自身', '一人', '二人', '両氏', '作品', '後輩', '師匠', '弟子'])

/**
 * Whether a lone name word is the head of a longer common-noun compound (宅建 + 業者, 蔵前 + 国技館,
 * 穴吹 + 興産, タッチ + 操作): the next token, glued to it, is a kanji noun of two or more characters
 * that is no title, honorific or word that speaks of the person.
 */
function isCompoundHead(tokens: readonly Token[], end: number, input: RuleInput): boolean {
  const next = tokens[end + 1]
  if (next === undefined || !isAdjacent(tokens, end + 1) || next.partOfSpeech !== '名詞' || !isKanji(next.surface) || next.surface.length < 2) return false
  // 中山 + 記念, 高松宮 + 記念: a race, prize or hall named after the person or place
  if (next.surface === '記念') return true
  const d = next.posDetail[0]
  // a kanji name before a verbal noun is its subject or object (小泉批判, 田中指名); a katakana one is a modifier (タッチ操作)
  if (d !== '一般' && d !== '固有名詞' && !(d === 'サ変接続' && !isKanji(tokens[end]!.surface))) return false
  const word = next.surface
  if (PERSON_HEAD_NOUNS.has(word) || input.gazetteer.honorifics.has(word) || isPersonToken(next)) return false
  // a title, or a word ending in one (艦長, 航海長, 前首相)
  for (let n = word.length; n >= 2; n--) if (input.gazetteer.titles.has(word.slice(-n))) return false
  return !word.endsWith('長')
}

/**
 * Whether the token before tokens[k] is a noun glued to it (then tokens[k] belongs to that word);
 * punctuation IPADIC reads as a noun (the ASCII comma) glues nothing.
 */
export function isContentBefore(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]
  return prev !== undefined && isAdjacent(tokens, k) && (prev.partOfSpeech === '名詞' || prev.partOfSpeech === '接頭詞') && /[\p{L}\p{N}]/u.test(prev.surface)
}

/** Traditional given-name endings IPADIC cuts off (清 + 右 + 衛門, 太 + 兵衛). */
const TRADITIONAL_ENDINGS = ['右衛門', '左衛門', '兵衛']

/** 鹿嶋清 + 右 + 衛門: a traditional given-name ending written right after the name belongs to it (returns the new end). */
function extendTraditionalEnding(tokens: readonly Token[], end: number): number {
  // a stray 右 / 左 already added to the name starts the ending (清 + 右 | 衛門)
  let text = tokens[end]!.surface === '右' || tokens[end]!.surface === '左' ? tokens[end]!.surface : ''
  for (let k = end + 1; k < tokens.length && k <= end + 3 && isAdjacent(tokens, k); k++) {
    text += tokens[k]!.surface
    if (TRADITIONAL_ENDINGS.includes(text)) return k
    if (!TRADITIONAL_ENDINGS.some((e) => e.startsWith(text))) break
  }
  return end
}

/** ヘンリー8世, ルイ14世: a regnal number belongs to the name. */
export function extendRegnalNumber(tokens: readonly Token[], end: number): number {
  const number = tokens[end + 1]
  const sei = tokens[end + 2]
  if (number !== undefined && sei !== undefined && isAdjacent(tokens, end + 1) && isAdjacent(tokens, end + 2) &&
    /^[0-9０-９一二三四五六七八九十]+$/u.test(number.surface) && sei.surface === '世') return end + 2
  return end
}

/** Common katakana nouns that follow a person's name without making a longer name (中西コール, 田中ファン). */
const KATAKANA_AFTER_PERSON = new Set(['コール', 'ファン', 'ブーム', 'チルドレン', 'スタイル', 'モデル', 'プロデュース', 'ファミリー', 'ライブ', 'コンサート', 'ショー', 'ベスト', 'インタビュー', 'コメント', 'サイン'])

/** Longest katakana given name after a kanji surname (斉藤 + ノヴ, 高田 + エージ). */
const MAX_KATAKANA_GIVEN_NAME = 5

/**
 * A name glued to other name words: a kanji surname plus a short katakana given name ending the
 * name (斉藤ノヴは) is one person (returns the new end); otherwise the words are one longer name of
 * something else (野村トーイ, 大塚アスレチックス, ハン + フリーズ) and the person is blocked.
 */
function gluedName(tokens: readonly Token[], start: number, end: number): number | 'block' | null {
  const before = tokens[start - 1]
  const after = tokens[end + 1]
  const first = tokens[start]!
  const glueBefore = before !== undefined && isAdjacent(tokens, start) && isKatakana(before.surface) && before.partOfSpeech === '名詞' && isKatakana(first.surface)
  if (glueBefore) return 'block'
  if (after === undefined || !isAdjacent(tokens, end + 1) || after.partOfSpeech !== '名詞') return null
  // ASCII punctuation IPADIC reads as an unknown noun (the bracket in 小野誉之(…)) is no name word
  const afterIsName = isKatakana(after.surface) || isLatin(after.surface) || (after.origin === 'unknown' && !isKanji(after.surface) && /[\p{L}\p{N}]/u.test(after.surface))
  if (!afterIsName || after.posDetail[0] === '接尾') return null
  // a common katakana noun after a surname (中西 + コール, 田中 + ファン) does not make a longer name
  if (isKatakana(after.surface) && after.origin === 'known' && after.posDetail[0] !== '固有名詞' && KATAKANA_AFTER_PERSON.has(after.surface)) return null
  const surname = isKanji(tokens[end]!.surface) && start === end
  if (surname && isKatakana(after.surface) && after.origin !== 'known' && after.surface.length <= MAX_KATAKANA_GIVEN_NAME) {
    const next = tokens[end + 2]
    if (next === undefined || !isAdjacent(tokens, end + 2) || next.partOfSpeech !== '名詞') return end + 1
  }
  return 'block'
}

/** Single kanji that never continue a name after its given-name part (lists, titles, kin, places). */
const NOT_NAME_TAIL = new Set([...NOT_NAME_KANJI].filter((k) => k !== '大' && k !== '市' && k !== '代' && k !== '世' && k !== '作' && k !== '公'))
/** Kin words that precede a bare given name (母ドロシー, 妻ハル), not a surname (孫 is one). */
const KIN_KANJI = new Set(['母', '父', '妻', '夫', '兄', '弟', '姉', '妹', '娘', '子', '甥', '姪', '嫁', '婿', '祖', '叔', '伯', '男', '女'])
/** Kin and role words that precede a bare given name (母マリエ, 妻真紀) and are not a surname. */
export const NOT_SURNAME_KANJI: ReadonlySet<string> = new Set([...NOT_NAME_KANJI, '母', '父', '妻', '夫', '兄', '弟', '姉', '妹', '娘', '子', '孫', '祖', '叔', '伯', '甥', '姪', '元', '故', '新', '旧', '現', '同', '両', '各', '全', '副', '次', '先', '亡', '主', '嫁', '婿', '義', '実', '長', '初', '二', '三', '女', '男', '僧', '師', '帝', '皇', '姫', '翁', '媼', '卿'])
const NUMBER_KANJI = /^[一二三四五六七八九十]$/u

/** Kanji that end Japanese given names (花子, 義之, 圭介, 和彦, 一郎), whatever IPADIC reads them as (之 as a particle). */
const GIVEN_NAME_FINALS = new Set(['子', '之', '郎', '朗', '介', '助', '輔', '彦', '夫', '雄', '男', '美', '江', '枝', '恵', '香', '奈', '乃', '也', '哉', '司', '治', '蔵', '造', '衛', '吉', '児'])

/** Whether the token is one kanji that ends a given name. */
export function isGivenNameFinal(token: Token | undefined): boolean {
  return token !== undefined && GIVEN_NAME_FINALS.has(token.surface)
}

/** One kanji of a given name IPADIC split off as a suffix, a number or a common noun (圭 + 市, 熊 + 四 + 郎). */
export function isGivenNameKanji(token: Token | undefined): boolean {
  if (token === undefined || token.surface.length !== 1 || !isKanji(token.surface) || NOT_NAME_TAIL.has(token.surface)) return false
  if (token.partOfSpeech !== '名詞') return token.origin !== 'known'
  const d = token.posDetail[0]
  return d !== '非自立' && d !== '代名詞' && d !== '副詞可能' && (d !== '数' || NUMBER_KANJI.test(token.surface)) && !(d === '接尾' && token.posDetail[1] === '助数詞')
}

/**
 * A given name IPADIC split into kanji it reads as suffixes or numbers: after a one-character given
 * name (森本 + 圭 + 市, 堀田 + 朋 + 大) or a bare surname (松井 + 熊 + 四 + 郎, 村井 + 勢 + 一), up to three
 * single kanji complete the name when it then ends (at most five characters in all).
 */
function completeSplitGivenName(tokens: readonly Token[], start: number, end: number, input: RuleInput): number {
  const last = tokens[end]!
  const afterGiven = last.posDetail[2] === '名' && last.surface.length === 1
  const afterSurname = last.posDetail[2] === '姓' && start === end
  if (!afterGiven && !afterSurname) return end
  let k = end
  while (k + 1 < tokens.length && k - end < (afterGiven ? 2 : 3) && isAdjacent(tokens, k + 1) && (isGivenNameKanji(tokens[k + 1]) || isGivenNameFinal(tokens[k + 1])) &&
    tokens[k + 1]!.end - tokens[start]!.start <= MAX_COMPLETED_NAME) k++
  if (k === end || !isSplitNameEnd(tokens[k + 1], input)) return end
  if (afterSurname && k - end < 2 && NUMBER_KANJI.test(tokens[k]!.surface) === false && tokens[end + 1]!.posDetail[0] === '接尾') return end
  return k
}

/**
 * The ending of a given name IPADIC cut off (志麻 + 子, 桑原楽 + 之): one given-name final kanji after
 * a kanji name that has its given name (a 名 token or more than one token), when the name then ends.
 */
function addGivenNameFinal(tokens: readonly Token[], start: number, end: number, input: RuleInput): number {
  const last = tokens[end]!
  const final = tokens[end + 1]
  if (!isKanji(last.surface) || (start === end && last.posDetail[2] !== '名') || !isGivenNameFinal(final) || !isAdjacent(tokens, end + 1)) return end
  return final!.end - tokens[start]!.start <= MAX_COMPLETED_NAME && isSplitNameEnd(tokens[end + 2], input) ? end + 1 : end
}

/** Where a completed given name may end: where a name may end, or before a list ending (ら, 等) or a word of two or more characters (監修, 裁判長). */
function isSplitNameEnd(next: Token | undefined, input: RuleInput): boolean {
  if (isNameEnd(next, input) || next === undefined) return true
  if (next.surface === 'ら' || next.surface === '等' || next.surface === 'たち' || next.surface === '達' || /^[\p{P}\p{S}]/u.test(next.surface)) return true
  return next.surface.length >= 2 && next.posDetail[0] !== '接尾'
}

/**
 * A surname IPADIC split into single kanji before a given name (丹 + 井 + 真紀, 鷲 + 尾 + 哲生,
 * 戸 + 脇 + 有紀): up to two single kanji before a name that starts with its given name, or one
 * before a surname, when nothing glues them to the word before. A kanji IPADIC knows as another
 * word (顕 + 進) is a surname only when `beforeHonorific` (the name is followed by 氏, さん …).
 */
export function splitSurnameStart(tokens: readonly Token[], start: number, end: number, beforeHonorific = false): number {
  const first = tokens[start]!
  const isSingle = (t: Token | undefined) => t !== undefined && t.surface.length === 1 && isKanji(t.surface) && !NOT_SURNAME_KANJI.has(t.surface) &&
    t.partOfSpeech !== '助詞' && t.partOfSpeech !== '助動詞' && t.partOfSpeech !== '記号' && t.posDetail[0] !== '数' && t.posDetail[0] !== '接尾'
  const max = first.posDetail[2] === '名' ? 2 : first.posDetail[2] === '姓' && first.surface.length === 1 ? 1 : 0
  let s = start
  while (s > 0 && start - s < max && isAdjacent(tokens, s) && isSingle(tokens[s - 1])) s--
  if (s === start || isContentBefore(tokens, s) || tokens[end]!.end - tokens[s]!.start > MAX_COMPLETED_NAME) return start
  // a kanji IPADIC knows as another word (or a prefix: 直 + 勤) before a given name is a surname only before an honorific (顕 + 進 + 氏)
  if (!beforeHonorific && first.posDetail[2] === '名' && start - s === 1 && tokens[s]!.posDetail[1] !== '人名' && tokens[s]!.origin === 'known' &&
    (tokens[s]!.partOfSpeech === '接頭詞' || (tokens[s]!.partOfSpeech === '名詞' && tokens[s]!.posDetail[0] !== '一般'))) return start
  return s
}
