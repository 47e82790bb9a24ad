/**
 * @module app/catalog
 * The read model of the web app and the API: every stored story with its digest, member articles
 * and their analyses, loaded once from the Repository into memory and indexed (stories by time and
 * growth, entities across stories, cites per article). `loadCatalog` is called at start and after
 * every rebuild; views never query the store for story data.
 */
import type { AnalyzedDoc, ArticleId, EntityType } from '../core/doc.ts'
import type { Cite, Digest } from '../core/digest.ts'
import { displayUrl } from '../render/index.ts'
import type { Repository, StoredArticle, StoredStory } from '../store/repository.ts'
import { indexEntities, type EntityEntry } from './entity-index.ts'

/** One story as listed: what the story list, `/api/stories` and `matome stories` show. */
export type StoryListItem = {
  readonly id: string
  readonly headline: string
  readonly title: string
  readonly articleCount: number
  /** distinct outlets */
  readonly sourceCount: number
  readonly sources: readonly string[]
  /** ISO 8601 of the earliest / latest current (non-background) article; null when undated */
  readonly firstPublishedAt: string | null
  readonly lastPublishedAt: string | null
  /** articles published within GROWTH_WINDOW_HOURS before the story's newest article */
  readonly recentArticles: number
  /** true when the story gained articles in the newest GROWTH_WINDOW_HOURS of the whole store */
  readonly growing: boolean
  readonly topEntities: readonly { readonly canonical: string; readonly type: EntityType; readonly articles: number }[]
  readonly topic?: string
  readonly backgroundCount: number
  readonly updatedAt: string
}

/** A story with everything its page needs. */
export type StoryEntry = {
  readonly item: StoryListItem
  readonly digest: Digest | undefined
  readonly articleIds: readonly ArticleId[]
}

export type Catalog = {
  /** increases on every load; caches key on it */
  readonly generation: number
  /** newest and growing first */
  readonly stories: readonly StoryEntry[]
  readonly story: (id: string) => StoryEntry | undefined
  readonly article: (id: ArticleId) => StoredArticle | undefined
  /**
   * what the pages need of an article's analysis: its sentences (cite anchors) and entities — not
   * its tokens (the whole store's tokens would not fit in memory; read a full analysis from the
   * repository)
   */
  readonly analysis: (id: ArticleId) => AnalyzedDoc | undefined
  /** stories an article belongs to */
  readonly storiesOf: (id: ArticleId) => readonly string[]
  /** every cite of any digest into this article; `field: 'title'` cites index into its title, not its body */
  readonly citesOf: (id: ArticleId) => readonly Cite[]
  readonly entity: (canonical: string) => EntityEntry | undefined
  readonly entities: readonly EntityEntry[]
  readonly topics: readonly string[]
}

/** The part of the Repository the catalog reads. */
export type CatalogSource = Pick<Repository, 'listStories' | 'getArticles' | 'getAnalysis'>

/** A story counts as growing when it gained articles within this many hours of the newest article in the store. */
export const GROWTH_WINDOW_HOURS = 48
const TOP_ENTITIES = 6
const PAGE = 500

let generations = 0

/** Load every story, its articles and their analyses' sentences and entities from the store and index them. */
export async function loadCatalog(repository: CatalogSource): Promise<Catalog> {
  const stored: StoredStory[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await repository.listStories({ limit: PAGE, offset })
    stored.push(...page)
    if (page.length < PAGE) break
  }
  const ids = [...new Set(stored.flatMap((s) => s.articleIds))]
  const articles = new Map<ArticleId, StoredArticle>()
  for (let i = 0; i < ids.length; i += PAGE) {
    for (const article of await repository.getArticles(ids.slice(i, i + PAGE))) articles.set(article.id, article)
  }
  const analyses = new Map<ArticleId, AnalyzedDoc>()
  for (const id of ids) {
    const doc = await repository.getAnalysis(id)
    if (doc !== undefined) analyses.set(id, pageView(doc, articles.get(id)?.body))
  }
  return buildCatalog(stored, articles, analyses)
}

/** An analysis with only the layers the pages read (sentences, entities); the text shared with the article. */
function pageView(doc: AnalyzedDoc, body: string | undefined): AnalyzedDoc {
  const { sentences, entities } = doc.layers
  const layers = { ...(sentences === undefined ? {} : { sentences }), ...(entities === undefined ? {} : { entities }) }
  return { ...doc, text: body ?? doc.text, layers, diagnostics: [] }
}

/** Index already-loaded data (exported for tests). */
export function buildCatalog(
  stored: readonly StoredStory[],
  articles: ReadonlyMap<ArticleId, StoredArticle>,
  analyses: ReadonlyMap<ArticleId, AnalyzedDoc>,
): Catalog {
  const newest = maxTime([...articles.values()].map((a) => a.publishedAt))
  const entries = stored.map((s) => toEntry(s, articles, analyses, newest))
  entries.sort(compareStories)
  const byId = new Map(entries.map((e) => [e.item.id, e]))
  const storiesOf = new Map<ArticleId, string[]>()
  const cites = new Map<ArticleId, Cite[]>()
  for (const entry of entries) {
    for (const id of entry.articleIds) push(storiesOf, id, entry.item.id)
    if (entry.digest !== undefined) for (const cite of collectCites(entry.digest)) push(cites, cite.id, cite)
  }
  const entities = indexEntities(entries, analyses)
  const byEntity = new Map(entities.map((e) => [e.canonical, e]))
  const topics = [...new Set(entries.flatMap((e) => (e.item.topic === undefined ? [] : [e.item.topic])))].sort()
  generations += 1
  return {
    generation: generations,
    stories: entries,
    story: (id) => byId.get(id),
    article: (id) => articles.get(id),
    analysis: (id) => analyses.get(id),
    storiesOf: (id) => storiesOf.get(id) ?? [],
    citesOf: (id) => cites.get(id) ?? [],
    entity: (canonical) => byEntity.get(canonical),
    entities,
    topics,
  }
}

