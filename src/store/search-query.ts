/**
 * @module store/search-query
 * Query handling shared by store implementations: splitting a query into words, which of them the
 * trigram index can serve (3 characters or more) and which need a LIKE scan, and the snippet shown.
 */

export type SearchPlan = {
  /** words of ≥ 3 characters, served by the trigram full-text index */
  readonly indexed: readonly string[]
  /** shorter words, matched with LIKE */
  readonly scanned: readonly string[]
}

/** Minimum word length (in code points) the FTS5 trigram tokenizer can match. */
export const TRIGRAM_MIN = 3

/**
 * Split on whitespace (ASCII and ideographic); empty words dropped, duplicates removed. Words are
 * matched as typed (the index holds the text as published, so no width folding here).
 */
export function planSearch(query: string): SearchPlan {
  const words = [...new Set(query.split(/[\s\u3000]+/u).filter((w) => w !== ''))]
  return {
    indexed: words.filter((w) => [...w].length >= TRIGRAM_MIN),
    scanned: words.filter((w) => [...w].length < TRIGRAM_MIN),
  }
}

/** An FTS5 MATCH expression requiring every word as a phrase (quotes doubled). */
export function ftsExpression(words: readonly string[]): string {
  return words.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ')
}

/** A LIKE pattern for `word` anywhere, escaping `%`, `_` and `\` (use with `ESCAPE '\'`). */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** About `width` characters of `body` around the first occurrence of any word (case-insensitive), with … marks. */
export function makeSnippet(body: string, words: readonly string[], width = 80): string {
  const haystack = body.toLowerCase()
  const sameLength = haystack.length === body.length
  let at = -1
  for (const word of words) {
    const i = haystack.indexOf(word.toLowerCase())
    if (i >= 0 && (at < 0 || i < at)) at = i
  }
  if (!sameLength || at < 0) at = 0
  const start = Math.max(0, at - Math.floor(width / 3))
  const end = Math.min(body.length, start + width)
  const text = body.slice(start, end).replace(/\s+/g, ' ')
  return `${start > 0 ? '…' : ''}${text}${end < body.length ? '…' : ''}`
}
