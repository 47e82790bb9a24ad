/**
 * @module extract/metadata
 * Page metadata from the parsed document, each field from the most trustworthy place first:
 * - title: `og:title`, JSON-LD `headline`, `twitter:title`, `<title>` (site suffix removed), first `<h1>`;
 * - url: `<link rel="canonical">`, `og:url`, then the address the page was read from;
 * - publishedAt: `article:published_time`, JSON-LD `datePublished`, `<meta name="date|pubdate|…">`,
 *   `itemprop="datePublished"`, the first `<time datetime>` in the content;
 * - source: `og:site_name`, JSON-LD `publisher.name`, `application-name`.
 */
import { toIsoDate } from './published-date.ts'

export type PageMetadata = {
  readonly title?: string
  readonly url?: string
  readonly publishedAt?: string
  readonly source?: string
  /** JSON-LD `articleBody`, when the page carries one (a fallback for the main text) */
  readonly articleBody?: string
}

type JsonObject = Record<string, unknown>

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'WebPage'])

function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim()
    if (value) return value
  }
  return undefined
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type']
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : []
}

/** Every object of the JSON-LD blocks (arrays and `@graph` flattened). */
function jsonLdNodes(document: Document): JsonObject[] {
  const out: JsonObject[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      out.push(value as JsonObject)
      const graph = (value as JsonObject)['@graph']
      if (graph) visit(graph)
    }
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''))
    } catch {
      // a broken JSON-LD block is ignored: the other sources still apply
    }
  }
  return out
}

/** The JSON-LD article node: a NewsArticle first, then any other article type. */
function jsonLdArticle(document: Document): JsonObject | undefined {
  const nodes = jsonLdNodes(document).filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)))
  return nodes.find((n) => typesOf(n).some((t) => t.endsWith('NewsArticle'))) ?? nodes.find((n) => !typesOf(n).includes('WebPage')) ?? nodes[0]
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  if (Array.isArray(value)) return str(value[0])
  return undefined
}

function publisherName(node: JsonObject | undefined): string | undefined {
  const publisher = node?.['publisher']
  const first: unknown = Array.isArray(publisher) ? publisher[0] : publisher
  if (typeof first === 'string') return str(first)
  return first && typeof first === 'object' ? str((first as JsonObject)['name']) : undefined
}

/** `<title>` without its site part: `記事見出し｜サイト名` → `記事見出し` (the longer side wins). */
export function cleanDocumentTitle(title: string, siteName?: string): string {
  const t = title.replace(/\s+/g, ' ').trim()
  const parts = t.split(/\s*[|｜]\s*|\s+[-–—]\s+/).filter((p) => p !== '')
  if (parts.length < 2) return t
  if (siteName) {
    const rest = parts.filter((p) => p !== siteName && !siteName.includes(p))
    if (rest.length > 0 && rest.length < parts.length) return rest.join(' ')
  }
  return parts.reduce((a, b) => (b.length > a.length ? b : a))
}

function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const resolved = new URL(url, base)
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined
  } catch {
    return undefined
  }
}

/**
 * Read the metadata of a page. `baseUrl` is where the page was read from (resolves relative links).
 * Call before Readability runs: it changes the document.
 */
export function readMetadata(document: Document, baseUrl?: string): PageMetadata {
  const ld = jsonLdArticle(document)
  const source =
    metaContent(document, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]']) ??
    publisherName(ld) ??
    metaContent(document, ['meta[name="application-name"]'])
  const docTitle = document.querySelector('title')?.textContent?.trim()
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="og:title"]']) ??
    str(ld?.['headline']) ??
    metaContent(document, ['meta[name="twitter:title"]']) ??
    (docTitle ? cleanDocumentTitle(docTitle, source) : undefined) ??
    (document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || undefined)
  const url =
    absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, baseUrl) ??
    absolute(metaContent(document, ['meta[property="og:url"]']), baseUrl) ??
    absolute(baseUrl, undefined)
  const dateCandidates = [
    metaContent(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]']),
    str(ld?.['datePublished']),
    metaContent(document, ['meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]']),
    document.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ?? undefined,
    document.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined,
  ]
  let publishedAt: string | undefined
  for (const candidate of dateCandidates) {
    const iso = toIsoDate(candidate)
    if (iso) {
      publishedAt = iso
      break
    }
  }
  const articleBody = str(ld?.['articleBody'])
  return {
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(source ? { source } : {}),
    ...(articleBody ? { articleBody } : {}),
  }
}
