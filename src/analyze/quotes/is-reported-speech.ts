/**
 * @module analyze/quotes/is-reported-speech
 * Whether a bracket pair is reported speech rather than a term or title in brackets
 * (「港まつり」, 「高台」, 「年功序列」と呼ばれる): its content is a clause (has 、 or 。, or is long),
 * or a quotative と / って / との / などと follows words that end like a predicate (…ない, …だよ).
 * In a headline, any quoted words with kana or of clause length are speech. Double quotes “…” are always quoted words.
 */
import type { BracketPair } from './find-brackets.ts'

/** Quotative markers after the closing bracket. */
const QUOTATIVE_AFTER = /^(?:[、，]?\s*)(?:と|って|との|などと|なども|とも|とし)/u
/** Content at least this long is a clause even without a quotative (measured on the seed page). */
const MIN_CLAUSE_CHARS = 15
/** With a quotative, content this long is speech even when it ends in a noun. */
const MIN_QUOTED_CLAUSE_CHARS = 10

/**
 * Whether `pair` holds reported speech (see the module comment); `inHeadline` when its sentence is a headline.
 * @example
 * isReportedSpeech('社長は「続けたい」と述べた', findBrackets('社長は「続けたい」と述べた')[0]!) // true
 */
export function isReportedSpeech(text: string, pair: BracketPair, inHeadline = false): boolean {
  const content = text.slice(pair.content.start, pair.content.end)
  if (content.trim() === '') return false
  // in a headline, quoted words need no quotative: 松野官房長官「高い関心持って注視」 (a bare noun
  // such as “引退騒動” is still a term)
  if (inHeadline && (content.length >= MIN_QUOTED_CLAUSE_CHARS || /[ぁ-ゖ]/u.test(content))) return true
  if (/[、。！？!?]/u.test(content) || content.length >= MIN_CLAUSE_CHARS) return true
  // a quoted sentence of its own (「価格は据え置く」。) that ends like a predicate
  if (/^(?:[。！？]|\s*$|\n)/u.test(text.slice(pair.end, pair.end + 1)) && /[ぁ-ゖ]$/u.test(content)) return true
  // with a quotative, words ending like a predicate (…ない, …だよ, …する) are speech; a noun
  // (「年功序列」と呼ばれる, 「タテ」と) is a term
  return QUOTATIVE_AFTER.test(text.slice(pair.end, pair.end + 6)) && (content.length >= MIN_QUOTED_CLAUSE_CHARS || /[ぁ-ゖ]$/u.test(content))
}
