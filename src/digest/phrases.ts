/**
 * @module digest/phrases
 * Phrase-level (文節) sentence compression for titles and headlines, by deletion only. The kept text
 * is cut into phrases (content words plus the function words after them); each phrase gets a head
 * by simple Japanese dependency rules (…の and adnominal forms modify the next phrase; case-marked
 * phrases attach to the next phrase with a predicate; clause ends and topics attach to the sentence
 * predicate). Phrases are scored by the recurrence of their content words in the article (proper
 * nouns double, topic / subject phrases boosted) and taken best score-per-character first, each
 * with its chain of heads, so a kept phrase never loses the word it depends on. The predicate (the
 * last phrase, extended back over light heads such as わかった・いる, a direct object …を and the
 * subject …が right before it) always stays.
 */
import type { Token } from '../core/doc.ts'
import { deleteRange, keptText, type Kept } from './compress/index.ts'
import { isContentToken, termWeight } from './salience.ts'

/** Topic / subject phrases name the actor of the news. */
const SUBJECT_BONUS = 1.5
/** Phrases without a content noun weigh this much. */
const VERB_ONLY_FACTOR = 0.3
const FUNCTION_POS = new Set(['助詞', '助動詞', '記号'])
/** Light verbs and auxiliary-like heads: a phrase headed by one leans on the phrase before it. */
const LIGHT_HEADS = new Set(['いる', 'ある', 'なる', 'みる', 'みられる', '見る', '見られる', 'おる', 'くる', 'いく', 'しまう', 'わかる', '分かる', 'する', 'できる', 'れる', 'られる', 'いう', 'ない'])

export type Phrase = { from: number; to: number; score: number; tokens: Token[]; text: string }

