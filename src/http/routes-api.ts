/**
 * @module http/routes-api
 * The JSON API under `/api/`: stories, a story's digest in every format, articles, entities,
 * search, ingest (bearer token) and the OpenAPI document. Errors are `{"error": {"code", "message"}}`.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Hono } from 'hono'
import type { Article } from '../core/article.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import { parseArticleObject } from '../core/parse-article.ts'
import { filterStories } from '../app/filter-stories.ts'
import type { RouteContext } from './app.ts'
import { loadArticleView, searchWithStories } from './article-data.ts'
import { OPENAPI_DOCUMENT } from './openapi.ts'
import { checkId, checkInt, checkQuery } from './params.ts'
import { problem } from './problem.ts'
import { findEntity, findStory, readStoryFilter } from './lookup.ts'
import { sendCached } from './routes-pages.ts'

/** Most articles accepted by one POST. */
export const MAX_POST_ARTICLES = 500
const JSON_TYPE = 'application/json; charset=utf-8'
const FORMATS = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', seed: 'text/plain; charset=utf-8' } as const

/** Register every `/api/` route. */
export function registerApiRoutes(app: Hono, ctx: RouteContext): void {
  app.get('/api/openapi.json', (c) => c.json(OPENAPI_DOCUMENT))

  app.get('/api/stories', (c) => {
    const filter = readStoryFilter(c)
    if (filter instanceof Response) return filter
    const limit = checkInt(c.req.query('limit'), 'limit', 1, 200, 50)
    const offset = checkInt(c.req.query('offset'), 'offset', 0, 1_000_000, 0)
    for (const checked of [limit, offset]) if (!checked.ok) return problem(c, 'http/bad-request', checked.message)
    const all = filterStories(ctx.service.catalog(), filter)
    const start = offset.ok ? offset.value : 0
    const stories = all.slice(start, start + (limit.ok ? limit.value : 50)).map((e) => e.item)
    return c.json({ total: all.length, offset: start, stories })
  })

  app.get('/api/topics', (c) => c.json({ topics: ctx.service.catalog().topics }))

  app.get('/api/stories/:id', (c) => {
    const found = findStory(c, ctx)
    if (found instanceof Response) return found
    return sendCached(c, ctx, JSON_TYPE, () => {
      const catalog = ctx.service.catalog()
      const background = new Set(found.digest?.background.map((b) => b.id) ?? [])
      const articles = found.articleIds.flatMap((id) => {
        const a = catalog.article(id)
        return a === undefined ? [] : [{ id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt, url: a.url, background: background.has(a.id) }]
      })
      return JSON.stringify({ story: found.item, digest: found.digest ?? null, articles })
    })
  })

  app.get('/api/stories/:id/digest', (c) => {
    const format = c.req.query('format') ?? 'json'
    if (format !== 'json' && !(format in FORMATS)) return problem(c, 'http/bad-request', `"format" must be json, md, html or seed, got ${JSON.stringify(format.slice(0, 20))}`)
    const found = findStory(c, ctx)
    if (found instanceof Response) return found
    if (found.digest === undefined) return problem(c, 'http/not-found', `story ${JSON.stringify(found.item.id)} has no digest yet`)
    const digest = found.digest
    if (format === 'json') return sendCached(c, ctx, JSON_TYPE, () => JSON.stringify(digest))
    const key = format as keyof typeof FORMATS
    const render = ctx.renderers[key]
    if (render === undefined) return problem(c, 'http/not-found', `format ${format} is not available on this server`)
    return c.body(render(found.digest), 200, { 'Content-Type': FORMATS[key] })
  })

  app.get('/api/articles/:id', async (c) => {
    const id = checkId(c.req.param('id'), 'article')
    if (!id.ok) return problem(c, 'http/bad-request', id.message)
    const view = await loadArticleView(ctx.service, id.value)
    if (view === undefined) return problem(c, 'http/not-found', `no article ${JSON.stringify(id.value)}`)
    const withTokens = c.req.query('tokens') === '1'
    return c.json({
      article: view.article,
      analysis: view.doc === undefined ? null : withTokens ? view.doc : withoutTokens(view.doc),
      stories: view.stories,
      cites: view.cites,
      copies: view.copies.map((a) => ({ id: a.id, title: a.title, source: a.source, publishedAt: a.publishedAt, url: a.url })),
    })
  })

  app.get('/api/entities/:id', (c) => {
    const found = findEntity(c, ctx)
    return found instanceof Response ? found : c.json(found)
  })

  app.get('/api/search', async (c) => {
    const q = checkQuery(c.req.query('q'))
    if (!q.ok) return problem(c, 'http/bad-request', q.message)
    const limit = checkInt(c.req.query('limit'), 'limit', 1, 100, 20)
    if (!limit.ok) return problem(c, 'http/bad-request', limit.message)
    return c.json({ query: q.value, hits: await searchWithStories(ctx.service, q.value, limit.value) })
  })

  app.post('/api/articles', async (c) => {
    if (ctx.token === undefined) return problem(c, 'http/ingest-disabled', 'ingest over HTTP is disabled: start the server with MATOME_TOKEN set')
    if (!isAuthorized(c.req.header('authorization'), ctx.token)) {
      c.header('WWW-Authenticate', 'Bearer realm="matome"')
      return problem(c, 'http/unauthorized', 'expected "Authorization: Bearer <MATOME_TOKEN>"')
    }
    let payload: unknown
    try {
      payload = await c.req.json()
    } catch {
      return problem(c, 'http/bad-request', 'the body is not valid JSON')
    }
    const items = Array.isArray(payload) ? payload : isObject(payload) && Array.isArray(payload['articles']) ? payload['articles'] : [payload]
    if (items.length === 0) return problem(c, 'http/bad-request', 'expected at least one article')
    if (items.length > MAX_POST_ARTICLES) return problem(c, 'http/bad-request', `at most ${MAX_POST_ARTICLES} articles per request, got ${items.length}`)
    const accepted: Article[] = []
    const rejected: { index: number; id?: string; error: { code: string; message: string } }[] = []
    items.forEach((item: unknown, index: number) => {
      const parsed = parseArticleObject(item, `request:${index}`)
      if (parsed.ok) accepted.push(parsed.value)
      else rejected.push({ index, ...(parsed.id === undefined ? {} : { id: parsed.id }), error: { code: parsed.reason, message: `${parsed.item}: ${parsed.detail}` } })
    })
    if (accepted.length === 0) return c.json({ results: [], rejected }, 400)
    const { results, rebuild } = await ctx.service.addArticles(accepted, 'http:POST /api/articles')
    return c.json({ results, rejected, rebuild })
  })
}

/** Constant-time comparison of the bearer token (hashes, so lengths never leak). */
export function isAuthorized(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '')
  if (match?.[1] === undefined) return false
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(match[1].trim()), digest(token))
}

function withoutTokens(doc: AnalyzedDoc): AnalyzedDoc {
  const { tokens: _tokens, ...layers } = doc.layers
  return { ...doc, layers }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
