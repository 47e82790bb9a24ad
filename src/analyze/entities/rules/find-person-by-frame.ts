/**
 * @module analyze/entities/rules/find-person-by-frame
 * Rule (tier 3). A bare katakana name with no title is a person when its frame only fits a person:
 * a kin or court word right before it (兄エドモン, 次男のパウル, 宰相ハーデン), an occupation word and
 * の before it (教授の…, 隊員の…), a list item next to a name IPADIC knows (シラー、…など), a companion
 * in a human act (…と共に帰還), a family word right
 * after it (ライト兄弟, ブラウン夫妻), or a kin noun or a life event right after it (ハートの妻,
 * ノーランが死去, マイヤーは即位), the plural suffix of people right after it (スクワイアらは)
 * or a ruler's title right after it (アンテミウス帝); 夫の / 妻の before a word is as often a possession (夫の年収). The frames are adjacent to the name: a frame word further away
 * says nothing of it. A katakana word IPADIC knows as a common noun (マックス, ジュール) is taken only
 * right after a kin word or as the subject of a death or an accession (ジュールが亡くなった; not 美術スタッフが死亡); a known place or organisation, a gazetteer name and a
 * place-shaped word (…スタン, …ランド) never.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule, RuleInput } from '../candidate.ts'
import { isAdjacent, isKatakana, isPersonToken } from '../token-utils.ts'
import { isPlaceShaped, isTermShaped } from './guess-katakana-person.ts'

/** Right before the name, as a word of its own: a kin or court word (兄, 次男の, 宰相, 王子). */
const KIN_WORDS = new Set(['父', '母', '兄', '弟', '姉', '妹', '妻', '夫', '娘', '息子', '長男', '次男', '三男', '四男', '長女', '次女', '三女', '叔父', '叔母', '伯父', '伯母', '祖父', '祖母', '甥', '姪', '王子', '王女', '皇子', '皇女', '王妃', '皇太子', '宰相', '弟子', '恋人', '婚約者'])
/** Right after the name: a family word (兄弟, 夫妻). */
const FAMILY_AFTER = /^(?:兄弟|姉妹|夫妻|夫婦|親子|父子|母子)/u
/**
 * Right after the name: a ruler's title that ends there (アンテミウス帝, テーレポス王; not 王国, 王朝).
 * 王 after a word with の before it is an epithet (球界のブログ王), and so is 女王, which is left out.
 */
const RULER_AFTER = /^(?:大王|皇帝|王|帝|卿)(?![\p{Script=Han}])/u
/** Right after the name: its kin, its body and life, or a life event with the name as subject. */
const LIFE_AFTER = /^(?:の(?:妻|夫|息子|娘|父親?|母親?|兄|弟|姉|妹|長男|次男|長女|次女|祖父|祖母|孫|甥|姪|代理人|恋人|愛人|遺体|遺族|葬儀|訃報|死後|没後|生誕|晩年|自伝|伝記|弟子|師匠|生家|自宅|邸宅|墓|銅像|肖像|研究室)(?!\p{Script=Han})|[がは](?:亡くな|死去|死亡|逝去|急死|病死|戦死|暗殺さ|処刑さ|殺害さ|即位|退位|結婚|離婚|再婚|出家))/u
/**
 * Right after the name: a death, a throne or a childhood age with the name as subject (a common word
 * does not die or turn five: ジュールが亡くなった, マックスが5歳の時).
 */
const EVENT_AFTER = /^(?:[がは](?:亡くな|死去|逝去|急死|病死|戦死|暗殺さ|処刑さ|即位|退位)|が(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})歳の(?:時|とき|頃|ころ))/u
/** Right after an unknown name: a companion in a human act (…と共に帰還, …とともに旅を; not …とともに開発, which a company does). */
const COMPANION_AFTER = /^と(?:共に|ともに)(?:行動|帰還|出陣|旅|暮ら|過ご|戦|逃|脱出|来日|亡命|生活)/u
/** Right after an unknown name: its age (ロイツェは5歳, …が30歳で); a common word has a peak at 25 (ピークは25歳). */
const AGE_AFTER = /^[がは](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})歳/u
/**
 * An occupation word written before a name with の (神学教授の…, 隊員の…, 作家の…); not words for
 * any person (若者, 両者) nor 選手, whose の is as often a possession (選手のタイムリーヒット).
 */
