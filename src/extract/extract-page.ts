/**
 * @module extract/extract-page
 * One HTML page → its metadata and its stories (pure). Order:
 * 1. metadata (`readMetadata`) and sibling story blocks (`findStoryBlocks`) on the untouched document;
 * 2. several story blocks → one story each;
 * 3. otherwise the main text (Readability, else `<article>` / `<p>` text, else JSON-LD `articleBody`),
 *    split into stories when it is a multi-story page (`splitStories`), else one story.
 * No text at all is a `Rejection` (`ingest/no-main-text`).
 */
import { parseHTML } from 'linkedom'
import { reject, type Result } from '../core/errors.ts'
import { dropLeadingBylines } from './byline.ts'
import { htmlText, type DomNode } from './html-text.ts'
import { extractMainText, fallbackText } from './main-text.ts'
import { readMetadata, type PageMetadata } from './metadata.ts'
import { splitStories } from './split-stories.ts'
import { findStoryBlocks } from './story-blocks.ts'

export type ExtractedStory = {
  readonly title?: string
  readonly body: string
  /** only when the story carries its own date (a `<time>` in its block) */
  readonly publishedAt?: string
}

export type ExtractedPage = PageMetadata & {
  /** one story for an ordinary page; several for a multi-story page, in page order */
  readonly stories: readonly ExtractedStory[]
  readonly method: 'story-blocks' | 'readability' | 'article' | 'paragraphs' | 'json-ld'
}

export type ExtractOptions = {
  /** where the page was read from: resolves relative links, default for `url` */
  readonly url?: string
  /** names the page in a rejection (defaults to `url`) */
  readonly item?: string
}

function parse(html: string): Document {
  // linkedom needs a root element to build <head>/<body>; a fragment is wrapped
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(source).document as unknown as Document
}

/**
 * Extract a page. Pure: the caller decodes the bytes and passes the page address.
 * @example extractPage(html, { url: 'https://news.example.jp/a/1' })
 */
export function extractPage(html: string, options: ExtractOptions = {}): Result<ExtractedPage> {
  const item = options.item ?? options.url ?? 'html'
  const document = parse(html)
  const metadata = readMetadata(document, options.url)
  const blocks = findStoryBlocks(document)
  if (blocks) {
    return { ok: true, value: { ...metadata, stories: blocks, method: 'story-blocks' } }
  }
  const main = extractMainText(document, metadata.title) ?? fallbackText(parse(html))
  const extracted = main?.text ?? metadata.articleBody
  const text = extracted === undefined ? undefined : dropLeadingBylines(extracted)
  if (!text || text.trim() === '') {
    return reject('ingest/no-main-text', item, 'neither Readability, <article>/<p> text nor JSON-LD articleBody gave any text')
  }
  const title = metadata.title ?? main?.title
  const method = main?.method ?? 'json-ld'
  const parts = splitStories(text, title)
  const stories: ExtractedStory[] = parts
    ? parts.map((p) => ({ title: p.title, body: p.body }))
    : [title ? { title, body: text } : { body: text }]
  return { ok: true, value: { ...metadata, ...(title ? { title } : {}), stories, method } }
}

/**
 * The text of an HTML fragment (a feed item's `content:encoded`), one paragraph per line.
 * @example htmlFragmentText('<p>一段落目。</p><p>二段落目。</p>') // '一段落目。\n二段落目。'
 */
export function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim()
  return htmlText(parse(html).body as unknown as DomNode)
}
