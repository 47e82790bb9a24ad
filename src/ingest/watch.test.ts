import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../runtime/paths.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'
import { backoffDelay, pollFeed, watchFeeds, type FeedState, type PollStatus } from './watch.ts'
import { parseDuration, formatDuration } from './duration.ts'
import { startServer } from '../../test/fixtures/ingest/server.ts'

const atom = readFileSync(path.join(REPO_ROOT, 'test/fixtures/ingest/feed-atom.atom'), 'utf8')
let failing = 0
const server = await startServer({
  '/feed.atom': (req, res) => {
    if (req.headers['if-none-match'] === '"rev-1"') {
      res.writeHead(304)
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', etag: '"rev-1"' })
    res.end(atom)
  },
  '/down.rss': (_req, res) => {
    failing++
    res.writeHead(503)
    res.end()
  },
})
after(() => server.close())

/** A fake clock: sleeping moves it forward; records every sleep. */
function fakeClock(): { now: () => number; sleep: (ms: number) => Promise<void>; sleeps: number[] } {
  let t = 1_000_000
  const sleeps: number[] = []
  return { now: () => t, sleep: async (ms) => { sleeps.push(ms); t += ms }, sleeps }
}

test('pollFeed stores new items, then sends the ETag and gets 304 Not Modified', async () => {
  const repository = openSqliteRepository({ path: ':memory:' })
  const state: FeedState = { url: `${server.origin}/feed.atom`, failures: 0, nextAt: 0 }
  const options = { repository, allowPrivateNetwork: true, network: false } as const
  const first = await pollFeed(state, options)
  assert.deepEqual([first.outcome, first.ingested], ['updated', 1])
  assert.equal(state.etag, '"rev-1"')
  const second = await pollFeed(state, options)
  assert.deepEqual([second.outcome, second.ingested], ['not-modified', 0])
  assert.equal(server.requests.at(-1)?.headers['if-none-match'], '"rev-1"')
  await repository.close()
})

test('watchFeeds backs off exponentially on errors and reports one status per poll', async () => {
  const repository = openSqliteRepository({ path: ':memory:' })
  const clock = fakeClock()
  const statuses: PollStatus[] = []
  const controller = new AbortController()
  await watchFeeds([`${server.origin}/down.rss`], {
    repository, allowPrivateNetwork: true, everyMs: 60_000, now: clock.now, sleep: clock.sleep, signal: controller.signal,
    onStatus: (s) => {
      statuses.push(s)
      if (statuses.length === 4) controller.abort()
    },
  })
  assert.deepEqual(statuses.map((s) => s.outcome), ['failed', 'failed', 'failed', 'failed'])
  assert.deepEqual(statuses.map((s) => s.nextInMs), [120_000, 240_000, 480_000, 960_000])
  assert.match(statuses[0]?.error ?? '', /^ingest\/http-status/)
  assert.deepEqual(clock.sleeps, [120_000, 240_000, 480_000])
  await repository.close()
})

test('watchFeeds --once polls each feed once, spacing requests to one host', async () => {
  const repository = openSqliteRepository({ path: ':memory:' })
  const clock = fakeClock()
  const statuses: PollStatus[] = []
  const states = await watchFeeds([`${server.origin}/feed.atom`, `${server.origin}/down.rss`], {
    repository, allowPrivateNetwork: true, network: false, once: true, hostSpacingMs: 5000, now: clock.now, sleep: clock.sleep,
    onStatus: (s) => statuses.push(s),
  })
  assert.deepEqual(statuses.map((s) => s.outcome), ['updated', 'failed'])
  assert.deepEqual(clock.sleeps, [5000], 'the second request to the same host waited')
  assert.equal(states[1]?.failures, 1)
  await repository.close()
})

test('backoffDelay doubles per failure up to the cap', () => {
  assert.equal(backoffDelay(1000, 0, 10_000), 1000)
  assert.equal(backoffDelay(1000, 3, 10_000), 8000)
  assert.equal(backoffDelay(1000, 5, 10_000), 10_000)
})

test('parseDuration and formatDuration read and write 10m, 1h30m, 45s', () => {
  assert.equal(parseDuration('10m'), 600_000)
  assert.equal(parseDuration('1h30m'), 5_400_000)
  assert.equal(parseDuration('45'), 45_000)
  assert.equal(parseDuration('500ms'), 500)
  assert.equal(parseDuration('10 minutes'), null)
  assert.equal(formatDuration(5_400_000), '1h30m')
  assert.equal(formatDuration(250), '250ms')
})

test('pollFeed hands the new ids to onIngested (watch --queue) and reports its jobs; a failing queue leaves the items stored', async () => {
  const repository = openSqliteRepository({ path: ':memory:' })
  const seen: string[][] = []
  const queued = await pollFeed({ url: `${server.origin}/feed.atom`, failures: 0, nextAt: 0 }, {
    repository, allowPrivateNetwork: true, network: false,
    onIngested: async (ids) => {
      seen.push([...ids])
      return 1
    },
  })
  assert.deepEqual([queued.outcome, queued.ingested, queued.analyzeJobs], ['updated', 1, 1])
  assert.equal(seen.length, 1)
  assert.ok(await repository.getArticle(seen[0]![0]!), 'the handed id is stored')
  // nothing new on the next poll (304): onIngested is not called
  await pollFeed({ url: `${server.origin}/feed.atom`, failures: 0, nextAt: 0, etag: '"rev-1"' }, { repository, allowPrivateNetwork: true, network: false, onIngested: async () => assert.fail('no new items') })

  const other = openSqliteRepository({ path: ':memory:' })
  const failed = await pollFeed({ url: `${server.origin}/feed.atom`, failures: 0, nextAt: 0 }, {
    repository: other, allowPrivateNetwork: true, network: false,
    onIngested: async () => {
      throw new Error('queue unreachable')
    },
  })
  assert.equal(failed.outcome, 'failed')
  assert.match(failed.error ?? '', /queue unreachable/)
  assert.equal((await other.counts()).articles, 1, 'the item stays stored for a later rebuild')
  await repository.close()
  await other.close()
})
