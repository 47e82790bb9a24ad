/**
 * @module cli/commands/serve
 * `matome serve [--port 8080] [--host 127.0.0.1]` — the web app, JSON API and Atom feeds over the
 * store, rebuilding stories first when articles were ingested since the last rebuild. POST
 * /api/articles is enabled only when `$MATOME_TOKEN` is set.
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { createLogger } from '../../app/logger.ts'
import { openStore } from '../../app/open-store.ts'
import { startWeb } from '../../app/start-web.ts'
import { addExamples } from '../help.ts'

type ServeOptions = { port: string; host: string; rebuild: boolean; refresh: string }

/** Parse a TCP port (0 = any free port). */
export function parsePort(raw: string): number {
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port > 65535) throw new MatomeError('cli/usage', `--port must be an integer 0–65535, got ${JSON.stringify(raw)}`)
  return port
}

export function register(program: Command): void {
  const command = program
    .command('serve')
    .description('serve the web app, JSON API and Atom feeds over the store')
    .option('--port <port>', 'TCP port (0 = any free port)', process.env['PORT'] ?? '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--no-rebuild', 'serve as stored, even when articles were ingested since the last rebuild')
    .option('--refresh <seconds>', 'check for newly ingested articles (matome ingest / watch) and rebuild every N seconds; 0 = never', '60')
    .action(async (opts: ServeOptions, command: Command) => {
      const port = parsePort(opts.port)
      const refreshSeconds = Number(opts.refresh)
      if (!/^\d+$/.test(opts.refresh)) throw new MatomeError('cli/usage', `--refresh must be a whole number of seconds, got ${JSON.stringify(opts.refresh)}`)
      const globals = command.optsWithGlobals<{ db?: string }>()
      const repository = openStore(globals.db)
      const logger = createLogger()
      const server = await startWeb(repository, { port, host: opts.host, logger, rebuild: opts.rebuild, refreshSeconds })
      process.stdout.write(`matome: serving on ${server.url}/\n`)
      await waitForSignal()
      await server.close()
      await repository.close()
    })
  addExamples(command, [
    'matome serve',
    'matome --db out/demo.db serve --port 3000',
    'MATOME_TOKEN=secret matome serve --host 0.0.0.0    # also accept POST /api/articles',
    'matome watch --feed https://example.jp/rss.xml & matome serve --refresh 30',
  ], 'Environment: MATOME_DB, MATOME_TOKEN, MATOME_LOG_LEVEL, PORT')
}

/** Resolve on SIGINT or SIGTERM. */
export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done)
      process.off('SIGTERM', done)
      resolve()
    }
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })
}
