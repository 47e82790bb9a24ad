/**
 * @module digest/well-formed
 * A small well-formedness check for titles and headlines: a line a reader can take as a news
 * headline. It fails a bare date or time (17:00), a line that opens with a particle, auxiliary or verb,
 * a line without a content noun or with a single content word (告示), a line ending in a particle (…と), a dangling verb stem
 * (開かれ), a と・や・の or conjunctive particle whose partner was deleted (高田誠と 新人で, 報じたが 寄せられ),
 * は・が・を straight before another particle (大阪府警はを逮捕: the noun between was deleted),
 * a prefix without its noun (第が), a bracket cut at one end (…を刻む」が開幕), and a conjugation broken by deletion (分かりました → 分かりた: a 五段 stem in 連用形
 * before た・て, サ行 excepted: 果たした); `checkKept` also fails a bracket or an enumeration cut by the
 * deletion (日本、中国、韓国の → 中国 韓国の: `enumeration.ts`). Works on tokens: the kept tokens of a compression (`keptTokens`, which also
 * fails a token cut in half) or the output re-tokenised (the eval).
 */
import type { Token } from '../core/doc.ts'
import { keptText, type Kept } from './compress/index.ts'
import { cutsEnumeration } from './enumeration.ts'

/** The token fields the check reads. */
export type FormToken = Pick<Token, 'surface' | 'partOfSpeech' | 'posDetail' | 'conjugatedType' | 'conjugatedForm'>

/** Why a line is not well formed. */
export type FormProblem =
  | 'empty'
  | 'bare-date'
  | 'split-token'
  | 'starts-with-function-word'
  | 'starts-with-verb'
  | 'no-content-noun'
  | 'too-short'
  | 'unbalanced-bracket'
  | 'bad-ending'
  | 'dangling-verb'
  | 'dangling-particle'
  | 'broken-conjugation'
  | 'cut-inside-quote'
  | 'cut-enumeration'

const BARE_DATE = /^[\d０-９:：.,、\s年月日時分秒午前後ごろ頃]+$/u
const NON_CONTENT_NOUN = new Set(['非自立', '代名詞', '数', '接尾', '副詞可能'])
/** Finite auxiliaries a headline may end with (合意した, 行われた, 決まらない, 出す). */
const FINITE_AUX = new Set(['た', 'だ', 'ない', 'ぬ', 'ん', 'れる', 'られる', 'せる', 'させる', 'う', 'よう', 'まい', 'ます', 'です', 'たい', 'らしい'])
/** Particles a headline may end with: 来月訪米へ, 辞任か. */
const FINAL_PARTICLES = new Set(['へ', 'か'])

const isSymbol = (t: FormToken): boolean => t.partOfSpeech === '記号' || /^[\s、,。]+$/u.test(t.surface)
const isContentNoun = (t: FormToken): boolean => t.partOfSpeech === '名詞' && !NON_CONTENT_NOUN.has(t.posDetail[0]) && !/^[\d０-９]+$/u.test(t.surface)
const isVerbLike = (t: FormToken): boolean => t.partOfSpeech === '動詞' || t.partOfSpeech === '助動詞' || t.partOfSpeech === '形容詞'

const PAIRS: Readonly<Record<string, string>> = { '「': '」', '『': '』', '（': '）', '(': ')', '【': '】' }

function bracketsBalanced(text: string): boolean {
  const stack: string[] = []
  for (const c of text) {
    if (PAIRS[c] !== undefined) stack.push(PAIRS[c])
    else if (Object.values(PAIRS).includes(c) && stack.pop() !== c) return false
  }
  return stack.length === 0
}

function endingOk(last: FormToken, before: FormToken | undefined): boolean {
  switch (last.partOfSpeech) {
    case '名詞':
      return last.posDetail[0] !== '非自立' || before !== undefined
    case '動詞':
    case '形容詞':
      return last.conjugatedForm === '基本形'
    case '助動詞':
      return FINITE_AUX.has(last.surface) || last.conjugatedForm === '基本形'
    case '助詞':
      return FINAL_PARTICLES.has(last.surface) && before?.partOfSpeech === '名詞'
    default:
      return false
  }
}

/** How strict the check is. */
export type FormOptions = {
  /**
   * Accept a verb stem before a written 、 (連用中止: 記者会見し、謝罪した) — fine in a 40-character
   * title, not in a headline where the 、 shows as a space. Default false.
   */
  readonly clauseCommas?: boolean
}

/**
 * The first problem of a line given its tokens (and its text), or null when it is well formed.
 * @example checkForm(tokenize('辞任を表明'), '辞任を表明') // null
 */
