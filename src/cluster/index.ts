/**
 * @module cluster
 * Stories and topics (pure): online story clustering over analysed articles, a batch wrapper,
 * `--topics N` grouping, and the clustering quality measures used by `eval/cluster.ts`.
 * Types live in `src/core/story.ts`. See README.md.
 */
export { createStoryClusterer } from './online.ts'
export { withTitleLine } from './clustering-text.ts'
export { clusterStories, orderByTime, withDuplicateGroups } from './batch.ts'
export { clusterTopics, clusterStoryTopics, SHORT_TEXT_TOPIC_OPTIONS, TOPIC_TERM_WEIGHTS } from './topics.ts'
export type { TopicTuning } from './topics.ts'
export { DEFAULT_STORY_OPTIONS, parseGap, resolveStoryOptions } from './options.ts'
export type { ResolvedStoryOptions, StoryTuning } from './options.ts'
export { DEFAULT_TERM_WEIGHTS, extractTerms } from './terms.ts'
export type { TermWeights } from './terms.ts'
export { scoreBcubed, scoreLabels, scorePairwise } from './metrics.ts'
export type { LabelScores, PRF } from './metrics.ts'
export type {
  ArticleMeta, ClusterItem, DuplicateMembership, Story, StoryAssignment, StoryClusterer, StoryClusterOptions,
  StoryEntity, StoryId, StoryStatus, Topic, TopicOptions, TopicResult,
} from '../core/story.ts'
