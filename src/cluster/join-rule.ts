/**
 * @module cluster/join-rule
 * Which story an article joins (pure), given the scored candidates. The threshold depends on time:
 * an article hours after a story's newest article needs only `nearThreshold`; the bar rises linearly
 * to `threshold` over `rampDays`, and undated comparisons (no time evidence) always use `threshold`
 * (undated articles may lie years apart: a typhoon of 2005 and one of 2006 share most words).
 * Rules in order:
 * 1. the best-scoring open story whose score reaches its time-dependent threshold;
 * 2. same-day follow-up: a story whose newest article is at most `SAME_DAY_HOURS` away, sharing at
 *    least `MIN_SHARED_ENTITIES` of its leading entities with the article, mentioned together at
 *    least `MIN_SHARED_MENTIONS` times in the article (salient, not in passing), when the score
 *    reaches `SAME_DAY_FACTOR` × the near threshold (seed 000: a government's reaction and a
 *    defense briefing on the day of the talks share ロシア / ウクライナ but few other words);
 * otherwise the article starts a story. Ties go to the older story.
 */
import type { StoryState } from './story-state.ts'

/** How near in time the relaxed rule applies (hours between the article and the story's newest article). */
export const SAME_DAY_HOURS = 24
/** Entities the article must share with the story's leading entities for the relaxed rule. */
export const MIN_SHARED_ENTITIES = 2
/** Mentions of the shared entities the article must hold for the relaxed rule. */
export const MIN_SHARED_MENTIONS = 4
/** The relaxed rule's share of the near threshold. */
export const SAME_DAY_FACTOR = 0.6
/** How many of a story's most frequent entities count as leading. */
export const LEADING_ENTITIES = 10

export type ScoredCandidate = {
  readonly story: StoryState
  readonly score: number
  /** hours between the article and the story's newest article; null when either is undated */
  readonly hoursApart: number | null
}

const better = (a: ScoredCandidate, b: ScoredCandidate | undefined): boolean =>
  b === undefined || a.score > b.score || (a.score === b.score && a.story.seq < b.story.seq)

export type JoinThresholds = {
  /** for undated comparisons and at the gap */
  readonly threshold: number
  /** for an article right after the story's newest one */
  readonly nearThreshold: number
  /** hours over which the bar rises from `nearThreshold` to `threshold` */
  readonly rampHours: number
}

/** The score a candidate needs, given how far apart in time it is. */
export function thresholdFor(hoursApart: number | null, t: JoinThresholds): number {
  if (hoursApart === null) return t.threshold
  const near = Math.min(t.nearThreshold, t.threshold)
  return near + (t.threshold - near) * Math.min(1, hoursApart / t.rampHours)
}

/** Distinct shared entities between the article (name → mentions) and the story's leading entities, and their mentions. */
export function sharedEntities(story: StoryState, mentions: ReadonlyMap<string, number>): { entities: number; mentions: number } {
  if (mentions.size === 0) return { entities: 0, mentions: 0 }
  const leading = [...story.entities]
    .sort((a, b) => b[1].articles - a[1].articles || a[1].seq - b[1].seq)
    .slice(0, LEADING_ENTITIES)
  let entities = 0
  let count = 0
  for (const [name] of leading) {
    const m = mentions.get(name)
    if (m !== undefined) {
      entities++
      count += m
    }
  }
  return { entities, mentions: count }
}

/** Apply the rules; returns the story to join, or undefined to start a new one. */
export function chooseStory(candidates: readonly ScoredCandidate[], t: JoinThresholds, mentions: ReadonlyMap<string, number>): ScoredCandidate | undefined {
  let best: ScoredCandidate | undefined
  for (const c of candidates) if (c.score >= thresholdFor(c.hoursApart, t) && better(c, best)) best = c
  if (best !== undefined) return best
  let near: ScoredCandidate | undefined
  for (const c of candidates) {
    if (c.hoursApart === null || c.hoursApart > SAME_DAY_HOURS || c.score < t.nearThreshold * SAME_DAY_FACTOR) continue
    if (!better(c, near)) continue
    const shared = sharedEntities(c.story, mentions)
    if (shared.entities >= MIN_SHARED_ENTITIES && shared.mentions >= MIN_SHARED_MENTIONS) near = c
  }
  return near
}
