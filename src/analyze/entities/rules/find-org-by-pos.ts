/**
 * @module analyze/entities/rules/find-org-by-pos
 * Rule 7. IPADIC 固有名詞,組織 tokens are organisations (known ones get their gazetteer subtype).
 * kuromoji tags every unknown Latin word as 組織; only all-capital acronyms of two or more letters
 * (NATO, IAEA) are kept from those, except common technical ones (OS, DVD, GDP); capitals joined by & or φ
 * are one name (AT&T), and so is an organisation word + & + an unknown name (…&…); a word IPADIC tags 組織
 * before the plural ら or 本人 is a person's surname.
 */
import { oncePerInput, type Candidate, type EntityRule } from '../candidate.ts'
import type { Token } from '../../../core/doc.ts'
import { isAdjacent, isKanji, isKatakana, isOrgToken } from '../token-utils.ts'
import type { Gazetteer } from '../gazetteer.ts'
import { orgScore } from './org-or-person.ts'

const ACRONYM = /^[A-ZＡ-Ｚ][A-ZＡ-Ｚ&＆]+$/u
/** Capitalised acronyms that are things, not organisations. */
const NOT_ORG_ACRONYMS = new Set(['OS', 'CD', 'DVD', 'PC', 'TV', 'CM', 'AI', 'IT', 'IC', 'ED', 'OP', 'GDP', 'GPS', 'USB', 'LED', 'SNS', 'URL', 'PDF', 'HP', 'DJ', 'MC', 'VS', 'PK', 'MVP', 'CEO', 'CPU', 'GPU', 'LAN', 'RPG', 'SF', 'BGM', 'OB', 'OG', 'DNA', 'RNA', 'PCR', 'EV', 'SUV', 'ATM', 'ID', 'OK', 'NG', 'HD', 'HDCD', 'LP', 'EP', 'CS', 'BS', 'FM', 'AM', 'KO', 'TKO', 'WEB', 'APP', 'VR', 'AR', 'IoT', 'JR', 'M&A', 'R&D', 'Q&A', 'B&B', 'BD'])

/**
 * An acronym stands alone (NATO), or heads a katakana name glued to it (SCフライブルク → one
 * organisation); next to other Latin words or digits it is part of a product or title (YAPPA 3D).
 */
function acronymSpan(text: string, tokens: readonly Token[], i: number): { start: number; end: number } | null {
  const token = tokens[i]!
  const joined = joinedLatinName(text, token.start, token.end)
  // BD&DVD, M&A: parts that are terms make a term
  if (joined !== null) return text.slice(joined.start, joined.end).split(/[&＆φΦ]/u).some((part) => NOT_ORG_ACRONYMS.has(part)) || NOT_ORG_ACRONYMS.has(text.slice(joined.start, joined.end)) ? null : joined
  const before = text[token.start - 1] ?? ''
  const after = text[token.end] ?? ''
  if (/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-]/u.test(before) || /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-]/u.test(after)) return null
  // AC + アダプタ, PC + ケース: an acronym heading a katakana dictionary word is part of a term
  if (tokens[i + 1] !== undefined && isAdjacent(tokens, i + 1) && isCommonKatakana(tokens[i + 1]!)) return null
  if (/^\s[A-Za-z0-9]/u.test(text.slice(token.end, token.end + 2)) || /[A-Za-z0-9]\s$/u.test(text.slice(Math.max(0, token.start - 2), token.start))) return null
  let j = i
  // SCフライブルク, FCバルセロナ, SC相模原: an acronym heading a name or a place is a club or company
  while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && isClubNamePart(tokens[j + 1]!)) j++
  return { start: token.start, end: tokens[j]!.end }
}

/** tokens[i] + & + an unknown katakana or Latin word, glued: one name. */
function isJoinedName(tokens: readonly Token[], i: number): boolean {
  const sign = tokens[i + 1]
  const next = tokens[i + 2]
  return sign !== undefined && next !== undefined && (sign.surface === '&' || sign.surface === '＆') && isAdjacent(tokens, i + 1) && isAdjacent(tokens, i + 2) &&
    next.partOfSpeech === '名詞' && next.origin === 'unknown' && (isKatakana(next.surface) || /^[A-Za-z]/u.test(next.surface))
}

/** A sign that joins the parts of one Latin name without a space (AT&T, P&G, BOφWY). */
const NAME_JOINER = /^[&＆φΦ]$/u

/**
 * The whole Latin name a capital acronym at [start, end) opens when a joining sign and more capital
 * letters follow it glued (AT + & + T, BO + φ + WY): one name, not an acronym and a stray letter.
 */
