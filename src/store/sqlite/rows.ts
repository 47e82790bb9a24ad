/**
 * @module store/sqlite/rows
 * Mapping between SQLite rows and the Repository's records (NULL columns become absent fields).
 */
import type { AnalyzedDoc } from '../../core/doc.ts'
import type { ErrorCode } from '../../core/errors.ts'
import type { DuplicateAssignment, SearchHit, StoredArticle, StoredRejection, StoredStory } from '../repository.ts'
import { decodeAnalysis } from '../analysis-codec.ts'

export type ArticleRow = {
  id: string
  title: string | null
  body: string
  published_at: string | null
  source: string | null
  url: string | null
  canonical_url: string | null
  body_hash: string
  origin: string | null
  ingested_at: string
}

export const ARTICLE_COLUMNS = 'id, title, body, published_at, source, url, canonical_url, body_hash, origin, ingested_at'

/** Copy the non-null entries of `pairs` onto `target`. */
function setPresent<T extends object>(target: T, pairs: Record<string, string | null>): T {
  for (const [key, value] of Object.entries(pairs)) if (value !== null) (target as Record<string, unknown>)[key] = value
  return target
}

export function toArticle(row: ArticleRow): StoredArticle {
  return setPresent(
    { id: row.id, body: row.body, bodyHash: row.body_hash, ingestedAt: row.ingested_at },
    { title: row.title, publishedAt: row.published_at, source: row.source, url: row.url, canonicalUrl: row.canonical_url, origin: row.origin },
  )
}

export function toSearchHit(row: ArticleRow, snippet: string): SearchHit {
  return setPresent({ id: row.id, snippet }, { title: row.title, publishedAt: row.published_at, source: row.source, url: row.url })
}

export type GroupRow = { article_id: string; group_id: string; canonical: number }

export function toAssignment(row: GroupRow): DuplicateAssignment {
  return { articleId: row.article_id, group: row.group_id, canonical: row.canonical === 1 }
}

export type RejectionRow = { item: string; reason: string; detail: string; at: string }

export function toRejection(row: RejectionRow): StoredRejection {
  return { item: row.item, reason: row.reason as ErrorCode, detail: row.detail, at: row.at }
}

export type StoryRow = { id: string; article_ids: string; topic: string | null; digest: string | null; updated_at: string }

export function toStory(row: StoryRow): StoredStory {
  const story: { -readonly [K in keyof StoredStory]: StoredStory[K] } = {
    id: row.id,
    articleIds: JSON.parse(row.article_ids) as string[],
    updatedAt: row.updated_at,
  }
  if (row.topic !== null) story.topic = row.topic
  if (row.digest !== null) story.digest = JSON.parse(row.digest) as unknown
  return story
}

export function toAnalysis(json: string): AnalyzedDoc {
  return decodeAnalysis(json)
}
