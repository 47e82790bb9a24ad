/**
 * @module cluster/topics
 * Broad topics for UI sections (`--topics N`, pure): articles (or whole stories) become TF-IDF
 * vectors over a pruned vocabulary (sublinear tf, smoothed IDF, terms in at least `minDf` items and
 * at most `maxDfRatio` of them), grouped by spherical k-means (seeded k-means++, restarts, best
 * objective). Each topic is labelled by the terms that set it apart from the other topics
 * (topic-labels.ts).
 */
import type { ArticleId } from '../core/doc.ts'
import { MatomeError } from '../core/errors.ts'
import type { ClusterItem, Story, Topic, TopicOptions, TopicResult } from '../core/story.ts'
import { sphericalKMeans, type IndexedVector } from './kmeans.ts'
import { reduceDimensions } from './lsa.ts'
import { expandWithNeighbours } from './expand.ts'
import { topicLabels } from './topic-labels.ts'
import { extractTerms, type TermWeights } from './terms.ts'
import { smoothIdf } from './vectors.ts'

/** Term weights for topics (eval cluster: livedoor N=9, mewsc16 N=12). */
export const TOPIC_TERM_WEIGHTS: TermWeights = {
  noun: 1, properNoun: 1, verb: 0.5, entity: 1, compound: 0, numeric: 0, lead: 1, leadSentences: 0,
}

/**
 * Settings for short texts (one-sentence leads), set on mewsc16-ja/dev: single kanji as extra
 * features, each item expanded by its 10 nearest `background` articles (weight 2), then LSA to 20
 * dimensions. Pass a `background` (other articles of the store) with them.
 */
export const SHORT_TEXT_TOPIC_OPTIONS = {
  weights: { ...TOPIC_TERM_WEIGHTS, kanji: 1 },
  neighbours: 10,
  neighbourWeight: 2,
  dims: 20,
} as const satisfies TopicTuning

/** Tuning beside the public options (eval only). */
export type TopicTuning = {
  readonly weights?: TermWeights
  /** a term must occur in at least this many items (default 2) */
  readonly minDf?: number
  /** and in at most this share of them (default 0.5) */
  readonly maxDfRatio?: number
  /** latent dimensions (LSA) before k-means; 0 = cluster the TF-IDF vectors themselves */
  readonly dims?: number
  /** LSA embedding = U·Σ^exponent */
  readonly exponent?: number
  /** add the mean of this many most similar background articles to each item (short texts; default 0) */
  readonly neighbours?: number
  readonly neighbourWeight?: number
  /** unlabeled articles that only shape the vocabulary, IDF and latent space (e.g. the rest of the store) */
  readonly background?: readonly ClusterItem[]
}

type Unit = {
  readonly articleIds: readonly ArticleId[]
  readonly counts: Map<string, number>
  /** the label candidates: the same terms without verbs and kanji features (topic-labels.ts) */
  readonly labelCounts: Map<string, number>
  readonly storyId?: string
}

/** The weights of label candidates: nouns, names and compounds only. */
const labelWeights = (weights: TermWeights): TermWeights => ({ ...weights, verb: 0, kanji: 0 })

/**
 * Group articles into `k` topics.
 * @example
 * const { topics, assignment } = clusterTopics(docs.map((doc) => ({ doc })), { k: 9 })
 */
export function clusterTopics(items: readonly ClusterItem[], options: TopicOptions & TopicTuning): TopicResult {
  const weights = options.weights ?? TOPIC_TERM_WEIGHTS
  const units = items.map((item) => ({
    articleIds: [item.doc.articleId], counts: extractTerms(item.doc, weights), labelCounts: extractTerms(item.doc, labelWeights(weights)),
  }))
  return clusterUnits(units, options, backgroundCounts(options, weights))
}

/** Group whole stories into `k` topics (a story's terms are the sum of its articles' terms). */
export function clusterStoryTopics(stories: readonly Story[], items: readonly ClusterItem[], options: TopicOptions & TopicTuning): TopicResult {
  const weights = options.weights ?? TOPIC_TERM_WEIGHTS
  const docOf = new Map(items.map((item) => [item.doc.articleId, item.doc]))
  const units: Unit[] = stories.map((story) => {
    const counts = new Map<string, number>()
    const labelCounts = new Map<string, number>()
    for (const id of story.articleIds) {
      const doc = docOf.get(id)
      if (doc === undefined) continue
      for (const [t, c] of extractTerms(doc, weights)) counts.set(t, (counts.get(t) ?? 0) + c)
      for (const [t, c] of extractTerms(doc, labelWeights(weights))) labelCounts.set(t, (labelCounts.get(t) ?? 0) + c)
    }
    return { articleIds: story.articleIds, counts, labelCounts, storyId: story.id }
  })
  return clusterUnits(units, options, backgroundCounts(options, weights))
}

