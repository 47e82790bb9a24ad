/**
 * @module cluster/core-terms
 * A story's core terms (pure): the terms that at least half of its distinct members hold, over the
 * story's whole life (サンマ・漁獲枠・削減 for quota talks; 台風25号 for a typhoon). Words that only one
 * or two members use (a place of one report, the wording of one outlet) stay out. The core terms
 * that the rest of the stream hardly uses are *distinctive*: they name the thread (continuation.ts),
 * so a follow-up worded apart (the fish talks item naming only 日本・中国・韓国, cosine 0.35 to the
 * talks) still continues it.
 * Only stories of at least `MIN_CORE_MEMBERS` distinct members have core terms (one article says
 * nothing about what the story keeps repeating).
 */
import type { StoryState } from './story-state.ts'

/** Share of a story's distinct members that must hold a term for it to be a core term. */
export const CORE_SHARE = 0.5
/** Smallest story (distinct members) with core terms. */
export const MIN_CORE_MEMBERS = 2

/** Members a term needs in this story to be core (Infinity when the story is too small). */
function coreNeed(story: StoryState): number {
  if (story.weightCount < MIN_CORE_MEMBERS) return Infinity
  return Math.max(2, Math.ceil(CORE_SHARE * story.weightCount))
}

/** The cached core of a story: the member count a core term needs, and the terms once asked for. */
function core(story: StoryState): NonNullable<StoryState['core']> {
  if (story.core !== undefined && story.core.at === story.weightCount) return story.core
  story.core = { at: story.weightCount, need: coreNeed(story) }
  return story.core
}

/** The core terms of a story (empty for a story below `MIN_CORE_MEMBERS`; cached until the story grows). */
export function coreTerms(story: StoryState): ReadonlySet<string> {
  const cached = core(story)
  if (cached.terms !== undefined) return cached.terms
  const out = new Set<string>()
  if (cached.need !== Infinity) for (const [term, n] of story.termArticles) if (n >= cached.need && story.centroid.has(term)) out.add(term)
  cached.terms = out
  return out
}

/**
 * Share of the documents holding a term (seen so far) that must lie in the two stories for it to be
 * distinctive of their thread: 4 in 5 (eval cluster --part=threads: at 0.6 a beat that has absorbed
 * most of its own documents, a phone-news column, keeps growing on its recurring words).
 */
export const DISTINCTIVE_SHARE = 0.8

/**
 * Distinct terms that tell the two stories' thread apart from the rest of the stream: core in one
 * of them (coreTerms), held by the other, and mostly found in these two (at least
 * `DISTINCTIVE_SHARE` of the documents seen so far that hold the term belong to them). サンマ and
 * 漁獲枠 are distinctive of quota talks in a stream where only those talks name them; 日本 or 削減
 * are not. Entity features are left out (names have their own rule, key-entities.ts).
 * `documentsWith(term)` counts the distinct documents seen so far that hold the term.
 */
export function sharedDistinctiveTerms(a: StoryState, b: StoryState, documentsWith: (term: string) => number, entityPrefix: string): number {
  const candidates = new Set([...coreTerms(a)].filter((t) => b.termArticles.has(t)))
  for (const t of coreTerms(b)) if (a.termArticles.has(t)) candidates.add(t)
  let n = 0
  for (const term of candidates) {
    if (term.startsWith(entityPrefix)) continue
    const inThread = (a.termArticles.get(term) ?? 0) + (b.termArticles.get(term) ?? 0)
    const seen = documentsWith(term)
    if (seen > 0 && inThread >= DISTINCTIVE_SHARE * seen) n++
  }
  return n
}
