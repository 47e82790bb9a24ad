/**
 * @module analyze/entities/model/features
 * Token features of the entity tagger: the words and parts of speech in a window of ±2, their
 * character classes, first and last characters (the 省 of 外務省, the 氏 after a name), and what
 * the rules (gazetteers, suffixes, titles, patterns) proposed for the token — the tagger learns
 * where to trust the rules and where the evaluation sets' conventions differ from them.
 * Each feature is a 32-bit key (`hash.ts`); the same function serves training and tagging.
 */
import type { Token } from '../../../core/doc.ts'
import { hashRange, hashString, mix } from './hash.ts'

/** What the rules said about one token: its BIO tag from the rule candidates, and which rule. */
export type RuleHint = { readonly tag: number; readonly rule: string; readonly subtype: string }

export const NO_HINT: RuleHint = { tag: 0, rule: '', subtype: '' }

/** Number of feature keys per token. */
export const FEATURES_PER_TOKEN = 48

const PAD = hashString('<pad>')

/** Character class: 1 hiragana, 2 katakana, 3 kanji, 4 Latin, 5 digit, 6 other. */
function charClass(code: number): number {
  if (code >= 0x3041 && code <= 0x309f) return 1
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return 2
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005 || code === 0x3006 || code === 0x30f6) return 3
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return 4
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 5
  return 6
}

/**
 * The run-compressed character classes of a word, at most 4 runs, as a base-7 number
 * (キーウ → katakana, 米国務省 → kanji, NHK放送 → Latin then kanji).
 */
export function shapeCode(s: string): number {
  let code = 0
  let runs = 0
  let last = 0
  for (let i = 0; i < s.length && runs < 4; i++) {
    const c = charClass(s.charCodeAt(i))
    if (c !== last) {
      code = code * 7 + c
      runs++
    }
    last = c
  }
  return code + 1
}

/** Per token: 1 inside 「」, 2 inside 『』 or 《》, 3 inside （）, else 0 (titles of works are names of another kind). */
function bracketDepths(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length)
  const stack: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.surface
    if (s === '」' || s === '』' || s === '》' || s === '）' || s === ')') stack.pop()
    out[i] = stack.at(-1) ?? 0
    if (s === '「') stack.push(1)
    else if (s === '『' || s === '《') stack.push(2)
    else if (s === '（' || s === '(') stack.push(3)
  }
  return out
}

/** The part-of-speech key per `posDetail` array (tokens of one dictionary entry share theirs), with the part of speech it was made with. */
const POS_KEYS = new WeakMap<readonly string[], { readonly partOfSpeech: string; readonly key: number }>()

function posKey(t: Token): number {
  const cached = POS_KEYS.get(t.posDetail)
  if (cached !== undefined && cached.partOfSpeech === t.partOfSpeech) return cached.key
  const key = mix(mix(mix(hashString(t.partOfSpeech), hashString(t.posDetail[0])), hashString(t.posDetail[1])), hashString(t.posDetail[2]))
  POS_KEYS.set(t.posDetail, { partOfSpeech: t.partOfSpeech, key })
  return key
}

/** Hashes of the few strings hashed again and again (rule names, subtypes). */
const NAME_KEYS = new Map<string, number>()

function nameKey(s: string): number {
  let key = NAME_KEYS.get(s)
  if (key === undefined) {
    key = hashString(s)
    if (NAME_KEYS.size < 1000) NAME_KEYS.set(s, key)
  }
  return key
}

type TokenKeys = { word: number; pos: number; shape: number; lemma: number; first: number; last: number; last2: number; first2: number; hint: number; hintRule: number; hintSub: number; len: number; origin: number }

function keysOf(t: Token | undefined, hint: RuleHint): TokenKeys {
  if (t === undefined) return { word: PAD, pos: PAD, shape: PAD, lemma: PAD, first: PAD, last: PAD, last2: PAD, first2: PAD, hint: PAD, hintRule: PAD, hintSub: PAD, len: PAD, origin: PAD }
  const s = t.surface
  return {
    word: hashString(s),
    pos: posKey(t),
    shape: shapeCode(s),
    lemma: hashString(t.lemma),
    first: hashRange(s, 0, 1),
    last: hashRange(s, s.length - 1, s.length),
    last2: hashRange(s, Math.max(0, s.length - 2), s.length),
    first2: hashRange(s, 0, Math.min(2, s.length)),
    hint: hint.tag + 1,
    hintRule: nameKey(hint.rule),
    hintSub: nameKey(hint.subtype),
    len: Math.min(s.length, 8) + 1,
    origin: t.origin === 'known' ? 1 : t.origin === 'unknown' ? 2 : 3,
  }
}

