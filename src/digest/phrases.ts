/**
 * @module digest/phrases
 * Phrase-level (文節) compression for titles: the kept text is cut into phrases (a content word and
 * the function words after it), each scored by the recurrence of its content words in the article
 * (proper nouns weigh double), and the best-scoring phrases per character are kept, in order,
 * until the budget is met. The predicate always stays: the last phrase, extended back over light
 * heads (わかった, いる) and a direct object (…を); a topic or subject phrase (…は / …が) is boosted.
 * Deletion only.
 */
import type { Token } from '../core/doc.ts'
import { deleteRange, keptText, type Kept } from './compress/index.ts'
import { isContentToken, termWeight } from './salience.ts'

/** Topic / subject phrases name the actor of the news. */
const SUBJECT_BONUS = 1.5
const FUNCTION_POS = new Set(['助詞', '助動詞', '記号'])

type Phrase = { from: number; to: number; score: number }

/** Phrases `[from, to)` of the kept text with their scores. */
export function scorePhrases(kept: Kept, tokens: readonly Token[], counts: ReadonlyMap<string, number>): Phrase[] {
  const at = new Map(kept.positions.map((p, i) => [p, i]))
  const text = keptText(kept)
  const starts: { i: number; token: Token }[] = []
  for (const token of tokens) {
    const i = at.get(token.start)
    if (i !== undefined) starts.push({ i, token })
  }
  const phrases: Phrase[] = []
  let current: Phrase | undefined
  let previous: Token | undefined
  for (const { i, token } of starts) {
    const boundary = previous === undefined || (FUNCTION_POS.has(previous.partOfSpeech) && !FUNCTION_POS.has(token.partOfSpeech))
    if (boundary) {
      if (current !== undefined) {
        current.to = i
        phrases.push(current)
      }
      current = { from: i, to: text.length, score: 0 }
    }
    if (current !== undefined && isContentToken(token)) current.score += termWeight(token) * Math.log1p(counts.get(token.lemma) ?? 0)
    previous = token
  }
  if (current !== undefined) phrases.push(current)
  if (phrases.length > 0 && phrases[0]!.from > 0) phrases[0]!.from = 0
  for (const p of phrases) if (/(?:は|が)[、,]?$/u.test(text.slice(p.from, p.to))) p.score *= SUBJECT_BONUS
  return phrases
}

/** Light verbs and auxiliary-like heads: a phrase headed by one leans on the phrase before it. */
const LIGHT_HEADS = new Set(['いる', 'ある', 'なる', 'みる', 'みられる', '見る', '見られる', 'おる', 'くる', 'いく', 'しまう', 'わかる', '分かる', 'する', 'できる', 'れる', 'られる', 'いう', 'ない'])

/** Index of the first phrase of the predicate: the last phrase, extended back over light heads. */
export function predicateStart(phrases: readonly Phrase[], kept: Kept, tokens: readonly Token[]): number {
  let k = phrases.length - 1
  const headOf = (p: Phrase): Token | undefined => {
    const start = kept.positions[p.from]
    return tokens.find((t) => t.start === start)
  }
  while (k > 0) {
    const head = headOf(phrases[k]!)
    if (head === undefined || !(LIGHT_HEADS.has(head.lemma) || head.partOfSpeech === '助動詞' || head.posDetail[0] === '非自立')) break
    k--
  }
  // the direct object (…を) right before the predicate stays with it: ノーヒットノーランを達成
  const text = keptText(kept)
  if (k > 0 && /を$/u.test(text.slice(phrases[k - 1]!.from, phrases[k - 1]!.to))) k--
  return k
}

/** Keep the best phrases (score per character) within `maxChars`; the last phrase always stays. */
export function fitPhrases(kept: Kept, tokens: readonly Token[], counts: ReadonlyMap<string, number>, maxChars: number, measure: (s: string) => number = (s) => s.length): Kept {
  const text = keptText(kept)
  if (measure(text) <= maxChars) return kept
  const phrases = scorePhrases(kept, tokens, counts)
  if (phrases.length < 2) return kept
  const head = predicateStart(phrases, kept, tokens)
  const order = phrases
    .map((p, i) => ({ p, i, density: i >= head ? Infinity : p.score / Math.max(1, p.to - p.from) }))
    .sort((a, b) => b.density - a.density || a.i - b.i)
  const chosen = new Set<number>()
  let used = 0
  for (const { p, i } of order) {
    const w = measure(text.slice(p.from, p.to))
    if (i >= head || used + w <= maxChars) {
      chosen.add(i)
      used += w
    }
  }
  let out = kept
  for (let i = phrases.length - 1; i >= 0; i--) if (!chosen.has(i)) out = deleteRange(out, phrases[i]!.from, phrases[i]!.to)
  return out
}
