/**
 * @module analyze/dates/generic/clause
 * Slices of a sentence the generic-use rules read: the clause after a date up to the first 。
 * (a quote 「…。…」 is one sentence, but each 。 ends a clause of it) and text without quoted words.
 */
/** The text without the inside of 「…」 brackets (an unclosed bracket hides the rest). */
export function withoutQuotes(text: string): string {
  let depth = 0
  let out = ''
  for (const ch of text) {
    if (ch === '「') depth++
    else if (ch === '」') depth = Math.max(0, depth - 1)
    else if (depth === 0) out += ch
  }
  return out
}

/** The text after `end` up to the first 。 or the sentence end. */
export function firstClause(text: string, end: number, sentenceEnd: number): string {
  const rest = text.slice(end, sentenceEnd)
  const stop = rest.search(/[。!！?？]/)
  return stop < 0 ? rest : rest.slice(0, stop + 1)
}
