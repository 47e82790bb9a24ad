/**
 * `matome summarize` end to end: spawns the real CLI on JSONL with a bad line in the middle and
 * checks the line format other tools read and the faithfulness of every cited line.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { isFaithful } from '../../digest/index.ts'
import { BRIDGE_1, BRIDGE_2 } from '../../digest/fixtures.test-data.ts'
import { REPO_ROOT } from '../../runtime/paths.ts'

const MAIN = path.join(REPO_ROOT, 'src', 'cli', 'main.ts')

test('matome summarize - (stdin)', async (t) => {
  const input = [JSON.stringify(BRIDGE_1), '{"id": "broken", ', JSON.stringify({ id: 'b2', text: BRIDGE_2.body })].join('\n') + '\n'
  const result = spawnSync(process.execPath, [MAIN, 'summarize', '-'], { input, encoding: 'utf8' })
  const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)

  await t.test('writes one line per input line, an error line for the bad one', () => {
    assert.equal(result.status, 0, result.stderr)
    assert.deepEqual(lines.map((l) => l['id'] ?? null), ['bridge-1', null, 'b2'])
    assert.equal((lines[1]?.['error'] as { code: string }).code, 'input/invalid-json')
  })
  await t.test('each summary is {id, title, headline, bullets:[{text, cites:[{id,start,end}]}]} and faithful', () => {
    for (const [line, body] of [[lines[0], BRIDGE_1.body], [lines[2], BRIDGE_2.body]] as const) {
      assert.deepEqual(Object.keys(line ?? {}), ['id', 'title', 'headline', 'bullets'])
      const bullets = line?.['bullets'] as { text: string; cites: { id: string; start: number; end: number }[] }[]
      assert.equal(bullets.length, 3)
      for (const b of bullets) {
        assert.deepEqual(Object.keys(b.cites[0] ?? {}), ['id', 'start', 'end'])
        assert.ok(isFaithful(b.text, body, b.cites), b.text)
      }
    }
  })
})
