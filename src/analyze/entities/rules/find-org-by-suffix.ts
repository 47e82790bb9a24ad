/**
 * @module analyze/entities/rules/find-org-by-suffix
 * Rule 3. A name-like noun run ending in an organisation suffix is an ORGANIZATION (ロシア軍, 外務省,
 * ロシア大統領府, 株式会社ビヨンクール, 北大西洋条約機構, 大阪大学). The subtype comes from the suffix
 * (軍 → MILITARY, 省 → GOVERNMENT, 党 → PARTY …). The run must hold a proper noun, a katakana,
 * Latin or unknown word, so common compounds (私立大学, 支援団体) are left alone.
 * A leading one-character country abbreviation is expanded in the canonical name (米政府 → アメリカ政府).
 */
import type { Token } from '../../../core/doc.ts'
import { oncePerInput, type Candidate, type EntityRule, type RuleInput } from '../candidate.ts'
import { isAdjacent, isContentNoun, isKanji, isKatakana, isLatin, isNameLike, ordinalStartAt } from '../token-utils.ts'
import { keysEndingAt } from '../../normalize/char-trie.ts'
import { wordTrieOf } from '../gazetteer.ts'
import { OTHER_SUFFIXES } from './find-other-by-suffix.ts'
import { NOT_ORG_WORDS } from './find-org-by-pos.ts'

/** Leading words that are not part of a name (同社, 各党, 全大学). */
const NON_NAME_PREFIXES = new Set(['同', '各', '全', '本', '当', '両', '新', '旧', '前', '元', '現', '某', '他', '諸', '我が', 'わが', '同国', '自国', '他国', '両国', '地元', '親会社', '子会社', '系列', '傘下', '大手', '中堅', '老舗', '名門', '強豪', '古豪', '新興', '国営', '民間', '外資'])

/** Longest organisation suffix of `run` that leaves a non-empty name part. */
function suffixOf(run: string, input: RuleInput): string | null {
  for (let n = Math.min(run.length - 1, 12); n >= 1; n--) {
    const suffix = run.slice(-n)
    if (input.gazetteer.orgSuffixes.has(suffix)) return suffix
  }
  return null
}

/** Words that end a list of people or things (田中ら, 各社等), never part of a name. */
const LIST_ENDINGS = new Set(['ら', '等', 'たち', '達', '氏', 'さん', '君', '様'])
/** Suffixes after a company that start a product description (日野自動車製 + バス), never part of the name. */
const PRODUCT_MARKERS = new Set(['製', '産', '発', '向け', '用', '製品', '搭載'])

function isRunToken(token: Token): boolean {
  if (token.surface === '=' || token.surface === '＝' || LIST_ENDINGS.has(token.surface) || PRODUCT_MARKERS.has(token.surface)) return false
  // a lone kanji IPADIC reads as a verb stem inside a company name (金属製 + 錬)
  if (token.surface.length === 1 && isKanji(token.surface) && token.partOfSpeech === '動詞') return true
  return isContentNoun(token) || token.partOfSpeech === '接頭詞' || token.surface === '・' || token.surface === '＆' || token.surface === '&'
}

/**
 * 等 inside a name (証券取引 + 等 + 監視委員会): a list ending glued to nouns on both sides before the
 * suffix belongs to the name; at the end of the name part it ends a list (各社等).
 */
function isInnerListWord(tokens: readonly Token[], k: number, j: number): boolean {
  const next = tokens[k + 1]
  return tokens[k]!.surface === '等' && k + 1 < j && next !== undefined && isAdjacent(tokens, k + 1) && next.partOfSpeech === '名詞' && next.posDetail[0] !== '接尾' &&
    isAdjacent(tokens, k) && tokens[k - 1]?.partOfSpeech === '名詞'
}

/** 製 + 錬: a product marker that heads a word IPADIC split into single kanji (金属製 + 錬) is part of the run. */
function isSplitWordHead(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]
  return PRODUCT_MARKERS.has(tokens[k]!.surface) && next !== undefined && next.surface.length === 1 && isKanji(next.surface) && next.partOfSpeech !== '名詞'
}

const FIRST_CHARS = new WeakMap<ReadonlySet<string>, Set<number>>()

/** The first code units of the non-empty words of `words` (cached per set). */
function firstCharsOf(words: ReadonlySet<string>): Set<number> {
  let chars = FIRST_CHARS.get(words)
  if (chars === undefined) {
    chars = new Set([...words].filter((w) => w !== '').map((w) => w.charCodeAt(0)))
    FIRST_CHARS.set(words, chars)
  }
  return chars
}

