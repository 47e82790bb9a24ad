/**
 * @module ingest/article-id
 * Stable article ids, so that reading the same input twice yields the same ids (idempotent
 * ingestion): from the article URL (with its `#story-N` fragment) when there is one, else from the
 * title and body.
 */
import { createHash } from 'node:crypto'

/**
 * `u-<16 hex>` from the URL, or `h-<16 hex>` from title and body.
 * @example articleIdFor({ url: 'https://news.example.jp/a/1', body: '…' }) // 'u-3f2a…'
 */
export function articleIdFor(article: { readonly url?: string | undefined; readonly title?: string | undefined; readonly body: string }): string {
  if (article.url) return `u-${createHash('sha256').update(article.url).digest('hex').slice(0, 16)}`
  return `h-${createHash('sha256').update(`${article.title ?? ''}\n${article.body}`).digest('hex').slice(0, 16)}`
}

/** The URL of story `index` (0-based) of a split page: `…#story-1`, `…#story-2` … */
export function storyUrl(url: string | undefined, index: number, count: number): string | undefined {
  if (url === undefined || count < 2) return url
  return `${url.replace(/#.*$/, '')}#story-${index + 1}`
}
