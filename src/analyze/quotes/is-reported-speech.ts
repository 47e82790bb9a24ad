/**
 * @module analyze/quotes/is-reported-speech
 * Whether a bracket pair is reported speech rather than a term or title in brackets
 * (「港まつり」, 「高台」): it is followed by a quotative と / って / との / などと, or its content is
 * itself a clause (has 、 or 。, or is long). Double quotes “…” are always quoted words.
 */
import type { BracketPair } from './find-brackets.ts'

/** Quotative markers after the closing bracket. */
const QUOTATIVE_AFTER = /^(?:[、，]?\s*)(?:と|って|との|などと|なども|とも|とし)/u
/** Content at least this long is a clause even without a quotative (measured on the seed page). */
const MIN_CLAUSE_CHARS = 15

export function isReportedSpeech(text: string, pair: BracketPair): boolean {
  const content = text.slice(pair.content.start, pair.content.end)
  if (content.trim() === '') return false
  // “…” in Japanese news marks quoted words (mostly in headlines), not terms
  if (text[pair.start] === '“') return true
  if (QUOTATIVE_AFTER.test(text.slice(pair.end, pair.end + 6))) return true
  return /[、。！？]/u.test(content) || content.length >= MIN_CLAUSE_CHARS
}
