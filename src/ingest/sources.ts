/**
 * @module ingest/sources
 * Every kind of source → a stream of outcomes, one per article or rejection, never a throw for a
 * bad item. A source is a path (file or folder, read recursively in sorted order), an http(s) URL,
 * or `-` for JSONL on stdin. By file type:
 * - `.txt` `.md`: front matter + title line + body (`text-file.ts`), split when multi-story;
 * - `.html` `.htm`: decoded (`decode.ts`), extracted (`extract/`), split when multi-story;
 * - `.jsonl` `.ndjson`: one article per line (`core/parse-article.ts`);
 * - `.xml` `.rss` `.rdf` `.atom`: feed items (`feeds.ts`); an item carrying only a short summary has
 *   its page fetched when fetching is on, one request per host per second (else, or when the fetch
 *   fails, the summary is the body).
 * URLs are fetched (`fetch.ts`) and read as a feed or a page by their content.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { Article } from '../core/article.ts'
import { reject, type Rejection } from '../core/errors.ts'
import { parseArticleLine } from '../core/parse-article.ts'
import { extractPage } from '../extract/extract-page.ts'
import { articleIdFor, storyUrl } from './article-id.ts'
import { decodeBytes } from './decode.ts'
import { looksLikeFeed, parseFeed, type FeedItem, type ParsedFeed } from './feeds.ts'
import { fetchBytes, type FetchOptions } from './fetch.ts'
import { createHostGate, type HostGate } from './host-gate.ts'
import { parseTextDocument } from './text-file.ts'
import { readLines } from '../runtime/read-lines.ts'

/** One article read from a source, with what is stored beside it. */
export type IngestRecord = {
  readonly ok: true
  readonly article: Article
  /** where it came from: a file path (`file:12` for a JSONL line), a URL */
  readonly origin: string
  readonly raw?: string
  readonly rawType?: string
}

export type IngestOutcome = IngestRecord | Rejection

export type SourceOptions = FetchOptions & {
  /** false: never touch the network (URLs are rejected, feed items keep their summary) */
  readonly network?: boolean
  /** the stream read for `-` (default `process.stdin`) */
  readonly stdin?: Readable
  /** a feed item whose description is shorter than this (and has no full content) gets its page fetched */
  readonly summaryChars?: number
  /** minimum gap between two page fetches to one host while reading a feed (default 1 s) */
  readonly pageSpacingMs?: number
}

const TEXT_EXT = new Set(['.txt', '.md', '.markdown'])
const HTML_EXT = new Set(['.html', '.htm', '.xhtml'])
const JSONL_EXT = new Set(['.jsonl', '.ndjson'])
const FEED_EXT = new Set(['.xml', '.rss', '.rdf', '.atom'])
const DEFAULT_SUMMARY_CHARS = 400
const DEFAULT_PAGE_SPACING_MS = 1000

/** Is this a file matome reads (by extension)? */
export function isSupportedFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase()
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext) || FEED_EXT.has(ext)
}

function record(article: Omit<Article, 'id'> & { id?: string }, origin: string, raw: string | undefined, rawType: string): IngestRecord {
  const full: Article = { ...article, id: article.id ?? articleIdFor(article) }
  return raw === undefined ? { ok: true, article: full, origin, rawType } : { ok: true, article: full, origin, raw, rawType }
}

