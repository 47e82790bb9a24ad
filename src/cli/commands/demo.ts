/**
 * @module cli/commands/demo
 * `matome demo [--no-serve] [--out out] [--port 8080]` — a fresh store from the bundled demo
 * corpus: ingest, stories, digests, files in `out/`, then the web app (its URL is printed).
 */
import path from 'node:path'
import type { Command } from 'commander'
import { buildDemo } from '../../app/demo.ts'
import { createLogger, ttyProgress } from '../../app/logger.ts'
import { startWeb } from '../../app/start-web.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { parsePort, waitForSignal } from './serve.ts'
import { addExamples } from '../help.ts'

type DemoOptions = { serve: boolean; out: string; port: string; host: string; json?: boolean }

export function register(program: Command): void {
  const command = program
    .command('demo')
    .description('build digests of the bundled demo corpus into out/ and serve them')
    .option('--no-serve', 'build everything, but do not start the web app (CI)')
    .option('--out <dir>', 'output folder (the store is <dir>/demo.db unless --db is given)', 'out')
    .option('--port <port>', 'TCP port of the web app (0 = any free port)', process.env['PORT'] ?? '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--json', 'print the summary as one JSON line')
    .action(async (opts: DemoOptions, command: Command) => {
      const port = parsePort(opts.port)
      const globals = command.optsWithGlobals<{ db?: string }>()
      const outDir = path.resolve(opts.out)
      const started = performance.now()
      const demo = await buildDemo({
        outDir,
        ...(globals.db === undefined ? {} : { dbPath: path.resolve(globals.db) }),
        tokenizer: await loadTokenizer(),
        progress: ttyProgress('demo'),
      })
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const summary = {
        db: demo.dbPath,
        out: outDir,
        articles: demo.rebuild.articles,
        ingested: demo.ingest.ingested,
        sameInputTwice: demo.ingest.duplicates,
        rejected: demo.ingest.rejected,
        duplicateGroups: demo.rebuild.duplicateGroups,
        stories: demo.rebuild.stories,
        digests: demo.rebuild.digestsBuilt + demo.rebuild.digestsKept,
        files: demo.files.length,
        seconds: Number(seconds),
      }
      if (opts.json === true) process.stdout.write(JSON.stringify(summary) + '\n')
      else {
        process.stdout.write(
          `matome demo: ${summary.articles} articles (${summary.rejected} rejected), ${summary.duplicateGroups} duplicate groups, ${summary.stories} stories, ${summary.digests} digests in ${seconds} s\n` +
            `  store: ${summary.db}\n  files: ${path.join(outDir, 'index.html')} (+${summary.files - 1} more in ${outDir})\n`,
        )
        for (const { item } of demo.catalog.stories.slice(0, 10)) process.stdout.write(`  · ${item.headline}（${item.sourceCount}媒体/${item.articleCount}本）\n`)
        if (demo.catalog.stories.length > 10) process.stdout.write(`  … and ${demo.catalog.stories.length - 10} more (see index.html)\n`)
      }
      if (!opts.serve) {
        await demo.repository.close()
        return
      }
      const server = await startWeb(demo.repository, { port, host: opts.host, logger: createLogger() })
      process.stdout.write(`\nmatome: open ${server.url}/ in a browser (Ctrl+C to stop)\n`)
      await waitForSignal()
      await server.close()
      await demo.repository.close()
    })
  addExamples(command, [
    'npm run demo',
    'npm run demo -- --no-serve',
    'matome demo --out /tmp/demo --port 0',
    'matome demo --no-serve --json | jq .stories',
  ], 'The demo always starts a fresh store: <out>/demo.db, or --db PATH (never $MATOME_DB, so a real store is not wiped).')
}
