/**
 * @module digest/title
 * A news title (≤ 40 characters) by deletion from one source sentence: the key sentence (a short
 * headline line that opens the body, else the lead sentence) compressed with the title rules, then,
 * when still too long, its clauses (cut at 、) dropped by salience, the final clause (the predicate)
 * always kept.
 */
import { applyRules, deleteRange, keepSpan, keptText, positionOf, TITLE_RULES, type Kept } from './compress/index.ts'
import type { Token } from '../core/doc.ts'
import { fitPhrases } from './phrases.ts'
import { contentTerms, isContentToken, sentenceSalience, termWeight } from './salience.ts'
import type { SentenceView } from './sentences.ts'
import { MAX_TITLE_CHARS } from './width.ts'

/** A lead sentence shorter than this (75歳。) is skipped for the next one. */
const MIN_LEAD_CHARS = 15

/** A sentence that is mostly one quotation (「…」と述べた) compresses badly: a later lead sentence is preferred. */
const MAX_QUOTE_SHARE = 0.6
/** How far into the article a non-quote lead sentence is looked for. */
const LEAD_WINDOW = 3
/**
 * Preference for the first lead sentences when the key sentence is chosen by salience: news puts
 * the event first, so a later sentence wins only when it is far more central (a feature column that
 * opens with a scene). Set on the dev splits (grid 0.25–2): Wikinews title ROUGE-1 unchanged at
 * 0.364, livedoor 0.226 → 0.234.
 */
const KEY_LEAD_BONUS = [2, 1, 0]

function quoteShare(text: string): number {
  let quoted = 0
  for (const m of text.matchAll(/「[^「」]*」/gu)) quoted += m[0].length
  return quoted / Math.max(1, text.length)
}

/**
 * The sentence a title is cut from: an opening headline line that fits, else, among the first three
 * real sentences that are not mostly a quotation, the most salient with a strong lead preference.
 */
export function pickKeySentence(sents: readonly SentenceView[], counts?: ReadonlyMap<string, number>): SentenceView | undefined {
  return keySentences(sents, counts)[0]
}

/**
 * Candidate key sentences, best first: `pickKeySentence`'s choice, then the other lead sentences of
 * the window (a title that does not read well from the first is cut from the next).
 */
export function keySentences(sents: readonly SentenceView[], counts?: ReadonlyMap<string, number>): SentenceView[] {
  const first = sents[0]
  const out: SentenceView[] = []
  if (first !== undefined && first.kind === 'headline' && first.text.length <= MAX_TITLE_CHARS && first.text.length >= 6) out.push(first)
  const leads = sents.filter((s) => s.kind === 'sentence' && s.text.length >= MIN_LEAD_CHARS)
  const window = leads.slice(0, LEAD_WINDOW).filter((s) => quoteShare(s.text) <= MAX_QUOTE_SHARE)
  if (window.length > 1 && counts !== undefined) {
    const scored = window.map((s, rank) => ({ s, score: sentenceSalience(s, counts) + (KEY_LEAD_BONUS[rank] ?? 0) }))
    scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index)
    out.push(...scored.map((x) => x.s))
  } else out.push(...window)
  const fallback = leads[0] ?? sents.find((s) => s.kind !== 'bullet') ?? sents[0]
  if (out.length === 0 && fallback !== undefined) out.push(fallback)
  return out.filter((s, i) => out.indexOf(s) === i)
}

/** Clause ranges `[from, to)` of the kept text, cut after each 、 (and after a space). */
export function clauseRanges(text: string): [number, number][] {
  const out: [number, number][] = []
  let from = 0
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '「' || c === '『') depth++
    else if (c === '」' || c === '』') depth = Math.max(0, depth - 1)
    else if (depth === 0 && (c === '、' || c === ',' || c === ' ' || c === '　')) {
      out.push([from, i + 1])
      from = i + 1
    }
  }
  if (from < text.length) out.push([from, text.length])
  return out
}

/** A clause that names the topic or subject (Xは、/ Xが、) carries the news actor: titles keep it. */
const SUBJECT_CLAUSE = /(?:は|が)[、,\s]?$/u
const SUBJECT_BONUS = 1.5

