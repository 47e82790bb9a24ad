/**
 * @module cli/commands/worker
 * `matome worker` — work the PostgreSQL job queues (`ingest`, `analyze`, `rebuild`; see jobs/)
 * until SIGINT/SIGTERM, or with `--until-drained` until no job is waiting or running. Needs
 * `--db postgres://…` (or `$MATOME_DB`). Run one per core, on as many machines as needed; queue
 * work with `matome ingest --queue`. `--failed` lists the jobs parked after their retries.
 */
import type { Command } from 'commander'
import { MatomeError } from '../../core/errors.ts'
import { createLogger } from '../../app/logger.ts'
import { failedJobs, startBoss } from '../../jobs/boss.ts'
import { runWorker } from '../../jobs/worker.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { resolveDbPath } from '../../store/db-path.ts'
import { isPostgresUrl, redactUrl } from '../../store/postgres/url.ts'
import { addExamples } from '../help.ts'
import { waitForSignal } from './serve.ts'

type WorkerCliOptions = { concurrency: string; debounce: string; untilDrained?: boolean; failed?: boolean; json?: boolean }

/** The PostgreSQL URL of `--db` / `$MATOME_DB`. @throws MatomeError('cli/usage') for a SQLite store */
export function queueUrl(db: string | undefined, what: string): string {
  const target = resolveDbPath(db)
  if (!isPostgresUrl(target)) throw new MatomeError('cli/usage', `${what} needs PostgreSQL: pass --db postgres://user@host/db (or set MATOME_DB); the store is ${target}`)
  return target
}

export function register(program: Command): void {
  const command = program
    .command('worker')
    .description('work the PostgreSQL job queues (ingest → analyze → rebuild) until stopped or drained')
    .option('--concurrency <n>', 'ingest and analyze jobs run at once in this process', '2')
    .option('--debounce <seconds>', 'a requested rebuild waits this long for more requests to join it', '5')
    .option('--until-drained', 'stop when no job is waiting or running')
    .option('--failed', 'list the jobs that failed after their retries (parked), then exit')
    .option('--json', 'with --failed: one JSON line per job')
    .action(async (opts: WorkerCliOptions, command: Command) => {
      const url = queueUrl(command.optsWithGlobals<{ db?: string }>().db, 'matome worker')
      const concurrency = Number(opts.concurrency)
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new MatomeError('cli/usage', `--concurrency must be a positive integer, got ${JSON.stringify(opts.concurrency)}`)
      const debounce = Number(opts.debounce)
      if (!/^\d+$/.test(opts.debounce)) throw new MatomeError('cli/usage', `--debounce must be a whole number of seconds, got ${JSON.stringify(opts.debounce)}`)
      if (opts.failed === true) {
        const boss = await startBoss({ url })
        try {
          for (const job of await failedJobs(boss)) {
            if (opts.json === true) process.stdout.write(`${JSON.stringify(job)}\n`)
            else process.stdout.write(`${job.completedOn ?? '-'}\t${job.queue}\t${job.id}\t${JSON.stringify(job.data)}\n\t${job.error}\n`)
          }
        } finally {
          await boss.stop({ graceful: false })
        }
        return
      }
      const logger = createLogger()
      const stop = new AbortController()
      void waitForSignal().then(() => stop.abort())
      logger.info({ db: redactUrl(url), concurrency }, 'worker started')
      const report = await runWorker({
        url, concurrency, rebuildDelay: debounce, untilDrained: opts.untilDrained === true, signal: stop.signal,
        tokenizer: () => loadTokenizer(),
        log: (event) => (event.status === 'completed' ? logger.info(event, 'job done') : logger.warn(event, 'job failed')),
      })
      const line = (counts: Record<string, number>): string => Object.entries(counts).map(([q, n]) => `${q} ${n}`).join(', ') || 'none'
      process.stdout.write(`worker: completed ${line(report.completed)}; failed attempts ${line(report.failed)}\n`)
    })
  addExamples(command, [
    'export MATOME_DB=postgres://matome@db.internal/matome',
    'matome worker --concurrency 2 &                # one per core, on every machine',
    'matome ingest --queue https://example.jp/rss.xml feeds/*.xml',
    'matome worker --until-drained                  # a batch run: stop when the queues are empty',
    'matome worker --failed                         # jobs parked after their retries, with their errors',
  ], 'Environment: MATOME_DB, MATOME_LOG_LEVEL')
}
