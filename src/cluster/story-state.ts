/**
 * @module cluster/story-state
 * The mutable working state of one story inside the clusterer (pure): its centroid (sum of the unit
 * vectors of its distinct members), member list, entity counts and time span; and the conversion
 * to the public `Story` value.
 */
import type { ArticleId, EntityType } from '../core/doc.ts'
import type { Story, StoryEntity, StoryId } from '../core/story.ts'
import { ENTITY_PREFIX } from './terms.ts'
import { topEntries, type SparseVector } from './vectors.ts'

export type Member = {
  readonly articleId: ArticleId
  readonly time: number | null
  readonly seq: number
  /** the publishedAt text as given */
  readonly publishedAt?: string
}

export type StoryState = {
  readonly id: StoryId
  /** creation order; the older story wins ties and merges */
  readonly seq: number
  readonly members: Member[]
  readonly centroid: SparseVector
  centroidNormSq: number
  /** distinct members that shaped the centroid (duplicate copies excluded) */
  weightCount: number
  readonly groups: Set<string>
  readonly entities: Map<string, { type: EntityType; articles: number; seq: number }>
  firstTime: number | null
  lastTime: number | null
  open: boolean
  /** the terms this story is indexed under (term → posting) */
  readonly indexed: Set<string>
  /** unit vectors of its most recent distinct members (for nearest-member similarity) */
  readonly recent: SparseVector[]
  /** names with a number in its members' leads (台風 → {25号}) */
  readonly eventNumbers: Map<string, Set<string>>
  /** old articles attached as background (cluster/background.ts): never news, not in the centroid */
  readonly background: Member[]
  /** term → how many distinct members hold it, over the story's whole life (core-terms.ts) */
  readonly termArticles: Map<string, number>
  /** cached core terms, valid while `weightCount` equals `at` (core-terms.ts) */
  core?: { readonly at: number; readonly need: number; terms?: Set<string> } | undefined
}

export function createStoryState(id: StoryId, seq: number): StoryState {
  return {
    id, seq, members: [], centroid: new Map(), centroidNormSq: 0, weightCount: 0,
    groups: new Set(), entities: new Map(), firstTime: null, lastTime: null, open: true, indexed: new Set(), recent: [], eventNumbers: new Map(), background: [],
    termArticles: new Map(),
  }
}

/** Add a unit vector to the centroid, keeping its squared norm current. */
export function addToCentroid(story: StoryState, vector: ReadonlyMap<string, number>): void {
  for (const [term, w] of vector) {
    const old = story.centroid.get(term) ?? 0
    story.centroid.set(term, old + w)
    story.centroidNormSq += 2 * old * w + w * w
  }
  story.weightCount++
}

/** Count the terms of one distinct member (each once), for the story's core profile. */
export function countMemberTerms(story: StoryState, terms: Iterable<string>): void {
  for (const term of terms) story.termArticles.set(term, (story.termArticles.get(term) ?? 0) + 1)
}

/** Remember a member vector, keeping the newest `cap`. */
export function rememberMember(story: StoryState, vector: SparseVector, cap: number): void {
  if (cap <= 0) return
  story.recent.push(vector)
  if (story.recent.length > cap) story.recent.splice(0, story.recent.length - cap)
}

/** Record the names with numbers of a member's lead. */
export function addEventNumbers(story: StoryState, numbers: ReadonlyMap<string, string>): void {
  for (const [name, n] of numbers) {
    let set = story.eventNumbers.get(name)
    if (set === undefined) story.eventNumbers.set(name, (set = new Set()))
    set.add(n)
  }
}

/** True when the article's lead numbers a name the story's leads number differently (台風14号 vs 台風12号). */
export function hasNumberConflict(story: StoryState, numbers: ReadonlyMap<string, string>): boolean {
  for (const [name, n] of numbers) {
    const known = story.eventNumbers.get(name)
    if (known !== undefined && !known.has(n)) return true
  }
  return false
}

/** Drop the lightest centroid terms above `cap` (amortised: only once the map is twice the cap). */
export function pruneCentroid(story: StoryState, cap: number): void {
  if (story.centroid.size <= 2 * cap) return
  const kept = topEntries(story.centroid, cap)
  story.centroid.clear()
  story.centroidNormSq = 0
  for (const [t, w] of kept) {
    story.centroid.set(t, w)
    story.centroidNormSq += w * w
  }
  // member counts of dropped terms go too (they can no longer be core terms: the profile weighs centroid terms)
  for (const term of story.termArticles.keys()) if (!story.centroid.has(term)) story.termArticles.delete(term)
  story.core = undefined
}

/** Record a member's time. */
export function widenSpan(story: StoryState, time: number | null): void {
  if (time === null) return
  if (story.firstTime === null || time < story.firstTime) story.firstTime = time
  if (story.lastTime === null || time > story.lastTime) story.lastTime = time
}

/** The public value of a story. `clock` (newest time seen) and `gapMs` decide open / closed. */
export function toStory(story: StoryState, options: { topTerms: number; topEntities: number; clock: number | null; gapMs: number }): Story {
  const members = byTime(story.members)
  const closed = !story.open || (options.clock !== null && story.lastTime !== null && options.clock - story.lastTime > options.gapMs)
  const entities: StoryEntity[] = [...story.entities]
    .sort((a, b) => b[1].articles - a[1].articles || a[1].seq - b[1].seq)
    .slice(0, options.topEntities)
    .map(([canonical, e]) => ({ canonical, type: e.type, articles: e.articles }))
  return {
    id: story.id,
    articleIds: members.map((m) => m.articleId),
    firstPublishedAt: members.find((m) => m.time !== null)?.publishedAt ?? null,
    lastPublishedAt: members.findLast((m) => m.time !== null)?.publishedAt ?? null,
    status: closed ? 'closed' : 'open',
    topTerms: pickTopTerms(story.centroid, options.topTerms),
    topEntities: entities,
    ...(story.background.length === 0 ? {} : { backgroundArticleIds: byTime(story.background).map((m) => m.articleId) }),
  }
}

function byTime(members: readonly Member[]): Member[] {
  return [...members].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.seq - b.seq)
}

/** Heaviest lemma terms, skipping entity features and terms contained in (or containing) one already picked. */
export function pickTopTerms(centroid: ReadonlyMap<string, number>, n: number): string[] {
  const picked: string[] = []
  for (const [term] of topEntries(centroid, centroid.size)) {
    if (picked.length >= n) break
    if (term.startsWith(ENTITY_PREFIX)) continue
    if (picked.some((p) => p.includes(term) || term.includes(p))) continue
    picked.push(term)
  }
  return picked
}