function joinedLatinName(text: string, start: number, end: number): { start: number; end: number } | null {
  if (/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆φΦ]/u.test(text[start - 1] ?? '')) return null
  const m = /^(?:[&＆φΦ][A-ZＡ-Ｚ0-9][A-ZＡ-Ｚ0-9]*)+/u.exec(text.slice(end, end + 24))
  if (m === null || /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９&＆φΦ]/u.test(text[end + m[0].length] ?? '')) return null
  return NAME_JOINER.test(m[0][0]!) ? { start, end: end + m[0].length } : null
}

/** A katakana common noun IPADIC knows (ノート, アダプタ, セル), not a name. */
function isCommonKatakana(token: Token): boolean {
  return token.partOfSpeech === '名詞' && token.origin === 'known' && token.posDetail[0] !== '固有名詞' && token.posDetail[0] !== '接尾' && isKatakana(token.surface) && token.surface.length >= 2
}

function isClubNamePart(token: Token): boolean {
  return token.partOfSpeech === '名詞' && ((isKatakana(token.surface) && token.origin !== 'known') || token.posDetail[1] === '地域' || token.posDetail[1] === '組織')
}

/** Words IPADIC tags 組織 that refer to a company without naming it, or that are common words (find-org-by-suffix reads them too). */
export const NOT_ORG_WORDS: ReadonlySet<string> = new Set(['自社', '他社', '同社', '当社', '弊社', '御社', '貴社', '本社', '各社',
  // common words IPADIC also lists as 組織
  '社会', '上下', '新生', 'データ通信', 'オールインワン'])

/**
 * A known organisation word glued to a following noun that is not a katakana name
 * (三菱 + 記念館, 北海 + 製材, 大黒屋 + 与兵衛) is part of
 * another, longer name and is left to the rules that find that name.
 */
function isInsideLongerName(tokens: readonly Token[], i: number, gazetteer: Gazetteer): boolean {
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  // レッツ + ノート, プレ + アカ, リーマン + ショック: a katakana word glued to a katakana dictionary word
  // heads a product or a term (a kanji name keeps its reading: 駿河台大学 + メディア情報学部)
  if (isKatakana(tokens[i]!.surface) && after !== undefined && isAdjacent(tokens, i + 1) && isCommonKatakana(after)) return true
  const gluedAfter = after !== undefined && isAdjacent(tokens, i + 1) && after.partOfSpeech === '名詞' && !isKatakana(after.surface) &&
    after.posDetail[0] !== '接尾' && after.posDetail[0] !== '非自立' && !/^[\p{P}\p{S}]/u.test(after.surface) &&
    !isRelationWord(tokens, i + 1, gazetteer)
  // a time word before it (現在 + 三菱ふそう) starts no name
  const gluedBefore = before !== undefined && isAdjacent(tokens, i) && (before.partOfSpeech === '名詞' || before.partOfSpeech === '接頭詞') &&
    before.posDetail[0] !== '数' && before.posDetail[0] !== '副詞可能' && !/^[\p{P}\p{S}]/u.test(before.surface) && !isKatakana(tokens[i]!.surface)
  return gluedAfter || gluedBefore
}

/** Nouns written right after an organisation that speak of it without lengthening its name (…時代, …系列, …工場, …社長). */
const RELATION_WORDS = new Set(['時代', '系列', '傘下', '側', '本社', '本店', '支社', '支店', '工場', '営業所', '事業所', '社員', '職員', '幹部', '関係者', 'グループ会社', '株', '株式', '製品', '主催', '提供', '買収', '傘下入り'])

/** tokens[k] speaks of the organisation before it: a relation word, a title, or a place + a facility word (…釧路 + 工場). */
function isRelationWord(tokens: readonly Token[], k: number, gazetteer: Gazetteer): boolean {
  const token = tokens[k]!
  if (RELATION_WORDS.has(token.surface) || gazetteer.titles.has(token.surface)) return true
  const next = tokens[k + 1]
  return token.posDetail[1] === '地域' && next !== undefined && isAdjacent(tokens, k + 1) && RELATION_WORDS.has(next.surface)
}

/**
 * A katakana word IPADIC tags 組織 that is one part of a longer katakana name — dotted (リトル・…,
 * …・ホール) or glued after another katakana or Latin word (ベン + …, LG + …) — is not that organisation.
 */
function isPartOfKatakanaName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!
  if (!isKatakana(token.surface)) return false
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  const dotted = (before?.surface === '・' && isAdjacent(tokens, i) && isKatakana(tokens[i - 2]?.surface ?? '')) ||
    (after?.surface === '・' && isAdjacent(tokens, i + 1) && isKatakana(tokens[i + 2]?.surface ?? ''))
  const glued = before !== undefined && isAdjacent(tokens, i) && before.partOfSpeech === '名詞' && (isKatakana(before.surface) || /^[A-Za-z]+$/u.test(before.surface))
  return dotted || glued
}

