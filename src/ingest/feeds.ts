/**
 * @module ingest/feeds
 * RSS 1.0 (RDF), RSS 2.0 and Atom → feed items, with @extractus/feed-extractor's `extractFromXml`
 * on text decoded by `decode.ts`. The library's normalised entry is completed from the raw item
 * (`getExtraEntryFields`): the full `content:encoded` / Atom `content`, `dc:date` / `pubDate` /
 * `published` kept with their UTC offset, Atom's `rel="alternate"` link, `dc:publisher`.
 */
import { extractFromXml } from '@extractus/feed-extractor'
import { reject, type Result } from '../core/errors.ts'
import { htmlFragmentText } from '../extract/extract-page.ts'
import { toIsoDate } from '../extract/published-date.ts'

export type FeedItem = {
  readonly link?: string
  readonly title?: string
  readonly id?: string
  /** plain text of the description / summary */
  readonly summary?: string
  /** plain text of the full content (content:encoded, Atom content), when the feed carries it */
  readonly content?: string
  readonly publishedAt?: string
  /** the item's own `dc:publisher`, when it has one */
  readonly publisher?: string
  /** the item's XML as a JSON string of its parsed fields (kept as the raw input) */
  readonly raw: string
}

export type ParsedFeed = {
  readonly format: 'rss' | 'atom' | 'rdf'
  readonly title?: string
  readonly link?: string
  /** publisher of the feed: `dc:publisher`, else the feed title */
  readonly publisher?: string
  readonly items: readonly FeedItem[]
}

type Raw = Record<string, unknown>

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined
  if (Array.isArray(value)) return text(value[0])
  if (typeof value === 'object') {
    const o = value as Raw
    return text(o['#text'] ?? o['_text'] ?? o['_cdata'] ?? o['$t'])
  }
  return undefined
}

/** Atom `<link>`s: the `rel="alternate"` (or rel-less) href. */
function atomLink(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const hrefOf = (l: unknown): string | undefined => (typeof l === 'object' && l !== null ? text((l as Raw)['@_href']) : text(l))
  const alternate = links.find((l) => typeof l !== 'object' || l === null || (l as Raw)['@_rel'] === undefined || (l as Raw)['@_rel'] === 'alternate')
  return hrefOf(alternate ?? links[0])
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url, base).href
  } catch {
    return undefined
  }
}

/** Decode entities the XML parser leaves in text nodes (`&amp;lt;p&amp;gt;` style double escapes). */
function unescapeEntities(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (all, name: string) => {
    const lower = name.toLowerCase()
    if (lower === 'lt') return '<'
    if (lower === 'gt') return '>'
    if (lower === 'quot') return '"'
    if (lower === 'apos') return "'"
    if (lower === 'amp') return '&'
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all
  })
}

function plain(html: string | undefined): string | undefined {
  if (!html) return undefined
  const t = htmlFragmentText(unescapeEntities(html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')))
  return t === '' ? undefined : t
}

/**
 * Parse a feed document. `item` names the feed in a rejection; `baseUrl` resolves relative links.
 * @example parseFeed(xml, 'https://news.example.jp/rss')
 */
export function parseFeed(xml: string, item: string, baseUrl?: string): Result<ParsedFeed> {
  const seen: { format: ParsedFeed['format']; publisher: string | undefined } = { format: 'rss', publisher: undefined }
  let data: ReturnType<typeof extractFromXml>
  try {
    data = extractFromXml(xml, {
      useISODateFormat: false,
      descriptionMaxLen: 0,
      // Atom <content> is kept as raw markup, so type="xhtml" content is not broken into objects
      xmlParserOptions: { stopNodes: ['*.content'] },
      ...(baseUrl ? { baseUrl } : {}),
      getExtraFeedFields: (feed) => {
        seen.format = 'entry' in feed ? 'atom' : 'channel' in feed && 'item' in feed ? 'rdf' : 'rss'
        const channel = (feed['channel'] ?? feed) as Raw
        seen.publisher = text(channel['dc:publisher'] ?? feed['dc:publisher'])
        return {}
      },
      getExtraEntryFields: (entry) => ({
        rawEntry: entry,
      }),
    })
  } catch (error) {
    return reject('ingest/invalid-feed', item, (error as Error).message)
  }
  const { format, publisher } = seen
  const items: FeedItem[] = []
  for (const entry of data.entries ?? []) {
    const raw = (entry['rawEntry'] ?? {}) as Raw
    const contentHtml = text(raw['content:encoded']) ?? (format === 'atom' ? text(raw['content']) : undefined)
    const summaryHtml = text(raw['description']) ?? text(raw['summary']) ?? entry.description
    const dateRaw = text(raw['dc:date']) ?? text(raw['pubDate']) ?? text(raw['published']) ?? text(raw['updated']) ?? text(raw['issued'])
    const link = absolute(format === 'atom' ? atomLink(raw['link']) ?? entry.link : entry.link || text(raw['link']), baseUrl)
    const summary = plain(summaryHtml)
    const content = plain(contentHtml)
    const publishedAt = toIsoDate(dateRaw) ?? undefined
    const title = entry.title ? unescapeEntities(entry.title).trim() : undefined
    const itemPublisher = text(raw['dc:publisher'])
    items.push({
      ...(itemPublisher ? { publisher: itemPublisher } : {}),
      ...(link ? { link } : {}),
      ...(title ? { title } : {}),
      ...(entry.id ? { id: entry.id } : {}),
      ...(summary ? { summary } : {}),
      ...(content && content !== summary ? { content } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      raw: JSON.stringify(raw),
    })
  }
  const title = data.title ? unescapeEntities(data.title).trim() : undefined
  const feedPublisher = publisher ?? (title ? publisherFromFeedTitle(title) : undefined)
  return {
    ok: true,
    value: {
      format,
      ...(title ? { title } : {}),
      ...(data.link ? { link: data.link } : {}),
      ...(feedPublisher ? { publisher: feedPublisher } : {}),
      items,
    },
  }
}

/** Section words that follow the outlet's name in feed titles (`東都新聞 ニュース`, `○○新聞 - 主要`). */
const SECTION_SUFFIX = /\s*[-–—|｜:：]?\s*(?:(?:主要|最新|新着|トップ|総合)?ニュース|主要|新着|速報|トップ|総合|国内|国際|経済|社会|政治|地域|スポーツ|RSS|フィード)$/i

/**
 * The outlet name in a feed title: the title without a trailing section word.
 * @example publisherFromFeedTitle('東都新聞 ニュース') // '東都新聞'
 */
export function publisherFromFeedTitle(title: string): string {
  const stripped = title.replace(SECTION_SUFFIX, '').trim()
  return stripped.length >= 2 && stripped !== title ? stripped : title
}

/** Does this text look like a feed (RSS, RDF or Atom root element)? */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/<\?xml[^>]*>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart()
  return /^<(?:rss|rdf:RDF|feed)[\s>]/i.test(head)
}
