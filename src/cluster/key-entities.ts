/**
 * @module cluster/key-entities
 * The specific names a story is about (pure): persons and organisations that at least a share of
 * its distinct members mention. Places are left out on purpose: two stories in the same country or
 * prefecture share a place without being one thread. Used by the continuation and background rules.
 */
import type { StoryState } from './story-state.ts'
import { dot } from './vectors.ts'

/** Share of a story's distinct members that must mention a person or organisation for it to be key. */
export const KEY_ENTITY_SHARE = 0.4

/** Canonical names of the story's key persons and organisations. */
export function keyEntities(story: StoryState): Set<string> {
  const members = Math.max(1, story.weightCount)
  const need = Math.max(1, Math.ceil(KEY_ENTITY_SHARE * members))
  const out = new Set<string>()
  for (const [name, e] of story.entities) if (e.type !== 'LOCATION' && e.articles >= need) out.add(name)
  return out
}

/** How many of a story's most mentioned persons and organisations count as its names. */
export const STORY_NAMES = 10

/**
 * The story's names: its `STORY_NAMES` persons and organisations mentioned by most members (ties:
 * first seen). Broader than `keyEntities` (a name one member gives, such as the president who
 * resigned, still belongs to the story); places are left out.
 */
export function storyNames(story: StoryState): Set<string> {
  const named = [...story.entities].filter(([, e]) => e.type !== 'LOCATION')
  named.sort((a, b) => b[1].articles - a[1].articles || a[1].seq - b[1].seq)
  return new Set(named.slice(0, STORY_NAMES).map(([name]) => name))
}

/**
 * True when a key person or organisation of one story is mentioned in the other (a later story of
 * a few items rarely repeats every name, but it names the thread's company or official).
 */
export function sharesKeyEntity(a: StoryState, b: StoryState): boolean {
  for (const name of keyEntities(a)) if (b.entities.has(name)) return true
  for (const name of keyEntities(b)) if (a.entities.has(name)) return true
  return false
}

/** True when both stories number the same name identically (台風25号 in both leads). */
export function sharesEventNumber(a: StoryState, b: StoryState): boolean {
  return sharedEventNumbers(a, b).length > 0
}

/** Counters that make a numbered name an identifier (台風25号, 第3次, 7便) rather than an amount (3万人). */
const NAMING_COUNTERS = /(号|次|便|戦|期)$/

/** True when both stories' leads give one name the same identifying number (台風25号, not 住民3万人). */
export function sharesNamedNumber(a: StoryState, b: StoryState): boolean {
  return sharedEventNumbers(a, b).some((n) => NAMING_COUNTERS.test(n))
}

function sharedEventNumbers(a: StoryState, b: StoryState): string[] {
  const out: string[] = []
  for (const [name, set] of a.eventNumbers) {
    const other = b.eventNumbers.get(name)
    if (other !== undefined) for (const n of set) if (other.has(n)) out.push(n)
  }
  return out
}

/** True when the two stories' leads number some name differently (台風12号 vs 台風13号). */
export function numbersConflict(a: StoryState, b: StoryState): boolean {
  for (const [name, set] of a.eventNumbers) {
    const other = b.eventNumbers.get(name)
    if (other !== undefined && ![...set].some((n) => other.has(n))) return true
  }
  return false
}

/** Distinct content terms (entity features aside) both centroids hold. */
export function sharedContentTerms(a: StoryState, b: StoryState, entityPrefix: string): number {
  const [small, large] = a.centroid.size <= b.centroid.size ? [a.centroid, b.centroid] : [b.centroid, a.centroid]
  let n = 0
  for (const term of small.keys()) if (!term.startsWith(entityPrefix) && large.has(term)) n++
  return n
}

/** Cosine of the two centroids. */
export function centroidCosine(a: StoryState, b: StoryState): number {
  if (a.centroidNormSq <= 0 || b.centroidNormSq <= 0) return 0
  return dot(a.centroid, b.centroid) / Math.sqrt(a.centroidNormSq * b.centroidNormSq)
}