/** Score of a clause: recurrence of its content terms in the article (proper nouns double), subject clauses boosted. */
function clauseScore(kept: Kept, from: number, to: number, sent: SentenceView, counts: ReadonlyMap<string, number>): number {
  const lo = positionOf(kept, from)
  const hi = positionOf(kept, to - 1) + 1
  const tokens = sent.tokens.filter((t) => t.start >= lo && t.end <= hi)
  const text = keptText(kept).slice(from, to)
  let score = 0
  if (tokens.length > 0) {
    const seen = new Set<string>()
    for (const token of tokens) {
      if (!isContentToken(token) || seen.has(token.lemma)) continue
      seen.add(token.lemma)
      score += termWeight(token) * Math.log1p(counts.get(token.lemma) ?? 0)
    }
  } else for (const term of new Set(contentTerms({ text, tokens }))) score += Math.log1p(counts.get(term) ?? 0)
  return SUBJECT_CLAUSE.test(text) ? score * SUBJECT_BONUS : score
}

/** Drop clauses until the text fits `maxChars`, keeping the last clause and the best-scoring others. */
export function fitClauses(kept: Kept, sent: SentenceView, counts: ReadonlyMap<string, number>, maxChars: number, measure: (s: string) => number = (s) => s.length): Kept {
  const text = keptText(kept)
  if (measure(text) <= maxChars) return kept
  const ranges = clauseRanges(text)
  const last = ranges.length - 1
  const ranked = ranges
    .map((r, i) => ({ i, r, score: i === last ? Infinity : clauseScore(kept, r[0], r[1], sent, counts) / Math.sqrt(r[1] - r[0]) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
  const chosen = new Set<number>()
  let used = 0
  for (const c of ranked) {
    const w = measure(text.slice(c.r[0], c.r[1]))
    if (c.i === last || used + w <= maxChars) {
      chosen.add(c.i)
      used += w
    }
  }
  let out = kept
  for (let i = ranges.length - 1; i >= 0; i--) {
    const r = ranges[i]!
    if (!chosen.has(i)) out = deleteRange(out, r[0], r[1])
  }
  return trimToFit(out, maxChars, measure, sent.tokens)
}

/**
 * Last resort: delete a leading part until the text fits (the predicate at the end stays). Cuts at
 * the start of a phrase (after a particle, symbol or 、) when one fits, else at a token start, else
 * at a character.
 */
export function trimToFit(kept: Kept, maxChars: number, measure: (s: string) => number, tokens: readonly Token[] = []): Kept {
  const text = keptText(kept)
  if (measure(text) <= maxChars) return kept
  const at = new Map(kept.positions.map((p, i) => [p, i]))
  const phraseStarts: number[] = []
  const tokenStarts: number[] = []
  let previous: Token | undefined
  for (const token of tokens) {
    const i = at.get(token.start)
    if (i !== undefined) {
      tokenStarts.push(i)
      if (previous === undefined || previous.partOfSpeech === '助詞' || previous.partOfSpeech === '記号' || /[、,]$/u.test(text.slice(0, i))) phraseStarts.push(i)
    }
    previous = token
  }
  const chars = Array.from({ length: text.length }, (_, i) => i)
  for (const starts of [phraseStarts, tokenStarts, chars]) {
    const cut = starts.find((i) => i > 0 && measure(text.slice(i)) <= maxChars && text.length - i >= 2)
    if (cut !== undefined) return deleteRange(kept, 0, cut)
  }
  return deleteRange(kept, 0, Math.max(0, text.length - Math.floor(maxChars)))
}

/** The compressed title of a sentence (≤ 40 characters). */
export function compressTitle(id: string, body: string, sent: SentenceView, counts: ReadonlyMap<string, number>, maxChars: number = MAX_TITLE_CHARS): Kept {
  const kept = applyRules(keepSpan(id, body, sent.start, sent.end), TITLE_RULES)
  const budget = Math.min(maxChars, MAX_TITLE_CHARS)
  const fitted = sent.tokens.length > 0 ? trimToFit(fitPhrases(kept, sent.tokens, counts, budget), budget, (s) => s.length, sent.tokens) : fitClauses(kept, sent, counts, budget)
  const text = keptText(fitted)
  // a clause cut can leave a trailing 、
  return /[、,]$/u.test(text) ? deleteRange(fitted, text.length - 1, text.length) : fitted
}
