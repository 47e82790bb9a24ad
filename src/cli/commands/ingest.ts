/**
 * @module cli/commands/ingest
 * `matome ingest <path|url|->…` — read files, folders, feeds, pages and JSONL (stdin with `-`),
 * store every article (raw input and extracted text) and every rejection, never stopping on a bad
 * item; idempotent on re-run. Then, unless `--no-rebuild`, the app layer's rebuild (analysis,
 * duplicates, stories, digests) leaves the store ready to read. Ends with a summary (ingested /
 * unchanged / duplicates / rejected by reason, and what the rebuild did); `--json` prints it as
 * one JSON object. Progress is drawn on stderr, only on a TTY. With `--queue` (PostgreSQL only) it
 * only queues one `ingest` job per source (a folder: per file) for `matome worker` (see jobs/) and
 * prints the job ids.
 */
import { Writable } from 'node:stream'
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { parseDuration } from '../../ingest/duration.ts'
import { ingestSources, type IngestSummary } from '../../ingest/ingest-sources.ts'
import { createProgressReporter, formatSummary } from '../../ingest/progress.ts'
import { ttyProgress } from '../../app/logger.ts'
import { openStore } from '../../app/open-store.ts'
import type { RebuildReport } from '../../app/rebuild.ts'
import { rebuildIfDue } from '../../app/service.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { enqueueSources, startBoss } from '../../jobs/boss.ts'
import { addExamples } from '../help.ts'
import { queueUrl } from './worker.ts'

/** Where plain progress lines go when stderr is not a terminal. */
const DISCARD = new Writable({ write: (_chunk, _encoding, done) => done() })

type IngestCliOptions = { json?: boolean; allowPrivateNetwork?: boolean; fetch: boolean; rebuild: boolean; timeout: string; quiet?: boolean; queue?: boolean }

/** What the rebuild after an ingest did: ran (with its report), or why not. */
export type IngestRebuild = ({ readonly ran: true } & RebuildReport) | { readonly ran: false; readonly reason: 'no-rebuild' | 'up-to-date' }

/** The `--json` summary: the ingest counts, the rejections and the rebuild. */
export function jsonSummary(summary: IngestSummary, rebuilt: IngestRebuild): Record<string, unknown> {
  const { insertedIds: _ids, rejections, ...counts } = summary
  return { ...counts, rejections: rejections.map((r) => ({ item: r.item, reason: r.reason, detail: r.detail })), rebuild: rebuilt }
}

/** The human line about the rebuild. */
export function rebuildLine(rebuilt: IngestRebuild): string {
  if (!rebuilt.ran) {
    return rebuilt.reason === 'no-rebuild'
      ? 'rebuild: skipped (--no-rebuild); run `matome stories --rebuild` before reading\n'
      : 'rebuild: stories already up to date\n'
  }
  const failed = rebuilt.analysisFailed > 0 ? ` (${rebuilt.analysisFailed} failed)` : ''
  return (
    `rebuild: analysed ${rebuilt.analyzed}${failed} · ${rebuilt.duplicateGroups} duplicate groups · ${rebuilt.stories} stories · ` +
    `digests ${rebuilt.digestsBuilt} built, ${rebuilt.digestsKept} kept, ${rebuilt.digestFailed} failed\n`
  )
}

export function register(program: Command): void {
  const command = program
    .command('ingest')
    .description('read files, folders, feeds, pages or JSONL (- for stdin) into the store, then rebuild stories and digests')
    .argument('<sources...>', 'paths (files or folders), http(s) URLs, or - for JSONL on stdin')
    .option('--json', 'print the summary as one JSON object')
    .option('--allow-private-network', 'allow URLs on private, loopback and link-local addresses')
    .option('--no-fetch', 'never use the network (URLs are rejected; feed items keep their summary)')
    .option('--no-rebuild', 'only store; do not analyse, group, cluster and digest afterwards')
    .option('--timeout <duration>', 'per request timeout (e.g. 15s)', '15s')
    .option('-q, --quiet', 'no progress, only the summary')
    .option('--queue', 'PostgreSQL only: queue one job per source (a folder: per file) for `matome worker` instead of reading now')
    .action(async (sources: string[], opts: IngestCliOptions, command: Command) => {
      const timeoutMs = parseDuration(opts.timeout)
      if (timeoutMs === null || timeoutMs <= 0) throw new MatomeError('cli/usage', `--timeout must be a duration like 15s, got ${JSON.stringify(opts.timeout)}`)
      if (sources.filter((s) => s === '-').length > 1) throw new MatomeError('cli/usage', 'stdin (-) can be read only once')
      const globals = command.optsWithGlobals<{ db?: string }>()
      if (opts.queue === true) {
        await queueSources(sources, queueUrl(globals.db, 'ingest --queue'), { network: opts.fetch, timeoutMs, ...(opts.allowPrivateNetwork === true ? { allowPrivateNetwork: true } : {}) }, opts.json === true)
        return
      }
      const repository = openStore(globals.db)
      const quiet = opts.json === true || opts.quiet === true
      // progress is drawn on stderr, and only on a terminal (stdout keeps the summary); rejections always reach stderr
      const reporter = quiet ? undefined : createProgressReporter(process.stderr.isTTY === true ? process.stderr : DISCARD, process.stderr)
      try {
        const summary = await ingestSources(sources, {
          repository,
          timeoutMs,
          network: opts.fetch,
          ...(opts.allowPrivateNetwork === true ? { allowPrivateNetwork: true } : {}),
          ...(reporter ? { onProgress: reporter.onProgress } : {}),
        })
        reporter?.end()
        let rebuilt: IngestRebuild = { ran: false, reason: 'no-rebuild' }
        if (opts.rebuild) {
          const report = await rebuildIfDue(repository, { tokenizer: () => loadTokenizer(), ...(quiet ? {} : { progress: ttyProgress('rebuild') }) })
          rebuilt = report === undefined ? { ran: false, reason: 'up-to-date' } : { ran: true, ...report }
        }
        if (opts.json === true) process.stdout.write(`${JSON.stringify(jsonSummary(summary, rebuilt))}\n`)
        else process.stdout.write(formatSummary(summary) + rebuildLine(rebuilt))
      } finally {
        await repository.close()
      }
    })
  addExamples(command, [
    'matome ingest data/demo                      # a folder: pages, feeds, text and JSONL files',
    'matome ingest https://example.jp/rss.xml     # a feed (each item\'s page is fetched)',
    'cat articles.jsonl | matome ingest -         # JSONL on stdin',
    'matome --db news.db ingest --json --no-rebuild pages/ | jq .rejectedByReason',
    'matome --db postgres://matome@db/matome ingest --queue https://example.jp/rss.xml   # for matome worker',
  ])
}

/** `--queue`: one `ingest` job per source (a folder: per file); prints the job ids (`--json`: one object). */
async function queueSources(sources: readonly string[], url: string, options: { network: boolean; timeoutMs: number; allowPrivateNetwork?: true }, json: boolean): Promise<void> {
  const boss = await startBoss({ url })
  try {
    const queued = await enqueueSources(boss, sources, options)
    if (json) process.stdout.write(`${JSON.stringify({ queued })}\n`)
    else process.stdout.write(`${queued.map((q) => `queued\t${q.job}\t${q.source}\n`).join('')}queued ${queued.length} sources for matome worker\n`)
  } finally {
    await boss.stop({ graceful: false })
  }
}
