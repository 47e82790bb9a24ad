/**
 * @module analyze/entities/model/features
 * Token features of the entity tagger: the words and parts of speech in a window of ±2, their
 * character classes, first and last characters (the 省 of 外務省, the 氏 after a name), and what
 * the rules (gazetteers, suffixes, titles, patterns) proposed for the token — the tagger learns
 * where to trust the rules and where the evaluation sets' conventions differ from them.
 * Each feature is a 32-bit key (`hash.ts`); the same function serves training and tagging.
 */
import type { Token } from '../../../core/doc.ts'
import { hashString, mix } from './hash.ts'

/** What the rules said about one token: its BIO tag from the rule candidates, and which rule. */
export type RuleHint = { readonly tag: number; readonly rule: string; readonly subtype: string }

export const NO_HINT: RuleHint = { tag: 0, rule: '', subtype: '' }

/** Number of feature keys per token. */
export const FEATURES_PER_TOKEN = 48

const PAD = hashString('<pad>')

/** Character class: H hiragana, K katakana, C kanji, A Latin, D digit, S other. */
function charClass(code: number): string {
  if (code >= 0x3041 && code <= 0x309f) return 'H'
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return 'K'
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005 || code === 0x3006 || code === 0x30f6) return 'C'
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return 'A'
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 'D'
  return 'S'
}

/** The run-compressed character classes of a word, at most 4 runs (キーウ → K, 米国務省 → C, NHK放送 → AC). */
export function shapeOf(s: string): string {
  let out = ''
  let last = ''
  for (let i = 0; i < s.length && out.length < 4; i++) {
    const c = charClass(s.charCodeAt(i))
    if (c !== last) out += c
    last = c
  }
  return out
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

type TokenKeys = { word: number; pos: number; shape: number; lemma: number; first: number; last: number; last2: number; first2: number; hint: number; hintRule: number; hintSub: number; len: number; origin: number }

function keysOf(t: Token | undefined, hint: RuleHint): TokenKeys {
  if (t === undefined) return { word: PAD, pos: PAD, shape: PAD, lemma: PAD, first: PAD, last: PAD, last2: PAD, first2: PAD, hint: PAD, hintRule: PAD, hintSub: PAD, len: PAD, origin: PAD }
  const s = t.surface
  return {
    word: hashString(s),
    pos: hashString(`${t.partOfSpeech},${t.posDetail[0]},${t.posDetail[1]},${t.posDetail[2]}`),
    shape: hashString(shapeOf(s)),
    lemma: hashString(t.lemma),
    first: hashString(s.slice(0, 1)),
    last: hashString(s.slice(-1)),
    last2: hashString(s.slice(-2)),
    first2: hashString(s.slice(0, 2)),
    hint: hint.tag + 1,
    hintRule: hashString(hint.rule),
    hintSub: hashString(hint.subtype),
    len: Math.min(s.length, 8) + 1,
    origin: t.origin === 'known' ? 1 : t.origin === 'unknown' ? 2 : 3,
  }
}

/**
 * The feature keys of every token, `FEATURES_PER_TOKEN` per token in one array.
 * @example
 * const keys = tokenFeatures(tokens, hints) // keys.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN)
 */
export function tokenFeatures(tokens: readonly Token[], hints: readonly RuleHint[]): Uint32Array {
  const n = tokens.length
  const k: TokenKeys[] = []
  for (let i = -2; i < n + 2; i++) k.push(keysOf(tokens[i], hints[i] ?? NO_HINT))
  const out = new Uint32Array(n * FEATURES_PER_TOKEN)
  const quoted = bracketDepths(tokens)
  for (let i = 0; i < n; i++) {
    const m2 = k[i]!
    const m1 = k[i + 1]!
    const c = k[i + 2]!
    const p1 = k[i + 3]!
    const p2 = k[i + 4]!
    const f = [
      1,
      mix(2, c.word),
      mix(3, m1.word),
      mix(4, p1.word),
      mix(5, m2.word),
      mix(6, p2.word),
      mix(7, c.pos),
      mix(8, m1.pos),
      mix(9, p1.pos),
      mix(10, m2.pos),
      mix(11, p2.pos),
      mix(mix(12, m1.word), c.word),
      mix(mix(13, c.word), p1.word),
      mix(mix(14, m1.pos), c.pos),
      mix(mix(15, c.pos), p1.pos),
      mix(mix(mix(16, m1.pos), c.pos), p1.pos),
      mix(17, c.shape),
      mix(18, m1.shape),
      mix(19, p1.shape),
      mix(mix(mix(20, m1.shape), c.shape), p1.shape),
      mix(21, c.first),
      mix(22, c.last),
      mix(23, c.last2),
      mix(24, c.first2),
      mix(25, c.lemma),
      mix(26, c.hint),
      mix(27, m1.hint),
      mix(28, p1.hint),
      mix(mix(29, c.hintRule), c.hint),
      mix(mix(30, c.hintSub), c.hint),
      mix(mix(31, c.hint), c.pos),
      mix(mix(32, m1.word), c.hint),
      mix(mix(33, p1.word), c.hint),
      mix(mix(34, c.len), c.shape),
      mix(mix(35, c.origin), c.pos),
      mix(36, p1.first),
      mix(37, m1.last),
      mix(mix(38, m1.hint), c.hint),
      mix(mix(39, c.hint), p1.hint),
      mix(mix(40, c.shape), p1.word),
      mix(41, m2.hint),
      mix(42, p2.hint),
      mix(mix(43, p1.word), p2.word),
      mix(mix(44, m2.word), m1.word),
      mix(mix(45, c.pos), p1.word),
      mix(mix(46, m1.word), c.pos),
      mix(mix(47, quoted[i]!), c.hint),
      mix(mix(48, i === 0 ? 1 : 0), c.shape),
    ]
    out.set(f, i * FEATURES_PER_TOKEN)
  }
  return out
}
