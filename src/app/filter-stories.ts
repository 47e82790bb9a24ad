/**
 * @module app/filter-stories
 * The story list's filters: topic, entity (canonical name or any surface form) and a day range
 * (a story matches when its span overlaps the range). Order is the catalog's: newest and growing first.
 */
import type { Catalog, StoryEntry } from './catalog.ts'

export type StoryFilter = {
  readonly topic?: string | undefined
  readonly entity?: string | undefined
  /** YYYY-MM-DD */
  readonly from?: string | undefined
  /** YYYY-MM-DD */
  readonly to?: string | undefined
}

/** The catalog's stories that pass every given filter. */
export function filterStories(catalog: Catalog, filter: StoryFilter): StoryEntry[] {
  const entity = filter.entity === undefined ? undefined : resolveEntity(catalog, filter.entity)
  return catalog.stories.filter((entry) => {
    const item = entry.item
    if (filter.topic !== undefined && item.topic !== filter.topic) return false
    if (entity !== undefined && !entity.has(item.id)) return false
    const first = item.firstPublishedAt?.slice(0, 10)
    const last = item.lastPublishedAt?.slice(0, 10)
    if (filter.from !== undefined && (last === undefined || last < filter.from)) return false
    if (filter.to !== undefined && (first === undefined || first > filter.to)) return false
    return true
  })
}

/** Story ids of the entity named `name` (canonical or alias); empty when unknown. */
function resolveEntity(catalog: Catalog, name: string): Set<string> {
  const exact = catalog.entity(name)
  if (exact !== undefined) return new Set(exact.storyIds)
  const ids = new Set<string>()
  for (const e of catalog.entities) if (e.aliases.includes(name)) for (const id of e.storyIds) ids.add(id)
  return ids
}
