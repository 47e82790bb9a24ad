/**
 * `matome analyze` end to end: spawns the real CLI on JSONL with a bad line in the middle and
 * checks the interface other tools read (one line per input line, in order, offsets into the body).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../src/runtime/paths.ts'

const MAIN = path.join(REPO_ROOT, 'src', 'cli', 'main.ts')

function runCli(args: string[], input: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env } })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const FIRST = { id: 'a1', body: '市議会は２８日、新庁舎の建設費として約1万4千人分の予算を可決した。\n市長は「財源は確保した。」と述べた。', publishedAt: '2024-06-28' }
const LAST = { id: 'a3', text: 'ゼレンスキー大統領は𠮷田氏とキーウで会談し、380発以上の砲弾を要請した。' }

test('matome analyze', async (t) => {
  const input = [JSON.stringify(FIRST), '{"id": "broken", "body": ', '', JSON.stringify({ id: 'a2' }), JSON.stringify(LAST)].join('\n') + '\n'
  const { status, stdout, stderr } = runCli(['analyze', '--tokens'], input)

  await t.test('writes one line per non-blank input line, in order, and goes on after bad lines', () => {
    assert.equal(status, 0, stderr)
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    assert.deepEqual(lines.map((l) => l['id'] ?? null), ['a1', null, 'a2', 'a3'])
    assert.deepEqual((lines[1]?.['error'] as { code: string }).code, 'input/invalid-json')
    assert.deepEqual((lines[2]?.['error'] as { code: string }).code, 'input/missing-body')
  })

  await t.test('gives every layer as UTF-16 offsets into the body exactly as given', () => {
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    for (const [line, body] of [[lines[0], FIRST.body], [lines[3], LAST.text]] as const) {
      for (const key of ['sentences', 'entities', 'dates', 'numbers', 'quotes', 'tokens']) {
        assert.ok(Array.isArray(line?.[key]), `${key} is an array`)
        for (const span of line?.[key] as { start: number; end: number }[]) {
          assert.ok(Number.isInteger(span.start) && span.start < span.end && span.end <= body.length, `${key} ${span.start}–${span.end}`)
        }
      }
    }
    const first = lines[0] as { sentences: { start: number; end: number }[]; numbers: { start: number; end: number; value: number; unit: string; qualifier?: string }[] }
    assert.deepEqual(first.sentences.map((s) => FIRST.body.slice(s.start, s.end)), [
      '市議会は２８日、新庁舎の建設費として約1万4千人分の予算を可決した。', '市長は「財源は確保した。」と述べた。',
    ])
    assert.deepEqual(first.numbers.map((n) => [FIRST.body.slice(n.start, n.end), n.value, n.unit, n.qualifier]), [['約1万4千人', 14000, '人', 'approx']])
    const last = lines[3] as { tokens: { start: number; end: number; surface: string; origin: string }[]; entities: { start: number; end: number; text: string }[] }
    for (const token of last.tokens) assert.equal(LAST.text.slice(token.start, token.end), token.surface)
    for (const ent of last.entities) assert.equal(LAST.text.slice(ent.start, ent.end), ent.text)
    assert.ok(last.tokens.some((x) => x.surface === 'ゼレンスキー' && x.origin === 'user'))
  })

  await t.test('reads extra user dictionaries and names the file and line of a bad one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'matome-dict-'))
    const good = path.join(dir, 'good.tsv')
    writeFileSync(good, '架空山田\t固有名詞/人名/一般\tカクウヤマダ\n')
    const ok = runCli(['analyze', '--tokens'], JSON.stringify({ id: 'u', body: '架空山田が来た。' }) + '\n', { MATOME_USER_DICT: good })
    const tokens = (JSON.parse(ok.stdout) as { tokens: { surface: string; origin: string }[] }).tokens
    assert.ok(tokens.some((x) => x.surface === '架空山田' && x.origin === 'user'))
    const bad = path.join(dir, 'bad.tsv')
    writeFileSync(bad, '# names\n架空山田 固有名詞 カクウヤマダ\n')
    const failed = runCli(['analyze', '--user-dict', bad], '{"id":"u","body":"x"}\n')
    assert.equal(failed.status, 1)
    assert.match(failed.stderr, /analyze\/user-dict-invalid: .*bad\.tsv:2:/)
  })

  await t.test('--help ends with Examples:, a pipe example among them', () => {
    const help = runCli(['analyze', '--help'], '')
    assert.equal(help.status, 0)
    assert.match(help.stdout, /\nExamples:\n[\s\S]*\| matome analyze/)
  })
})
