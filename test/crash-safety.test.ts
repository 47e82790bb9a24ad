/**
 * Crash safety of the SQLite store with a real child process: the child ingests batches of
 * articles and is killed with SIGKILL mid-way; every batch it reported committed must be there,
 * no batch may be half there, and re-running the whole input must complete it without duplicates.
 * Run as a child when MATOME_CRASH_CHILD names the database file.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleInput } from '../src/store/repository.ts'
import { openSqliteRepository } from '../src/store/sqlite/sqlite-repository.ts'

const BATCHES = 40
const BATCH_SIZE = 250

/** Batch `b`: its own new articles plus the last 10 of the previous batch again (re-sent input). */
function batch(b: number): ArticleInput[] {
  const out: ArticleInput[] = []
  const first = b === 0 ? 0 : b * BATCH_SIZE - 10
  for (let i = first; i < (b + 1) * BATCH_SIZE; i++) {
    out.push({
      id: `art-${i}`,
      title: `第${i}号 市議会の定例会`,
      // original filler text, different per article
      body: `記事${i}。市議会は定例会で第${i}号議案を審議し、賛成多数で可決した。`.repeat(20),
      publishedAt: `2024-02-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00+09:00`,
      url: `https://example.jp/news/${i}?utm_source=feed`,
      raw: `{"id":"art-${i}"}`,
      rawType: 'application/jsonl',
    })
  }
  return out
}

async function child(file: string): Promise<void> {
  const repo = openSqliteRepository({ path: file })
  for (let b = 0; b < BATCHES; b++) {
    // stdout to a pipe is synchronous on Linux: the parent may read this while the batch is being written
    process.stdout.write(`writing ${b}\n`)
    await repo.putArticles(batch(b))
    process.stdout.write(`committed ${b}\n`)
  }
  await repo.close()
}

type ChildRun = { committed: number; signal: NodeJS.Signals | null; code: number | null }

/** Run the child; when `killDuring` is set, SIGKILL it as soon as it starts writing that batch. */
function runChild(file: string, killDuring?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, MATOME_CRASH_CHILD: file },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let committed = -1
    let buffer = ''
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const m = /^(committed|writing) (\d+)$/.exec(line)
        if (m?.[1] === 'committed') committed = Number(m[2])
        if (m?.[1] === 'writing' && killDuring !== undefined && Number(m[2]) >= killDuring) proc.kill('SIGKILL')
      }
    })
    proc.on('error', reject)
    proc.on('close', (code, signal) => resolve({ committed, signal, code }))
  })
}

if (process.env['MATOME_CRASH_CHILD'] !== undefined) {
  await child(process.env['MATOME_CRASH_CHILD'])
} else {
  test('a SIGKILL mid-ingest loses no committed batch, leaves no partial batch, and a re-run completes without duplicates', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'matome-crash-'))
    const file = path.join(dir, 'crash.db')
    try {
      const killed = await runChild(file, 4)
      assert.equal(killed.signal, 'SIGKILL', 'the child was killed, not finished')
      assert.equal(killed.committed, 3, 'killed while writing batch 4')

      const repo = openSqliteRepository({ path: file })
      const afterCrash = (await repo.counts()).articles
      // batch 4 was being written when the kill landed: it is all there (its commit won the race) or not at all
      assert.ok(afterCrash === 4 * BATCH_SIZE || afterCrash === 5 * BATCH_SIZE, `every committed batch, no partial one (${afterCrash})`)
      assert.equal(repo.db.pragma('integrity_check', { simple: true }), 'ok')
      await repo.close()

      const rerun = await runChild(file)
      assert.equal(rerun.code, 0)
      assert.equal(rerun.committed, BATCHES - 1)
      const rerun2 = await runChild(file)
      assert.equal(rerun2.code, 0)

      const check = openSqliteRepository({ path: file })
      const total = BATCHES * BATCH_SIZE
      assert.equal((await check.counts()).articles, total)
      const distinct = check.db.prepare('SELECT COUNT(DISTINCT id) AS ids, COUNT(DISTINCT url_key) AS urls, COUNT(*) AS rows FROM articles').get()
      assert.deepEqual(distinct, { ids: total, urls: total, rows: total })
      assert.equal(check.db.prepare('SELECT COUNT(*) FROM raw_inputs').pluck().get(), total)
      assert.equal(check.db.prepare("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH '\"定例会\"'").pluck().get(), total, 'search index in step')
      await check.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
}
