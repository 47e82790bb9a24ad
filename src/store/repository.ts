/**
 * @module store/repository
 * The `Repository` interface: everything matome keeps (articles with their raw input, analyses,
 * duplicate groups, rejections, stories with digests) behind async methods, so the SQLite
 * implementation (`store/sqlite/`) and the PostgreSQL one (`store/postgres/`) are
 * interchangeable. Both pass `runRepositoryContract` (`store/repository.contract.ts`).
 *
 * Records are plain JSON data (ISO strings for times, no Dates or Maps).
 */
import type { Article } from '../core/article.ts'
import type { ArticleId, AnalyzedDoc } from '../core/doc.ts'
import type { ErrorCode } from '../core/errors.ts'

/** An article to store: the extracted article (core `Article`) plus where it came from. */
export type ArticleInput = Article & {
  /** computed with `canonicalizeUrl(url)` when absent */
  readonly canonicalUrl?: string
  /** computed with `bodyHash(body)` (normalised body, see dedupe/) when absent */
  readonly bodyHash?: string
  /** where it came from: a file path, feed URL, page URL, `stdin:12` … */
  readonly origin?: string
  /** the raw input as read (HTML page, feed item XML, JSONL line), kept for re-extraction */
  readonly raw?: string
  /** media type of `raw`: text/html, application/rss+xml, application/jsonl, text/plain … */
  readonly rawType?: string
}

/** An article as stored (the raw input is apart: `getRaw`). */
export type StoredArticle = Article & {
  readonly canonicalUrl?: string
  readonly bodyHash: string
  readonly origin?: string
  /** ISO 8601, the store's clock at insertion */
  readonly ingestedAt: string
}

/** The raw input kept for one article. */
export type RawInput = { readonly raw: string; readonly rawType?: string }

/**
 * What happened to one input of `putArticles`:
 * - `inserted`: new, stored;
 * - `exists`: an article with this id is already stored (re-running the same input) — nothing changed;
 * - `duplicate`: a different id, but the same canonical URL, or the same body hash from the same
 *   source, as `duplicateOf` (the same page read twice) — not stored.
 *   The same body from another outlet is *not* a duplicate here: it is stored and grouped by dedupe.
 */
export type PutStatus = 'inserted' | 'exists' | 'duplicate'

export type PutResult = { readonly id: ArticleId; readonly status: PutStatus; readonly duplicateOf?: ArticleId }

/** Membership of one article in a duplicate group (groups are named by a stable id, e.g. the first member's id). */
export type DuplicateAssignment = {
  readonly articleId: ArticleId
  readonly group: string
  /** true for the one canonical article of the group */
  readonly canonical: boolean
}

export type RejectionInput = {
  /** what was rejected: a file path, URL, `stdin:12` … */
  readonly item: string
  readonly reason: ErrorCode
  readonly detail: string
  /** ISO 8601; the store's clock when absent */
  readonly at?: string
}

export type StoredRejection = {
  readonly item: string
  readonly reason: ErrorCode
  readonly detail: string
  readonly at: string
}

/** A story (computed by cluster/ and digest/, stored by the app layer). `digest` is opaque JSON. */
export type StoryRecord = {
  readonly id: string
  readonly articleIds: readonly ArticleId[]
  readonly topic?: string
  readonly digest?: unknown
  /** ISO 8601; the store's clock when absent on write */
  readonly updatedAt?: string
}

export type StoredStory = StoryRecord & { readonly updatedAt: string }

export type ListArticlesOptions = {
  readonly limit?: number
  readonly offset?: number
  /** newest first (default) or oldest first, by publishedAt, else ingestedAt */
  readonly order?: 'newest' | 'oldest'
  /** only articles published (or ingested, when undated) at or after this ISO time */
  readonly since?: string
  /** only articles published (or ingested, when undated) before this ISO time */
  readonly until?: string
  readonly source?: string
}

export type PageOptions = { readonly limit?: number; readonly offset?: number }

export type SearchHit = {
  readonly id: ArticleId
  readonly title?: string
  /** a short excerpt of the body around the first match */
  readonly snippet: string
  readonly publishedAt?: string
  readonly source?: string
  readonly url?: string
}

export type StoreCounts = {
  readonly articles: number
  readonly analyses: number
  readonly duplicateGroups: number
  readonly rejections: number
  readonly stories: number
}

/** The store. All methods are async; writes of one call are one transaction. */
export interface Repository {
  /** Apply pending schema migrations; returns the version numbers applied now (idempotent). */
  migrate(): Promise<number[]>

  /** Insert a batch in one transaction; one result per input, in input order. Idempotent. */
  putArticles(batch: readonly ArticleInput[]): Promise<PutResult[]>
  getArticle(id: ArticleId): Promise<StoredArticle | undefined>
  /** The stored articles among `ids`, in the order of `ids` (missing ids are skipped). */
  getArticles(ids: readonly ArticleId[]): Promise<StoredArticle[]>
  getRaw(id: ArticleId): Promise<RawInput | undefined>
  /** Articles by time (publishedAt, else ingestedAt), newest first by default; ties by id. */
  listArticles(options?: ListArticlesOptions): Promise<StoredArticle[]>
  /** Ids of articles that have no stored analysis yet, oldest ingested first; all of them when `limit` is omitted. */
  listUnanalyzed(limit?: number): Promise<ArticleId[]>

  /** Store (or replace) the analysis of an article; the article must exist (`store/not-found`). */
  putAnalysis(doc: AnalyzedDoc): Promise<void>
  putAnalyses(docs: readonly AnalyzedDoc[]): Promise<void>
  getAnalysis(id: ArticleId): Promise<AnalyzedDoc | undefined>

  /** Upsert group memberships in one transaction (an article is in exactly one group). */
  putDuplicateGroups(assignments: readonly DuplicateAssignment[]): Promise<void>
  getDuplicateGroup(id: ArticleId): Promise<DuplicateAssignment | undefined>
  /** Members of a group, canonical first, then by id. */
  listGroupMembers(group: string): Promise<DuplicateAssignment[]>

  /** Store rejections; the same (item, reason) stored twice is kept once. */
  putRejections(rejections: readonly RejectionInput[]): Promise<void>
  listRejections(options?: PageOptions): Promise<StoredRejection[]>
  countRejectionsByReason(): Promise<Record<string, number>>

  /** Replace every story at once (one transaction). */
  replaceStories(stories: readonly StoryRecord[]): Promise<void>
  /** Insert or replace one story. */
  putStory(story: StoryRecord): Promise<void>
  getStory(id: string): Promise<StoredStory | undefined>
  /** Stories newest first (updatedAt), ties by id. */
  listStories(options?: PageOptions): Promise<StoredStory[]>
  deleteStory(id: string): Promise<void>

  /**
   * Full-text search over titles and bodies (all query words must occur), newest first.
   * Words of 3 characters or more use the trigram index; shorter ones a LIKE scan.
   */
  search(query: string, limit?: number): Promise<SearchHit[]>

  counts(): Promise<StoreCounts>
  close(): Promise<void>
}
