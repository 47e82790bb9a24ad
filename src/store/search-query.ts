/**
 * @module store/search-query
 * Query handling shared by store implementations: splitting a query into words (with their width
 * variants), which of them the trigram index can serve (3 characters or more) and which need a LIKE
 * scan, and the snippet shown.
 */

/** One query word and its width variants (any of them may match). */
export type SearchWord = readonly string[]

export type SearchPlan = {
  /** words of ≥ 3 characters, served by the trigram full-text index */
  readonly indexed: readonly SearchWord[]
  /** shorter words, matched with LIKE */
  readonly scanned: readonly SearchWord[]
}

/** Minimum word length (in code points) the FTS5 trigram tokenizer can match. */
export const TRIGRAM_MIN = 3

const toFullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

/**
 * A word as typed, its NFKC form and its full-width form: the index holds text as published, and
 * Japanese outlets write Latin letters and digits either way (ＡＩ / AI, ２０２４ / 2024).
 */
export function widthVariants(word: string): SearchWord {
  const folded = word.normalize('NFKC')
  return [...new Set([word, folded, toFullWidth(folded)])]
}

/** Split on whitespace (ASCII and ideographic); empty words dropped, duplicates removed; each with its width variants. */
export function planSearch(query: string): SearchPlan {
  const words = [...new Set(query.split(/[\s\u3000]+/u).filter((w) => w !== ''))]
  const long = (w: string): boolean => [...w.normalize('NFKC')].length >= TRIGRAM_MIN
  return {
    indexed: words.filter(long).map(widthVariants),
    scanned: words.filter((w) => !long(w)).map(widthVariants),
  }
}

/** An FTS5 MATCH expression requiring every word (any of its variants) as a phrase (quotes doubled). */
export function ftsExpression(words: readonly SearchWord[]): string {
  return words.map((variants) => `(${variants.map((v) => `"${v.replaceAll('"', '""')}"`).join(' OR ')})`).join(' AND ')
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