const OCCUPATION = /(?:学者|作家|画家|教授|教師|医師|記者|技師|牧師|弁護士|博士|隊員|議員|職員|社員|団員|部員|俳優|女優|歌手|騎手|監督|将軍|提督|司令官|研究者|指導者|創業者|経営者|発明者|開発者|作曲家|演出家|政治家|実業家|小説家|漫画家|写真家|建築家|思想家|詩人|同僚|助手)$/u
/** Right after the name: the plural suffix of people (スクワイアらは, …両人); not …の2人, which counts the members of a group. */
const PEOPLE_AFTER = /^(?:ら[はがのをにともや、]|両人)/u
/** Kin words whose の also marks a possession (夫のスペック): only right before the name. */
const POSSESSIVE_KIN = new Set(['夫', '妻'])

/** Whether a token can be part of a bare katakana name (not a middle dot: dotted names are find-foreign-names'). */
function isKatakanaNoun(token: Token): boolean {
  // the part of speech of an unknown word is a guess (kuromoji tags unknown katakana 組織 at times)
  return token.partOfSpeech === '名詞' && isKatakana(token.surface) && token.surface !== '・' && (token.origin !== 'known' || (token.posDetail[1] !== '地域' && token.posDetail[1] !== '組織'))
}

/** Whether the run is a word IPADIC knows as a common noun, or a compound of such words (スイート + ルーム). */
function isCommonWord(run: readonly Token[]): boolean {
  if (run.length === 1) return run[0]!.origin === 'known' && !isPersonToken(run[0]!)
  return run.every((t) => t.origin === 'known' && t.surface.length >= 2 && !isPersonToken(t))
}

/** Whether tokens[i] follows a middle dot that follows a katakana word (エマ + ・ + ストーン; not 娘 + ・ + アミル). */
function isDottedAfterName(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i - 1]
  const word = tokens[i - 2]
  return dot !== undefined && word !== undefined && /^[・＝=]$/u.test(dot.surface) && isAdjacent(tokens, i - 1) && isKatakana(word.surface)
}

/** Index of the kin word right before tokens[i] (兄 + エドモン) or before の / ・ (次男 + の + パウル), or null. */
function kinBefore(tokens: readonly Token[], i: number): number | null {
  const prev = tokens[i - 1]
  if (prev === undefined || !isAdjacent(tokens, i)) return null
  if (KIN_WORDS.has(prev.surface)) return isGlued(tokens, i - 1) ? null : i - 1
  const kin = tokens[i - 2]
  if ((prev.surface === 'の' || prev.surface === '・') && kin !== undefined && isAdjacent(tokens, i - 1) && KIN_WORDS.has(kin.surface) &&
    !(prev.surface === 'の' && POSSESSIVE_KIN.has(kin.surface))) return isGlued(tokens, i - 2) ? null : i - 2
  return null
}

/** Words that join the items of a list (シラー、ヘルダー; メレンドルフと…). */
const LIST_JOINERS = new Set(['、', 'や', 'と'])
/** What may follow a listed name: another joiner, など, or a case or topic particle (not で, which lists tools: …、ブログで). */
const AFTER_LISTED = new Set(['、', 'や', 'と', 'など', 'ら', 'の', 'が', 'は', 'も', 'に', 'を'])

/** Whether a token ends or starts a person's name IPADIC knows (a 人名 token). */
function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && isPersonToken(token)
}

/**
 * Whether the unknown katakana run tokens[i..k] is an item of a list whose next or previous item is
 * a name IPADIC knows (シラー、ヘルダーなど; アンダーソン、スクワイア、…; メレンドルフと馬建常は).
 */
