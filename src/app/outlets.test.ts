import test from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isMatomeError } from '../core/errors.ts'
import { loadOutletTables, outletsFromEnv } from './outlets.ts'
import { DEMO_OUTLETS } from './demo.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'matome-outlets-'))
const write = (name: string, text: string): string => {
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return file
}

test('loadOutletTables', async (t) => {
  await t.test('reads the demo table with a kind for each invented outlet', () => {
    const kinds = Object.fromEntries(loadOutletTables([DEMO_OUTLETS]).map((o) => [o.name, o.kind]))
    assert.equal(kinds['日央通信'], 'wire-service')
    assert.equal(kinds['瀬戸内日報'], 'regional-paper')
  })
  await t.test('names the file and entry of a bad kind', () => {
    const file = write('bad.json', JSON.stringify({ outlets: [{ name: 'X新聞', kind: 'tabloid' }] }))
    assert.throws(() => loadOutletTables([file]), (e: unknown) => isMatomeError(e) && e.code === 'cli/usage' && e.message.includes(file) && e.message.includes('entry 0'))
  })
  await t.test('names a missing file', () => {
    assert.throws(() => loadOutletTables([path.join(dir, 'none.json')]), (e: unknown) => isMatomeError(e) && e.message.includes('none.json'))
  })
})

test('outletsFromEnv', async (t) => {
  await t.test('reads every file of MATOME_OUTLETS and nothing when unset', () => {
    const a = write('a.json', JSON.stringify({ outlets: [{ name: 'A新報', kind: 'regional-paper' }] }))
    const b = write('b.json', JSON.stringify({ outlets: [{ name: 'Bテレビ', kind: 'broadcaster' }] }))
    assert.deepEqual(outletsFromEnv({ MATOME_OUTLETS: [a, b].join(path.delimiter) }).map((o) => o.name), ['A新報', 'Bテレビ'])
    assert.deepEqual(outletsFromEnv({}), [])
  })
})
