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
 * Candidates: an inverted index of archived small closed stories (kept by the clusterer), looked up
 * with the heaviest terms of each live story; never all pairs. Each old story goes to its most
 * similar qualifying story.
 */
import type { StoryIndex } from './story-index.ts'
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
 * Pairs `[old, host]`: each archived small story with the most similar host it is background of
 * (ties: the older host). `archive` indexes the small closed stories (see online.ts), `hosts` are
 * the stories still taking articles or recently closed; the caller removes attached stories.
 */
export function findBackground(hosts: readonly StoryState[], archive: StoryIndex, options: BackgroundOptions): [StoryState, StoryState][] {
  const best = new Map<StoryState, { host: StoryState; score: number }>()
  for (const host of [...hosts].sort((a, b) => a.seq - b.seq)) {
    if (host.weightCount < MIN_HOST_ARTICLES || host.firstTime === null || host.centroidNormSq <= 0) continue
    const norm = Math.sqrt(host.centroidNormSq)
    const lookup = topEntries(host.centroid, options.lookupTerms).map(([t, w]) => [t, w / norm] as const)
    for (const old of archive.candidates(lookup, options.maxCandidates)) {
      if (old === host || !isBackgroundOf(old, host, options.backgroundDays)) continue
      const score = centroidCosine(old, host)
      const prev = best.get(old)
      if (prev === undefined || score > prev.score) best.set(old, { host, score })
    }
  }
  return [...best].map(([old, { host }]) => [old, host])
}
