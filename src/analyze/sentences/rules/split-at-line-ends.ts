/**
 * @module analyze/sentences/rules/split-at-line-ends
 * Rule 1: a line end always ends a sentence, and a line is the paragraph that caps bracket
 * nesting (an unbalanced 「 never swallows the rest of the article). Lines are trimmed of
 * surrounding whitespace (including the full-width indent 　); blank lines are dropped.
 */
import type { Span } from '../../../core/doc.ts'

/** Non-blank lines of `text` as trimmed spans. */
export function splitAtLineEnds(text: string): Span[] {
  const lines: Span[] = []
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue
    const span = trimSpan(text, lineStart, i)
    if (span.end > span.start) lines.push(span)
    lineStart = i + 1
  }
  return lines
}

/** The span `[start, end)` without leading and trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  let from = start
  let to = end
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return { start: from, end: to }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0a || code === 0x0d ||
    code === 0x0b || code === 0x0c || code === 0xfeff || (code >= 0x2000 && code <= 0x200b)
}
