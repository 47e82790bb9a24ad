/**
 * @module cluster/background
 * The background-attachment pass (pure). An old article, or a small closed story of at most
 * `BACKGROUND_MAX_ARTICLES` distinct articles, that lies far before a larger story (its newest
 * article at least `backgroundDays`, default 30, before the story's first) and is strongly related
 * to it becomes that story's *background*: listed in `Story.backgroundArticleIds`, never in its
 * news (`articleIds`), and no longer a story of its own. Strongly related means, all of:
 * 1. it mentions one of the story's persons or organisations (`storyNames`, key-entities.ts; a
 *    shared country or prefecture never counts) and no lead numbers a name differently;
 * 2. the centroids reach cosine `BACKGROUND_SIMILARITY` and share `MIN_BACKGROUND_TERMS` distinct
 *    content terms (same topic words alone stay below both).
 * The story must have at least `MIN_HOST_ARTICLES` distinct articles (a thread, not one item).
 * Candidates: a temporary inverted index over the small old stories, looked up with each story's
 * heaviest terms; never all pairs. Each old story goes to its most similar qualifying story.
 */
import { createStoryIndex } from './story-index.ts'
import type { StoryState } from './story-state.ts'
import { centroidCosine, numbersConflict, sharedContentTerms, storyNames } from './key-entities.ts'
import { ENTITY_PREFIX } from './terms.ts'
import { topEntries } from './vectors.ts'

/** Default: how far (days) before a story's first article background must end. */
export const DEFAULT_BACKGROUND_DAYS = 30
/** Largest old story (distinct articles) that can become background. */
export const BACKGROUND_MAX_ARTICLES = 2
/** Smallest story (distinct articles) that takes background. */
export const MIN_HOST_ARTICLES = 3
/** Centroid cosine needed (eval cluster: the demo's 2021 article; generic old items stay below). */
export const BACKGROUND_SIMILARITY = 0.3
/** Distinct shared content terms needed. */
export const MIN_BACKGROUND_TERMS = 8

const DAY_MS = 86_400_000

export type BackgroundOptions = {
  readonly backgroundDays: number
  readonly lookupTerms: number
  readonly maxCandidates: number
}

/** True when `old` qualifies as background of `host` (rules of the module comment). */
export function isBackgroundOf(old: StoryState, host: StoryState, backgroundDays: number): boolean {
  if (old.lastTime === null || host.firstTime === null) return false
  if (host.firstTime - old.lastTime < backgroundDays * DAY_MS) return false
  if (host.weightCount < MIN_HOST_ARTICLES || old.weightCount > BACKGROUND_MAX_ARTICLES) return false
  if (numbersConflict(old, host)) return false
  const names = storyNames(host)
  if (![...old.entities.keys()].some((name) => names.has(name))) return false
  return centroidCosine(old, host) >= BACKGROUND_SIMILARITY && sharedContentTerms(old, host, ENTITY_PREFIX) >= MIN_BACKGROUND_TERMS
}

/**
 * Pairs `[old, host]`: each small old closed story with the most similar story it is background of
 * (ties: the older host). Stories that host background, or are background, are never both.
 */
export function findBackground(stories: readonly StoryState[], options: BackgroundOptions): [StoryState, StoryState][] {
  const index = createStoryIndex()
  // stories still in another index (recently closed, `indexed` non-empty) are too recent anyway
  const small = stories.filter((s) => !s.open && s.indexed.size === 0 && s.lastTime !== null && s.weightCount <= BACKGROUND_MAX_ARTICLES && s.centroidNormSq > 0)
  for (const s of small) index.setTerms(s, topEntries(s.centroid, options.lookupTerms).map(([t]) => t))
  const best = new Map<StoryState, { host: StoryState; score: number }>()
  const hosts = stories.filter((s) => s.weightCount >= MIN_HOST_ARTICLES && s.firstTime !== null).sort((a, b) => a.seq - b.seq)
  for (const host of hosts) {
    const norm = Math.sqrt(host.centroidNormSq)
    const lookup = topEntries(host.centroid, options.lookupTerms).map(([t, w]) => [t, w / norm] as const)
    for (const old of index.candidates(lookup, options.maxCandidates)) {
      if (!isBackgroundOf(old, host, options.backgroundDays)) continue
      const score = centroidCosine(old, host)
      const prev = best.get(old)
      if (prev === undefined || score > prev.score) best.set(old, { host, score })
    }
  }
  for (const s of small) index.removeStory(s)
  const hosting = new Set([...best.values()].map((b) => b.host))
  return [...best].filter(([old]) => !hosting.has(old)).map(([old, { host }]) => [old, host])
}
