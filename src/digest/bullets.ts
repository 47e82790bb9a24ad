/**
 * @module digest/bullets
 * Picks the ✅ bullets of an article: the most salient sentences (lead bonus, numbers bonus), not
 * redundant with one already taken, returned in the article's order and compressed by deletion.
 */
import type { CitedText } from '../core/digest.ts'
import { applyRules, BULLET_RULES, keepSpan, toCited } from './compress/index.ts'
import { contentTerms, overlap, sentenceSalience } from './salience.ts'
import type { SentenceView } from './sentences.ts'

/** Sentences shorter than this are not facts on their own (75歳。). */
const MIN_BULLET_CHARS = 12
/** Two lines sharing more than this share of content terms are redundant. */
const MAX_OVERLAP = 0.45
/** Bonus of the first sentences of the article (news writes the most important first). */
const LEAD_BONUS = [0.8, 0.4, 0.2]
/** Bonus of a sentence carrying a number (counts, amounts, distances are the facts readers want). */
const NUMBER_BONUS = 0.15

export type RankOptions = { readonly count: number; readonly exclude?: ReadonlySet<number> }

/** Rank the sentences of an article and pick `count` non-redundant ones (article order). */
export function pickSentences(sents: readonly SentenceView[], counts: ReadonlyMap<string, number>, options: RankOptions): SentenceView[] {
  const candidates = sents.filter((s) => s.kind !== 'headline' && s.text.length >= MIN_BULLET_CHARS && !(options.exclude?.has(s.index) ?? false))
  const scored = candidates
    .map((s, rank) => ({
      s,
      score: sentenceSalience(s, counts) + (LEAD_BONUS[rank] ?? 0) + (/[0-9０-９]/u.test(s.text) ? NUMBER_BONUS : 0),
      terms: contentTerms(s),
    }))
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index)
  const chosen: typeof scored = []
  for (const c of scored) {
    if (chosen.length >= options.count) break
    if (chosen.some((d) => overlap(c.terms, d.terms) > MAX_OVERLAP)) continue
    chosen.push(c)
  }
  return chosen.map((c) => c.s).sort((a, b) => a.index - b.index)
}

/** A sentence as a compressed bullet line. */
export function toBullet(id: string, body: string, sent: SentenceView): CitedText {
  return toCited(applyRules(keepSpan(id, body, sent.start, sent.end), BULLET_RULES))
}
