/**
 * @module analyze/sentences/rules/match-brackets
 * Rule 2: pairs the brackets of one line 「」『』（）()【】〔〕［］〈〉《》“” so that a 。 inside
 * 「…」 does not end the sentence. Only matched pairs count: an opener without its closer (or a
 * closer without its opener) is ignored and reported, so it cannot swallow later sentences.
 */
import type { Span } from '../../../core/doc.ts'

/** 括弧: opener → closer. kagiKakko 「」, nijuKagiKakko 『』, sumitsukiKakko 【】 … */
const BRACKETS: ReadonlyMap<string, string> = new Map([
  ['「', '」'], ['『', '』'], ['（', '）'], ['(', ')'], ['【', '】'], ['〔', '〕'],
  ['［', '］'], ['〈', '〉'], ['《', '》'], ['“', '”'], ['｢', '｣'],
])
const CLOSERS: ReadonlySet<string> = new Set(BRACKETS.values())
/** The same by UTF-16 code (every bracket is one code unit): the scan reads codes, not one-character strings. */
const CLOSER_OF: ReadonlyMap<number, number> = new Map([...BRACKETS].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]))
const CLOSER_CODES: ReadonlySet<number> = new Set([...CLOSERS].map((c) => c.charCodeAt(0)))

/** Matched bracket pairs of a line (`start` at the opener, `end` after the closer) and unmatched brackets. */
export function matchBrackets(text: string, line: Span): { pairs: Span[]; unmatched: number[] } {
  const stack: { at: number; closer: number }[] = []
  const pairs: Span[] = []
  const unmatched: number[] = []
  for (let i = line.start; i < line.end && i < text.length; i++) {
    const ch = text.charCodeAt(i)
    const closer = CLOSER_OF.get(ch)
    if (closer !== undefined) {
      stack.push({ at: i, closer })
      continue
    }
    if (!CLOSER_CODES.has(ch)) continue
    // Close the nearest opener of this kind; openers left above it were unbalanced.
    let k = stack.length - 1
    while (k >= 0 && stack[k]?.closer !== ch) k--
    const opener = stack[k]
    if (opener === undefined) {
      unmatched.push(i)
      continue
    }
    for (const open of stack.slice(k + 1)) unmatched.push(open.at)
    stack.length = k
    pairs.push({ start: opener.at, end: i + 1 })
  }
  for (const open of stack) unmatched.push(open.at)
  pairs.sort((a, b) => a.start - b.start)
  unmatched.sort((a, b) => a - b)
  return { pairs, unmatched }
}
