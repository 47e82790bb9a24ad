/**
 * @module cluster/continuation
 * The continuation rule of the merge pass (pure): a story that closed after a quiet spell (no
 * article for the gap) and a later open story that are plainly the same event thread merge, the
 * younger story into the older, which reopens if either was open. "Plainly the same" means, all of:
 * 1. both are dated and their spans lie at most `windowDays` (default 14) apart (each year's
 *    lottery or festival lies far outside);
 * 2. their leads never number a name differently (台風25号 vs 台風26号 stay apart);
 * 3. they share something specific: a key person or organisation of one mentioned in the other
 *    (see key-entities.ts; places never count), an identically numbered name (台風25号 in both), or
 *    `MIN_DISTINCTIVE_TERMS` distinctive terms (core-terms.ts: サンマ・漁獲枠, words most of one
 *    thread holds and the rest of the stream hardly uses) while together spanning ≤ 2 × `windowDays`;
 * 4. their centroids reach cosine `CONTINUATION_SIMILARITY` (`NAMED_NUMBER_SIMILARITY` when both
 *    leads carry the same identifying number: 台風25号, 第2次, 7便, or distinctive terms name the
 *    thread) and share `MIN_CONTINUATION_TERMS` distinct content terms.
 * Spans may also overlap: a one-item story that started beside a running thread (an evacuation
 * order under 台風25号 the day before landfall) joins it once it has closed.
 * Candidates come from the index of recently closed ("dormant") stories, never from all pairs.
 */
import type { StoryIndex } from './story-index.ts'
import type { StoryState } from './story-state.ts'
import { centroidCosine, numbersConflict, sharedContentTerms, sharesEventNumber, sharesKeyEntity, sharesNamedNumber } from './key-entities.ts'
import { ENTITY_PREFIX } from './terms.ts'
import { sharedDistinctiveTerms } from './core-terms.ts'
import { topEntries } from './vectors.ts'

/** Centroid cosine a closed story and a later one need to continue one thread (eval cluster, demo stories). */
export const CONTINUATION_SIMILARITY = 0.45
/**
 * The lower bar when both leads give a name the same identifying number (台風25号, 第2次 …): the
 * number already says which event, so a differently worded item of it (an evacuation order, a
 * volunteer desk) still belongs (eval cluster, demo stories).
 */
export const NAMED_NUMBER_SIMILARITY = 0.2
/** Distinct content terms they must share. */
export const MIN_CONTINUATION_TERMS = 8
/** Default window: how long after a story's newest article a continuation may start. */
export const DEFAULT_CONTINUATION_DAYS = 14

const DAY_MS = 86_400_000

/** Distinctive terms (core-terms.ts) that name the thread as an identifying number would. */
export const MIN_DISTINCTIVE_TERMS = 2

/**
 * True when distinctive terms name the thread (rule 3): at least `MIN_DISTINCTIVE_TERMS` of them,
 * and the two stories together span at most 2 × `windowDays` (a thread, not a beat: a column or a
 * company's product news recurs for months on the same words).
 */
function namedByTerms(earlier: StoryState, later: StoryState, windowDays: number, documentsWith: ((term: string) => number) | undefined): boolean {
  if (documentsWith === undefined) return false
  const span = Math.max(earlier.lastTime ?? 0, later.lastTime ?? 0) - Math.min(earlier.firstTime ?? 0, later.firstTime ?? 0)
  if (span > 2 * windowDays * DAY_MS) return false
  return sharedDistinctiveTerms(earlier, later, documentsWith, ENTITY_PREFIX) >= MIN_DISTINCTIVE_TERMS
}

/**
 * True when `later` continues the closed story `earlier` (rules 1–4 of the module comment).
 * `documentsWith` (documents seen so far holding a term) enables the distinctive-terms signal.
 */
export function continues(earlier: StoryState, later: StoryState, windowDays: number, documentsWith?: (term: string) => number): boolean {
  if (earlier.lastTime === null || later.firstTime === null || earlier.firstTime === null || later.lastTime === null) return false
  const gap = Math.max(0, later.firstTime - earlier.lastTime, earlier.firstTime - later.lastTime)
  if (gap > windowDays * DAY_MS) return false
  if (numbersConflict(earlier, later)) return false
  // the cheap tests first: every path needs the lower bar and the shared terms
  const cosine = centroidCosine(earlier, later)
  if (cosine < NAMED_NUMBER_SIMILARITY || sharedContentTerms(earlier, later, ENTITY_PREFIX) < MIN_CONTINUATION_TERMS) return false
  if (sharesNamedNumber(earlier, later)) return true
  if (cosine >= CONTINUATION_SIMILARITY && (sharesEventNumber(earlier, later) || sharesKeyEntity(earlier, later))) return true
  return namedByTerms(earlier, later, windowDays, documentsWith)
}

export type ContinuationOptions = {
  /** recently closed stories, indexed under their heaviest terms */
  readonly dormant: StoryIndex
  readonly windowDays: number
  readonly lookupTerms: number
  readonly maxCandidates: number
  /** distinct documents seen so far holding a term (the distinctive-terms signal) */
  readonly documentsWith?: (term: string) => number
  /** look among open stories too (the index then holds open stories: two threads grown side by side) */
  readonly openToo?: boolean
}

/**
 * The dormant story `later` continues: the most similar one that qualifies (ties: the older), or
 * undefined. Called for open stories in the merge pass and for each story as it closes.
 */
export function findContinuation(later: StoryState, options: ContinuationOptions): StoryState | undefined {
  if (later.centroidNormSq <= 0) return undefined
  const norm = Math.sqrt(later.centroidNormSq)
  const lookup = topEntries(later.centroid, options.lookupTerms).map(([t, w]) => [t, w / norm] as const)
  let best: StoryState | undefined
  let bestScore = -1
  for (const earlier of options.dormant.candidates(lookup, options.maxCandidates)) {
    if (earlier === later || (earlier.open && options.openToo !== true)) continue
    if (!continues(earlier, later, options.windowDays, options.documentsWith)) continue
    const score = centroidCosine(earlier, later)
    if (score > bestScore) {
      best = earlier
      bestScore = score
    }
  }
  return best
}
