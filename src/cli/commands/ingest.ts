/**
 * @module cli/commands/ingest
 * `matome ingest <path|url|->…` — read files, folders, feeds, pages and JSONL (stdin with `-`),
 * store every article (raw input and extracted text) and every rejection, never stopping on a bad
 * item; idempotent on re-run. Ends with a summary (ingested / unchanged / duplicates / rejected by
 * reason); `--json` prints it as one JSON object. Progress is drawn only on a TTY.
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { parseDuration } from '../../ingest/duration.ts'
import { ingestSources } from '../../ingest/ingest-sources.ts'
import { createProgressReporter, formatSummary } from '../../ingest/progress.ts'
import { resolveDbPath } from '../../store/db-path.ts'
import { openSqliteRepository } from '../../store/sqlite/sqlite-repository.ts'

type IngestCliOptions = { json?: boolean; allowPrivateNetwork?: boolean; fetch: boolean; timeout: string; quiet?: boolean }

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read files, folders, feeds, pages or JSONL (- for stdin) into the store')
    .argument('<sources...>', 'paths (files or folders), http(s) URLs, or - for JSONL on stdin')
    .option('--json', 'print the summary as JSON')
    .option('--allow-private-network', 'allow URLs on private, loopback and link-local addresses')
    .option('--no-fetch', 'never use the network (URLs are rejected; feed items keep their summary)')
    .option('--timeout <duration>', 'per request timeout (e.g. 15s)', '15s')
    .option('-q, --quiet', 'no progress, only the summary')
    .action(async (sources: string[], opts: IngestCliOptions, command: Command) => {
      const timeoutMs = parseDuration(opts.timeout)
      if (timeoutMs === null || timeoutMs <= 0) throw new MatomeError('cli/usage', `--timeout must be a duration like 15s, got ${JSON.stringify(opts.timeout)}`)
      if (sources.filter((s) => s === '-').length > 1) throw new MatomeError('cli/usage', 'stdin (-) can be read only once')
      const globals = command.optsWithGlobals<{ db?: string }>()
      const repository = openSqliteRepository({ path: resolveDbPath(globals.db) })
      const reporter = opts.json === true || opts.quiet === true ? undefined : createProgressReporter(process.stdout, process.stderr)
      try {
        const summary = await ingestSources(sources, {
          repository,
          timeoutMs,
          network: opts.fetch,
          ...(opts.allowPrivateNetwork === true ? { allowPrivateNetwork: true } : {}),
          ...(reporter ? { onProgress: reporter.onProgress } : {}),
        })
        reporter?.end()
        if (opts.json === true) {
          const { insertedIds: _ids, rejections, ...counts } = summary
          process.stdout.write(`${JSON.stringify({ ...counts, rejections: rejections.map((r) => ({ item: r.item, reason: r.reason, detail: r.detail })) })}\n`)
        } else {
          process.stdout.write(formatSummary(summary))
        }
      } finally {
        await repository.close()
      }
    })
}
