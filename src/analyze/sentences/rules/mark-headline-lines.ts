/**
 * @module analyze/sentences/rules/mark-headline-lines
 * Rule 5: a headline line (見出し) is short, has no sentence-final mark anywhere, and is followed by
 * a paragraph — as in a news page that holds several stories, each a headline without 。 followed by
 * its paragraphs. A line ending the text, or followed only by other such lines, is prose; so are a
 * line that is one quotation 「…」, a URL line and a line of symbols only (===).
 */

/** Longest line read as a headline, in UTF-16 units (news headlines run 15–40 characters). */
export const HEADLINE_MAX_CHARS = 64

const TERMINAL = /[。｡！？!?]/

/** A line that is one quotation 「…」 (a pull quote or speech on its own line) is not a headline. */
function isWholeQuote(line: string): boolean {
  return /^[「『“][^「『“]*[」』”]$/.test(line)
}

/** Whether the (trimmed) line `line` is a headline, given the next non-blank line (if any). */
export function isHeadlineLine(line: string, next: string | undefined): boolean {
  if (next === undefined || line.length > HEADLINE_MAX_CHARS) return false
  if (TERMINAL.test(line) || /[、,]$/.test(line)) return false
  if (isWholeQuote(line) || /https?:\/\//.test(line) || !/[\p{L}\p{N}]/u.test(line)) return false
  // the next line is a paragraph: it carries a sentence-final mark or is longer than a headline
  return TERMINAL.test(next) || next.length > HEADLINE_MAX_CHARS
}
