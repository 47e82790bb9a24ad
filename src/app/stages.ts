/**
 * @module app/stages
 * The pipeline stages the rebuild calls, in one place so tests can swap them: per-article
 * analysis (analyze/), the story digest (digest/) and story topics (cluster/).
 */
import type { Article } from '../core/article.ts'
import type { AnalyzedDoc, ArticleId } from '../core/doc.ts'
import type { Digest } from '../core/digest.ts'
import type { Story } from '../core/story.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { analyzeArticle } from '../analyze/pipeline.ts'
import { buildDigest } from '../digest/build-digest.ts'
import type { OutletEntry } from '../digest/outlets.ts'
import { clusterStoryTopics } from '../cluster/index.ts'
import type { DuplicateAssignment, StoredArticle } from '../store/repository.ts'

/** What the digest stage gets for one story. */
export type DigestInput = {
  readonly story: Story
  /** the story's member articles, in story order */
  readonly articles: readonly StoredArticle[]
  readonly docs: ReadonlyMap<ArticleId, AnalyzedDoc>
  readonly duplicates: readonly DuplicateAssignment[]
  /** extra outlets (win over data/outlets.json) */
  readonly outlets?: readonly OutletEntry[]
}

export type RebuildStages = {
  readonly analyze: (article: StoredArticle, tokenizer: Tokenizer) => AnalyzedDoc
  /** throws MatomeError when no digest can be built (the story is stored without one) */
  readonly digest: (input: DigestInput) => Digest
  /** topic label per story id (stories without a topic are left out) */
  readonly topics: (stories: readonly Story[], docs: ReadonlyMap<ArticleId, AnalyzedDoc>) => Map<string, string>
}

/**
 * The one analysis entry point of the app and the CLI (`matome digest`, `summarize`): analyze/'s
 * `analyzeArticle` with its default stages (sentences → tokens → numbers → entities → dates →
 * quotes — the digest reads dates for its timeline and quotes for its quote lines).
 */
export function analyzeForDigest(article: Article, tokenizer: Tokenizer): AnalyzedDoc {
  return analyzeArticle(article, { tokenizer })
}

/** The digest of one story (digest/build-digest), with dedupe's groups so copies sit with their original. */
function digestStory(input: DigestInput): Digest {
  const docs = input.articles.flatMap((a) => input.docs.get(a.id) ?? [])
  const duplicates = input.duplicates.map((d) => ({ id: d.articleId, group: d.group, canonical: d.canonical }))
  // background articles (attached by clustering) are members of the digest, listed apart, never as news
  const backgroundIds = input.story.backgroundArticleIds ?? []
  const story = { id: input.story.id, articleIds: [...backgroundIds, ...input.story.articleIds] }
  return buildDigest(story, input.articles, docs, { duplicates, backgroundIds, ...(input.outlets === undefined ? {} : { outlets: input.outlets }) })
}

/** How many topics for `n` stories: about √n, at most MAX_TOPICS. */
export function topicCount(n: number): number {
  return Math.max(1, Math.min(MAX_TOPICS, Math.round(Math.sqrt(n))))
}

const MAX_TOPICS = 12
const TOPIC_LABEL_TERMS = 3

/** Topic labels per story (cluster/topics over whole stories). */
function topicsOf(stories: readonly Story[], docs: ReadonlyMap<ArticleId, AnalyzedDoc>): Map<string, string> {
  if (stories.length < 2) return new Map()
  const items = [...docs.values()].map((doc) => ({ doc }))
  const result = clusterStoryTopics(stories, items, { k: topicCount(stories.length) })
  const labels = new Map(result.topics.map((t) => [t.id, t.terms.slice(0, TOPIC_LABEL_TERMS).join('・')]))
  const out = new Map<string, string>()
  for (const story of stories) {
    const topic = story.articleIds[0] === undefined ? undefined : result.assignment[story.articleIds[0]]
    const label = topic === undefined ? undefined : labels.get(topic)
    if (label !== undefined && label !== '') out.set(story.id, label)
  }
  return out
}

/** The real stages. */
export const DEFAULT_STAGES: RebuildStages = {
  analyze: analyzeForDigest,
  digest: digestStory,
  topics: topicsOf,
}
