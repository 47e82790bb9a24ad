/**
 * @module jobs/worker
 * One worker process: works the `ingest`, `analyze` and `rebuild` queues (pg-boss) over the
 * PostgreSQL store until stopped (SIGINT/SIGTERM, an abort signal) or, with `untilDrained`, until
 * no job is waiting or running. Run as many processes, on as many machines, as the load needs:
 * pg-boss hands each job to one of them (SKIP LOCKED), the `rebuild` queue runs one rebuild at a
 * time across all of them, and the store serialises article writes.
 *
 * A job that throws is retried (with backoff) and, after its last retry, left `failed` with its
 * error and copied to the `parked` queue; the other jobs go on.
 */
import type { PgBoss } from 'pg-boss'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import type { RebuildStages } from '../app/stages.ts'
import type { Repository } from '../store/repository.ts'
import { openPostgresRepository } from '../store/postgres/postgres-repository.ts'
import { pendingJobs, startBoss, type Job } from './boss.ts'
import { handleAnalyze, handleIngest, handleRebuild, type JobContext } from './handlers.ts'
import { WORKED_QUEUES, type AnalyzeJobData, type IngestJobData, type RetryPolicy, type WorkedQueue } from './queues.ts'

export type WorkerOptions = RetryPolicy & {
  /** `postgres://…` for both the store and the queues */
  readonly url: string
  /** jobs of `ingest` and of `analyze` run at once in this process (default 2); rebuilds always one at a time */
  readonly concurrency?: number
  /** stop once every worked queue is empty and idle (tests, batch runs) */
  readonly untilDrained?: boolean
  /** stop when aborted (the CLI aborts on SIGINT / SIGTERM) */
  readonly signal?: AbortSignal
  readonly tokenizer: () => Promise<Tokenizer>
  /** the store (default: a PostgresRepository on `url`, closed at the end) */
  readonly repository?: Repository
  /** seconds between polls of an idle queue (default 1) */
  readonly pollSeconds?: number
  /** one line per finished or failed job */
  readonly log?: (event: WorkerEvent) => void
  /** replace pipeline stages (tests) */
  readonly stages?: Partial<RebuildStages>
  /** replace a handler (tests: a job that fails) */
  readonly handlers?: Partial<Record<WorkedQueue, (data: unknown, context: JobContext) => Promise<unknown>>>
}

export type WorkerEvent = {
  readonly queue: string
  readonly id: string
  readonly status: 'completed' | 'failed'
  readonly result?: unknown
  readonly error?: string
  /** the attempt (0 = first) */
  readonly retryCount: number
}

/** What one worker did. */
export type WorkerReport = { readonly completed: Record<string, number>; readonly failed: Record<string, number> }

/** Run a worker until stopped or drained. */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const retry = { ...(options.retryLimit === undefined ? {} : { retryLimit: options.retryLimit }), ...(options.retryDelay === undefined ? {} : { retryDelay: options.retryDelay }) }
  const boss = await startBoss({ url: options.url, ...retry })
  const ownStore = options.repository === undefined
  const repository = options.repository ?? openPostgresRepository({ url: options.url })
  const report: WorkerReport = { completed: {}, failed: {} }
  let tokenizer: Promise<Tokenizer> | undefined
  const context: JobContext = {
    repository,
    tokenizer: () => (tokenizer ??= options.tokenizer()),
    send: (queue, data, startAfterSeconds) => boss.send(queue, data, startAfterSeconds === undefined || startAfterSeconds <= 0 ? {} : { startAfter: startAfterSeconds }),
    pending: async (queue) => (await pendingJobs(boss))[queue] ?? 0,
    rebuildDelay: options.rebuildDelay ?? 5,
    ...(options.stages === undefined ? {} : { stages: options.stages }),
  }
  const handlers: Record<WorkedQueue, (data: unknown, context: JobContext) => Promise<unknown>> = {
    ingest: (data, ctx) => handleIngest(ctx, data as IngestJobData),
    analyze: (data, ctx) => handleAnalyze(ctx, data as AnalyzeJobData),
    rebuild: (_data, ctx) => handleRebuild(ctx),
    ...options.handlers,
  }
  const concurrency = Math.max(1, Math.trunc(options.concurrency ?? 2))
  const pollingIntervalSeconds = Math.max(0.5, options.pollSeconds ?? 1)
  try {
    for (const queue of WORKED_QUEUES) {
      const localConcurrency = queue === 'rebuild' ? 1 : concurrency
      await boss.work(queue, { localConcurrency, pollingIntervalSeconds }, async (jobs: Job<unknown>[]) => {
        // batchSize 1: one job per call, so one failure fails (and retries) only that job
        for (const job of jobs) {
          try {
            const result = await handlers[queue](job.data, context)
            bump(report.completed, queue)
            options.log?.({ queue, id: job.id, status: 'completed', result, retryCount: job.retryCount })
          } catch (error) {
            bump(report.failed, queue)
            options.log?.({ queue, id: job.id, status: 'failed', error: error instanceof Error ? error.message : String(error), retryCount: job.retryCount })
            throw error
          }
        }
      })
    }
    await waitUntilDone(boss, options, pollingIntervalSeconds)
  } finally {
    await boss.stop({ graceful: true, timeout: 60_000 })
    if (ownStore) await repository.close()
  }
  return report
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

/** Resolve when aborted, or (untilDrained) when no worked queue has a job waiting or running, seen twice in a row. */
async function waitUntilDone(boss: PgBoss, options: WorkerOptions, pollSeconds: number): Promise<void> {
  const { signal } = options
  const aborted = new Promise<void>((resolve) => {
    if (signal === undefined) return
    if (signal.aborted) resolve()
    else signal.addEventListener('abort', () => resolve(), { once: true })
  })
  if (options.untilDrained !== true) return aborted
  let idle = 0
  while (signal?.aborted !== true) {
    const pending = await pendingJobs(boss)
    idle = Object.values(pending).some((n) => n > 0) ? 0 : idle + 1
    if (idle >= 2) return
    await Promise.race([aborted, new Promise((resolve) => setTimeout(resolve, pollSeconds * 1000))])
  }
}
