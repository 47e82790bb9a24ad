/**
 * @module analyze/quotes/find-brackets
 * Quotation brackets: outermost 「…」 and “…” pairs, nesting-aware (「彼は『…』と言った」 is one
 * quote; an inner 「」 stays inside it). An opener without its closer before the end of the
 * paragraph (a blank line) is not a quote. Pure scanning over the untouched text.
 */
import type { Span } from '../../core/doc.ts'

/** A bracket pair: the whole span (with brackets) and the content inside. */
export type BracketPair = Span & { readonly content: Span }

const PAIRS: ReadonlyMap<string, string> = new Map([
  ['「', '」'],
  ['“', '”'],
])
const NESTED_OPEN: ReadonlyMap<string, string> = new Map([
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
  ['（', '）'],
])

/**
 * Outermost quotation bracket pairs of `text`, in order.
 * @example
 * findBrackets('首相は「まず『対話』だ」と述べた') // [{ start: 3, end: 12, content: { start: 4, end: 11 } }]
 */
export function findBrackets(text: string): BracketPair[] {
  const out: BracketPair[] = []
  let i = 0
  while (i < text.length) {
    const close = PAIRS.get(text[i] ?? '')
    if (close === undefined) {
      i++
      continue
    }
    const end = findClose(text, i)
    if (end < 0) {
      i++
      continue
    }
    out.push({ start: i, end: end + 1, content: { start: i + 1, end } })
    i = end + 1
  }
  return out
}

/** Index of the bracket closing the one at `open`, honouring nesting; -1 before a blank line or the end. */
function findClose(text: string, open: number): number {
  const stack: string[] = [NESTED_OPEN.get(text[open] ?? '') ?? '」']
  for (let k = open + 1; k < text.length; k++) {
    const ch = text[k] ?? ''
    if (ch === '\n' && /^\n[ \t\u3000]*\n/u.test(text.slice(k, k + 8))) return -1
    if (ch === stack[stack.length - 1]) {
      stack.pop()
      if (stack.length === 0) return k
      continue
    }
    const nested = NESTED_OPEN.get(ch)
    if (nested !== undefined && !(ch === '“' && stack[stack.length - 1] === '”')) stack.push(nested)
  }
  return -1
}