function isListedWithName(tokens: readonly Token[], i: number, k: number): boolean {
  for (let n = i; n <= k; n++) if (tokens[n]!.origin === 'known') return false
  const next = tokens[k + 1]
  if (next === undefined || !AFTER_LISTED.has(next.surface)) return false
  const before = tokens[i - 1]
  const left = before !== undefined && LIST_JOINERS.has(before.surface) && isNameWord(tokens[i - 2])
  const right = LIST_JOINERS.has(next.surface) && isNameWord(tokens[k + 2])
  return left || right
}

/** Whether tokens[i] follows an occupation word and の (教授 + の + ガザーリー) that is a word of its own. */
function isAfterOccupation(tokens: readonly Token[], i: number): boolean {
  const no = tokens[i - 1]
  const role = tokens[i - 2]
  return no !== undefined && role !== undefined && no.surface === 'の' && isAdjacent(tokens, i) && isAdjacent(tokens, i - 1) &&
    role.partOfSpeech === '名詞' && role.posDetail[0] !== '固有名詞' && OCCUPATION.test(role.surface)
}

/** Whether tokens[k] is glued to a noun before it (空 + 母, 姉 + 妹 read apart): then it is no kin word of its own. */
function isGlued(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]
  if (prev === undefined || !isAdjacent(tokens, k)) return false
  const d = prev.posDetail[0]
  return prev.partOfSpeech === '接頭詞' || (prev.partOfSpeech === '名詞' && d !== '非自立' && d !== '副詞可能' && d !== '代名詞')
}

export const findPersonByFrame: EntityRule = {
  name: 'find-person-by-frame',
  tier: 3,
  find(input: RuleInput) {
    const { text, tokens, gazetteer } = input
    const out: Candidate[] = []
    const first = tokens[0]
    const last = tokens.at(-1)
    if (first === undefined || last === undefined) return out
    for (let i = 0; i < tokens.length; i++) {
      // a part of a dotted name (エマ・ストーン) is find-foreign-names'
      if (!isKatakanaNoun(tokens[i]!) || (i > 0 && isAdjacent(tokens, i) && (isKatakana(tokens[i - 1]!.surface) || isDottedAfterName(tokens, i)))) continue
      let k = i
      while (k + 1 < tokens.length && isAdjacent(tokens, k + 1) && isKatakanaNoun(tokens[k + 1]!)) k++
      const start = tokens[i]!.start
      const end = tokens[k]!.end
      const name = text.slice(start, end)
      const next = tokens[k + 1]
      if (name.length < 2 || gazetteer.names.has(name) || (next !== undefined && isAdjacent(tokens, k + 1) && next.surface === '・')) {
        i = k
        continue
      }
      const after = text.slice(end, Math.min(last.end, end + 6))
      const kin = kinBefore(tokens, i)
      const ruler = RULER_AFTER.exec(after)
      const epithet = ruler !== null && ruler[0] === '王' && tokens[i - 1]?.surface === 'の'
      // not a word glued to a noun before it, which describes the next item (高校生レフティ、…)
      const listed = isListedWithName(tokens, i, k) && !isGlued(tokens, i) && !isPlaceShaped(name) && (input.tokenize === undefined || !isTermShaped(name, input.tokenize))
      const framed = kin !== null || listed || isAfterOccupation(tokens, i) || AGE_AFTER.test(after) || COMPANION_AFTER.test(text.slice(end, end + 8)) || FAMILY_AFTER.test(after) || (!isPlaceShaped(name) && (LIFE_AFTER.test(after) || PEOPLE_AFTER.test(after) || (ruler !== null && !epithet)))
      // 「王女メディア」: a kin word and a name that fill a bracket are a title
      const title = kin !== null && text[tokens[kin]!.start - 1] === '「' && text[end] === '」'
      if (!title && (isCommonWord(tokens.slice(i, k + 1)) ? kin === i - 1 || (EVENT_AFTER.test(after) && !isGlued(tokens, i)) : framed)) {
        out.push({ start, end, type: 'PERSON', rule: 'find-person-by-frame' })
      }
      i = k
    }
    return out
  },
}
