/**
 * @module jobs/boss
 * Starting pg-boss on matome's PostgreSQL database, creating the queues (idempotent), queueing
 * sources, and reading the queues' state straight from pg-boss's job table (its `getQueues`
 * counts are a cache refreshed about once a minute, too stale to tell when a queue has drained).
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { PgBoss, type Job } from 'pg-boss'
import { MatomeError } from '../core/errors.ts'
import { listFiles } from '../ingest/sources.ts'
import { redactUrl } from '../store/postgres/url.ts'
import { BOSS_SCHEMA, QUEUE, queueDefinitions, type IngestJobData, type RetryPolicy } from './queues.ts'

export type BossOptions = RetryPolicy & {
  /** `postgres://…`, the same database as the store */
  readonly url: string
  /** connections in pg-boss's pool (default 4) */
  readonly max?: number
  /** where pg-boss errors go (default: stderr) */
  readonly onError?: (error: Error) => void
}

/**
 * Start pg-boss (installing or migrating its schema on first use) and create matome's queues.
 * @throws MatomeError('cli/store-unavailable') when the database cannot be reached
 */
export async function startBoss(options: BossOptions): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: options.url, schema: BOSS_SCHEMA, max: options.max ?? 4, schedule: false })
  boss.on('error', options.onError ?? ((error: Error) => process.stderr.write(`matome: pg-boss: ${error.message}\n`)))
  try {
    await boss.start()
  } catch (error) {
    throw new MatomeError('cli/store-unavailable', `cannot start the job queues at ${redactUrl(options.url)}: ${(error as Error).message}`, { cause: error })
  }
  for (const queue of queueDefinitions(options)) {
    const { name, ...definition } = queue
    await boss.createQueue(name, definition)
    const { policy: _policy, partition: _partition, ...settings } = definition
    // an existing queue keeps its settings on createQueue: bring retries, heartbeats and expiry to these
    await boss.updateQueue(name, settings)
  }
  return boss
}

/** Jobs waiting (created, retry) or running per worked queue, counted now. */
export async function pendingJobs(boss: PgBoss): Promise<Record<string, number>> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT name, COUNT(*)::int AS n FROM ${BOSS_SCHEMA}.job WHERE state < 'completed' AND name <> $1 GROUP BY name`, [QUEUE.parked])
  const out: Record<string, number> = {}
  for (const row of rows as { name: string; n: number }[]) out[row.name] = row.n
  return out
}

/** A job that failed after its retries (its error is pg-boss's output). */
export type FailedJob = { readonly queue: string; readonly id: string; readonly data: unknown; readonly error: string; readonly completedOn?: string }

/** The failed (parked) jobs, newest first. */
export async function failedJobs(boss: PgBoss, limit = 100): Promise<FailedJob[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT name, id::text AS id, data, output, completed_on FROM ${BOSS_SCHEMA}.job WHERE state = 'failed'
     ORDER BY completed_on DESC NULLS LAST LIMIT $1`, [limit])
  return (rows as { name: string; id: string; data: unknown; output: { message?: string } | null; completed_on: Date | null }[]).map((r) => ({
    queue: r.name, id: r.id, data: r.data,
    error: typeof r.output?.message === 'string' ? r.output.message : JSON.stringify(r.output),
    ...(r.completed_on === null ? {} : { completedOn: new Date(r.completed_on).toISOString() }),
  }))
}

/** A source as a worker elsewhere must read it: URLs as given, local paths made absolute. */
export function jobSource(source: string, cwd = process.cwd()): string {
  if (source === '-') throw new MatomeError('cli/usage', 'stdin (-) cannot be queued: a worker cannot read this process\'s stdin; ingest it without --queue')
  return /^https?:\/\//i.test(source) ? source : path.resolve(cwd, source)
}

/**
 * The sources to queue for one given: a folder this machine can list becomes its files (the
 * same files, in the same order, that ingesting the folder reads), so workers share it file by
 * file; anything else (a file, a URL, a folder only the workers see) stays as given.
 */
export async function expandSource(source: string): Promise<string[]> {
  const absolute = jobSource(source)
  if (/^https?:\/\//i.test(absolute)) return [absolute]
  try {
    if ((await stat(absolute)).isDirectory()) return await listFiles(absolute)
  } catch {
    // not readable here: the worker reads it, and reports it as a rejection if it cannot either
  }
  return [absolute]
}

/** One queued `ingest` job: the source it reads and the job id. */
export type QueuedSource = { readonly source: string; readonly job: string }

/** Queue one `ingest` job per source (a folder: per file, see `expandSource`), in order. */
export async function enqueueSources(boss: PgBoss, sources: readonly string[], options: Omit<IngestJobData, 'source'> = {}): Promise<QueuedSource[]> {
  const queued: QueuedSource[] = []
  for (const given of sources) {
    for (const source of await expandSource(given)) {
      const job = await boss.send(QUEUE.ingest, { ...options, source } satisfies IngestJobData)
      if (job === null) throw new MatomeError('cli/store-unavailable', `the ingest queue refused the job for ${source}`)
      queued.push({ source, job })
    }
  }
  return queued
}

export type { Job }
