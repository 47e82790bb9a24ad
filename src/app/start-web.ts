/**
 * @module app/start-web
 * Start the web app over a store: load the catalog, build the Hono app (renderers, token from
 * `$MATOME_TOKEN`, pino logger) and listen. Used by `matome serve` and `matome demo`.
 */
import type { Logger } from 'pino'
import { loadTokenizer } from '../runtime/load-tokenizer.ts'
import type { Repository } from '../store/repository.ts'
import { createHttpApp } from '../http/app.ts'
import { startServer, type RunningServer } from '../http/serve.ts'
import { DIGEST_RENDERERS } from './renderers.ts'
import { createAppService, type AppService } from './service.ts'
import { rebuild } from './rebuild.ts'

export type StartWebOptions = {
  readonly port: number
  readonly host: string
  readonly logger: Logger
  /** bearer token for POST /api/articles (default `$MATOME_TOKEN`; ingest is refused without one) */
  readonly token?: string | undefined
  /** bring stories up to date first when articles were ingested since the last rebuild (default true) */
  readonly rebuild?: boolean
}

/** True when some article has no analysis yet, or there are analyses but no stories. */
export async function needsRebuild(repository: Repository): Promise<boolean> {
  if ((await repository.listUnanalyzed(1)).length > 0) return true
  const counts = await repository.counts()
  return counts.stories === 0 && counts.analyses > 0
}

/** Serve the store; resolves once listening. */
export async function startWeb(repository: Repository, options: StartWebOptions): Promise<RunningServer & { readonly service: AppService }> {
  if (options.rebuild !== false && (await needsRebuild(repository))) {
    options.logger.info('articles without analysis or stories: rebuilding before serving')
    const report = await rebuild(repository, { tokenizer: await loadTokenizer() })
    options.logger.info(report, 'rebuilt')
  }
  const service = await createAppService(repository, { tokenizer: loadTokenizer })
  const token = options.token ?? process.env['MATOME_TOKEN']
  const app = createHttpApp({ service, token, renderers: DIGEST_RENDERERS, logger: options.logger })
  const server = await startServer(app, { port: options.port, host: options.host })
  options.logger.info({ url: server.url, stories: service.catalog().stories.length, ingest: token !== undefined && token !== '' }, 'serving')
  return { ...server, service }
}
