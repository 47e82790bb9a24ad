/**
 * @module http/routes-pages
 * The HTML pages and Atom feeds. Pages are rendered once per catalog generation and served from
 * the page cache (with an ETag) until the next rebuild.
 */
import type { Context, Hono } from 'hono'
import { createLinker } from '../web/cite-links.ts'
import { renderArticlePage } from '../web/article-view.ts'
import { renderEntityIndexPage, renderEntityPage } from '../web/entity-view.ts'
import { renderSearchPage } from '../web/search-view.ts'
import { renderStoryListPage } from '../web/story-list-view.ts'
import { renderStoryPage } from '../web/story-view.ts'
import { filterStories } from '../app/filter-stories.ts'
import type { RouteContext } from './app.ts'
import { storiesFeed, storyFeed } from './atom.ts'
import { checkId, checkInt, checkQuery } from './params.ts'
import { problem } from './problem.ts'
import { findEntity, findStory, readStoryFilter } from './lookup.ts'
import type { CachedPage } from './page-cache.ts'
import { loadArticleView, searchWithStories } from './article-data.ts'

const HTML = 'text/html; charset=utf-8'
const ATOM = 'application/atom+xml; charset=utf-8'
const SEARCH_LIMIT = 50
/** stories per page of the story list */
const STORIES_PER_PAGE = 50
const ENCODER = new TextEncoder()

/** Register `/`, `/search`, `/entities`, `/stories/:id`, `/stories/:id.atom`, `/stories.atom`, `/articles/:id`, `/entities/:id`. */
export function registerPageRoutes(app: Hono, ctx: RouteContext): void {
  app.get('/', (c) => {
    const filter = readStoryFilter(c)
    if (filter instanceof Response) return filter
    const page = checkInt(c.req.query('page'), 'page', 1, 100_000, 1)
    if (!page.ok) return problem(c, 'http/bad-request', page.message)
    return sendCached(c, ctx, HTML, () => {
      const catalog = ctx.service.catalog()
      const matching = filterStories(catalog, filter)
      const stories = matching.slice((page.value - 1) * STORIES_PER_PAGE, page.value * STORIES_PER_PAGE).map((e) => e.item)
      return String(renderStoryListPage({ stories, matching: matching.length, total: catalog.stories.length, filter, topics: catalog.topics, page: page.value, perPage: STORIES_PER_PAGE }))
    })
  })

  app.get('/stories.atom', (c) => sendCached(c, ctx, ATOM, () => storiesFeed(ctx.service.catalog().stories, origin(c))))

  app.get('/stories/:id', (c) => {
    const isFeed = c.req.param('id').endsWith('.atom')
    const entry = findStory(c, ctx, isFeed ? '.atom' : '')
    if (entry instanceof Response) return entry
    if (isFeed) return sendCached(c, ctx, ATOM, () => storyFeed(entry, origin(c)))
    return sendCached(c, ctx, HTML, () => {
      const catalog = ctx.service.catalog()
      const articles = entry.articleIds.flatMap((a) => catalog.article(a) ?? [])
      return String(renderStoryPage({ entry, articles, linker: createLinker(entry.digest, catalog.analysis), isEntity: (name) => catalog.entity(name) !== undefined }))
    })
  })

  app.get('/articles/:id', async (c) => {
    const id = checkId(c.req.param('id'), 'article')
    if (!id.ok) return problem(c, 'http/bad-request', id.message)
    const generation = ctx.service.catalog().generation
    const cached = ctx.cache.get(cacheKey(c), generation)
    if (cached !== undefined) return respond(c, cached)
    const view = await loadArticleView(ctx.service, id.value)
    if (view === undefined) return problem(c, 'http/not-found', `no article ${JSON.stringify(id.value)}`)
    return respond(c, storePage(c, ctx, generation, HTML, String(renderArticlePage(view))))
  })

  app.get('/entities', (c) => sendCached(c, ctx, HTML, () => String(renderEntityIndexPage(ctx.service.catalog().entities))))

  app.get('/entities/:id', (c) => {
    const found = findEntity(c, ctx)
    if (found instanceof Response) return found
    return sendCached(c, ctx, HTML, () => {
      const catalog = ctx.service.catalog()
      const linkerOf = (storyId: string) => createLinker(catalog.story(storyId)?.digest, catalog.analysis)
      return String(renderEntityPage({ ...found, linkerOf }))
    })
  })

  app.get('/search', async (c) => {
    // the search box submitted empty: back to the story list (which carries the box), not a JSON error
    if ((c.req.query('q') ?? '').trim() === '') return c.redirect('/', 303)
    const q = checkQuery(c.req.query('q'))
    if (!q.ok) return problem(c, 'http/bad-request', q.message)
    const hits = await searchWithStories(ctx.service, q.value, SEARCH_LIMIT)
    return c.html(String(renderSearchPage({ query: q.value, hits })))
  })
}

/** Serve the page for this URL from the cache, rendering it on a miss; answers 304 to a matching If-None-Match. */
export function sendCached(c: Context, ctx: RouteContext, contentType: string, render: () => string): Response {
  const generation = ctx.service.catalog().generation
  return respond(c, ctx.cache.get(cacheKey(c), generation) ?? storePage(c, ctx, generation, contentType, render()))
}

function storePage(c: Context, ctx: RouteContext, generation: number, contentType: string, body: string): CachedPage {
  const key = cacheKey(c)
  const page = { body: ENCODER.encode(body), etag: `"g${generation}-${hashKey(key)}"`, contentType }
  ctx.cache.set(key, generation, page)
  return page
}

function respond(c: Context, page: CachedPage): Response {
  const headers = { 'Content-Type': page.contentType, ETag: page.etag, 'Cache-Control': 'no-cache' }
  if (c.req.header('if-none-match') === page.etag) return c.body(null, 304, headers)
  return c.body(page.body, 200, headers)
}

function cacheKey(c: Context): string {
  const url = c.req.url
  const i = url.indexOf('/', url.indexOf('//') + 2)
  return i < 0 ? '/' : url.slice(i)
}

function hashKey(key: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(36)
}

function origin(c: Context): string {
  return new URL(c.req.url).origin
}