/** Phrases `[from, to)` of the kept text with their tokens and scores. */
export function scorePhrases(kept: Kept, tokens: readonly Token[], counts: ReadonlyMap<string, number>): Phrase[] {
  const at = new Map(kept.positions.map((p, i) => [p, i]))
  const text = keptText(kept)
  const phrases: Phrase[] = []
  let current: Phrase | undefined
  let previous: Token | undefined
  let depth = 0
  let boundary = true
  // boundaries come from the whole sentence (deleted particles still end their phrase); 「…」 stays whole
  for (const token of tokens) {
    const dependent = token.posDetail[0] === '非自立' || token.posDetail[0] === '接尾'
    if (previous !== undefined && depth === 0 && FUNCTION_POS.has(previous.partOfSpeech) && !FUNCTION_POS.has(token.partOfSpeech) && !dependent) boundary = true
    if (depth === 0 && /^[「『（(]/u.test(token.surface) && previous !== undefined && !FUNCTION_POS.has(previous.partOfSpeech)) boundary = true
    for (const c of token.surface) {
      if ('「『（('.includes(c)) depth++
      else if ('」』）)'.includes(c)) depth = Math.max(0, depth - 1)
    }
    previous = token
    const i = at.get(token.start)
    if (i === undefined) continue
    if (boundary || current === undefined) {
      if (current !== undefined) current.to = i
      current = { from: phrases.length === 0 ? 0 : i, to: text.length, score: 0, tokens: [], text: '' }
      phrases.push(current)
      boundary = false
    }
    current.tokens.push(token)
    if (isContentToken(token)) current.score += termWeight(token) * Math.log1p(counts.get(token.lemma) ?? 0)
  }
  for (const p of phrases) {
    p.text = text.slice(p.from, p.to)
    if (/(?:は|が)[、,]?$/u.test(p.text)) p.score *= SUBJECT_BONUS
    // a bare verb (開かれ、/ なった) says little without its arguments
    if (!p.tokens.some((t) => t.partOfSpeech === '名詞' && isContentToken(t))) p.score *= VERB_ONLY_FACTOR
  }
  return phrases
}

const isLight = (token: Token | undefined): boolean =>
  token !== undefined && (LIGHT_HEADS.has(token.lemma) || token.partOfSpeech === '助動詞' || token.posDetail[0] === '非自立')

/**
 * Index of the first phrase of the predicate: the last phrase, extended back over light heads, a
 * direct object and the subject right before it (約5万人が|訪れた, 関心が|寄せられている: without it
 * the verb has no one doing it).
 */
export function predicateStart(phrases: readonly Phrase[]): number {
  let k = phrases.length - 1
  while (k > 0 && isLight(phrases[k]!.tokens[0])) k--
  if (k > 0 && /を$/u.test(phrases[k - 1]!.text)) k--
  if (k > 0 && /が$/u.test(phrases[k - 1]!.text)) k--
  return k
}

const hasPredicate = (p: Phrase): boolean =>
  p.tokens.some((t) => t.partOfSpeech === '動詞' || t.partOfSpeech === '形容詞' || t.partOfSpeech === '助動詞' || (t.partOfSpeech === '名詞' && t.posDetail[0] === 'サ変接続'))

const startsWithNoun = (p: Phrase | undefined): boolean => p?.tokens[0]?.partOfSpeech === '名詞' || p?.tokens[0]?.partOfSpeech === '接頭詞'

/** The head (the phrase it depends on) of every phrase; phrases of the predicate point to themselves. */
export function phraseHeads(phrases: readonly Phrase[], pred: number): number[] {
  const nextPredicate = (i: number): number => {
    for (let j = i + 1; j < pred; j++) if (hasPredicate(phrases[j]!)) return j
    return pred
  }
  return phrases.map((p, i) => {
    if (i >= pred) return i
    const last = p.tokens.at(-1)
    const next = Math.min(i + 1, pred)
    if (/[、,]$/u.test(p.text)) {
      if (/(?:は|が|も)[、,]$/u.test(p.text) || hasPredicate(p)) return pred
      return next // a list item: 中国南部、ベトナム
    }
    if (last === undefined) return next
    if (last.partOfSpeech === '助詞') {
      if (last.posDetail[0] === '連体化' || last.surface === 'の') return next
      if (last.posDetail[0] === '接続助詞') return nextPredicate(i)
      if (last.surface === 'は' || last.surface === 'も') return pred
      // coordination: ロシアと ウクライナの代表団 (a noun after と / や)
      if ((last.surface === 'と' || last.surface === 'や' || last.posDetail[0] === '並立助詞') && startsWithNoun(phrases[i + 1])) return next
      return nextPredicate(i) // case particles: を に が で と へ から より まで
    }
    return next // adnominal verbs, bare nouns and prefixes modify what follows
  })
}

/** The phrase a verb phrase cannot lose: the object (…を), partner (…と) or goal (…に) right before it. */
function argumentOf(phrases: readonly Phrase[], i: number): number | undefined {
  const first = phrases[i]?.tokens[0]
  if (i === 0 || first === undefined || (first.partOfSpeech !== '動詞' && first.partOfSpeech !== '形容詞')) return undefined
  return /[をとに]$/u.test(phrases[i - 1]!.text) ? i - 1 : undefined
}

/** Keep the best phrases (score per character, with their heads) within `maxChars`; the predicate always stays. */
export function fitPhrases(kept: Kept, tokens: readonly Token[], counts: ReadonlyMap<string, number>, maxChars: number, measure: (s: string) => number = (s) => s.length): Kept {
  const text = keptText(kept)
  if (measure(text) <= maxChars) return kept
  const phrases = scorePhrases(kept, tokens, counts)
  if (phrases.length < 2) return kept
  const pred = predicateStart(phrases)
  const heads = phraseHeads(phrases, pred)
  const chosen = new Set<number>()
  let used = 0
  for (let i = pred; i < phrases.length; i++) {
    chosen.add(i)
    used += measure(phrases[i]!.text)
  }
  const order = phrases
    .map((p, i) => ({ i, density: p.score / Math.max(1, p.to - p.from) }))
    .filter((c) => c.i < pred)
    .sort((a, b) => b.density - a.density || a.i - b.i)
  for (const { i } of order) {
    // the phrase, its chain of heads, and the object or partner a kept verb needs (漁獲枠を|めぐる)
    const chain: number[] = []
    const stack = [i]
    while (stack.length > 0) {
      const j = stack.pop()!
      if (chosen.has(j) || chain.includes(j)) continue
      chain.push(j)
      stack.push(heads[j]!)
      const argument = argumentOf(phrases, j)
      if (argument !== undefined) stack.push(argument)
    }
    const cost = chain.reduce((sum, j) => sum + measure(phrases[j]!.text), 0)
    if (used + cost > maxChars) continue
    for (const j of chain) chosen.add(j)
    used += cost
  }
  let out = kept
  for (let i = phrases.length - 1; i >= 0; i--) if (!chosen.has(i)) out = deleteRange(out, phrases[i]!.from, phrases[i]!.to)
  return out
}