/** The first token after a legal-person prefix written at tokens[i] (一般 + 社団 + 法人), or i. */
function afterLegalPrefix(tokens: readonly Token[], i: number, j: number, text: string, prefixes: ReadonlySet<string>): number {
  if (!firstCharsOf(prefixes).has(text.charCodeAt(tokens[i]!.start))) return i
  const head = text.slice(tokens[i]!.start, tokens[j]!.end)
  let best = i
  for (const p of prefixes) {
    if (!head.startsWith(p) || head.length <= p.length) continue
    const k = tokens.findIndex((t) => t.start === tokens[i]!.start + p.length)
    if (k > best && k <= j) best = k
  }
  return best
}

/** A ・ that separates two names in a list (朝日新聞社・朝日放送), not the parts of one katakana name. */
function isListDot(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!
  if (token.surface !== '・') return false
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  return !(before !== undefined && after !== undefined && isKatakana(before.surface) && isKatakana(after.surface))
}

/**
 * A katakana suffix (グループ, クラブ) must be a word of its own, not the tail of one (エアバス is one
 * name) — except a long one (four characters or more: グループ, ホールディングス) ending an unknown word
 * IPADIC could not split (サムスングループ).
 */
function startsOnToken(starts: ReadonlySet<number>, start: number, suffix: string, last: Token): boolean {
  return !isKatakana(suffix) || starts.has(start) || (suffix.length >= 4 && last.origin === 'unknown' && last.surface.length >= suffix.length + 2)
}

/** Suffixes that make an institution of a compound of common nouns too (国家観光評議会, 海洋資源省, 世界平和連合). */
const INSTITUTION_SUFFIXES = new Set(['省', '庁', '議会', '政府', '委員会', '党', '協会', '連合', '連盟', '局', '法院', '高等法院', '裁判所', '評議会', '協議会', '連絡会', '連絡協議会', '振興協会', '振興会', '審議会', '機構', '同盟'])
/** Noun suffixes that may stand inside a compound name (…障害者文化振興協会, …芋煮会実行委員会). */
const INNER_SUFFIXES = new Set(['者', '会'])
/** Military units named by number (第三航空戦隊, 歩兵第12連隊, 第7狙撃軍団). */
const NUMBERED_UNITS = new Set(['軍', '軍団', '集団軍', '方面軍', '師団', '旅団', '連隊', '大隊', '中隊', '小隊', '戦隊', '艦隊', '航空隊', '飛行隊', '部隊'])

/** Kanji that make a verbal noun of 社 (閉社, 退社, 入社, 出社, 帰社, 来社, 転社): the word is an act, not a company. */
const VERBAL_SHA = new Set(['閉', '退', '入', '出', '帰', '来', '転', '離', '創', '在'])

/** Prefixes that make a common word of a suffix (入 + 庁 → 入庁, 両 + 党, 来 + 社). */
const WORD_PREFIXES = new Set(['入', '両', '来', '在', '帰', '退', '出', '各', '全', '本', '当', '同', '自', '他'])

/**
 * Where a name starting on a Latin word at tokens[s] starts: back over capitalised Latin words one space
 * apart (Vm + labs) and, before 社 or a legal form, a number glued to it (3 + Di + 社). -1 when a number
 * is glued before any other suffix: a technical term (3 + G + 通信, 3 + D + テレビ), no name.
 */
