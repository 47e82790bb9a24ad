/**
 * @module app/start-web
 * Start the web app over a store: load the catalog, build the Hono app (renderers, token from
 * `$MATOME_TOKEN`, pino logger) and listen; every few seconds, follow stories another process rebuilt
 * (`AppService.follow`). Used by `matome serve` and `matome demo`.
 */
import type { Logger } from 'pino'
import { loadTokenizer } from '../runtime/load-tokenizer.ts'
import type { Repository } from '../store/repository.ts'
import { createHttpApp } from '../http/app.ts'
import { startServer, type RunningServer } from '../http/serve.ts'
import { DIGEST_RENDERERS } from './renderers.ts'
import { createAppService, type AppService } from './service.ts'

export type StartWebOptions = {
  readonly port: number
  readonly host: string
  readonly logger: Logger
  /** bearer token for POST /api/articles (default `$MATOME_TOKEN`; ingest is refused without one) */
  readonly token?: string | undefined
  /** bring stories up to date first when articles were ingested since the last rebuild (default true) */
  readonly rebuild?: boolean
  /** then check every this many seconds for articles stored by others (matome ingest, watch); 0 = never (default) */
  readonly refreshSeconds?: number
  /** check every this many seconds whether another process rebuilt the stored stories, and reload them (one small query); 0 = never; default 5 */
  readonly followSeconds?: number
}

/** How often the served catalog checks the store for stories rebuilt by another process. */
export const DEFAULT_FOLLOW_SECONDS = 5

/** Serve the store; resolves once listening. */
export async function startWeb(repository: Repository, options: StartWebOptions): Promise<RunningServer & { readonly service: AppService }> {
  const service = await createAppService(repository, { tokenizer: loadTokenizer })
  const refresh = async (): Promise<void> => {
    const report = await service.refresh()
    if (report !== undefined) options.logger.info(report, 'rebuilt stories and digests')
  }
  if (options.rebuild !== false) await refresh()
  const every = options.refreshSeconds ?? 0
  const timer = every > 0 && options.rebuild !== false ? setInterval(() => void refresh().catch((err: unknown) => options.logger.error({ err }, 'refresh failed')), every * 1000) : undefined
  timer?.unref()
  const followEvery = options.followSeconds ?? DEFAULT_FOLLOW_SECONDS
  let following = false
  const followTimer = followEvery > 0
    ? setInterval(() => {
        if (following) return
        following = true
        service
          .follow()
          .then((reloaded) => {
            if (reloaded) options.logger.info({ stories: service.catalog().stories.length }, 'reloaded stories rebuilt by another process')
          })
          .catch((err: unknown) => options.logger.error({ err }, 'follow failed'))
          .finally(() => {
            following = false
          })
      }, followEvery * 1000)
    : undefined
  followTimer?.unref()
  const token = options.token ?? process.env['MATOME_TOKEN']
  const app = createHttpApp({ service, token, renderers: DIGEST_RENDERERS, logger: options.logger })
  const server = await startServer(app, { port: options.port, host: options.host })
  options.logger.info({ url: server.url, stories: service.catalog().stories.length, ingest: token !== undefined && token !== '' }, 'serving')
  return {
    ...server,
    service,
    close: async () => {
      if (timer !== undefined) clearInterval(timer)
      if (followTimer !== undefined) clearInterval(followTimer)
      await server.close()
    },
  }
}
