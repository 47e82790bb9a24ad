/**
 * @module digest/faithful
 * The faithfulness rule of every digest line: its text is obtained from the cited source span(s)
 * only by deleting characters. Checked after NFKC on both sides; spaces in the line are separators
 * (a headline may join two cited chunks with a space) and are not matched. Used by tests, the eval
 * and a debug assertion in every builder.
 */
import type { Cite, CitedText } from '../core/digest.ts'
import { MatomeError } from '../core/errors.ts'

/** An article's texts a cite can point into: its body and, for `field: 'title'` cites, its title (an `Article` fits). */
export type SourceTexts = { readonly body: string; readonly title?: string | undefined }

/**
 * The sources of the cites: one body for every cite, bodies or articles (`SourceTexts`) by id, or a
 * function from id to either. A title cite needs the title: a plain body string never satisfies it.
 */
export type SourceLookup = string | Readonly<Record<string, string | SourceTexts>> | ((id: string) => string | SourceTexts | undefined)

function textOf(sources: SourceLookup, cite: Cite): string | undefined {
  const entry = typeof sources === 'string' ? sources : typeof sources === 'function' ? sources(cite.id) : Object.hasOwn(sources, cite.id) ? sources[cite.id] : undefined
  if (entry === undefined) return undefined
  if (typeof entry === 'string') return cite.field === 'title' ? undefined : entry
  return cite.field === 'title' ? entry.title : entry.body
}

const SEPARATORS = /[\s\u3000]/u

/**
 * True when `text` (NFKC, spaces ignored) is a subsequence of the concatenated cited spans (NFKC),
 * in cite order, and every cite lies inside its source (the article's title for a `field: 'title'` cite).
 * @example isFaithful('交渉継続で合意', '双方は交渉を継続することで合意した。', [{ id: 'a', start: 0, end: 18 }]) // true
 */
export function isFaithful(text: string, sourceText: SourceLookup, cites: readonly Cite[]): boolean {
  if (cites.length === 0) return text.trim() === ''
  let source = ''
  for (const cite of cites) {
    const body = textOf(sourceText, cite)
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
