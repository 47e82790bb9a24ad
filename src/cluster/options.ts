/**
 * @module cluster/options
 * Defaults and validation of the story clustering options (pure). Thresholds name the eval run
 * that set them (`npm run eval -- cluster`, see src/cluster/README.md).
 */
import type { StoryClusterOptions } from '../core/story.ts'
import { MatomeError } from '../core/errors.ts'
import { DEFAULT_TERM_WEIGHTS, type TermWeights } from './terms.ts'
import { DEFAULT_CONTINUATION_DAYS } from './continuation.ts'
import { DEFAULT_BACKGROUND_DAYS } from './background.ts'

/** Fully resolved options. */
export type ResolvedStoryOptions = {
  readonly gapDays: number
  readonly continuationDays: number
  readonly backgroundDays: number
  readonly threshold: number
  readonly mergeThreshold: number
  readonly mergeEvery: number
  readonly topTerms: number
  readonly topEntities: number
  readonly weights: TermWeights
  /** how many of a document's heaviest terms are used to look up candidate stories */
  readonly lookupTerms: number
  /** at most this many candidate stories are scored exactly per article */
  readonly maxCandidates: number
  /** a story keeps at most this many centroid terms */
  readonly centroidTerms: number
  /** the join threshold right after a story's newest article (rises to `threshold` over `rampDays`) */
  readonly nearThreshold: number
  readonly rampDays: number
  /** how many recent member vectors a story keeps for nearest-member similarity (0 = centroid only) */
  readonly recentMembers: number
  /** weight of the nearest-member cosine: score = max(centroid cosine, memberWeight × best member cosine) */
  readonly memberWeight: number
  /** at most this many small closed stories wait in the background archive (oldest retired leave first) */
  readonly archiveLimit: number
  /** an archived story whose newest article is more than this many days older than the newest article seen leaves the archive */
  readonly archiveDays: number
}

/** Join threshold for undated comparisons and after `rampDays` (eval cluster: wikinews stories; B-cubed F1 is flat over 0.38–0.45, pairwise F1 best near 0.38). */
export const DEFAULT_JOIN_THRESHOLD = 0.38
/** Join threshold for an article right after the story's newest one (eval cluster, demo stories). */
export const DEFAULT_NEAR_THRESHOLD = 0.2
/** Merge two open stories whose centroids are at least this similar (eval cluster, wikinews stories). */
export const DEFAULT_MERGE_THRESHOLD = 0.6
/**
 * Bound of the background archive (small closed stories that may become background): 24 index
 * terms each, so 50 000 stories hold about 1.2 M postings. A year of a national portal retires far
 * fewer small stories per background window, so the bound only cuts what could never attach anyway.
 */
export const DEFAULT_ARCHIVE_LIMIT = 50_000
/** Ten years: background older than this is history, not context (the demo's 2021 item is 5 years old). */
export const DEFAULT_ARCHIVE_DAYS = 3650

export const DEFAULT_STORY_OPTIONS: ResolvedStoryOptions = {
  gapDays: 3,
  continuationDays: DEFAULT_CONTINUATION_DAYS,
  backgroundDays: DEFAULT_BACKGROUND_DAYS,
  threshold: DEFAULT_JOIN_THRESHOLD,
  mergeThreshold: DEFAULT_MERGE_THRESHOLD,
  mergeEvery: 200,
  topTerms: 8,
  topEntities: 6,
  weights: DEFAULT_TERM_WEIGHTS,
  lookupTerms: 24,
  maxCandidates: 64,
  centroidTerms: 400,
  nearThreshold: DEFAULT_NEAR_THRESHOLD,
  rampDays: 7,
  recentMembers: 16,
  memberWeight: 1,
  archiveLimit: DEFAULT_ARCHIVE_LIMIT,
  archiveDays: DEFAULT_ARCHIVE_DAYS,
}

/** Extra knobs the eval and tests may set beside the public options. */
export type StoryTuning = Partial<Pick<ResolvedStoryOptions, 'mergeThreshold' | 'weights' | 'lookupTerms' | 'maxCandidates' | 'centroidTerms' | 'nearThreshold' | 'rampDays' | 'recentMembers' | 'memberWeight' | 'archiveLimit' | 'archiveDays'>>