/** Build the articles of one page or document: one per story, sharing source, URL (with `#story-N`) and date. */
function storyArticles(
  stories: ReadonlyArray<{ readonly title?: string; readonly body: string; readonly publishedAt?: string }>,
  shared: { url?: string | undefined; source?: string | undefined; publishedAt?: string | undefined },
  origin: string,
  raw: string,
  rawType: string,
): IngestRecord[] {
  return stories.map((story, i) => {
    const url = storyUrl(shared.url, i, stories.length)
    const publishedAt = story.publishedAt ?? shared.publishedAt
    const article: Omit<Article, 'id'> = {
      body: story.body,
      ...(story.title ? { title: story.title } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(shared.source ? { source: shared.source } : {}),
      ...(url ? { url } : {}),
    }
    return record(article, stories.length > 1 ? `${origin}#story-${i + 1}` : origin, raw, rawType)
  })
}

/** An HTML page (already decoded) → its articles. */
export function pageOutcomes(html: string, origin: string, url?: string): IngestOutcome[] {
  const page = extractPage(html, url === undefined ? { item: origin } : { url, item: origin })
  if (!page.ok) return [page]
  const { stories, url: pageUrl, source, publishedAt } = page.value
  return storyArticles(stories, { url: pageUrl, source, publishedAt }, origin, html, 'text/html')
}

/** A text document → its articles. */
export function textOutcomes(text: string, origin: string): IngestOutcome[] {
  const doc = parseTextDocument(text, origin, /\.(?:md|markdown)$/i.test(origin))
  if (!doc.ok) return [doc]
  return storyArticles(doc.value.stories, doc.value, origin, text, /\.(?:md|markdown)$/i.test(origin) ? 'text/markdown' : 'text/plain')
}

/** One feed item → its articles (fetching its page when it carries only a summary). */
async function feedItemOutcomes(item: FeedItem, feed: ParsedFeed, origin: string, options: SourceOptions, gate: HostGate): Promise<IngestOutcome[]> {
  const name = item.link ?? `${origin}#${item.id ?? item.title ?? '?'}`
  const source = item.publisher ?? feed.publisher
  const shortSummary = item.content === undefined && (item.summary?.length ?? 0) < (options.summaryChars ?? DEFAULT_SUMMARY_CHARS)
  if (shortSummary && item.link && options.network !== false) {
    await gate.pass(item.link)
    const page = await fetchPage(item.link, options)
    const articles = page.filter((o): o is IngestRecord => o.ok)
    if (articles.length > 0) {
      return articles.map((a) => ({
        ...a,
        article: {
          ...a.article,
          ...(a.article.publishedAt === undefined && item.publishedAt ? { publishedAt: item.publishedAt } : {}),
          ...(a.article.source === undefined && source ? { source } : {}),
        },
      }))
    }
  }
  const body = item.content ?? item.summary
  if (!body) return [reject('ingest/no-main-text', name, 'the feed item has no content or description, and its page could not be read')]
  const article: Omit<Article, 'id'> = {
    body,
    ...(item.title ? { title: item.title } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    ...(source ? { source } : {}),
    ...(item.link ? { url: item.link } : {}),
  }
  return [record(article, `${origin} ${name}`, item.raw, 'application/x-feed-item+json')]
}

/** A feed document (already decoded) → the articles of its items. */
export async function* feedOutcomes(xml: string, origin: string, baseUrl: string | undefined, options: SourceOptions): AsyncGenerator<IngestOutcome> {
  const feed = parseFeed(xml, origin, baseUrl)
  if (!feed.ok) {
    yield feed
    return
  }
  const gate = createHostGate({ spacingMs: options.pageSpacingMs ?? DEFAULT_PAGE_SPACING_MS })
  for (const item of feed.value.items) yield* await feedItemOutcomes(item, feed.value, origin, options, gate)
}

/** Fetch a URL and read it as a page (never as a feed): used for feed items. */
async function fetchPage(url: string, options: SourceOptions): Promise<IngestOutcome[]> {
  const fetched = await fetchBytes(url, options)
  if (!fetched.ok) return [fetched]
  const decoded = decodeBytes(fetched.value.bytes, url, fetched.value.contentType)
  if (!decoded.ok) return [decoded]
  return pageOutcomes(decoded.value.text, url, fetched.value.url)
}

/** A URL source: a feed (by its content) or a page. */
async function* urlOutcomes(url: string, options: SourceOptions): AsyncGenerator<IngestOutcome> {
  if (options.network === false) {
    yield reject('ingest/fetch-failed', url, 'network access is off (--no-fetch)')
    return
  }
  const fetched = await fetchBytes(url, options)
  if (!fetched.ok) {
    yield fetched
    return
  }
  const decoded = decodeBytes(fetched.value.bytes, url, fetched.value.contentType)
  if (!decoded.ok) {
    yield decoded
    return
  }
  if (looksLikeFeed(decoded.value.text)) yield* feedOutcomes(decoded.value.text, url, fetched.value.url, options)
  else yield* pageOutcomes(decoded.value.text, url, fetched.value.url)
}

/** JSONL lines of a stream: one article (or rejection) per non-empty line. */
async function* jsonlOutcomes(input: Readable, name: string): AsyncGenerator<IngestOutcome> {
  let n = 0
  for await (const line of readLines(input)) {
    n++
    if (line.trim() === '') continue
    const item = `${name}:${n}`
    const parsed = parseArticleLine(line, item)
    if (parsed.ok) yield { ok: true, article: parsed.value, origin: item, raw: line, rawType: 'application/jsonl' }
    else yield parsed
  }
}

/** One file by its extension. */
async function* fileOutcomes(file: string, options: SourceOptions): AsyncGenerator<IngestOutcome> {
  const ext = path.extname(file).toLowerCase()
  if (!isSupportedFile(file)) {
    yield reject('ingest/unsupported-file', file, `"${ext || '(no extension)'}" files are not read; expected .txt .md .html .jsonl .xml .rss .rdf .atom`)
    return
  }
  if (JSONL_EXT.has(ext)) {
    let handle
    try {
      handle = await open(file)
    } catch (error) {
      yield reject('ingest/read-failed', file, (error as Error).message)
      return
    }
    try {
      yield* jsonlOutcomes(handle.createReadStream(), file)
    } finally {
      await handle.close().catch(() => undefined)
    }
    return
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    yield reject('ingest/read-failed', file, (error as Error).message)
    return
  }
  const decoded = decodeBytes(bytes, file)
  if (!decoded.ok) {
    yield decoded
    return
  }
  const text = decoded.value.text
  if (FEED_EXT.has(ext)) yield* feedOutcomes(text, file, undefined, options)
  else if (HTML_EXT.has(ext)) yield* pageOutcomes(text, file)
  else yield* textOutcomes(text, file)
}

/** Notes that sit beside a corpus and are not articles (read only when named explicitly). */
const FOLDER_NOTES = /^(?:readme|license|licence|changelog|copying|notice)(?:\.[a-z]+)?$/i

/** Files under a folder, recursively, sorted by path; hidden files and README/LICENSE notes are skipped. */
export async function listFiles(folder: string): Promise<string[]> {
  const out: string[] = []
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'))
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) out.push(...(await listFiles(full)))
    else if (entry.isFile() && !FOLDER_NOTES.test(entry.name)) out.push(full)
  }
  return out
}

/**
 * Read one source: a path (file or folder), an http(s) URL, or `-` (JSONL on stdin).
 * @example for await (const o of readSource('data/demo', { network: false })) …
 */
export async function* readSource(source: string, options: SourceOptions = {}): AsyncGenerator<IngestOutcome> {
  if (source === '-') {
    yield* jsonlOutcomes(options.stdin ?? process.stdin, 'stdin')
    return
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    yield* urlOutcomes(source, options)
    return
  }
  let info
  try {
    info = await stat(source)
  } catch (error) {
    yield reject('ingest/read-failed', source, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message)
    return
  }
  if (info.isDirectory()) {
    let files: string[]
    try {
      files = await listFiles(source)
    } catch (error) {
      yield reject('ingest/read-failed', source, (error as Error).message)
      return
    }
    for (const file of files) yield* fileOutcomes(file, options)
  } else {
    yield* fileOutcomes(source, options)
  }
}
