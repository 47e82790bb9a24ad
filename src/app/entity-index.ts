/**
 * @module app/entity-index
 * Entities across stories: for each canonical name (a person, country or organisation), the
 * stories whose articles mention it, and the quotes it spoke and the positions it took in those
 * stories' digests. Built from stored analyses and digests; nothing is re-analysed.
 */
import type { AnalyzedDoc, ArticleId, EntityType } from '../core/doc.ts'
import type { Digest, DigestQuote, Position } from '../core/digest.ts'

/** One entity across the store: the entity page and `/api/entities/:id`. */
export type EntityEntry = {
  readonly canonical: string
  readonly type: EntityType
  readonly subtype?: string
  /** articles that mention it */
  readonly articleCount: number
  /** mentions across those articles */
  readonly mentions: number
  /** surface forms as written (米, アメリカ, 米国) */
  readonly aliases: readonly string[]
  /** ids of stories where it appears, in catalog order (newest first) */
  readonly storyIds: readonly string[]
  readonly quotes: readonly (DigestQuote & { readonly storyId: string })[]
  readonly positions: readonly (Position & { readonly storyId: string })[]
}

type MutableEntry = {
  canonical: string
  type: EntityType
  subtype?: string
  articles: Set<ArticleId>
  mentions: number
  aliases: Set<string>
  storyIds: Set<string>
  quotes: (DigestQuote & { storyId: string })[]
  positions: (Position & { storyId: string })[]
}

type StoryLike = {
  readonly item: { readonly id: string }
  readonly digest: Digest | undefined
  readonly articleIds: readonly ArticleId[]
}

/** Index the entities of the given stories (in their order) from the analyses of their articles. */
export function indexEntities(stories: readonly StoryLike[], analyses: ReadonlyMap<ArticleId, AnalyzedDoc>): EntityEntry[] {
  const byName = new Map<string, MutableEntry>()
  for (const story of stories) {
    for (const id of story.articleIds) {
      for (const ent of analyses.get(id)?.layers.entities ?? []) {
        let entry = byName.get(ent.canonical)
        if (entry === undefined) {
          entry = {
            canonical: ent.canonical,
            type: ent.type,
            articles: new Set(),
            mentions: 0,
            aliases: new Set(),
            storyIds: new Set(),
            quotes: [],
            positions: [],
          }
          if (ent.subtype !== undefined) entry.subtype = ent.subtype
          byName.set(ent.canonical, entry)
        }
        if (!entry.articles.has(id)) entry.articles.add(id)
        entry.mentions += 1
        entry.aliases.add(ent.text)
        entry.storyIds.add(story.item.id)
      }
    }
    for (const quote of story.digest?.quotes ?? []) {
      const entry = quote.speaker === null ? undefined : byName.get(quote.speaker)
      entry?.quotes.push({ ...quote, storyId: story.item.id })
    }
    for (const position of story.digest?.positions ?? []) {
      byName.get(position.actor)?.positions.push({ ...position, storyId: story.item.id })
    }
  }
  return [...byName.values()]
    .map((e) => ({
      canonical: e.canonical,
      type: e.type,
      ...(e.subtype === undefined ? {} : { subtype: e.subtype }),
      articleCount: e.articles.size,
      mentions: e.mentions,
      aliases: [...e.aliases].sort(),
      storyIds: [...e.storyIds],
      quotes: e.quotes,
      positions: e.positions,
    }))
    .sort((a, b) => b.articleCount - a.articleCount || a.canonical.localeCompare(b.canonical))
}
