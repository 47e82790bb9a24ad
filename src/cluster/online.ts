/**
 * @module cluster/online
 * Online story clustering (pure). Each article, fed in publishedAt order, joins the most similar
 * open story or starts one. Similarity is the cosine between the article's TF-IDF vector (content
 * lemmas, proper nouns and entities weighted, see terms.ts) and the story centroid or its nearest
 * recent member, whichever is higher; the bar to join rises with the time since the story's newest
 * article (join-rule.ts). Candidates come from an inverted index (term → open stories) over
 * each story's heaviest terms, never from all pairs. A story with no article for `gapDays` closes
 * and leaves the index. Every `mergeEvery` articles a pass merges open stories that grew together.
 * Near-duplicate copies (same `duplicateGroup`) join their group's story without moving its centroid.
 */
import type { AnalyzedDoc, Entity } from '../core/doc.ts'
import type { ArticleMeta, StoryAssignment, StoryClusterer, StoryClusterOptions, StoryId } from '../core/story.ts'
import { resolveStoryOptions, type ResolvedStoryOptions, type StoryTuning } from './options.ts'
import { addEventNumbers, addToCentroid, countMemberTerms, createStoryState, hasNumberConflict, pruneCentroid, rememberMember, toStory, widenSpan, type StoryState } from './story-state.ts'
import { articleEventNumbers, ENTITY_PREFIX, extractArticleTerms } from './terms.ts'
import { parsePublishedAt } from './time.ts'
import { createDocumentFrequency, dot, topEntries, weightTerms, type DocumentFrequency, type SparseVector } from './vectors.ts'
import { createStoryIndex, type StoryIndex } from './story-index.ts'
import { absorb, mergeStories } from './merge.ts'
import { findContinuation } from './continuation.ts'
import { BACKGROUND_MAX_ARTICLES, findBackground } from './background.ts'
import { leadYear, YEAR_KEY } from './lead-year.ts'
import { chooseStory, type JoinThresholds, type ScoredCandidate } from './join-rule.ts'

/**
 * An article must share at least this many distinct content terms (entity features aside) with a
 * story: one shared place name in two short same-day items (a strike and a zoo birth in one city)
 * is no story (src/cli/commands/cluster.test.ts).
 */
export const MIN_SHARED_TERMS = 3

