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

/** Matched bracket pairs of a line (`start` at the opener, `end` after the closer) and unmatched brackets. */
export function matchBrackets(text: string, line: Span): { pairs: Span[]; unmatched: number[] } {
  const stack: { at: number; closer: string }[] = []
  const pairs: Span[] = []
  const unmatched: number[] = []
  for (let i = line.start; i < line.end; i++) {
    const ch = text[i] ?? ''
    const closer = BRACKETS.get(ch)
    if (closer !== undefined) {
      stack.push({ at: i, closer })
      continue
    }
    if (!CLOSERS.has(ch)) continue
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