function latinNameStart(text: string, tokens: readonly Token[], s: number, suffix: string, legalForms: ReadonlySet<string>): number {
  let k = s
  while (k > 0 && /^[A-Za-z]/u.test(tokens[k]!.surface)) {
    const before = tokens[k - 1]!
    const gap = text.slice(before.end, tokens[k]!.start)
    if (gap === '' && before.posDetail[0] === '数' && /^[0-9]+$/u.test(before.surface)) return suffix === '社' || legalForms.has(suffix) ? k - 1 : -1
    if (gap !== ' ' || !/^[A-Z][A-Za-z.&'-]*$/u.test(before.surface)) break
    k--
  }
  return k
}

const FACILITY_WORDS = new Set(OTHER_SUFFIXES)

/** Technical acronyms that name a medium or a field, not a body (TV + 局, WEB + 制作会社). */
const TECH_ACRONYMS = new Set(['TV', 'PC', 'IT', 'WEB', 'USB', 'LP', 'HD', 'FM', 'AM', 'CS', 'BS', 'DVD', 'CD', 'OS', 'SNS', 'AI', 'EC'])

/** Suffixes that are also plain nouns for an activity or medium (データ + 通信, デジタル + 放送, アプリ + 開発). */
const ACTIVITY_SUFFIXES = new Set(['通信', '放送', 'テレビ', '開発', '製作', 'バス', 'ガス', '交通'])

/**
 * Before such a suffix, a name part with a katakana dictionary word (データ, デジタル, ノンステップ) or a
 * mixed-case Latin word (Web, Android, WiFi: technologies, not names) describes the activity; proper
 * nouns, kanji words and capital acronyms name a company (日本 + 通信, 千葉中央 + バス, ABC + テレビ).
 */
function isDescriptiveCompound(nameTokens: readonly Token[]): boolean {
  return nameTokens.some((t) => isLatin(t.surface)
    ? !/^[A-ZＡ-Ｚ0-9&]+$/u.test(t.surface)
    : isKatakana(t.surface) && t.origin === 'known' && t.posDetail[0] !== '固有名詞')
}

/** Two or more katakana words glued before 社 coin a company name of dictionary words (ホワイト + チャペル + 社). */
function isCoinedCompanyName(nameTokens: readonly Token[], suffix: string): boolean {
  return suffix === '社' && nameTokens.length >= 2 && nameTokens.every((t) => t.partOfSpeech === '名詞' && isKatakana(t.surface))
}

/** An age grade glued before a team (U-19, U23), not after another Latin letter or digit. */
const AGE_GRADE = /(?<![A-Za-z0-9])U-?[0-9]{2}$/u

/** Parts of a military unit that follow its name (第6師団 + 司令部). */
const UNIT_PARTS = new Set(['司令部', '参謀本部', '守備隊'])

/**
 * A name part of common nouns that still names one institution: two or more words and three or
 * more characters before a government-like suffix, or 第 + a number before a military unit or its part (第6師団司令部).
 */
function isInstitutionCompound(nameTokens: readonly Token[], suffix: string): boolean {
  const numbered = nameTokens.some((t, k) => t.surface === '第' && nameTokens[k + 1]?.posDetail[0] === '数')
  if ((NUMBERED_UNITS.has(suffix) || UNIT_PARTS.has(suffix)) && numbered) return true
  if (!INSTITUTION_SUFFIXES.has(suffix) || nameTokens.length < 2) return false
  const chars = nameTokens.reduce((n, t) => n + t.surface.length, 0)
  // 者 / 会 inside the compound (障害 + 者 + 文化, 芋煮 + 会 + 実行) are part of it
  return chars >= 3 && nameTokens.every((t, k) => t.partOfSpeech === '名詞' && t.posDetail[0] !== '数' && (t.posDetail[0] !== '接尾' || t.surface === '等' || (k > 0 && INNER_SUFFIXES.has(t.surface))) && !/^[\p{P}\p{S}]+$/u.test(t.surface))
}


/**
 * Where a run starting at tokens[i] (and ending at j) starts once a 第 + number before it is taken in,
 * with the nouns before 第 that name the branch or the parent unit (歩兵 + 第1旅団, 第101空挺師団 + 第506…):
 * content nouns, not time words or list prefixes, and further 第 + number groups.
 */
function numberedUnitStart(tokens: readonly Token[], i: number, j: number): number {
  let first = (isAdjacent(tokens, i) ? ordinalStartAt(tokens, i - 1) : -1)
  if (first < 0 || i > j) return i
  let start = first
  for (;;) {
    let k = start
    while (k > 0 && isAdjacent(tokens, k) && isRunToken(tokens[k - 1]!) && tokens[k - 1]!.surface !== '・' && !NON_NAME_PREFIXES.has(tokens[k - 1]!.surface)) k--
    first = (isAdjacent(tokens, k) ? ordinalStartAt(tokens, k - 1) : -1)
    if (first < 0) return k
    start = first
  }
}

/** (its candidates are computed once per sentence: find-org-before-title consults them too) */
export const findOrgBySuffix: EntityRule = oncePerInput({
  name: 'find-org-by-suffix',
  tier: 1,
  find(input) {
    const { tokens, text, gazetteer } = input
    const out: Candidate[] = []
    const trie = wordTrieOf(gazetteer.orgSuffixes, 'reversed')
    let starts: Set<number> | undefined
    for (let j = 0; j < tokens.length; j++) {
      if (!isContentNoun(tokens[j]!)) continue
      // the organisation suffixes (12 characters at most) ending here, longest first; none: no run
      // ending at j can be a name. `suffixOf` of a run is the first of them shorter than the run.
      const endings = keysEndingAt(trie, text, tokens[j]!.end, 12)
      if (endings.length === 0) continue
      let i = j
      // the tokens of the longest suffix belong to the run whatever IPADIC made of them (製 + 紙, 連絡 + 会)
      const suffixStart = tokens[j]!.end - endings[0]!.length
      while (i > 0 && (isRunToken(tokens[i - 1]!) || isSplitWordHead(tokens, i - 1) || tokens[i - 1]!.start >= suffixStart || isInnerListWord(tokens, i - 1, j)) && isAdjacent(tokens, i) && !isListDot(tokens, i - 1)) i--
      // a legal-person prefix (一般社団法人) stays outside the name, however it is tokenized
      const beforePrefix = i
      i = afterLegalPrefix(tokens, i, j, text, gazetteer.legalPrefixes)
      // 社団法人 + 音楽制作者連盟: after a legal-person prefix any noun run with a suffix is one body
      const certified = i > beforePrefix
      // 第 + number (+ 次) heads a numbered unit or cabinet (第三航空戦隊, 第2次安倍内閣); the branch or the
      // parent unit written before it belongs to the name (歩兵第1旅団, 第101空挺師団第506歩兵連隊)
      i = numberedUnitStart(tokens, i, j)
      while (i < j && gazetteer.legalPrefixes.has(tokens[i]!.surface)) i++
      while (i < j && (NON_NAME_PREFIXES.has(tokens[i]!.surface) || tokens[i]!.posDetail[0] === '数' || (tokens[i]!.partOfSpeech !== '名詞' && tokens[i]!.partOfSpeech !== '接頭詞'))) i++
      // the run ends at j and must end in a suffix, with a name part before it
      // (s = j: one word that holds the name and its suffix, as IPADIC left サムスングループ)
      for (let s = i; s <= j; s++) {
        // one word alone only when IPADIC did not know it (its known proper nouns are find-org-by-pos's)
        if (s === j && tokens[j]!.origin !== 'unknown') continue
        const runLength = tokens[j]!.end - tokens[s]!.start
        const suffix = endings.find((e) => e.length < runLength)
        if (suffix === undefined) continue
        if (isKatakana(suffix)) starts ??= new Set(tokens.map((t) => t.start))
        if (starts !== undefined && !startsOnToken(starts, tokens[j]!.end - suffix.length, suffix, tokens[j]!)) continue
        // a Latin suffix inside one Latin word is no suffix (N + FC: NFC is a term; the acronym is find-org-by-pos's)
        if (/^[A-Z]/u.test(suffix) && isLatin(tokens[j]!.surface) && tokens[j]!.surface.length > suffix.length) continue
        const run = text.slice(tokens[s]!.start, tokens[j]!.end)
        // a suffix inside a common word is not a suffix (入庁, 入社, 本社); inside a name it is (国防総省)
        const last = tokens[j]!
        // IPADIC may split that word (入 + 庁, 両 + 党: a prefix right before the suffix word; 新 + 社 is a name)
        if (last.surface === suffix && WORD_PREFIXES.has(tokens[j - 1]?.surface ?? '') && tokens[j - 1]!.partOfSpeech === '接頭詞' && isAdjacent(tokens, j)) continue
        // …閉 + 社, …退 + 社: a kanji that makes a verbal noun of 社 (閉社, 退社) ends the name before it (…閉社 is the closing of a company)
        if (last.surface === '社' && suffix === '社' && VERBAL_SHA.has(tokens[j - 1]?.surface ?? '') && tokens[j - 1]!.posDetail[0] !== '固有名詞' && isAdjacent(tokens, j)) continue
        if (last.surface.length > suffix.length && last.origin === 'known' && (last.posDetail[0] !== '固有名詞' || NOT_ORG_WORDS.has(last.surface))) continue
        const nameTokens = tokens.slice(s, j + 1).filter((t) => t.start < tokens[j]!.end - suffix.length)
        // ミナミ精機株式会社 + 代表: the representative of an organisation is a role, not another organisation
        // (株式会社 + … + 代表 as well: the legal form written before the name)
        if ((suffix === '代表' || suffix === '代表団') && (suffixOf(run.slice(0, -suffix.length), input) !== null || gazetteer.legalForms.has(tokens[s]!.surface))) continue
        // 湖北省, 広東省: a place + 省 is a province (find-place-by-pos), not a ministry
        if (suffix === '省' && nameTokens.length === 1 && nameTokens[0]!.posDetail[1] === '地域' && nameTokens[0]!.posDetail[2] !== '国') continue
        if (!gazetteer.legalForms.has(suffix) && !(certified && s === i) && !nameTokens.some((t) => isNameLike(t)) && !isInstitutionCompound(nameTokens, suffix) && !isCoinedCompanyName(nameTokens, suffix)) continue
        if (tokens[s]!.partOfSpeech === '接頭詞' && s === j - 1) continue
        if (ACTIVITY_SUFFIXES.has(suffix) && isDescriptiveCompound(nameTokens)) break
        // 造船 + 所: the suffix and the next word make a facility word (find-other-by-suffix's)
        if (tokens[j + 1] !== undefined && isAdjacent(tokens, j + 1) && FACILITY_WORDS.has(suffix + tokens[j + 1]!.surface)) break
        // a foreign place + 組 is a group of people (ヨーロッパ組, ブラジル組), a surname + 組 a builder (森岡組;
        // IPADIC reads many surnames as kanji places)
        if (suffix === '組' && nameTokens.some((t) => t.posDetail[1] === '地域' && (isKatakana(t.surface) || t.posDetail[2] === '国'))) break
        // a technical acronym before 局 / 会社 is a kind of company, not one (TV局, PR会社, WEB制作会社)
        if (nameTokens.some((t) => TECH_ACRONYMS.has(t.surface.toUpperCase())) && nameTokens.every((t) => isLatin(t.surface) || (t.origin === 'known' && t.posDetail[0] !== '固有名詞'))) break
        const country = gazetteer.abbreviations.get(run[0] ?? '')
        const abbreviated = country !== undefined && tokens[s]!.surface.length === 1
        const known = gazetteer.names.get(run)
        // Vm + labs + 社, 3 + Di + 社: a Latin name keeps its spaced words and the digits glued to it
        const from = latinNameStart(text, tokens, s, suffix, gazetteer.legalForms)
        if (from < 0) break
        // U-19 + 日本代表: the age grade written before a national team is part of its name
        const grade = suffix === '代表' ? AGE_GRADE.exec(text.slice(Math.max(0, tokens[from]!.start - 5), tokens[from]!.start)) : null
        const candidate: Candidate = {
          start: tokens[from]!.start - (grade?.[0].length ?? 0),
          end: tokens[j]!.end,
          type: 'ORGANIZATION',
          subtype: known?.subtype ?? gazetteer.orgSuffixes.get(suffix) ?? 'OTHER',
          canonical: known?.canonical ?? (abbreviated ? country.canonical + run.slice(1) : text.slice(tokens[from]!.start - (grade?.[0].length ?? 0), tokens[j]!.end)),
          rule: 'find-org-by-suffix',
        }
        out.push(candidate)
        break
      }
    }
    out.push(...findLegalFormPrefixed(input))
    return out
  },
})

/** A person's title after a company (株式会社 + 代表取締役社長) ends the name. */
function isTitleWord(token: Token, gazetteer: RuleInput['gazetteer']): boolean {
  return gazetteer.titles.has(token.surface) || token.surface === '代表' || token.surface === '代表取締役' || token.surface === '取締役'
}

/** 株式会社 + name (株式会社ビヨンクール): the legal form written before the name. */
function findLegalFormPrefixed(input: RuleInput): Candidate[] {
  const { tokens, text, gazetteer } = input
  const out: Candidate[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!gazetteer.legalForms.has(tokens[i]!.surface)) continue
    let j = i
    while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && isRunToken(tokens[j + 1]!) && !gazetteer.legalForms.has(tokens[j + 1]!.surface) && !isTitleWord(tokens[j + 1]!, gazetteer)) j++
    if (j === i) continue
    out.push({ start: tokens[i]!.start, end: tokens[j]!.end, type: 'ORGANIZATION', subtype: 'COMPANY', canonical: text.slice(tokens[i]!.start, tokens[j]!.end), rule: 'find-org-by-suffix' })
  }
  return out
}