function countSharedTerms(vector: SparseVector, story: StoryState): number {
  let n = 0
  for (const term of vector.keys()) if (!term.startsWith(ENTITY_PREFIX) && story.centroid.has(term)) n++
  return n
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/** Internal: the document frequencies to use (the batch API passes one computed over the whole batch). */
export type ClustererInternals = {
  readonly documentFrequency?: DocumentFrequency
  readonly observe?: boolean
  /** term counts already extracted for a document (the batch API extracts them once) */
  readonly termsOf?: (doc: AnalyzedDoc) => Map<string, number> | undefined
}

/**
 * The streaming story clusterer.
 * @example
 * const clusterer = createStoryClusterer({ gapDays: 3 })
 * for (const doc of docs) clusterer.add(doc)
 * const stories = clusterer.stories()
 */
export function createStoryClusterer(options: StoryClusterOptions & StoryTuning = {}, internals: ClustererInternals = {}): StoryClusterer {
  const opts = resolveStoryOptions(options)
  const df = internals.documentFrequency ?? createDocumentFrequency(options.documentFrequency)
  const observe = internals.observe ?? true
  const gapMs = opts.gapDays * DAY_MS
  const stories = new Map<StoryId, StoryState>()
  const index = createStoryIndex()
  /** closed stories, kept for gap + 2 × continuationDays after their newest article (candidates of the continuation rule) */
  const dormant = createStoryIndex()
  const continuationMs = opts.continuationDays * DAY_MS
  const backgroundMs = opts.backgroundDays * DAY_MS
  const storyOfArticle = new Map<string, StoryState>()
  const storyOfGroup = new Map<string, StoryState>()
  const seenGroups = new Set<string>()
  let clock: number | null = null
  let seq = 0
  let sinceMerge = 0

  const isExpired = (story: StoryState): boolean =>
    clock !== null && story.lastTime !== null && clock - story.lastTime > gapMs

  /** distinct documents seen so far holding each term (copies once): how distinctive a term is of a thread (core-terms.ts) */
  const documentsWithTerm = new Map<string, number>()
  const documentsWith = (term: string): number => documentsWithTerm.get(term) ?? 0
  const continuation = { dormant, windowDays: opts.continuationDays, lookupTerms: opts.lookupTerms, maxCandidates: opts.maxCandidates, documentsWith }

  /** small closed stories past the dormant stage: the candidates of the background rule */
  const archive = createStoryIndex()
  /** the archived stories in the order they retired (the oldest leave first when the archive is full or too old) */
  const archived = new Set<StoryState>()
  const archiveMs = opts.archiveDays * DAY_MS
  const heaviest = (story: StoryState): string[] => topEntries(story.centroid, opts.lookupTerms).map(([t]) => t)

  /** Put a closed story into the dormant index (while the continuation rule may still take it back), or archive it. */
  function sleep(story: StoryState): void {
    if (opts.continuationDays > 0 && story.lastTime !== null) dormant.setTerms(story, heaviest(story))
    else retire(story)
  }

  /** A closed story out of reach of continuation: archived when small enough to become background. */
  function retire(story: StoryState): void {
    if (story.lastTime === null || story.weightCount > BACKGROUND_MAX_ARTICLES || opts.archiveLimit === 0) return
    archive.setTerms(story, heaviest(story))
    archived.add(story)
    bound()
  }

  /** Keep the archive bounded: at most `archiveLimit` stories, none retired with its newest article `archiveDays` behind the clock. */
  function bound(): void {
    for (const oldest of archived) {
      const stale = clock !== null && oldest.lastTime !== null && clock - oldest.lastTime > archiveMs
      if (!stale && archived.size <= opts.archiveLimit) return
      unarchive(oldest)
    }
  }

  function unarchive(story: StoryState): void {
    archive.removeStory(story)
    archived.delete(story)
  }

  /**
   * Close a story: it continues the dormant stories of the same thread (each taken in, the older
   * keeping the rest, until none qualifies), then goes dormant.
   */
  function close(story: StoryState): void {
    story.open = false
    index.removeStory(story)
    let current = story
    for (;;) {
      const other = opts.continuationDays > 0 ? findContinuation(current, continuation) : undefined
      if (other === undefined) return sleep(current)
      dormant.removeStory(other)
      dormant.removeStory(current)
      const [kept, away] = other.seq < current.seq ? [other, current] : [current, other]
      absorb(kept, away)
      fold(away, kept)
      current = kept
    }
  }

  /** Close expired stories, then let go of dormant stories no continuation can reach any more. */
  function sweep(): void {
    for (const story of [...stories.values()]) if (story.open && isExpired(story)) close(story)
  }

  function forget(): void {
    for (const story of stories.values()) {
      if (!story.open && dormant.has(story) && clock !== null && story.lastTime !== null && clock - story.lastTime > gapMs + 2 * continuationMs) {
        dormant.removeStory(story)
        retire(story)
      }
    }
  }

  /** Re-index under the heaviest centroid terms: always while small, then when the size doubles. */
  function reindex(story: StoryState, force = false): void {
    const n = story.weightCount
    if (!force && n > 4 && (n & (n - 1)) !== 0) return
    const terms = topEntries(story.centroid, opts.lookupTerms).map(([t]) => t)
    index.setTerms(story, terms)
  }

  function score(story: StoryState, vector: SparseVector): number {
    if (story.centroidNormSq <= 0) return 0
    let cosine = dot(vector, story.centroid) / Math.sqrt(story.centroidNormSq)
    for (const member of story.recent) cosine = Math.max(cosine, opts.memberWeight * dot(vector, member))
    return cosine
  }

  const thresholds: JoinThresholds = { threshold: opts.threshold, nearThreshold: opts.nearThreshold, rampHours: opts.rampDays * 24 }

  function best(vector: SparseVector, time: number | null, mentions: ReadonlyMap<string, number>, numbers: ReadonlyMap<string, string>): ScoredCandidate | undefined {
    const lookup = topEntries(vector, opts.lookupTerms)
    const scored: ScoredCandidate[] = []
    for (const story of index.candidates(lookup, opts.maxCandidates)) {
      if (!story.open) continue
      if (isExpired(story)) {
        close(story)
        continue
      }
      // an article far older than the story is never its news (it may become background)
      if (time !== null && story.firstTime !== null && story.firstTime - time >= backgroundMs) continue
      if (hasNumberConflict(story, numbers) || countSharedTerms(vector, story) < MIN_SHARED_TERMS) continue
      const hoursApart = time === null || story.lastTime === null ? null : Math.abs(time - story.lastTime) / HOUR_MS
      scored.push({ story, score: score(story, vector), hoursApart })
    }
    return chooseStory(scored, thresholds, mentions)
  }

  function record(story: StoryState, doc: AnalyzedDoc, time: number | null, when: string | undefined): void {
    story.members.push(when === undefined || time === null ? { articleId: doc.articleId, time, seq: seq++ } : { articleId: doc.articleId, time, seq: seq++, publishedAt: when })
    widenSpan(story, time)
    storyOfArticle.set(doc.articleId, story)
  }

  function countEntities(story: StoryState, entities: readonly Entity[]): void {
    const seen = new Set<string>()
    for (const ent of entities) {
      if (seen.has(ent.canonical)) continue
      seen.add(ent.canonical)
      const e = story.entities.get(ent.canonical)
      if (e === undefined) story.entities.set(ent.canonical, { type: ent.type, articles: 1, seq: story.entities.size })
      else e.articles++
    }
  }

  function add(doc: AnalyzedDoc, meta: ArticleMeta = {}): StoryAssignment {
    const when = meta.publishedAt ?? doc.publishedAt
    const time = parsePublishedAt(when)
    if (time !== null && (clock === null || time > clock)) clock = time
    const group = meta.duplicateGroup

    // A copy of an article already clustered joins that article's story; it does not move the centroid.
    const groupStory = group === undefined ? undefined : storyOfGroup.get(group)
    if (groupStory !== undefined) {
      const live = resolve(groupStory)
      if (becameBackground(groupStory)) {
        // a copy of a background article is background too, never news
        live.background.push({ articleId: doc.articleId, time, seq: seq++, ...(when === undefined || time === null ? {} : { publishedAt: when }) })
        storyOfArticle.set(doc.articleId, live)
        return { articleId: doc.articleId, storyId: live.id, created: false, score: 1 }
      }
      record(live, doc, time, when)
      return { articleId: doc.articleId, storyId: live.id, created: false, score: 1 }
    }

    const counts = internals.termsOf?.(doc) ?? extractArticleTerms(doc, meta.title, opts.weights)
    if (observe && (group === undefined || !seenGroups.has(group))) df.observe(counts.keys())
    if (group !== undefined) seenGroups.add(group)
    const vector = weightTerms(counts, df.idf)
    const mentions = new Map<string, number>()
    const entities = [...(meta.title?.layers.entities ?? []), ...(doc.layers.entities ?? [])]
    for (const ent of entities) mentions.set(ent.canonical, (mentions.get(ent.canonical) ?? 0) + 1)
    const numbers = articleEventNumbers(doc, meta.title, opts.weights.leadSentences)
    // undated: the lead's year stands in for the missing date (lead-year.ts)
    const year = time === null ? leadYear(doc, meta.title, opts.weights.leadSentences) : undefined
    if (year !== undefined) numbers.set(YEAR_KEY, year)
    const found = vector.size === 0 ? undefined : best(vector, time, mentions, numbers)
    let story: StoryState
    let created = false
    if (found !== undefined) story = found.story
    else {
      story = createStoryState(`story:${doc.articleId}`, stories.size)
      stories.set(story.id, story)
      created = true
    }
    addToCentroid(story, vector)
    pruneCentroid(story, opts.centroidTerms)
    rememberMember(story, vector, opts.recentMembers)
    countMemberTerms(story, vector.keys())
    for (const term of vector.keys()) documentsWithTerm.set(term, (documentsWithTerm.get(term) ?? 0) + 1)
    addEventNumbers(story, numbers)
    countEntities(story, entities)
    record(story, doc, time, when)
    if (group !== undefined) {
      storyOfGroup.set(group, story)
      story.groups.add(group)
    }
    reindex(story)

    if (opts.mergeEvery > 0 && ++sinceMerge >= opts.mergeEvery) consolidate()
    return { articleId: doc.articleId, storyId: story.id, created, score: created ? 0 : (found?.score ?? 0) }
  }

  /** Stories that became another story's background (their later copies are background too). */
  const attachedAsBackground = new Set<StoryState>()
  /** Stories folded into another by a merge point to it. */
  const mergedInto = new Map<StoryState, StoryState>()
  function becameBackground(story: StoryState): boolean {
    for (let s: StoryState | undefined = story; s !== undefined; s = mergedInto.get(s)) if (attachedAsBackground.has(s)) return true
    return false
  }

  function resolve(story: StoryState): StoryState {
    let s = story
    for (let next = mergedInto.get(s); next !== undefined; next = mergedInto.get(s)) s = next
    return s
  }

  function consolidate(): void {
    sinceMerge = 0
    sweep()
    const merged = mergeStories([...stories.values()].filter((s) => s.open), {
      index, threshold: opts.mergeThreshold, gapMs, lookupTerms: opts.lookupTerms, maxCandidates: opts.maxCandidates,
    })
    for (const [from, into] of merged) fold(from, into)
    // continuation: a story closed after a quiet spell takes back a later open story of the same thread
    if (opts.continuationDays > 0) {
      for (const open of [...stories.values()].filter((s) => s.open).sort((a, b) => a.seq - b.seq)) {
        // every dormant story of the thread, not only the most similar one
        for (let later = open, other = findContinuation(later, continuation); other !== undefined; other = findContinuation(later, continuation)) {
          index.removeStory(later)
          dormant.removeStory(other)
          const [kept, away] = other.seq < later.seq ? [other, later] : [later, other]
          absorb(kept, away)
          kept.open = true
          fold(away, kept)
          later = kept
        }
      }
      // two open stories of one thread grown side by side (an item that started its own story beside it, then got a follow-up)
      const side = { ...continuation, dormant: index, openToo: true }
      for (const story of [...stories.values()].filter((s) => s.open).sort((a, b) => a.seq - b.seq)) {
        for (let other = story.open ? findContinuation(story, side) : undefined; other !== undefined; other = findContinuation(story, side)) {
          const [kept, away] = other.seq < story.seq ? [other, story] : [story, other]
          index.removeStory(away)
          absorb(kept, away)
          fold(away, kept)
          if (away === story) break
        }
      }
    }
    forget()
    bound()
    // background: small old stories strongly related to a later story hang under it, not as news
    const live = [...stories.values()].filter((s) => s.open || dormant.has(s))
    for (const [old, host] of findBackground(live, archive, { backgroundDays: opts.backgroundDays, lookupTerms: opts.lookupTerms, maxCandidates: opts.maxCandidates })) {
      unarchive(old)
      attachedAsBackground.add(old)
      host.background.push(...old.members, ...old.background)
      mergedInto.set(old, host)
      stories.delete(old.id)
    }
  }

  /** `from` was merged into `into`: point to it, forget it, re-index `into` where it belongs (open or dormant). */
  function fold(from: StoryState, into: StoryState): void {
    mergedInto.set(from, into)
    stories.delete(from.id)
    pruneCentroid(into, opts.centroidTerms)
    if (into.open) reindex(into, true)
  }

  return {
    add,
    consolidate,
    stories() {
      return [...stories.values()]
        .sort((a, b) => (a.firstTime ?? Infinity) - (b.firstTime ?? Infinity) || a.seq - b.seq)
        .map((s) => toStory(s, { topTerms: opts.topTerms, topEntities: opts.topEntities, clock, gapMs }))
    },
    storyOf(articleId) {
      const s = storyOfArticle.get(articleId)
      return s === undefined ? undefined : resolve(s).id
    },
  }
}
