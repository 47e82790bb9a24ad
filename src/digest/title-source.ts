/**
 * @module digest/title-source
 * The article's own title as source text. A title has no analysis of its own (the analysis covers
 * the body), so it is segmented with the body's words: longest match against the surfaces of the
 * body's tokens, digit runs as numbers, spaces and punctuation as symbols. A title part with a
 * character no body word covers gets no tokens and gives no candidate (a line cut from it could not
 * be checked for well-formedness). Parts are the title split at its spaces
 * (台風25号が鹿児島に上陸 1人死亡、約12万戸が停電 → two parts), a label part joined with the next
 * (東洋精機工業 品質管理体制を強化); offsets index into the title.
 */
import type { Cite, CitedText } from '../core/digest.ts'
import type { Token } from '../core/doc.ts'
import { contentTerms } from './salience.ts'
import type { SentenceView } from './sentences.ts'

/** Longest body word tried when segmenting a title. */
const MAX_WORD = 16
const DIGITS = /^[0-9０-９]+/u
const SYMBOL = /^[\s\u3000、。，．,.!?！？・：:／/｜|「」『』（）()【】［］〔〕〈〉《》…―ー-]/u

function symbolToken(surface: string, start: number): Token {
  return { start, end: start + surface.length, surface, partOfSpeech: '記号', posDetail: ['一般', '*', '*'], conjugatedType: '*', conjugatedForm: '*', lemma: surface, reading: '', origin: 'unknown' }
}

function numberToken(surface: string, start: number): Token {
  return { ...symbolToken(surface, start), partOfSpeech: '名詞', posDetail: ['数', '*', '*'] }
}

/** A katakana or kanji run no body word covers (フェス, 集落). */
const UNKNOWN_RUN = /^(?:[\p{sc=Katakana}ー]+|\p{sc=Han}+)/u
const HIRAGANA = /^\p{sc=Hiragana}/u

/**
 * A title word the body does not have, read as a noun: a katakana run, or a kanji run that no
 * hiragana follows (a kanji run before hiragana may be a verb stem: 続く). Ends where a body word
 * starts (an unknown 名詞,一般 token); undefined when the run is not such a word.
 */
function unknownNoun(text: string, i: number, to: number, vocabulary: ReadonlyMap<string, Token>): Token | undefined {
  const run = UNKNOWN_RUN.exec(text.slice(i, to))?.[0]
  if (run === undefined) return undefined
  const startsWord = (at: number): boolean => {
    for (let len = Math.min(MAX_WORD, to - at); len > 0; len--) if (vocabulary.has(text.slice(at, at + len))) return true
    return false
  }
  let end = i + 1
  while (end < i + run.length && !startsWord(end)) end++
  if (end === i + run.length && HIRAGANA.test(text.slice(end, end + 1))) return undefined
  return { ...symbolToken(text.slice(i, end), i), partOfSpeech: '名詞' }
}

/**
 * Tokens of `text[from, to)` (offsets into `text`) from the body's words, or null when some
 * character is covered by no body word.
 */
export function segmentWithVocabulary(text: string, from: number, to: number, vocabulary: ReadonlyMap<string, Token>): Token[] | null {
  const out: Token[] = []
  let i = from
  while (i < to) {
    let token: Token | undefined
    for (let len = Math.min(MAX_WORD, to - i); len > 0 && token === undefined; len--) {
      const known = vocabulary.get(text.slice(i, i + len))
      if (known !== undefined) token = { ...known, start: i, end: i + len }
    }
    const rest = text.slice(i, to)
    token ??= DIGITS.test(rest) ? numberToken(DIGITS.exec(rest)![0], i) : SYMBOL.test(rest) ? symbolToken(rest[0]!, i) : unknownNoun(text, i, to, vocabulary)
    if (token === undefined) return null
    out.push(token)
    i = token.end
  }
  return out
}

/**
 * The body's words by surface (the first occurrence of each), and the dictionary form of its verbs
 * and adjectives (求めた → 求める: titles end in the plain form) where no word has that surface.
 */
export function vocabularyOf(sents: readonly SentenceView[]): Map<string, Token> {
  const out = new Map<string, Token>()
  const plain = new Map<string, Token>()
  for (const s of sents) {
    for (const t of s.tokens) {
      if (t.end <= t.start) continue
      if (!out.has(t.surface)) out.set(t.surface, t)
      if ((t.partOfSpeech === '動詞' || t.partOfSpeech === '形容詞') && t.lemma !== t.surface && !plain.has(t.lemma)) plain.set(t.lemma, { ...t, surface: t.lemma, conjugatedForm: '基本形' })
    }
  }
  for (const [lemma, t] of plain) if (!out.has(lemma)) out.set(lemma, t)
  return out
}

