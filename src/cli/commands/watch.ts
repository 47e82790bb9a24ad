/**
 * @module cli/commands/watch
 * `matome watch --feed URL… [--every 10m] [--once]` — poll feeds with ETag / If-Modified-Since,
 * spacing requests per host and backing off exponentially on errors; new items go to the store.
 * One status line per poll. Ctrl-C stops after the current poll. With `--queue` (PostgreSQL only)
 * each poll's new items are queued as `analyze` jobs for `matome worker`, which then rebuilds.
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { formatDuration, parseDuration } from '../../ingest/duration.ts'
import { watchFeeds, type PollStatus } from '../../ingest/watch.ts'
import { openStore } from '../../app/open-store.ts'
import { startBoss } from '../../jobs/boss.ts'
import { enqueueAnalyses } from '../../jobs/handlers.ts'
import { addExamples } from '../help.ts'
import { queueUrl } from './worker.ts'

type WatchCliOptions = { feed: string[]; every: string; once?: boolean; allowPrivateNetwork?: boolean; hostSpacing: string; timeout: string; json?: boolean; queue?: boolean }

/** The status line of one poll. */
export function statusLine(s: PollStatus): string {
  const what =
    s.outcome === 'failed' ? `failed ${s.error ?? ''}` : s.outcome === 'not-modified' ? 'not modified' : `new ${s.ingested} · unchanged ${s.unchanged} · dup ${s.duplicates} · rejected ${s.rejected}`
  const queued = s.analyzeJobs === undefined ? '' : ` · queued ${s.analyzeJobs} analyze job${s.analyzeJobs === 1 ? '' : 's'}`
  return `${s.at} ${s.url} ${what}${queued} · next in ${formatDuration(s.nextInMs)}`
}

function duration(name: string, text: string): number {
  const ms = parseDuration(text)
  if (ms === null || ms < 0) throw new MatomeError('cli/usage', `--${name} must be a duration like 10m, got ${JSON.stringify(text)}`)
  return ms
}

export function register(program: Command): void {
  const command = program
    .command('watch')
    .description('poll feeds and store new items (ETag / If-Modified-Since, back-off on errors)')
    .requiredOption('--feed <url...>', 'feed URLs (RSS 1.0/2.0, Atom)')
    .option('--every <duration>', 'poll interval per feed', '10m')
    .option('--once', 'poll every feed once and exit')
    .option('--host-spacing <duration>', 'minimum gap between requests to one host', '2s')
    .option('--timeout <duration>', 'per request timeout', '15s')
    .option('--allow-private-network', 'allow URLs on private, loopback and link-local addresses')
    .option('--json', 'one JSON line per poll instead of a text line')
    .option('--queue', 'PostgreSQL only: queue the new items of each poll as analyze jobs for `matome worker` (which then rebuilds)')
    .action(async (opts: WatchCliOptions, command: Command) => {
      const everyMs = duration('every', opts.every)
      if (everyMs < 1000) throw new MatomeError('cli/usage', '--every must be at least 1s')
      const globals = command.optsWithGlobals<{ db?: string }>()
      const boss = opts.queue === true ? await startBoss({ url: queueUrl(globals.db, 'watch --queue') }) : undefined
      const repository = openStore(globals.db)
      const controller = new AbortController()
      const stop = (): void => controller.abort()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      try {
        await watchFeeds(opts.feed, {
          repository,
          everyMs,
          hostSpacingMs: duration('host-spacing', opts.hostSpacing),
          timeoutMs: duration('timeout', opts.timeout),
          signal: controller.signal,
          ...(opts.once === true ? { once: true } : {}),
          ...(opts.allowPrivateNetwork === true ? { allowPrivateNetwork: true } : {}),
          ...(boss === undefined ? {} : { onIngested: (ids: readonly string[]) => enqueueAnalyses((queue, data, after) => boss.send(queue, data, after === undefined ? {} : { startAfter: after }), ids) }),
          onStatus: (s) => process.stdout.write(opts.json === true ? `${JSON.stringify(s)}\n` : `${statusLine(s)}\n`),
        })
      } finally {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        await repository.close()
        await boss?.stop({ graceful: false })
      }
    })
  addExamples(command, [
    'matome watch --feed https://example.jp/rss.xml                 # every 10 minutes until Ctrl-C',
    'matome watch --feed https://a.example/rss https://b.example/atom --every 5m',
    'matome watch --once --json --feed https://example.jp/rss.xml | jq .outcome',
    'matome --db postgres://matome@db/matome watch --queue --feed https://example.jp/rss.xml   # workers analyse and rebuild',
  ], 'New items are stored only; `matome serve --refresh 60` or `matome stories --rebuild` builds their stories (with --queue: `matome worker`).')
}
