/**
 * @module http/app
 * The Hono app: server-rendered pages (work without JavaScript), the JSON API, Atom feeds and the
 * OpenAPI document, behind one set of safeguards — a strict Content-Security-Policy (no inline
 * script or style), request body limits, JSON errors with a code and never a stack trace.
 * Tested with `app.request()`; served by `http/serve.ts`.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Logger } from 'pino'
import type { AppService } from '../app/service.ts'
import type { DigestRenderers } from '../app/renderers.ts'
import { STYLESHEET } from '../web/style.ts'
import { STYLESHEET_PATH } from '../web/layout.ts'
import { registerApiRoutes } from './routes-api.ts'
import { registerPageRoutes } from './routes-pages.ts'
import { createPageCache, type PageCache } from './page-cache.ts'
import { problem } from './problem.ts'


export type HttpAppOptions = {
  readonly service: AppService
  /** bearer token for POST /api/articles; ingest is refused when absent */
  readonly token?: string | undefined
  readonly renderers?: DigestRenderers
  readonly logger?: Logger
  /** largest accepted request body in bytes (default 1 MiB) */
  readonly maxBodyBytes?: number
  readonly cache?: PageCache
}

/** Everything a route handler needs. */
export type RouteContext = {
  readonly service: AppService
  readonly token: string | undefined
  readonly renderers: DigestRenderers
  readonly cache: PageCache
}

/** Headers on every response: a strict CSP (no script at all, styles only from our stylesheet) and the usual hardening. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
]

/** Default request body limit (bytes). */
export const MAX_BODY_BYTES = 1024 * 1024

/** Build the app. */
export function createHttpApp(options: HttpAppOptions): Hono {
  const app = new Hono()
  const ctx: RouteContext = {
    service: options.service,
    token: options.token === '' ? undefined : options.token,
    renderers: options.renderers ?? {},
    cache: options.cache ?? createPageCache(),
  }
  const maxSize = options.maxBodyBytes ?? MAX_BODY_BYTES

  app.use(async (c, next) => {
    await next()
    for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value)
  })
  app.use(
    '*',
    bodyLimit({ maxSize, onError: (c) => problem(c, 'http/too-large', `request body exceeds ${maxSize} bytes`) }),
  )

  app.get('/healthz', (c) => {
    const catalog = ctx.service.catalog()
    return c.json({ ok: true, stories: catalog.stories.length, generation: catalog.generation })
  })
  app.get(STYLESHEET_PATH, (c) => {
    c.header('Cache-Control', 'public, max-age=86400')
    return c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8' })
  })

  registerApiRoutes(app, ctx)
  registerPageRoutes(app, ctx)

  app.notFound((c) => problem(c, 'http/not-found', `no route for ${c.req.method} ${new URL(c.req.url).pathname}`))
  app.onError((error, c) => {
    options.logger?.error({ err: error, method: c.req.method, url: c.req.url }, 'request failed')
    return problem(c, 'http/internal', 'internal error (logged on the server)')
  })
  return app
}
