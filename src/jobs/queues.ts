/**
 * @module jobs/queues
 * The job queues of the PostgreSQL scale-out (pg-boss), their payloads and retry policies:
 * - `ingest`: one source (file, folder or URL) → stored articles and rejections; queues `analyze`
 *   jobs for the new articles;
 * - `analyze`: a batch of article ids → stored analyses; asks for a `rebuild`;
 * - `rebuild`: duplicate groups, stories and digests over the whole store. A `stately` queue (at
 *   most one waiting and one running job), sent with a delay, so the many requests of a busy
 *   ingest collapse into one debounced rebuild;
 * - `parked`: the dead-letter queue. A job that still fails after its retries is copied there
 *   (with its data) and stays `failed` in its own queue with the error as output; nothing works
 *   `parked`, it is for people (`matome worker --failed`).
 */
import type { Queue } from 'pg-boss'

export const QUEUE = { ingest: 'ingest', analyze: 'analyze', rebuild: 'rebuild', parked: 'parked' } as const

/** Queues a worker works (the dead-letter queue is not among them). */
export const WORKED_QUEUES = [QUEUE.ingest, QUEUE.analyze, QUEUE.rebuild] as const

export type WorkedQueue = (typeof WORKED_QUEUES)[number]

/** The PostgreSQL schema pg-boss keeps its tables in (matome's own tables stay where the store is). */
export const BOSS_SCHEMA = 'pgboss'

/** Articles per `analyze` job: small enough to spread over workers, big enough to amortise a round trip. */
export const ANALYZE_BATCH = 50

/** `ingest` payload: one source as `matome ingest` takes it (a local path must be visible to the workers). */
export type IngestJobData = {
  readonly source: string
  /** false: never touch the network (default true) */
  readonly network?: boolean
  readonly allowPrivateNetwork?: boolean
  readonly timeoutMs?: number
}

export type AnalyzeJobData = { readonly ids: readonly string[] }

export type RebuildJobData = { readonly reason?: string }

/** Retries: how many, how long before the first, and the rebuild's debounce delay. */
export type RetryPolicy = {
  /** retries after the first attempt (default 2) */
  readonly retryLimit?: number
  /** seconds before the first retry, doubled each time (default 5) */
  readonly retryDelay?: number
  /** seconds a requested rebuild waits for more requests to join it (default 5) */
  readonly rebuildDelay?: number
}

/** The queue definitions (created idempotently by every worker and enqueuer). */
export function queueDefinitions(policy: RetryPolicy = {}): readonly Queue[] {
  const retryDelay = policy.retryDelay ?? 5
  // heartbeats (sent by pg-boss while a handler runs): the job of a worker that died is retried
  // after a few minutes, instead of when it expires (hours), which for the stately rebuild queue
  // would block every rebuild until then
  const retry = { retryLimit: policy.retryLimit ?? 2, retryDelay, retryBackoff: retryDelay > 0, deadLetter: QUEUE.parked, heartbeatSeconds: 120 }
  return [
    // 30 days: parked jobs wait for a person, not for a worker
    { name: QUEUE.parked, retentionSeconds: 30 * 24 * 3600 },
    { name: QUEUE.ingest, ...retry, expireInSeconds: 3600 },
    { name: QUEUE.analyze, ...retry, expireInSeconds: 1800 },
    // clustering and digests run without yielding for longer stretches: a longer heartbeat
    { name: QUEUE.rebuild, policy: 'stately', ...retry, heartbeatSeconds: 300, expireInSeconds: 3 * 3600 },
  ]
}
