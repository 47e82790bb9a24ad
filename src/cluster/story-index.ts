/**
 * @module cluster/story-index
 * The inverted index of open stories (pure): term → stories indexed under it. A story is indexed
 * under the heaviest terms of its centroid; closed stories leave it. Candidate lookup scores stories
 * by the summed weights of the shared lookup terms and keeps the best few (ties: older story first).
 * A story sits in at most one index at a time (its `indexed` set): open → dormant → archive.
 */
import type { StoryState } from './story-state.ts'

export type StoryIndex = {
  /** replace the terms a story is indexed under */
  readonly setTerms: (story: StoryState, terms: readonly string[]) => void
  readonly removeStory: (story: StoryState) => void
  /** true when the story is indexed here */
  readonly has: (story: StoryState) => boolean
  /** stories sharing at least one lookup term, best `max` by summed term weight */
  readonly candidates: (lookup: readonly (readonly [string, number])[], max: number) => StoryState[]
}

export function createStoryIndex(): StoryIndex {
  const postings = new Map<string, Set<StoryState>>()
  const members = new Set<StoryState>()

  function removeStory(story: StoryState): void {
    if (!members.has(story)) return
    for (const term of story.indexed) {
      const posting = postings.get(term)
      posting?.delete(story)
      if (posting !== undefined && posting.size === 0) postings.delete(term)
    }
    story.indexed.clear()
    members.delete(story)
  }

  return {
    setTerms(story, terms) {
      removeStory(story)
      members.add(story)
      for (const term of terms) {
        let posting = postings.get(term)
        if (posting === undefined) postings.set(term, (posting = new Set()))
        posting.add(story)
        story.indexed.add(term)
      }
    },
    removeStory,
    has: (story) => members.has(story),
    candidates(lookup, max) {
      const acc = new Map<StoryState, number>()
      for (const [term, w] of lookup) {
        const posting = postings.get(term)
        if (posting === undefined) continue
        for (const story of posting) acc.set(story, (acc.get(story) ?? 0) + w)
      }
      const ranked = [...acc].sort((a, b) => b[1] - a[1] || a[0].seq - b[0].seq)
      return ranked.slice(0, max).map(([story]) => story)
    },
  }
}
