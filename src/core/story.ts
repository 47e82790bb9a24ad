/**
 * @module core/story
 * Stories and topics: the output of `src/cluster/`. A story is a set of articles about one event
 * and its follow-ups, in time order; a topic is a broad section (政治, スポーツ …) of the UI.
 * Plain JSON data only (ISO strings, arrays), so the store, HTTP API and renderers share one shape.
 *
 * The functions that produce these live in `src/cluster/index.ts`:
 * - `createStoryClusterer(options?) → StoryClusterer` (streaming: `add(doc, meta)` per article in time order)
 * - `clusterStories(items, options?) → Story[]` (batch: sorts by publishedAt, then streams)
 * - `clusterTopics(items, options) → TopicResult` (`--topics N` over articles)
 * - `clusterStoryTopics(stories, items, options) → TopicResult` (`--topics N` over whole stories)
 */
import type { AnalyzedDoc, ArticleId, EntityType } from './doc.ts'

/** A story id: `story:` + the id of the story's first article (stable, deterministic). */
export type StoryId = string

/** An entity that many of a story's articles mention, by canonical name. */
export type StoryEntity = {
  readonly canonical: string
  readonly type: EntityType
  /** number of the story's articles (duplicate groups counted once) that mention it */
  readonly articles: number
}

/** Open until no article has joined for `gapDays` after `lastPublishedAt` (judged at the newest article seen). */
export type StoryStatus = 'open' | 'closed'

export type Story = {
  readonly id: StoryId
  /** every member article (duplicate copies included), ordered by publishedAt, then input order */
  readonly articleIds: readonly ArticleId[]
  /** ISO 8601 of the earliest / latest member; null when no member has a date */
  readonly firstPublishedAt: string | null
  readonly lastPublishedAt: string | null
  readonly status: StoryStatus
  /** the story's most characteristic content-word lemmas (TF-IDF over its members), best first */
  readonly topTerms: readonly string[]
  /** the entities most members share, most frequent first */
  readonly topEntities: readonly StoryEntity[]
  /**
   * older articles attached as background (cluster/background.ts: far before the story, sharing its
   * key person or organisation and much of its wording), in time order; absent when none. They are
   * not in `articleIds`: a reader must never take them for news of the story.
   */
  readonly backgroundArticleIds?: readonly ArticleId[]
}

/**
 * Near-duplicate membership as produced by `src/dedupe/` (`{id, group, canonical}`): articles
 * with the same `group` count once for similarity but all stay in the story.
 */
export type DuplicateMembership = {
  readonly id: ArticleId
  readonly group: string
  /** true (or the article's own id) for the group's canonical copy; informative only */
  readonly canonical?: boolean | string
}

/** What the clusterer needs beside the analysed document. */
export type ArticleMeta = {
  /** ISO 8601; defaults to `doc.publishedAt`. Articles without a date never close a story by time. */
  readonly publishedAt?: string
  /** near-duplicate group id (from dedupe); members of one group count once */
  readonly duplicateGroup?: string
  /**
   * the article's title analysed on its own (needs `tokens`; uses `entities`): its terms count as
   * lead terms, as a title line would, while the body's analysis keeps the body's offsets (digests)
   */
  readonly title?: AnalyzedDoc
}

/** Result of adding one article to the streaming clusterer. */
export type StoryAssignment = {
  readonly articleId: ArticleId
  /** the story the article joined or started (a later merge may fold it into an older story) */
  readonly storyId: StoryId
  readonly created: boolean
  /** similarity to the story it joined (0 when it started one) */
  readonly score: number
}

export type StoryClusterOptions = {
  /** a story with no new article for this many days closes (default 3) */
  readonly gapDays?: number
  /** similarity an article needs to join a story when undated or a week after its newest article (default 0.38; 0.2 right after it; see cluster/join-rule.ts) */
  readonly threshold?: number
  /** document frequencies of lemmas from a reference corpus (`df[lemma]`, over `documents` docs);
   * without it, IDF comes from the articles seen so far */
  readonly documentFrequency?: { readonly documents: number; readonly df: Readonly<Record<string, number>> }
  /** run the merge pass every this many articles (default 200; 0 = only at the end of a batch) */
  readonly mergeEvery?: number
  /** a closed story and a later one continuing the same thread merge when at most this many days apart (default 14; cluster/continuation.ts) */
  readonly continuationDays?: number
  /** a small story ending at least this many days before a related story becomes its background (default 30; cluster/background.ts) */
  readonly backgroundDays?: number
  /** how many top terms / entities each story reports (default 8 / 6) */
  readonly topTerms?: number
  readonly topEntities?: number
}

/** The streaming clusterer: feed articles in publishedAt order. */
export type StoryClusterer = {
  readonly add: (doc: AnalyzedDoc, meta?: ArticleMeta) => StoryAssignment
  /** run the merge pass now (also runs every `mergeEvery` articles) */
  readonly consolidate: () => void
  /** the current stories, ordered by firstPublishedAt then id */
  readonly stories: () => Story[]
  /** the story an article belongs to now (after merges; for a background article, the story it is background of) */
  readonly storyOf: (articleId: ArticleId) => StoryId | undefined
}

/** One input of the batch API. */
export type ClusterItem = { readonly doc: AnalyzedDoc; readonly meta?: ArticleMeta }

/** A broad topic for a section of the UI. */
export type Topic = {
  /** `topic:0` … `topic:N-1`, ordered by size (largest first), ties by first member id */
  readonly id: string
  /** its top terms joined with ・ (e.g. 試合・選手・優勝) */
  readonly label: string
  readonly terms: readonly string[]
  readonly articleIds: readonly ArticleId[]
  /** the stories in the topic, when stories (not single articles) were grouped */
  readonly storyIds?: readonly StoryId[]
}

export type TopicOptions = {
  /** number of topics N */
  readonly k: number
  /** PRNG seed for k-means++ seeding (default 1) */
  readonly seed?: number
  /** seeded restarts; the one with the best objective wins (default 5) */
  readonly restarts?: number
  readonly maxIterations?: number
  /** how many label terms per topic (default 5) */
  readonly labelTerms?: number
}

export type TopicResult = {
  readonly topics: readonly Topic[]
  /** topic id of each input article */
  readonly assignment: Readonly<Record<ArticleId, string>>
}
