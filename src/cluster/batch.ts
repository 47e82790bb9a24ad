/**
 * @module cluster/batch
 * Batch story clustering (pure): sorts the articles by publishedAt (undated ones last, in input
 * order), computes document frequencies over the whole batch (duplicate groups counted once), then
 * streams them through the online clusterer and runs a final merge pass.
 */
import type { AnalyzedDoc } from '../core/doc.ts'
import type { ClusterItem, DuplicateMembership, Story, StoryClusterOptions } from '../core/story.ts'
import { createStoryClusterer } from './online.ts'
import type { StoryTuning } from './options.ts'
import { resolveStoryOptions } from './options.ts'
import { extractArticleTerms } from './terms.ts'
import { createDocumentFrequency } from './vectors.ts'
import { parsePublishedAt } from './time.ts'

/** Attach dedupe's `{id, group}` memberships to the items (meta.duplicateGroup). */
export function withDuplicateGroups(items: readonly ClusterItem[], groups: readonly DuplicateMembership[]): ClusterItem[] {
  const groupOf = new Map(groups.map((g) => [g.id, g.group]))
  return items.map((item) => {
    const group = groupOf.get(item.doc.articleId)
    return group === undefined ? item : { doc: item.doc, meta: { ...item.meta, duplicateGroup: group } }
  })
}

/** Items in clustering order: by publishedAt, undated last; ties keep input order. */
export function orderByTime(items: readonly ClusterItem[]): ClusterItem[] {
  const keyed = items.map((item, i) => {
    const t = parsePublishedAt(item.meta?.publishedAt ?? item.doc.publishedAt)
    return { item, i, t: t ?? Infinity }
  })
  return keyed.sort((a, b) => a.t - b.t || a.i - b.i).map((k) => k.item)
}

/**
 * Cluster a batch of analysed articles into stories.
 * @example
 * const stories = clusterStories(docs.map((doc) => ({ doc })), { gapDays: 3 })
 */
export function clusterStories(items: readonly ClusterItem[], options: StoryClusterOptions & StoryTuning = {}): Story[] {
  const opts = resolveStoryOptions(options)
  const ordered = orderByTime(items)
  const df = createDocumentFrequency(options.documentFrequency)
  const seenGroups = new Set<string>()
  const terms = new Map<AnalyzedDoc, Map<string, number>>()
  for (const { doc, meta } of ordered) {
    const group = meta?.duplicateGroup
    if (group !== undefined && seenGroups.has(group)) continue
    if (group !== undefined) seenGroups.add(group)
    const counts = extractArticleTerms(doc, meta?.title, opts.weights)
    terms.set(doc, counts)
    df.observe(counts.keys())
  }
  const clusterer = createStoryClusterer(options, { documentFrequency: df, observe: false, termsOf: (doc) => terms.get(doc) })
  for (const { doc, meta } of ordered) clusterer.add(doc, meta)
  clusterer.consolidate()
  return clusterer.stories()
}
