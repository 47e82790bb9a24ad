import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createFixtureStore } from '../../../test/fixtures/app/store.ts'
import { REPO_ROOT } from '../../runtime/paths.ts'

const MAIN = path.join(REPO_ROOT, 'src/cli/main.ts')

test('matome stories and matome serve', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-cli-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  const db = path.join(dir, 'fixture.db')
  await (await createFixtureStore(db)).close()
  const run = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...process.env, MATOME_DB: db } })

  await t.test('lists stories as JSON lines from the store named by $MATOME_DB', () => {
    const result = run('stories', '--json')
    assert.equal(result.status, 0, result.stderr)
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; articleCount: number })
    assert.deepEqual(lines.map((l) => [l.id, l.articleCount]), [['story:a1', 3]])
  })

  await t.test('prints a readable line per story and filters by entity', () => {
    const result = run('--db', db, 'stories', '--entity', '山田花子')
    assert.equal(result.status, 0, result.stderr)
    assert.match(result.stdout, /^2026-11-03\.\.2026-11-05\t3媒体\/3本.*\t新しい橋の建設\tstory:a1\n$/)
    const none = run('stories', '--entity', '誰もいない')
    assert.equal(none.stdout, '')
  })

  await t.test('exits 2 with a coded error on bad usage', () => {
    const result = run('stories', '--limit', 'many')
    assert.equal(result.status, 2)
    assert.match(result.stderr, /matome: error cli\/usage: --limit/)
  })

  await t.test('serves the store and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [MAIN, '--db', db, 'serve', '--port', '0', '--no-rebuild'], { env: { ...process.env, MATOME_LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] })
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /serving on (http:\/\/\S+?)\/?\n/.exec(out)
        if (match?.[1] !== undefined) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
    })
    const health = (await (await fetch(`${url}/healthz`)).json()) as { ok: boolean; stories: number }
    assert.deepEqual([health.ok, health.stories], [true, 1])
    const page = await fetch(`${url}/stories/story%3Aa1`)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /新しい橋の建設/)
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c))
      child.kill('SIGTERM')
    })
    assert.equal(code, 0)
  })
})
