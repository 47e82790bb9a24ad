/**
 * @module analyze/entities/rules/guess-katakana-person
 * Rule (tier 3, last). A katakana word IPADIC does not know, standing alone as the topic or subject
 * of a clause (ロイツェは, ジュールが), is most often a foreign person's name. Measured on the
 * development sets (see eval/ner.ts); places and organisations that are known come earlier. A word
 * shaped like a term (a thing ending, a long known word at its head or end) is no person.
 */
import type { Token } from '../../../core/doc.ts'
import type { Candidate, EntityRule } from '../candidate.ts'
import { looksLikeOrganization, orgScore } from './org-or-person.ts'
import { definedKind } from './is-defined-non-person.ts'
import { isAdjacent, isKatakana } from '../token-utils.ts'
import { isLongCommonWord, knownCommonToken } from './find-foreign-names.ts'

/** Particles after which a lone unknown katakana word is taken as a person. */
const SUBJECT_PARTICLES = new Set(['は', 'が', 'も'])
/** Particles after which a lone unknown katakana word is a person only in a person-speaking sentence. */
const OTHER_PARTICLES = new Set(['の', 'と', 'や', 'を', 'に'])
/** Endings of place names (…ビル, …バーグ, …ポリス), never taken as a person on context alone. */
const PLACE_SHAPED = /(?:ビル|ヴィル|バーグ|ブルク|ブルグ|ポリス|タウン|シティ|ポート|フォード|ハム|スター|ランド|ニア|スタン|ヤ|ア)$/u

/** Whether a katakana word ends like a place name (…ビル, …スタン, …ランド). */
export function isPlaceShaped(word: string): boolean {
  return PLACE_SHAPED.test(word)
}

/** Endings of loanwords for things and ideas, never of names (…ション, …ズム, …ロジー). */
const THING_ENDING = /(?:ション|ズム|ロジー)$/u
/** Shortest known word that makes a long unknown katakana word a compound term (…スプリング, カートリッジ…). */
const MIN_TERM_PART = 4

/** Whether a katakana string is one common (not proper) noun IPADIC knows. */
function isKnownCommonWord(part: string, tokenize: (text: string) => Token[]): boolean {
  return knownCommonToken(part, tokenize)?.partOfSpeech === '名詞'
}

/**
 * Whether an unknown katakana word is shaped like a term, not a name: a thing ending (アクティベーション,
 * フォトクロミズム), or a known common word of four or more characters at its head or end with at
 * least two more characters (リコイル + スプリング, バーチャル + フォルダ).
 */
export function isTermShaped(word: string, tokenize: (text: string) => Token[]): boolean {
  if (THING_ENDING.test(word)) return true
  for (let k = 2; k <= word.length - 2; k++) {
    const head = word.slice(0, k)
    const tail = word.slice(k)
    if ((head.length >= MIN_TERM_PART && isKnownCommonWord(head, tokenize)) || (tail.length >= MIN_TERM_PART && isKnownCommonWord(tail, tokenize))) return true
  }
  return false
}

/** An unknown word that is two or more dictionary words (スイート + ルーム) is a term, not a name. */
function isCompoundOfWords(parts: readonly Token[]): boolean {
  return parts.length >= 2 && parts.every((p) => p.origin === 'known' && p.surface.length >= 2 && p.posDetail[1] !== '人名')
}

/**
 * Whether the word before tokens[i] modifies it as a common noun: an adjective or a demonstrative
 * (望ましい…, この…, どちらの…, 彼女の…); not あの, which also introduces a famous name (あのメッシも).
 */
function isModified(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (prev === undefined) return false
  if (prev.partOfSpeech === '形容詞' || (prev.partOfSpeech === '連体詞' && prev.surface !== 'あの')) return true
  const before = tokens[i - 2]
  return prev.surface === 'の' && before !== undefined && before.posDetail[0] === '代名詞'
}

export const guessKatakanaPerson: EntityRule = {
  name: 'guess-katakana-person',
  tier: 3,
  find({ text, tokens, gazetteer, tokenize }) {
    const out: Candidate[] = []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (token.partOfSpeech !== '名詞' || token.origin === 'known' || !isKatakana(token.surface) || token.surface.length < 2) continue
      if (gazetteer.names.has(token.surface)) continue
      const next = tokens[i + 1]
      const prev = tokens[i - 1]
      if (next === undefined || !isAdjacent(tokens, i + 1) || next.partOfSpeech !== '助詞') continue
      const sentence = { start: tokens[0]!.start, end: tokens.at(-1)!.end }
      // after の / と / や / を / に the word is a person only when its frame and sentence speak of people
      if (!SUBJECT_PARTICLES.has(next.surface) && !(OTHER_PARTICLES.has(next.surface) && !isPlaceShaped(token.surface) && orgScore(text, sentence, token.start, token.end, [token.surface]) <= -1)) continue
      if (prev !== undefined && isAdjacent(tokens, i) && (prev.partOfSpeech === '名詞' || prev.partOfSpeech === '接頭詞')) continue
      if (isModified(tokens, i)) continue
      if (tokenize !== undefined && isCompoundOfWords(tokenize(token.surface))) continue
      const defined = definedKind(text, sentence, token.start, token.end)
      if (defined === 'OTHER') continue
      const org = defined === 'ORGANIZATION' || looksLikeOrganization(text, sentence, token.start, token.end, token.surface.split(/[・＝=]/u))
      if (!org && tokenize !== undefined && !/[・＝=]/u.test(token.surface) && isTermShaped(token.surface, tokenize)) continue
      // a dotted word whose first part is one long common word (ハリケーン・…, ジャーナリスト・…) is a thing or a role, not a person
      if (!org && tokenize !== undefined && /[・＝=]/u.test(token.surface) && isLongCommonWord(token.surface.split(/[・＝=]/u)[0] ?? '', tokenize)) continue
      out.push({ start: token.start, end: token.end, type: org ? 'ORGANIZATION' : 'PERSON', ...(org ? { subtype: 'OTHER' } : {}), rule: 'guess-katakana-person' })
    }
    return out
  },
}