/**
 * 毎日 is the newspaper only in a press frame (毎日 + 新聞 / 放送, …によると, …が報じた, listed with
 * other papers: 朝日、毎日); elsewhere it is the adverb "every day" (毎日メールをする).
 */
function isNewspaperFrame(text: string, start: number, end: number): boolean {
  return /^(?:新聞|放送|によれば|によると|の報道|の取材|の記事|の調査|の世論調査|が報じ|は報じ|[、・](?:読売|朝日|産経|日経|東京))/u.test(text.slice(end, end + 6)) ||
    /(?:読売|朝日|産経|日経)[、・]$/u.test(text.slice(Math.max(0, start - 3), start))
}

/**
 * A kanji word IPADIC tags 組織 that it also lists as a surname (安藤, 金子: before a given name it reads
 * 姓 + 名) and that the gazetteer does not know as an organisation is more often a person in running text
 * (安藤が跳んだ); outside a press frame (…によると) it is left to the person rules and the tagger.
 */
function isAlsoSurname(surface: string, tokenize: (text: string) => Token[]): boolean {
  if (!isKanji(surface)) return false
  const probe = tokenize(surface + '一郎')
  return probe.length === 2 && probe[0]!.surface === surface && probe[0]!.posDetail[1] === '人名' && probe[0]!.posDetail[2] === '姓'
}

/** 村井被告, 本田さん: a word IPADIC tags 組織 but followed by a person's title or honorific is a surname. */
function isTitledPerson(tokens: readonly Token[], i: number, gazetteer: Gazetteer): boolean {
  const after = tokens[i + 1]
  return after !== undefined && isAdjacent(tokens, i + 1) && (gazetteer.honorifics.has(after.surface) || gazetteer.titles.has(after.surface) || PERSON_NOUNS.has(after.surface))
}
const PERSON_NOUNS = new Set(['ら', '本人', '被告', '容疑者', '被告人', '受刑者', '死刑囚', '選手', '投手', '捕手', '監督', '氏', 'さん', '君', 'ちゃん', '様'])

/** (its candidates are computed once per sentence: find-org-before-title consults them too) */
export const findOrgByPos: EntityRule = oncePerInput({
  name: 'find-org-by-pos',
  tier: 2,
  find({ text, tokens, gazetteer, tokenize }) {
    const out: Candidate[] = []
    for (const [i, token] of tokens.entries()) {
      if (!isOrgToken(token)) continue
      if (token.surface.length < 2) continue
      if (token.origin === 'unknown') {
        if (!ACRONYM.test(token.surface) || NOT_ORG_ACRONYMS.has(token.surface)) continue
        const span = acronymSpan(text, tokens, i)
        const sentence = { start: tokens[0]!.start, end: tokens.at(-1)!.end }
        // an unknown acronym is as often a product, format or term (EBITDA, OVA): the sentence must speak of organisations
        if (span !== null && orgScore(text, sentence, span.start, span.end, [text.slice(span.start, span.end)]) >= 1) out.push({ ...span, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-pos' })
        continue
      }
      const known = gazetteer.names.get(token.surface)
      if (known === undefined && tokenize !== undefined && !isNewspaperFrame(text, token.start, token.end) && isAlsoSurname(token.surface, tokenize)) continue
      if (NOT_ORG_WORDS.has(token.surface) || isInsideLongerName(tokens, i, gazetteer) || isTitledPerson(tokens, i, gazetteer)) continue
      if (known === undefined && isPartOfKatakanaName(tokens, i)) continue
      if (token.surface === '毎日' && !isNewspaperFrame(text, token.start, token.end)) continue
      // 西鉄 + ライオンズ, 読売 + ジャイアンツ: an organisation word heading a katakana name is one name
      let j = i
      // …& + katakana name: a name joined to it by & is one name with it (a duo or a group)
      if (isJoinedName(tokens, i)) j = i + 2
      while (j + 1 < tokens.length && isAdjacent(tokens, j + 1) && isKatakana(tokens[j + 1]!.surface) && tokens[j + 1]!.partOfSpeech === '名詞' &&
        (tokens[j + 1]!.origin !== 'known' || isOrgToken(tokens[j + 1]!))) j++
      if (j > i) {
        out.push({ start: token.start, end: tokens[j]!.end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-pos' })
        continue
      }
      out.push(
        known !== undefined
          ? { start: token.start, end: token.end, type: known.type, subtype: known.subtype, canonical: known.canonical, rule: 'find-org-by-pos' }
          : { start: token.start, end: token.end, type: 'ORGANIZATION', subtype: 'OTHER', rule: 'find-org-by-pos' },
      )
    }
    return out
  },
})
