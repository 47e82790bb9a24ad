/**
 * @module digest/faithful
 * The faithfulness rule of every digest line: its text is obtained from the cited source span(s)
 * only by deleting characters. Checked after NFKC on both sides; spaces in the line are separators
 * (a headline may join two cited chunks with a space) and are not matched. Used by tests, the eval
 * and a debug assertion in every builder.
 */
import type { Cite, CitedText } from '../core/digest.ts'
import { MatomeError } from '../core/errors.ts'

/** The body of an article by id, or one body for every cite. */
export type SourceLookup = string | Readonly<Record<string, string>> | ((id: string) => string | undefined)

function bodyOf(sources: SourceLookup, id: string): string | undefined {
  if (typeof sources === 'string') return sources
  if (typeof sources === 'function') return sources(id)
  return Object.hasOwn(sources, id) ? sources[id] : undefined
}

const SEPARATORS = /[\s\u3000]/u

/**
 * True when `text` (NFKC, spaces ignored) is a subsequence of the concatenated cited spans (NFKC),
 * in cite order, and every cite lies inside its source.
 * @example isFaithful('交渉継続で合意', '双方は交渉を継続することで合意した。', [{ id: 'a', start: 0, end: 18 }]) // true
 */
export function isFaithful(text: string, sourceText: SourceLookup, cites: readonly Cite[]): boolean {
  if (cites.length === 0) return text.trim() === ''
  let source = ''
  for (const cite of cites) {
    const body = bodyOf(sourceText, cite.id)
    if (body === undefined || cite.start < 0 || cite.end > body.length || cite.start > cite.end) return false
    source += body.slice(cite.start, cite.end)
  }
  const haystack = [...source.normalize('NFKC')]
  let j = 0
  for (const char of text.normalize('NFKC')) {
    if (SEPARATORS.test(char)) continue
    while (j < haystack.length && haystack[j] !== char) j++
    if (j === haystack.length) return false
    j++
  }
  return true
}

/** Throws `digest/unfaithful` when a line breaks the rule (a bug in a builder, never a data problem). */
export function assertFaithful(unit: CitedText, sourceText: SourceLookup, where: string): void {
  if (!isFaithful(unit.text, sourceText, unit.cites)) {
    throw new MatomeError('digest/unfaithful', `${where}: "${unit.text}" is not a deletion of its cited span(s) ${JSON.stringify(unit.cites)}`)
  }
}