export function checkForm(tokens: readonly FormToken[], text: string = tokens.map((t) => t.surface).join(''), options: FormOptions = {}): FormProblem | null {
  const words = tokens.filter((t) => !isSymbol(t))
  if (words.length === 0 || text.trim() === '') return 'empty'
  if (BARE_DATE.test(text)) return 'bare-date'
  // a quotation or title cut at one end (千年の時を刻む」が開幕)
  if (!bracketsBalanced(text)) return 'unbalanced-bracket'
  const first = words[0]!
  if (first.partOfSpeech === '助詞' || first.partOfSpeech === '助動詞') return 'starts-with-function-word'
  // an adnominal verb whose argument was deleted (伴う香川県知事選挙は…)
  if (first.partOfSpeech === '動詞') return 'starts-with-verb'
  if (!words.some(isContentNoun)) return 'no-content-noun'
  // one word is a label, not a headline (告示)
  if (words.filter((t) => isContentNoun(t) || (t.partOfSpeech === '動詞' && t.posDetail[0] === '自立')).length < 2) return 'too-short'
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]!
    if (t.conjugatedType.startsWith('五段') && !t.conjugatedType.includes('サ行') && t.conjugatedForm === '連用形' && (next.surface === 'た' || next.surface === 'て' || next.surface === 'だ' || next.surface === 'で')) {
      if (next.partOfSpeech === '助動詞' || next.partOfSpeech === '助詞') return 'broken-conjugation'
    }
    // a coordinating or adnominal particle whose partner was deleted (高田誠と 新人で…)
    const gap = isSymbol(next) && next.surface.trim() === ''
    const comma = /^[、,]$/u.test(next.surface)
    const joining = t.surface === 'と' || t.surface === 'や' || t.surface === 'の' || t.posDetail[0] === '接続助詞'
    if (t.partOfSpeech === '助詞' && joining && (gap || (comma && options.clauseCommas !== true))) return 'dangling-particle'
    // two particles with the noun between them deleted (大阪府警は[…容疑者]を逮捕 → 大阪府警はを逮捕)
    if (t.partOfSpeech === '助詞' && (t.surface === 'は' || t.surface === 'が' || t.surface === 'を') && t.posDetail[0] !== '接続助詞' && next.partOfSpeech === '助詞' && next.posDetail[0] !== '終助詞') return 'dangling-particle'
    // a prefix without its noun (第[4試合]が)
    if (t.partOfSpeech === '接頭詞' && next.partOfSpeech !== '名詞') return 'dangling-particle'
    // a list item whose partners were deleted (日本、[中国、韓国などの再協議が行われ、]調整が続いた)
    if (t.partOfSpeech === '名詞' && comma && tokens[i + 2] !== undefined && isSymbol(tokens[i + 2]!) && tokens[i + 2]!.surface.trim() === '') return 'dangling-particle'
    // a verb stem left before a gap or another content word (開かれ 訪れた)
    if (isVerbLike(t) && (t.conjugatedForm === '連用形' || t.conjugatedForm === '未然形') && t.posDetail[0] !== '非自立') {
      if ((isSymbol(next) && !(comma && options.clauseCommas === true)) || next.partOfSpeech === '名詞') return 'dangling-verb'
    }
  }
  const lastIndex = words.length - 1
  if (!endingOk(words[lastIndex]!, words[lastIndex - 1])) return 'bad-ending'
  return null
}

/**
 * The tokens of a compression, in order, with a space token where the kept text has a gap between
 * two words of different phrases; null when a token is only partly kept (a word cut in half).
 */
export function keptTokens(kept: Kept, tokens: readonly Token[]): Token[] | null {
  const inside = new Set(kept.positions)
  const out: Token[] = []
  for (const token of tokens) {
    if (token.end <= kept.start || token.start >= kept.end) continue
    let n = 0
    for (let p = token.start; p < token.end; p++) if (inside.has(p)) n++
    if (n === 0) continue
    if (n !== token.end - token.start) {
      if (/^[\s　]+$/u.test(token.surface)) continue
      return null
    }
    const previous = out.at(-1)
    if (previous !== undefined && token.partOfSpeech !== '助動詞' && token.partOfSpeech !== '助詞') {
      for (let p = previous.end; p < token.start; p++) {
        if (!inside.has(p)) {
          out.push({ ...token, start: p, end: p, surface: ' ', partOfSpeech: '記号', posDetail: ['空白', '*', '*'], conjugatedType: '*', conjugatedForm: '*' })
          break
        }
      }
    }
    out.push(token)
  }
  return out
}

/** The problem of a compression, or null when it is well formed (see `checkForm`). */
export function checkKept(kept: Kept, tokens: readonly Token[], options: FormOptions = {}): FormProblem | null {
  if (cutsInsideQuote(kept)) return 'cut-inside-quote'
  // a list member deleted while others stay (日本、中国、韓国の担当者 → 中国 韓国の担当者)
  if (cutsEnumeration(kept, tokens)) return 'cut-enumeration'
  const text = keptText(kept)
  if (tokens.length === 0) return BARE_DATE.test(text) || text.trim() === '' ? 'bare-date' : null
  const list = keptTokens(kept, tokens)
  return list === null ? 'split-token' : checkForm(list, text, options)
}

const OPENING = '「『“（【'
const CLOSING = '」』”）】'

/**
 * True when a bracketed quote or name inside the cited span is partly deleted: 「日本の暦」 may be kept
 * whole or dropped whole, never shortened to 「日本暦」 (a deletion that changes what was said or named).
 */
export function cutsInsideQuote(kept: Kept): boolean {
  const inside = new Set(kept.positions)
  const open: number[] = []
  for (let p = kept.start; p < kept.end; p++) {
    const ch = kept.body[p] ?? ''
    if (OPENING.includes(ch)) open.push(p)
    else if (CLOSING.includes(ch) && open.length > 0) {
      const from = open.pop() as number
      let n = 0
      for (let q = from; q <= p; q++) if (inside.has(q)) n++
      if (n > 0 && n < p - from + 1) return true
    }
  }
  return false
}
