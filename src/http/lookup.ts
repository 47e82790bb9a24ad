/**
 * @module http/lookup
 * Path-parameter lookups shared by the pages and the API: the story or entity named by `:id`, or
 * the coded error response (400 for a malformed id, 404 when there is none).
 */
import type { Context } from 'hono'
import type { StoryEntry, StoryListItem } from '../app/catalog.ts'
import type { EntityEntry } from '../app/entity-index.ts'
import type { RouteContext } from './app.ts'
import type { StoryFilter } from '../app/filter-stories.ts'
import { checkDay, checkId, checkText } from './params.ts'
import { problem } from './problem.ts'

/** The story of `:id` (an optional suffix such as `.atom` is cut first), or an error response. */
export function findStory(c: Context, ctx: RouteContext, suffix = ''): StoryEntry | Response {
  const raw = c.req.param('id') ?? ''
  const id = checkId(suffix !== '' && raw.endsWith(suffix) ? raw.slice(0, -suffix.length) : raw, 'story')
  if (!id.ok) return problem(c, 'http/bad-request', id.message)
  return ctx.service.catalog().story(id.value) ?? problem(c, 'http/not-found', `no story ${JSON.stringify(id.value)}`)
}

/** The entity of `:id` with the list items of its stories, or an error response. */
export function findEntity(c: Context, ctx: RouteContext): { entity: EntityEntry; stories: StoryListItem[] } | Response {
  const id = checkId(c.req.param('id'), 'entity')
  if (!id.ok) return problem(c, 'http/bad-request', id.message)
  const catalog = ctx.service.catalog()
  const entity = catalog.entity(id.value)
  if (entity === undefined) return problem(c, 'http/not-found', `no entity ${JSON.stringify(id.value)}`)
  const stories = entity.storyIds.flatMap((s) => {
    const entry = catalog.story(s)
    return entry === undefined ? [] : [entry.item]
  })
  return { entity, stories }
}

/** The story-list filters of the query string (`topic`, `entity`, `from`, `to`; absent ones left out), or a 400. */
export function readStoryFilter(c: Context): StoryFilter | Response {
  const checks = {
    topic: checkText(c.req.query('topic'), 'topic'),
    entity: checkText(c.req.query('entity'), 'entity'),
    from: checkDay(c.req.query('from'), 'from'),
    to: checkDay(c.req.query('to'), 'to'),
  }
  const filter: Record<string, string> = {}
  for (const [name, checked] of Object.entries(checks)) {
    if (!checked.ok) return problem(c, 'http/bad-request', checked.message)
    if (checked.value !== undefined) filter[name] = checked.value
  }
  return filter as StoryFilter
}