function toEntry(
  stored: StoredStory,
  articles: ReadonlyMap<ArticleId, StoredArticle>,
  analyses: ReadonlyMap<ArticleId, AnalyzedDoc>,
  newest: number | undefined,
): StoryEntry {
  const digest = isDigest(stored.digest) ? withReaderUrls(stored.digest, articles) : undefined
  const background = new Set(digest?.background.map((b) => b.id) ?? [])
  const members = stored.articleIds.flatMap((id) => {
    const article = articles.get(id)
    return article === undefined ? [] : [article]
  })
  const current = members.filter((a) => !background.has(a.id))
  const times = current.map((a) => a.publishedAt).filter((t): t is string => t !== undefined).sort((a, b) => toTime(a) - toTime(b))
  const last = times[times.length - 1] ?? null
  const lastTime = last === null ? undefined : toTime(last)
  const windowMs = GROWTH_WINDOW_HOURS * 3_600_000
  const recentArticles = lastTime === undefined ? 0 : times.filter((t) => lastTime - toTime(t) <= windowMs).length
  const sources = [...new Set(members.map((a) => a.source ?? '').filter((s) => s !== ''))]
  const first = members[0]
  const headline = digest?.headline.text ?? first?.title ?? stored.id
  const item: StoryListItem = {
    id: stored.id,
    headline,
    title: digest?.title.text ?? first?.title ?? headline,
    articleCount: members.length,
    sourceCount: sources.length,
    sources,
    firstPublishedAt: times[0] ?? null,
    lastPublishedAt: last,
    recentArticles,
    growing: newest !== undefined && lastTime !== undefined && newest - lastTime <= windowMs && recentArticles >= 2,
    topEntities: countEntities(current.map((a) => analyses.get(a.id))),
    ...(stored.topic === undefined ? {} : { topic: stored.topic }),
    backgroundCount: background.size,
    updatedAt: stored.updatedAt,
  }
  return { item, digest, articleIds: stored.articleIds }
}

/** Newest last article first; among stories of the same day, the faster-growing first. */
function compareStories(a: StoryEntry, b: StoryEntry): number {
  const day = (e: StoryEntry): string => e.item.lastPublishedAt?.slice(0, 10) ?? ''
  return (
    day(b).localeCompare(day(a)) ||
    b.item.recentArticles - a.item.recentArticles ||
    (b.item.lastPublishedAt ?? '').localeCompare(a.item.lastPublishedAt ?? '') ||
    a.item.id.localeCompare(b.item.id)
  )
}

function countEntities(docs: readonly (AnalyzedDoc | undefined)[]): StoryListItem['topEntities'] {
  const counts = new Map<string, { canonical: string; type: EntityType; articles: number }>()
  for (const doc of docs) {
    const seen = new Set<string>()
    for (const ent of doc?.layers.entities ?? []) {
      if (seen.has(ent.canonical)) continue
      seen.add(ent.canonical)
      const entry = counts.get(ent.canonical) ?? { canonical: ent.canonical, type: ent.type, articles: 0 }
      entry.articles += 1
      counts.set(ent.canonical, entry)
    }
  }
  return [...counts.values()].sort((a, b) => b.articles - a.articles || a.canonical.localeCompare(b.canonical)).slice(0, TOP_ENTITIES)
}

/** Every cite a digest makes (lead, sections, timeline, positions, quotes, numbers, key points). */
export function collectCites(digest: Digest): Cite[] {
  const out: Cite[] = []
  const add = (t: { readonly cites: readonly Cite[] } | undefined): void => {
    if (t !== undefined) out.push(...t.cites)
  }
  add(digest.headline)
  add(digest.title)
  digest.lead.forEach(add)
  for (const s of digest.sections) {
    add(s.heading)
    s.bullets.forEach(add)
    s.details.forEach(add)
  }
  digest.timeline.forEach(add)
  for (const p of digest.positions) {
    add(p.what)
    add(p.sentence)
  }
  digest.quotes.forEach(add)
  for (const n of digest.numbers) add(n.sentence)
  digest.outlook.forEach(add)
  digest.keyPoints.forEach(add)
  for (const b of digest.background) add(b.heading)
  return out
}

/**
 * The digest with every source link set to what readers should see: the article's stored canonical
 * URL (tracking parameters such as utm_* gone), keeping a split page's story fragment.
 */
export function withReaderUrls(digest: Digest, articles: ReadonlyMap<ArticleId, StoredArticle>): Digest {
  const fix = <T extends { readonly id: ArticleId; readonly url?: string }>(item: T): T => {
    const article = articles.get(item.id)
    const url = displayUrl(item.url ?? article?.url, article?.canonicalUrl)
    return url === undefined || url === item.url ? item : { ...item, url }
  }
  return {
    ...digest,
    sections: digest.sections.map(fix),
    background: digest.background.map(fix),
    sources: { ...digest.sources, articles: digest.sources.articles.map(fix) },
  }
}

function isDigest(value: unknown): value is Digest {
  return typeof value === 'object' && value !== null && (value as { schemaVersion?: unknown }).schemaVersion === 1 && 'sections' in value
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

function toTime(iso: string): number {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00+09:00` : iso)
  return Number.isNaN(t) ? 0 : t
}

function maxTime(values: readonly (string | undefined)[]): number | undefined {
  let max: number | undefined
  for (const v of values) if (v !== undefined) max = Math.max(max ?? -Infinity, toTime(v))
  return max
}
