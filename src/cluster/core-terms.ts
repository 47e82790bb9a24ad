/**
 * @module cluster/core-terms
 * A story's core profile (pure): the terms that at least half of its distinct members hold, over
 * the story's whole life (サンマ・漁獲枠・削減 for quota talks; 台風25号 for a typhoon), weighted as in
 * its centroid. Words that only one or two members use (a place of one report, the wording of one
 * outlet) stay out, so an item that words the event differently but names what the story keeps
 * naming still meets it: the fish talks item naming only 日本・中国・韓国 shares サンマ・漁獲枠・削減・提案
 * with the talks, though its cosine to the whole centroid is about 0.2.
 * Only stories of at least `MIN_CORE_MEMBERS` distinct members have a core (one article says
 * nothing about what the story keeps repeating).
 */
import type { StoryState } from './story-state.ts'

/** Share of a story's distinct members that must hold a term for it to be a core term. */
export const CORE_SHARE = 0.5
/** Smallest story (distinct members) with a core profile. */
export const MIN_CORE_MEMBERS = 2

/** Members a term needs in this story to be core (Infinity when the story is too small). */
function coreNeed(story: StoryState): number {
  if (story.weightCount < MIN_CORE_MEMBERS) return Infinity
  return Math.max(2, Math.ceil(CORE_SHARE * story.weightCount))
}

/** Squared norm of the core profile and the member count a core term needs (cached per story size). */
function core(story: StoryState): { normSq: number; need: number } {
  if (story.core !== undefined && story.core.at === story.weightCount) return story.core
  const need = coreNeed(story)
  let normSq = 0
  if (need !== Infinity) {
    for (const [term, n] of story.termArticles) {
      if (n < need) continue
      const w = story.centroid.get(term) ?? 0
      normSq += w * w
    }
  }
  story.core = { at: story.weightCount, normSq, need }
  return story.core
}

/** The core terms of a story (empty for a story below `MIN_CORE_MEMBERS`). */
export function coreTerms(story: StoryState): Set<string> {
  const { need } = core(story)
  const out = new Set<string>()
  if (need === Infinity) return out
  for (const [term, n] of story.termArticles) if (n >= need && story.centroid.has(term)) out.add(term)
  return out
}

/** Cosine between a unit vector and the story's core profile (0 without a core). */
export function coreCosine(story: StoryState, vector: ReadonlyMap<string, number>): number {
  const { normSq, need } = core(story)
  if (normSq <= 0) return 0
  let s = 0
  for (const [term, w] of vector) {
    if ((story.termArticles.get(term) ?? 0) < need) continue
    s += w * (story.centroid.get(term) ?? 0)
  }
  return s / Math.sqrt(normSq)
}

/**
 * Cosine between two stories where each side is its core profile when it has one, else its
 * centroid (a one-item story meets a thread's core with all its words).
 */
export function profileCosine(a: StoryState, b: StoryState): number {
  const pa = profile(a)
  const pb = profile(b)
  let dot = 0
  let na = 0
  let nb = 0
  for (const w of pa.values()) na += w * w
  for (const w of pb.values()) nb += w * w
  const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa]
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0)
  return na <= 0 || nb <= 0 ? 0 : dot / Math.sqrt(na * nb)
}

function profile(story: StoryState): Map<string, number> {
  const terms = coreTerms(story)
  if (terms.size === 0) return new Map(story.centroid)
  return new Map([...terms].map((t) => [t, story.centroid.get(t) ?? 0]))
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