function backgroundCounts(options: TopicTuning, weights: TermWeights): Map<string, number>[] {
  return (options.background ?? []).map((item) => extractTerms(item.doc, weights))
}

function clusterUnits(units: readonly Unit[], options: TopicOptions & TopicTuning, background: readonly Map<string, number>[]): TopicResult {
  const k = options.k
  if (!Number.isInteger(k) || k < 1) throw new MatomeError('cluster/invalid-option', `the number of topics must be a whole number ≥ 1, got ${k}`)
  if (units.length === 0) return { topics: [], assignment: {} }
  const kk = Math.min(k, units.length)
  const all = vectorize([...units.map((u) => u.counts), ...background], options.minDf ?? 2, options.maxDfRatio ?? 0.5)
  const { vocabulary } = all
  const vectors = expandWithNeighbours(all.vectors.slice(0, units.length), all.vectors.slice(units.length), options.neighbours ?? 0, options.neighbourWeight ?? 1)
  const dims = Math.min(options.dims ?? 0, vocabulary.length)
  const space = dims > 0
    ? reduceDimensions([...vectors, ...all.vectors.slice(units.length)], vocabulary.length, { dims, seed: options.seed ?? 1, exponent: options.exponent ?? 1 }).slice(0, units.length)
    : vectors
  const result = sphericalKMeans(space, {
    k: kk, dimensions: dims > 0 ? dims : vocabulary.length, seed: options.seed ?? 1, restarts: options.restarts ?? 5, maxIterations: options.maxIterations ?? 50,
  })
  const members: number[][] = Array.from({ length: kk }, () => [])
  result.assignment.forEach((c, i) => members[c]!.push(i))
  const order = members
    .map((m, c) => ({ m, c }))
    .filter(({ m }) => m.length > 0)
    .sort((a, b) => b.m.length - a.m.length || a.m[0]! - b.m[0]!)
  const topics: Topic[] = []
  const assignment: Record<ArticleId, string> = {}
  const labels = topicLabels(units.map((u) => u.labelCounts), members, options.labelTerms ?? 5)
  order.forEach(({ m, c }, rank) => {
    const id = `topic:${rank}`
    const terms = labels[c]!
    const articleIds = m.flatMap((i) => units[i]!.articleIds)
    for (const a of articleIds) assignment[a] = id
    const storyIds = m.map((i) => units[i]!.storyId).filter((s): s is string => s !== undefined)
    topics.push(storyIds.length > 0 ? { id, label: terms.join('・'), terms, articleIds, storyIds } : { id, label: terms.join('・'), terms, articleIds })
  })
  return { topics, assignment }
}

/** Sparse unit TF-IDF vectors over the pruned vocabulary (vocabulary in first-seen order). */
function vectorize(units: readonly Map<string, number>[], minDf: number, maxDfRatio: number): { vectors: IndexedVector[]; vocabulary: string[] } {
  const df = new Map<string, number>()
  for (const u of units) for (const t of u.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  const maxDf = Math.max(minDf, Math.floor(maxDfRatio * units.length))
  const index = new Map<string, number>()
  const vocabulary: string[] = []
  for (const [t, d] of df) {
    if (d >= minDf && d <= maxDf) {
      index.set(t, vocabulary.length)
      vocabulary.push(t)
    }
  }
  const vectors = units.map((u) => {
    const entries: [number, number][] = []
    let norm = 0
    for (const [t, c] of u) {
      const d = index.get(t)
      if (d === undefined) continue
      const w = Math.log1p(c) * smoothIdf(units.length, df.get(t)!)
      entries.push([d, w])
      norm += w * w
    }
    entries.sort((a, b) => a[0] - b[0])
    norm = Math.sqrt(norm) || 1
    return { indices: Int32Array.from(entries, (e) => e[0]), values: Float64Array.from(entries, (e) => e[1] / norm) }
  })
  return { vectors, vocabulary }
}