/** Merge the options with the defaults; throws `cluster/invalid-option` on a value out of range. */
export function resolveStoryOptions(options: StoryClusterOptions & StoryTuning = {}): ResolvedStoryOptions {
  const out: ResolvedStoryOptions = {
    gapDays: options.gapDays ?? DEFAULT_STORY_OPTIONS.gapDays,
    continuationDays: options.continuationDays ?? DEFAULT_STORY_OPTIONS.continuationDays,
    backgroundDays: options.backgroundDays ?? DEFAULT_STORY_OPTIONS.backgroundDays,
    threshold: options.threshold ?? DEFAULT_STORY_OPTIONS.threshold,
    mergeThreshold: options.mergeThreshold ?? DEFAULT_STORY_OPTIONS.mergeThreshold,
    mergeEvery: options.mergeEvery ?? DEFAULT_STORY_OPTIONS.mergeEvery,
    topTerms: options.topTerms ?? DEFAULT_STORY_OPTIONS.topTerms,
    topEntities: options.topEntities ?? DEFAULT_STORY_OPTIONS.topEntities,
    weights: options.weights ?? DEFAULT_STORY_OPTIONS.weights,
    lookupTerms: options.lookupTerms ?? DEFAULT_STORY_OPTIONS.lookupTerms,
    maxCandidates: options.maxCandidates ?? DEFAULT_STORY_OPTIONS.maxCandidates,
    centroidTerms: options.centroidTerms ?? DEFAULT_STORY_OPTIONS.centroidTerms,
    nearThreshold: options.nearThreshold ?? DEFAULT_STORY_OPTIONS.nearThreshold,
    rampDays: options.rampDays ?? DEFAULT_STORY_OPTIONS.rampDays,
    recentMembers: options.recentMembers ?? DEFAULT_STORY_OPTIONS.recentMembers,
    memberWeight: options.memberWeight ?? DEFAULT_STORY_OPTIONS.memberWeight,
    archiveLimit: options.archiveLimit ?? DEFAULT_STORY_OPTIONS.archiveLimit,
    archiveDays: options.archiveDays ?? DEFAULT_STORY_OPTIONS.archiveDays,
  }
  check(out.gapDays > 0 && Number.isFinite(out.gapDays), `gapDays must be a positive number of days, got ${out.gapDays}`)
  check(out.continuationDays >= 0 && Number.isFinite(out.continuationDays), `continuationDays must be a number of days ≥ 0, got ${out.continuationDays}`)
  check(out.backgroundDays > 0 && Number.isFinite(out.backgroundDays), `backgroundDays must be a positive number of days, got ${out.backgroundDays}`)
  check(out.threshold > 0 && out.threshold <= 1, `threshold must lie in (0, 1], got ${out.threshold}`)
  check(out.mergeThreshold > 0 && out.mergeThreshold <= 1, `mergeThreshold must lie in (0, 1], got ${out.mergeThreshold}`)
  check(Number.isInteger(out.mergeEvery) && out.mergeEvery >= 0, `mergeEvery must be a whole number ≥ 0, got ${out.mergeEvery}`)
  for (const key of ['topTerms', 'topEntities', 'lookupTerms', 'maxCandidates', 'centroidTerms'] as const) {
    check(Number.isInteger(out[key]) && out[key] >= 1, `${key} must be a whole number ≥ 1, got ${out[key]}`)
  }
  check(Number.isInteger(out.recentMembers) && out.recentMembers >= 0, `recentMembers must be a whole number ≥ 0, got ${out.recentMembers}`)
  check(out.memberWeight >= 0 && out.memberWeight <= 1, `memberWeight must lie in [0, 1], got ${out.memberWeight}`)
  check(Number.isInteger(out.archiveLimit) && out.archiveLimit >= 0, `archiveLimit must be a whole number ≥ 0, got ${out.archiveLimit}`)
  check(out.archiveDays > 0, `archiveDays must be positive, got ${out.archiveDays}`)
  check(out.rampDays > 0, `rampDays must be positive, got ${out.rampDays}`)
  check(out.nearThreshold > 0 && out.nearThreshold <= 1, `nearThreshold must lie in (0, 1], got ${out.nearThreshold}`)
  return out
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new MatomeError('cluster/invalid-option', message)
}

/** Parse a gap such as `3d`, `36h`, `2.5` (days) into days; throws `cluster/invalid-option`. */
export function parseGap(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([dh]?)\s*$/i.exec(text)
  if (m === null) throw new MatomeError('cluster/invalid-option', `gap must look like 3d, 36h or 2.5, got ${JSON.stringify(text)}`)
  const value = Number(m[1])
  const days = m[2]?.toLowerCase() === 'h' ? value / 24 : value
  check(days > 0, `gap must be positive, got ${JSON.stringify(text)}`)
  return days
}