/**
 * A part without a particle, verb or auxiliary that does not end in a サ変 noun is a label
 * (東洋精機工業, 香川県知事選), not a statement (サンマ漁獲枠10%削減 is one).
 */
function isLabel(tokens: readonly Token[]): boolean {
  const last = tokens.findLast((t) => t.partOfSpeech !== '記号')
  if (last?.partOfSpeech === '名詞' && last.posDetail[0] === 'サ変接続') return false
  return !tokens.some((t) => t.partOfSpeech === '助詞' || t.partOfSpeech === '動詞' || t.partOfSpeech === '助動詞')
}

const OPENERS = '「『【（(“'
const CLOSERS = '」』】）)”'
const LATIN = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/u
/** A dash between two Japanese words separates statements as a space does (…が優勝-若手の登竜門). */
const DASHES = '-－'

/**
 * The title split at its spaces and at a dash between Japanese words, except inside brackets
 * (「The Hope & The Dream」) and spaces between two Latin words (RING CUBE, GeForce GTX680): those
 * are part of one name.
 */
function titleParts(title: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let depth = 0
  let start = -1
  for (let i = 0; i <= title.length; i++) {
    const ch = title[i] ?? ' '
    if (OPENERS.includes(ch)) depth++
    else if (CLOSERS.includes(ch) && depth > 0) depth--
    const between = !(LATIN.test(title[i - 1] ?? '') || LATIN.test(title[i + 1] ?? ''))
    const separator = ch === ' ' || ch === '\u3000' ? !(LATIN.test(title[i - 1] ?? '') && LATIN.test(title[i + 1] ?? '')) : DASHES.includes(ch) && between
    const space = i === title.length || (separator && depth === 0)
    if (!space) {
      if (start < 0) start = i
    } else if (start >= 0) {
      out.push({ start, end: i })
      start = -1
    }
  }
  return out
}

/**
 * A part that is only a predicate: an adverb or adverbial noun before a サ変 noun and nothing else
 * (すべて解消, ほぼ完了): it says what happened to the part before it.
 */
function isBarePredicate(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.partOfSpeech !== '記号')
  const [first, last] = [words[0], words.at(-1)]
  if (first === undefined || last === undefined || words.length < 2 || words.length > 3) return false
  const adverbial = first.partOfSpeech === '副詞' || (first.partOfSpeech === '名詞' && first.posDetail[0] === '副詞可能')
  return adverbial && last.partOfSpeech === '名詞' && last.posDetail[0] === 'サ変接続'
}

/**
 * The statements of a title as sentences with tokens from the body's words, in title order: each
 * part (the title split at spaces, cut before a ｜ that starts the site name), a label part joined
 * with the part after it (東洋精機工業 品質管理体制を強化), a part joined with a bare predicate after
 * it (…の孤立集落 すべて解消); a label with nothing after it and parts no body word can segment are
 * left out. Empty when the body has no token layer.
 */
export function titleSentences(title: string, sents: readonly SentenceView[]): SentenceView[] {
  const vocabulary = vocabularyOf(sents)
  if (vocabulary.size === 0) return []
  const own = title.split(/[｜|]/u)[0] ?? ''
  const parts = titleParts(own)
  const out: SentenceView[] = []
  const add = (start: number, end: number): void => {
    const tokens = segmentWithVocabulary(title, start, end, vocabulary)
    if (tokens === null) return
    const text = title.slice(start, end)
    out.push({ index: out.length, start, end, kind: 'headline', text, tokens, terms: contentTerms({ text, tokens }) })
  }
  const segmented = parts.map((part) => segmentWithVocabulary(title, part.start, part.end, vocabulary))
  for (const [i, part] of parts.entries()) {
    const tokens = segmented[i]
    if (tokens === null || tokens === undefined) continue
    const next = segmented[i + 1]
    if (next !== null && next !== undefined && isBarePredicate(next)) add(part.start, parts[i + 1]!.end)
    else if (!isLabel(tokens)) {
      if (i === 0 || !isBarePredicate(tokens)) add(part.start, part.end)
    } else if (i + 1 < parts.length) add(part.start, parts[i + 1]!.end)
  }
  return out
}

/** The same line citing the article's title instead of its body. */
export function citeTitle(line: CitedText): CitedText {
  return { text: line.text, cites: line.cites.map((c): Cite => ({ id: c.id, start: c.start, end: c.end, field: 'title' })) }
}
