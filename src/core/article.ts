/**
 * @module core/article
 * An article as ingested: extracted text plus metadata. This is also the line schema of every
 * JSONL command (`matome analyze | dedupe | cluster | summarize | digest`).
 */
import type { ArticleId } from './doc.ts'

export type Article = {
  readonly id: ArticleId
  readonly title?: string
  /** main text; offsets of every layer are UTF-16 indices into this exact string */
  readonly body: string
  /** ISO 8601 date or date-time; a bare date is read in Asia/Tokyo */
  readonly publishedAt?: string
  /** publisher / outlet name as shown to readers (共同通信, NHK …) */
  readonly source?: string
  readonly url?: string
}

/** The JSONL input line: `text` is accepted as a synonym of `body`. */
export type ArticleLine = {
  id?: unknown
  title?: unknown
  body?: unknown
  text?: unknown
  publishedAt?: unknown
  source?: unknown
  url?: unknown
}
