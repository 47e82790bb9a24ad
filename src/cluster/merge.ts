/**
 * @module cluster/merge
 * The periodic merge pass (pure): open stories whose centroids grew together (cosine ≥ threshold)
 * and whose time spans lie within the gap of each other are merged, the younger into the older.
 * Candidates come from the story index, never from all pairs.
 */
import type { StoryIndex } from './story-index.ts'
import { addEventNumbers, addToCentroid, hasNumberConflict, widenSpan, type StoryState } from './story-state.ts'
import { dot, topEntries } from './vectors.ts'

export type MergeOptions = {
  readonly index: StoryIndex
  readonly threshold: number
  readonly gapMs: number
  readonly lookupTerms: number
  readonly maxCandidates: number
}

/** Merge stories in place; returns the pairs `[merged-away, kept]` in the order they were merged. */
export function mergeStories(open: readonly StoryState[], options: MergeOptions): [StoryState, StoryState][] {
  const gone = new Set<StoryState>()
  const merged: [StoryState, StoryState][] = []
  const ordered = [...open].sort((a, b) => a.seq - b.seq)
  for (const story of ordered) {
    if (gone.has(story) || story.centroidNormSq <= 0) continue
    let norm = Math.sqrt(story.centroidNormSq)
    const lookup = topEntries(story.centroid, options.lookupTerms).map(([t, w]) => [t, w / norm] as const)
    for (const other of options.index.candidates(lookup, options.maxCandidates)) {
      if (other === story || gone.has(other) || !other.open || other.centroidNormSq <= 0) continue
      if (!withinGap(story, other, options.gapMs)) continue
      if ([...other.eventNumbers].some(([name, set]) => [...set].some((n) => hasNumberConflict(story, new Map([[name, n]]))))) continue
      const cosine = dot(story.centroid, other.centroid) / (norm * Math.sqrt(other.centroidNormSq))
      if (cosine < options.threshold) continue
      const [kept, away] = story.seq < other.seq ? [story, other] : [other, story]
      absorb(kept, away)
      options.index.removeStory(away)
      gone.add(away)
      merged.push([away, kept])
      if (away === story) break
      norm = Math.sqrt(story.centroidNormSq)
    }
  }
  return merged
}

function withinGap(a: StoryState, b: StoryState, gapMs: number): boolean {
  if (a.firstTime === null || a.lastTime === null || b.firstTime === null || b.lastTime === null) return true
  return a.firstTime - b.lastTime <= gapMs && b.firstTime - a.lastTime <= gapMs
}

/** Move everything of `away` into `kept` (its news, background, entities and numbers); `away` closes. */
export function absorb(kept: StoryState, away: StoryState): void {
  const count = kept.weightCount
  addToCentroid(kept, away.centroid)
  kept.weightCount = count + away.weightCount
  kept.members.push(...away.members)
  kept.background.push(...away.background)
  kept.recent.push(...away.recent)
  for (const [name, set] of away.eventNumbers) addEventNumbers(kept, new Map([...set].map((n) => [name, n])))
  for (const [term, n] of away.termArticles) kept.termArticles.set(term, (kept.termArticles.get(term) ?? 0) + n)
  for (const g of away.groups) kept.groups.add(g)
  for (const [name, e] of away.entities) {
    const mine = kept.entities.get(name)
    if (mine === undefined) kept.entities.set(name, { type: e.type, articles: e.articles, seq: kept.entities.size })
    else mine.articles += e.articles
  }
  widenSpan(kept, away.firstTime)
  widenSpan(kept, away.lastTime)
  away.open = false
}
