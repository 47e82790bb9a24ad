/**
 * @module extract/main-text
 * The main text of a page: @mozilla/readability on the linkedom document, tuned for Japanese
 * (a low `charThreshold`: Japanese packs a sentence into 30–60 characters; never gated on
 * `isProbablyReaderable`), serialised one paragraph per line. When Readability finds nothing
 * (or too little), `fallbackText` takes the text of `<article>`, `<main>` or the page's `<p>` elements.
 */
import { Readability } from '@mozilla/readability'
import { htmlText, type DomNode } from './html-text.ts'

/** Readability's default is 500 characters, too many for Japanese news. */
export const JAPANESE_CHAR_THRESHOLD = 120
/** A main text shorter than this is treated as not found by Readability and the fallback is tried. */
const MIN_MAIN_TEXT = 40

export type MainText = {
  readonly text: string
  /** Readability's title guess (used when the page has no metadata title) */
  readonly title?: string
  readonly method: 'readability' | 'article' | 'paragraphs'
}

/** Remove a first line that repeats the title (Readability keeps the `<h1>` in the content). */
function dropTitleLine(text: string, title: string | undefined): string {
  if (!title) return text
  const newline = text.indexOf('\n')
  const first = newline < 0 ? text : text.slice(0, newline)
  const norm = (s: string): string => s.replace(/[\s\u3000]+/g, '')
  return norm(first) === norm(title) || norm(title).startsWith(norm(first)) && first.length > 8 ? text.slice(newline < 0 ? text.length : newline + 1) : text
}

/** The text of `<article>` / `<main>` / `[itemprop=articleBody]`, else of all `<p>` elements. */
export function fallbackText(document: Document): MainText | null {
  const container = document.querySelector('[itemprop="articleBody"], article, main, #article, .article, #main')
  if (container) {
    const text = htmlText(container as unknown as DomNode)
    if (text.length >= MIN_MAIN_TEXT) return { text, method: 'article' }
  }
  const paragraphs = Array.from(document.querySelectorAll('p'))
    .map((p) => htmlText(p as unknown as DomNode))
    .filter((t) => t !== '')
  const text = paragraphs.join('\n')
  return text.length > 0 ? { text, method: 'paragraphs' } : null
}

/**
 * The main text Readability finds, or null (then run `fallbackText` on a freshly parsed document:
 * Readability changes the document it reads). Call `readMetadata` and the story-block detection first. `title` is the metadata title, used to
 * remove the headline Readability keeps at the top of the content.
 */
export function extractMainText(document: Document, title?: string): MainText | null {
  let readable: ReturnType<Readability<DomNode>['parse']> = null
  try {
    readable = new Readability<DomNode>(document, {
      charThreshold: JAPANESE_CHAR_THRESHOLD,
      serializer: (node) => node as unknown as DomNode,
    }).parse()
  } catch {
    readable = null
  }
  if (readable?.content) {
    const heading = title ?? readable.title ?? undefined
    const text = dropTitleLine(htmlText(readable.content), heading)
    if (text.length >= MIN_MAIN_TEXT) {
      return readable.title ? { text, title: readable.title, method: 'readability' } : { text, method: 'readability' }
    }
  }
  return null
}