/**
 * The feature keys of every token, `FEATURES_PER_TOKEN` per token in one array (left 0 for tokens
 * marked in `skip`).
 * @example
 * const keys = tokenFeatures(tokens, hints) // keys.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN)
 */
export function tokenFeatures(tokens: readonly Token[], hints: readonly RuleHint[], skip?: Uint8Array): Uint32Array {
  const n = tokens.length
  // keys only of the tokens within ±2 of a scored one (most of a sentence is skipped)
  const k: (TokenKeys | undefined)[] = new Array(n + 4)
  const keyAt = (i: number): TokenKeys => (k[i + 2] ??= keysOf(tokens[i], hints[i] ?? NO_HINT))
  const out = new Uint32Array(n * FEATURES_PER_TOKEN)
  const quoted = bracketDepths(tokens)
  for (let i = 0; i < n; i++) {
    if (skip !== undefined && skip[i] === 1) continue
    const m2 = keyAt(i - 2)
    const m1 = keyAt(i - 1)
    const c = keyAt(i)
    const p1 = keyAt(i + 1)
    const p2 = keyAt(i + 2)
    let o = i * FEATURES_PER_TOKEN
    out[o++] = 1
    out[o++] = mix(2, c.word)
    out[o++] = mix(3, m1.word)
    out[o++] = mix(4, p1.word)
    out[o++] = mix(5, m2.word)
    out[o++] = mix(6, p2.word)
    out[o++] = mix(7, c.pos)
    out[o++] = mix(8, m1.pos)
    out[o++] = mix(9, p1.pos)
    out[o++] = mix(10, m2.pos)
    out[o++] = mix(11, p2.pos)
    out[o++] = mix(mix(12, m1.word), c.word)
    out[o++] = mix(mix(13, c.word), p1.word)
    out[o++] = mix(mix(14, m1.pos), c.pos)
    out[o++] = mix(mix(15, c.pos), p1.pos)
    out[o++] = mix(mix(mix(16, m1.pos), c.pos), p1.pos)
    out[o++] = mix(17, c.shape)
    out[o++] = mix(18, m1.shape)
    out[o++] = mix(19, p1.shape)
    out[o++] = mix(mix(mix(20, m1.shape), c.shape), p1.shape)
    out[o++] = mix(21, c.first)
    out[o++] = mix(22, c.last)
    out[o++] = mix(23, c.last2)
    out[o++] = mix(24, c.first2)
    out[o++] = mix(25, c.lemma)
    out[o++] = mix(26, c.hint)
    out[o++] = mix(27, m1.hint)
    out[o++] = mix(28, p1.hint)
    out[o++] = mix(mix(29, c.hintRule), c.hint)
    out[o++] = mix(mix(30, c.hintSub), c.hint)
    out[o++] = mix(mix(31, c.hint), c.pos)
    out[o++] = mix(mix(32, m1.word), c.hint)
    out[o++] = mix(mix(33, p1.word), c.hint)
    out[o++] = mix(mix(34, c.len), c.shape)
    out[o++] = mix(mix(35, c.origin), c.pos)
    out[o++] = mix(36, p1.first)
    out[o++] = mix(37, m1.last)
    out[o++] = mix(mix(38, m1.hint), c.hint)
    out[o++] = mix(mix(39, c.hint), p1.hint)
    out[o++] = mix(mix(40, c.shape), p1.word)
    out[o++] = mix(41, m2.hint)
    out[o++] = mix(42, p2.hint)
    out[o++] = mix(mix(43, p1.word), p2.word)
    out[o++] = mix(mix(44, m2.word), m1.word)
    out[o++] = mix(mix(45, c.pos), p1.word)
    out[o++] = mix(mix(46, m1.word), c.pos)
    out[o++] = mix(mix(47, quoted[i]!), c.hint)
    out[o++] = mix(mix(48, i === 0 ? 1 : 0), c.shape)
  }
  return out
}
