import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { isMatomeError } from '../core/errors.ts'
import { readAllArticleLines } from './jsonl.ts'
import { openInput } from './input.ts'

test('openInput: no argument and - are stdin; a file is read under its own name', async () => {
  const stdin = new PassThrough()
  assert.equal(openInput(undefined, stdin).stream, stdin)
  assert.equal(openInput('-', stdin).name, 'stdin')
  const dir = mkdtempSync(path.join(tmpdir(), 'matome-input-'))
  try {
    const file = path.join(dir, 'a.jsonl')
    writeFileSync(file, '{"id":"x1","body":"市が橋を架けた。"}\nnot json\n')
    const input = openInput(file)
    assert.equal(input.name, file)
    const lines = await readAllArticleLines(input.stream, input.name)
    assert.deepEqual(lines.map((l) => l.ok), [true, false])
    assert.ok(!lines[1]?.ok && lines[1]?.rejection.item === `${file}:2`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('openInput: a missing file or a folder is a coded error, not a stream error later', () => {
  for (const bad of [path.join(tmpdir(), 'matome-no-such-file.jsonl'), tmpdir()]) {
    assert.throws(() => openInput(bad), (error) => isMatomeError(error) && error.code === 'ingest/read-failed' && error.message.startsWith(`cannot read ${bad}: `))
  }
})
