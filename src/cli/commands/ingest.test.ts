import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO_ROOT } from '../../runtime/paths.ts'
import { startServer } from '../../../test/fixtures/ingest/server.ts'

const run = promisify(execFile)
const MAIN = path.join(REPO_ROOT, 'src/cli/main.ts')
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/ingest')
const dir = mkdtempSync(path.join(tmpdir(), 'matome-cli-ingest-'))
after(() => rmSync(dir, { recursive: true, force: true }))

async function matome(args: string[], input?: string): Promise<{ stdout: string; stderr: string }> {
  const child = run(process.execPath, [MAIN, ...args], { cwd: dir, env: { ...process.env, MATOME_DB: path.join(dir, 'env.db') } })
  if (input !== undefined) {
    child.child.stdin?.end(input)
  }
  return child
}

test('matome ingest stores files, rebuilds stories and digests, prints a summary, and changes nothing on a re-run', async () => {
  const db = path.join(dir, 'a.db')
  const sources = ['article-ogp.html', 'multi-story.txt', 'feed-atom.atom'].map((f) => path.join(FIXTURES, f))
  const first = await matome(['--db', db, 'ingest', '--json', ...sources, path.join(dir, 'nope.txt')])
  type Rebuild = { ran: boolean; reason?: string; analyzed?: number; stories?: number; digestsBuilt?: number }
  const summary = JSON.parse(first.stdout) as { ingested: number; unchanged: number; rejected: number; rejectedByReason: Record<string, number>; rebuild: Rebuild }
  assert.deepEqual([summary.ingested, summary.unchanged, summary.rejected], [5, 0, 1])
  assert.deepEqual(summary.rejectedByReason, { 'ingest/read-failed': 1 })
  assert.equal(summary.rebuild.ran, true)
  assert.equal(summary.rebuild.analyzed, 5)
  assert.ok((summary.rebuild.stories ?? 0) >= 1 && summary.rebuild.digestsBuilt === summary.rebuild.stories, JSON.stringify(summary.rebuild))
  const again = await matome(['--db', db, 'ingest', ...sources])
  assert.match(again.stdout, /^ingested\s+0$/m)
  assert.match(again.stdout, /^unchanged \(already stored\)\s+5$/m)
  assert.match(again.stdout, /^rebuild: stories already up to date$/m)
  assert.doesNotMatch(again.stdout, /\r/, 'no progress bar when stdout is not a TTY')
  // the store is ready to read: stories lists them without asking for a rebuild
  const stories = await matome(['--db', db, 'stories', '--json'])
  assert.equal(stories.stdout.trim().split('\n').length, summary.rebuild.stories)
  assert.equal(stories.stderr, '')
})

test('matome ingest --no-rebuild - reads JSONL from stdin into $MATOME_DB and only stores', async () => {
  const lines = `${JSON.stringify({ id: 'cli-1', title: '市の人口', body: '市の人口が10万人を超えました。' })}\n{"id":2}\n`
  const out = await matome(['ingest', '--json', '--no-rebuild', '-'], lines)
  const summary = JSON.parse(out.stdout) as { ingested: number; rejectedByReason: Record<string, number>; rebuild: unknown }
  assert.equal(summary.ingested, 1)
  assert.deepEqual(summary.rebuild, { ran: false, reason: 'no-rebuild' })
  assert.deepEqual(summary.rejectedByReason, { 'input/missing-body': 1 })
  assert.ok(readFileSync(path.join(dir, 'env.db')).length > 0)
})

test('matome watch --once polls a feed on a local server and prints one status line per feed', async () => {
  const atom = readFileSync(path.join(FIXTURES, 'feed-atom.atom'), 'utf8')
  const server = await startServer({
    '/feed.atom': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/atom+xml' })
      res.end(atom)
    },
  })
  try {
    const db = path.join(dir, 'w.db')
    const out = await matome(['--db', db, 'watch', '--once', '--allow-private-network', '--host-spacing', '0s', '--feed', `${server.origin}/feed.atom`, `${server.origin}/missing.rss`])
    const lines = out.stdout.trim().split('\n')
    assert.equal(lines.length, 2)
    assert.match(lines[0] ?? '', /feed\.atom new 1 · unchanged 0/)
    assert.match(lines[1] ?? '', /missing\.rss failed ingest\/http-status/)
  } finally {
    await server.close()
  }
})
