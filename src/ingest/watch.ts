/**
 * @module ingest/watch
 * Polling feeds: each feed is fetched every `everyMs` with `If-None-Match` / `If-Modified-Since`
 * from its last answer (a 304 costs nothing), new items are stored through the ingestor, requests
 * to one host are spaced at least `hostSpacingMs` apart, and a feed that fails waits twice as long
 * after each consecutive failure (capped at `maxBackoffMs`). Every poll reports one `PollStatus`.
 */
import type { Repository } from '../store/repository.ts'
import { decodeBytes } from './decode.ts'
import { createHostGate } from './host-gate.ts'
import { fetchBytes } from './fetch.ts'
import { createIngestor } from './ingest-sources.ts'
import { feedOutcomes, type SourceOptions } from './sources.ts'

/** What the watcher remembers about one feed between polls. */
export type FeedState = {
  readonly url: string
  etag?: string
  lastModified?: string
  /** consecutive failed polls */
  failures: number
  /** when the next poll is due (ms since the epoch) */
  nextAt: number
}

/** One line of status per poll. */
export type PollStatus = {
  readonly url: string
  readonly at: string
  readonly outcome: 'updated' | 'not-modified' | 'failed'
  readonly ingested: number
  readonly unchanged: number
  readonly duplicates: number
  readonly rejected: number
  /** the rejection reason and detail when the poll failed */
  readonly error?: string
  /** `analyze` jobs queued for the new items (`onIngested`, `matome watch --queue`) */
  readonly analyzeJobs?: number
  /** delay until this feed's next poll */
  readonly nextInMs: number
}

export type WatchOptions = SourceOptions & {
  readonly repository: Repository
  /** poll interval per feed (default 10 minutes) */
  readonly everyMs?: number
  /** minimum gap between two requests to the same host (default 2 s) */
  readonly hostSpacingMs?: number
  /** longest back-off after failures (default 6 hours) */
  readonly maxBackoffMs?: number
  /** poll every feed once, then return */
  readonly once?: boolean
  readonly onStatus?: (status: PollStatus) => void
  /**
   * Called with the ids a poll stored (only when there are some), after they are stored; returns
   * how many jobs it queued for them (`matome watch --queue`: `analyze` jobs for the workers). When
   * it throws, the poll reports the error and the items stay stored (a later rebuild analyses them).
   */
  readonly onIngested?: (ids: readonly string[]) => Promise<number>
  readonly signal?: AbortSignal
  /** clock and sleep, injectable for tests */
  readonly now?: () => number
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

const DEFAULT_EVERY_MS = 10 * 60_000
const DEFAULT_HOST_SPACING_MS = 2000
const DEFAULT_MAX_BACKOFF_MS = 6 * 3_600_000

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** The delay before the next poll: the interval, doubled per consecutive failure, capped. */
export function backoffDelay(everyMs: number, failures: number, maxBackoffMs: number): number {
  return failures === 0 ? everyMs : Math.min(everyMs * 2 ** failures, Math.max(maxBackoffMs, everyMs))
}

/** Poll one feed now: fetch (conditionally), store new items, update its state. */
export async function pollFeed(state: FeedState, options: WatchOptions): Promise<Omit<PollStatus, 'nextInMs' | 'at'>> {
  const headers: Record<string, string> = { ...options.headers }
  if (state.etag) headers['if-none-match'] = state.etag
  if (state.lastModified) headers['if-modified-since'] = state.lastModified
  const counts = { ingested: 0, unchanged: 0, duplicates: 0, rejected: 0 }
  const fetched = await fetchBytes(state.url, { ...options, headers })
  if (!fetched.ok) return { url: state.url, outcome: 'failed', ...counts, error: `${fetched.reason}: ${fetched.detail}` }
  if (fetched.value.etag) state.etag = fetched.value.etag
  if (fetched.value.lastModified) state.lastModified = fetched.value.lastModified
  if (fetched.value.notModified) return { url: state.url, outcome: 'not-modified', ...counts }
  const decoded = decodeBytes(fetched.value.bytes, state.url, fetched.value.contentType)
  if (!decoded.ok) {
    await options.repository.putRejections([{ item: decoded.item, reason: decoded.reason, detail: decoded.detail }])
    return { url: state.url, outcome: 'failed', ...counts, rejected: 1, error: `${decoded.reason}: ${decoded.detail}` }
  }
  const ingestor = createIngestor(options)
  let feedError: string | undefined
  for await (const outcome of feedOutcomes(decoded.value.text, state.url, fetched.value.url, options)) {
    if (!outcome.ok && outcome.reason === 'ingest/invalid-feed') feedError = `${outcome.reason}: ${outcome.detail}`
    await ingestor.add(state.url, outcome)
  }
  await ingestor.flush()
  const s = ingestor.summary(1)
  let result: Omit<PollStatus, 'nextInMs' | 'at' | 'outcome'> = { url: state.url, ingested: s.ingested, unchanged: s.unchanged, duplicates: s.duplicates, rejected: s.rejected }
  if (options.onIngested !== undefined && s.insertedIds.length > 0) {
    try {
      result = { ...result, analyzeJobs: await options.onIngested(s.insertedIds) }
    } catch (error) {
      feedError = [feedError, `queueing the new items failed (they are stored): ${(error as Error).message}`].filter((e) => e !== undefined).join('; ')
    }
  }
  return feedError === undefined ? { ...result, outcome: 'updated' } : { ...result, outcome: 'failed', error: feedError }
}

/**
 * Watch feeds until `signal` aborts (or one round with `once`). Returns the states (ETag etc.).
 * @example await watchFeeds(['https://news.example.jp/rss'], { repository, everyMs: 600_000, onStatus: print })
 */
export async function watchFeeds(urls: readonly string[], options: WatchOptions): Promise<FeedState[]> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? defaultSleep
  const everyMs = options.everyMs ?? DEFAULT_EVERY_MS
  const spacing = options.hostSpacingMs ?? DEFAULT_HOST_SPACING_MS
  const maxBackoff = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS
  const start = now()
  const states: FeedState[] = urls.map((url) => ({ url, failures: 0, nextAt: start }))
  const gate = createHostGate({ spacingMs: spacing, now, sleep: (ms) => sleep(ms, options.signal) })
  const polled = new Set<FeedState>()
  while (!options.signal?.aborted) {
    const due = options.once ? states.find((s) => !polled.has(s)) : [...states].sort((a, b) => a.nextAt - b.nextAt)[0]
    if (due === undefined) break
    const wait = due.nextAt - now()
    if (wait > 0) await sleep(wait, options.signal)
    if (options.signal?.aborted) break
    await gate.pass(due.url)
    if (options.signal?.aborted) break
    const result = await pollFeed(due, options)
    due.failures = result.outcome === 'failed' ? due.failures + 1 : 0
    const nextInMs = backoffDelay(everyMs, due.failures, maxBackoff)
    due.nextAt = now() + nextInMs
    polled.add(due)
    options.onStatus?.({ ...result, at: new Date(now()).toISOString(), nextInMs })
  }
  return states
}
