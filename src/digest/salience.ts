/**
 * @module digest/salience
 * Content terms of a sentence and their weights over an article (or a story): IPADIC nouns
 * (proper nouns count double), verbs and adjectives by lemma; without a token layer, bigrams of
 * kanji / katakana runs. Used to rank sentences and clauses and to measure redundancy.
 */
import type { Token } from '../core/doc.ts'
type SentenceView = { readonly text: string; readonly tokens: readonly Token[]; readonly terms?: readonly string[] }

const SKIP_NOUN_DETAIL = new Set(['非自立', '代名詞', '数', '接尾', '副詞可能'])
const STOP_LEMMAS = new Set(['する', 'ある', 'いる', 'なる', 'れる', 'られる', 'こと', 'もの', 'よう', 'ため', 'これ', 'それ', 'いう', 'できる', 'おこなう', '行う', '思う', 'ない'])

/** True for a token that carries content (a noun other than pronoun / suffix / number, a verb or adjective stem). */
export function isContentToken(token: Token): boolean {
  if (STOP_LEMMAS.has(token.lemma)) return false
  if (token.partOfSpeech === '名詞') return !SKIP_NOUN_DETAIL.has(token.posDetail[0])
  return (token.partOfSpeech === '動詞' || token.partOfSpeech === '形容詞') && token.posDetail[0] === '自立'
}

/** Weight of one token as a term: proper nouns 2, other nouns 1.5, verbs and adjectives 1. */
export function termWeight(token: Token): number {
  if (token.partOfSpeech !== '名詞') return 1
  return token.posDetail[0] === '固有名詞' ? 2 : 1.5
}

/** Content terms of a sentence (lemmas, or kanji/katakana bigrams when there are no tokens). */
export function contentTerms(sent: SentenceView & { readonly terms?: readonly string[] }): readonly string[] {
  if (sent.terms !== undefined) return sent.terms
  if (sent.tokens.length > 0) return sent.tokens.filter(isContentToken).map((t) => t.lemma)
  const out: string[] = []
  for (const run of sent.text.match(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu) ?? []) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  }
  return out
}

/** Term frequencies over a set of sentences. */
export function termCounts(sents: readonly SentenceView[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const sent of sents) for (const term of contentTerms(sent)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

/** Jaccard overlap of two term lists (0–1): the redundancy of two lines. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  return overlapSets(new Set(a), new Set(b))
}

/** `overlap` on term sets already built (for comparisons in a loop). */
export function overlapSets(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  if (sa.size === 0 || sb.size === 0) return 0
  let both = 0
  for (const t of sa) if (sb.has(t)) both++
  return both / (sa.size + sb.size - both)
}

/**
 * Salience of a sentence: summed weights of its distinct terms that recur elsewhere in the text
 * (count − 1), over the square root of its term count (long sentences do not win by length alone).
 */
export function sentenceSalience(sent: SentenceView, counts: ReadonlyMap<string, number>): number {
  const terms = [...new Set(contentTerms(sent))]
  if (terms.length === 0) return 0
  let sum = 0
  for (const term of terms) sum += Math.log1p((counts.get(term) ?? 1) - 1 + 0.5)
  return sum / Math.sqrt(terms.length)
}
