import { after, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import postgres from 'postgres'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { rebuild } from '../app/rebuild.ts'
import { ingestSources } from '../ingest/ingest-sources.ts'
import { listFiles } from '../ingest/sources.ts'
import { REPO_ROOT } from '../runtime/paths.ts'
import { loadTokenizer } from '../runtime/load-tokenizer.ts'
import { openPostgresRepository } from '../store/postgres/postgres-repository.ts'
import { postgresRequired, startTestServer } from '../store/postgres/throwaway-cluster.ts'
import type { StoredStory } from '../store/repository.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'
import { enqueueSources, failedJobs, jobSource, startBoss } from './boss.ts'
import { QUEUE } from './queues.ts'
import { runWorker, type WorkerEvent } from './worker.ts'

const started = await startTestServer()
if (started.server === undefined && postgresRequired()) {
  test('PostgreSQL is required here (MATOME_REQUIRE_PG=1)', () => assert.fail(started.reason))
}
const server = started.server
const skip = started.server === undefined ? `skipped: ${started.reason}` : false
let databases = 0

/** A fresh database on the server (pg-boss keeps one schema per database). */
async function freshDatabase(): Promise<string> {
  const name = `matome_jobs_${process.pid}_${++databases}`
  const admin = postgres(server?.url ?? '', { onnotice: () => undefined, max: 1 })
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(server?.url ?? '')
  url.pathname = `/${name}`
  return url.toString()
}

after(async () => {
  if (server === undefined) return
  const admin = postgres(server.url, { onnotice: () => undefined, max: 1 })
  try {
    for (let i = 1; i <= databases; i++) await admin.unsafe(`DROP DATABASE IF EXISTS matome_jobs_${process.pid}_${i} WITH (FORCE)`)
  } finally {
    await admin.end()
    server.stop()
  }
})

const NO_TOKENIZER: Tokenizer = { tokenize: () => [] }

test('jobSource: URLs as given, paths made absolute, stdin refused', () => {
  assert.equal(jobSource('https://example.jp/rss.xml'), 'https://example.jp/rss.xml')
  assert.equal(jobSource('data/demo', '/srv/matome'), '/srv/matome/data/demo')
  assert.throws(() => jobSource('-'), { code: 'cli/usage' })
})

test('worker: a failing job is retried, then parked with its error; the other jobs complete', { skip }, async () => {
  const url = await freshDatabase()
  const boss = await startBoss({ url, retryLimit: 1, retryDelay: 0 })
  const events: WorkerEvent[] = []
  try {
    await enqueueSources(boss, ['/feeds/good-1.xml', '/feeds/broken.xml', '/feeds/good-2.xml'])
    const report = await runWorker({
      url, untilDrained: true, retryLimit: 1, retryDelay: 0, pollSeconds: 0.5, rebuildDelay: 0, tokenizer: async () => NO_TOKENIZER,
      log: (event) => events.push(event),
      handlers: {
        ingest: async (data) => {
          const source = (data as { source: string }).source
          if (source.includes('broken')) throw new Error(`cannot read ${source}`)
          return { source }
        },
      },
    })
    assert.equal(report.completed['ingest'], 2)
    assert.equal(report.failed['ingest'], 2, 'the first attempt and one retry')
    assert.deepEqual(events.filter((e) => e.status === 'failed').map((e) => e.retryCount), [0, 1])
    const failed = await failedJobs(boss)
    assert.deepEqual(failed.map((f) => [f.queue, (f.data as { source: string }).source, f.error]), [['ingest', '/feeds/broken.xml', 'cannot read /feeds/broken.xml']])
    const parked = await boss.findJobs<{ source: string }>(QUEUE.parked)
    assert.deepEqual(parked.map((j) => j.data.source), ['/feeds/broken.xml'])
  } finally {
    await boss.stop({ graceful: false })
  }
})

test('startBoss: creates the queues once and brings existing ones to the current retry and heartbeat settings', { skip }, async () => {
  const url = await freshDatabase()
  const first = await startBoss({ url, retryLimit: 1, retryDelay: 0 })
  assert.equal((await first.getQueue(QUEUE.ingest))?.retryLimit, 1)
  await first.stop({ graceful: false })
  const second = await startBoss({ url })
  try {
    const ingest = await second.getQueue(QUEUE.ingest)
    assert.deepEqual([ingest?.retryLimit, ingest?.retryDelay, ingest?.heartbeatSeconds, ingest?.deadLetter], [2, 5, 120, QUEUE.parked])
    assert.equal((await second.getQueue(QUEUE.rebuild))?.policy, 'stately')
  } finally {
    await second.stop({ graceful: false })
  }
})

/** What must agree between the two paths: each story's members, topic and headline. */
function storyShape(stories: readonly StoredStory[]): string[] {
  return stories.map((s) => {
    const headline = (s.digest as { headline?: { text?: string } } | undefined)?.headline?.text ?? '-'
    return `${[...s.articleIds].sort().join(',')} | ${s.topic ?? '-'} | ${headline}`
  }).sort()
}

test('worker: the demo folder queued file by file on two workers gives the stories of the SQLite path', { skip }, async () => {
  const tokenizer = await loadTokenizer()
  const demo = path.join(REPO_ROOT, 'data', 'demo')

  const sqlite = openSqliteRepository({ path: ':memory:' })
  await ingestSources([demo], { repository: sqlite, network: false })
  await rebuild(sqlite, { tokenizer })
  const expected = await sqlite.listStories({ limit: 1000 })
  const expectedCounts = await sqlite.counts()
  await sqlite.close()

  const url = await freshDatabase()
  const boss = await startBoss({ url })
  try {
    const files = await listFiles(demo)
    const queued = await enqueueSources(boss, [demo], { network: false })
    assert.deepEqual(queued.map((q) => q.source), files, 'the folder is queued file by file')
    const worker = { url, untilDrained: true, concurrency: 2, pollSeconds: 0.5, rebuildDelay: 1, tokenizer: async () => tokenizer }
    const reports = await Promise.all([runWorker(worker), runWorker(worker)])
    const completed = (queue: string): number => reports.reduce((n, r) => n + (r.completed[queue] ?? 0), 0)
    assert.equal(completed('ingest'), files.length, 'each file once, across both workers')
    assert.ok(completed('analyze') >= 1 && completed('rebuild') >= 1)
    assert.deepEqual(await failedJobs(boss), [])
  } finally {
    await boss.stop({ graceful: false })
  }

  const store = openPostgresRepository({ url })
  try {
    const counts = await store.counts()
    assert.deepEqual(counts, expectedCounts, 'the same articles, analyses, groups, rejections and stories')
    const stories = await store.listStories({ limit: 1000 })
    assert.ok(stories.length > 0)
    assert.deepEqual(storyShape(stories), storyShape(expected))
  } finally {
    await store.close()
  }
})

test('matome ingest --queue, then matome worker --until-drained: the CLI path end to end', { skip }, async () => {
  const url = await freshDatabase()
  const run = promisify(execFile)
  const main = path.join(REPO_ROOT, 'src/cli/main.ts')
  const env = { ...process.env, MATOME_DB: url, MATOME_LOG_LEVEL: 'silent' }
  const files = ['article-ogp.html', 'multi-story.txt'].map((f) => path.join(REPO_ROOT, 'test/fixtures/ingest', f))
  const queued = await run(process.execPath, [main, 'ingest', '--queue', '--no-fetch', '--json', ...files], { env })
  const jobs = (JSON.parse(queued.stdout) as { queued: { source: string; job: string }[] }).queued
  assert.deepEqual(jobs.map((j) => j.source), files)
  assert.ok(jobs.every((j) => /^[0-9a-f-]{36}$/.test(j.job)))
  const worked = await run(process.execPath, [main, 'worker', '--until-drained', '--debounce', '0'], { env })
  assert.match(worked.stdout, /^worker: completed ingest 2, analyze \d+, rebuild \d+; failed attempts none$/m)
  const store = openPostgresRepository({ url })
  try {
    const counts = await store.counts()
    assert.ok(counts.articles >= 2, JSON.stringify(counts))
    assert.equal(counts.analyses, counts.articles, 'every article analysed by the analyze jobs')
    assert.ok(counts.stories >= 1)
  } finally {
    await store.close()
  }
  await assert.rejects(run(process.execPath, [main, 'ingest', '--queue', '-'], { env }), /cli\/usage: stdin \(-\) cannot be queued/)
})
