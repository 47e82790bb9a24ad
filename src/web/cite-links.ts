/**
 * @module web/cite-links
 * Links from a digest line to the sentence it was taken from: `/articles/<id>#s-<start>-<end>`,
 * where `[start, end)` is the stored sentence (from the article's analysis) that holds the cite, so
 * the anchor always exists on the article page. Without an analysis the cite's own span is used
 * (the article page then anchors that span).
 */
import type { AnalyzedDoc, ArticleId, Span } from '../core/doc.ts'
import type { Cite, CitedText, Digest } from '../core/digest.ts'
import { h, type Html } from './html.ts'

/** The URL path of an article page. */
export function articlePath(id: ArticleId): string {
  return `/articles/${encodeURIComponent(id)}`
}

/** The URL path of a story page. */
export function storyPath(id: string): string {
  return `/stories/${encodeURIComponent(id)}`
}

/** The URL path of an entity page. */
export function entityPath(canonical: string): string {
  return `/entities/${encodeURIComponent(canonical)}`
}

/** The anchor id of a sentence span on its article page. */
export function sentenceAnchor(span: Span): string {
  return `s-${span.start}-${span.end}`
}

/** The sentence of `doc` that contains `offset`, else the first one after it (a cite may start on blank space); undefined without sentences. */
export function sentenceAt(doc: AnalyzedDoc | undefined, offset: number): Span | undefined {
  const sentences = doc?.layers.sentences
  if (sentences === undefined) return undefined
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (s === undefined) break
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return s
  }
  return sentences[lo]
}

/** Anchor of the article page's title (where `field: 'title'` cites link). */
export const TITLE_ANCHOR = 'title'

/** Resolves cites to links and source numbers for one digest. */
export type Linker = {
  readonly href: (cite: Cite) => string
  /** the digest's citation number of an article ([1], [2] …) */
  readonly number: (id: ArticleId) => number | undefined
}

/** A linker for `digest`, using the analyses to find sentence boundaries. */
export function createLinker(digest: Digest | undefined, analysis: (id: ArticleId) => AnalyzedDoc | undefined): Linker {
  const numbers = new Map(digest?.sources.articles.map((a) => [a.id, a.n]) ?? [])
  return {
    href(cite) {
      // a title cite links to the article's title, never to a body sentence at the same offsets
      if (cite.field === 'title') return `${articlePath(cite.id)}#${TITLE_ANCHOR}`
      const span = sentenceAt(analysis(cite.id), cite.start) ?? cite
      return `${articlePath(cite.id)}#${sentenceAnchor(span)}`
    },
    number: (id) => numbers.get(id),
  }
}

/** A cited text with a link to each cited sentence (`[n]`), deduplicated by target. */
export function renderCited(text: CitedText, linker: Linker): Html {
  return h`${text.text}${renderCiteLinks(text.cites, linker)}`
}

/** The `[n]` links of a list of cites. */
export function renderCiteLinks(cites: readonly Cite[], linker: Linker): Html {
  const seen = new Set<string>()
  const links: Html[] = []
  for (const cite of cites) {
    const href = linker.href(cite)
    if (seen.has(href)) continue
    seen.add(href)
    const n = linker.number(cite.id)
    links.push(h`<a class="cite" href="${href}" title="出典の文へ">[${n ?? '出典'}]</a>`)
  }
  return h`${links}`
}
