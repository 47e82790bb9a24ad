import test from 'node:test'
import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { readLines } from './read-lines.ts'

async function collect(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = []
  for await (const line of readLines(Readable.from(chunks))) out.push(line)
  return out
}

test('readLines', async (t) => {
  await t.test('keeps U+2028 and U+2029 inside a line', async () => {
    assert.deepEqual(await collect(['{"body":"a\u2028b\u2029c"}\n{"body":"d"}\n']), ['{"body":"a\u2028b\u2029c"}', '{"body":"d"}'])
  })
  await t.test('drops CR of CRLF and yields a last line without newline', async () => {
    assert.deepEqual(await collect(['x\r\ny', '\r\nz']), ['x', 'y', 'z'])
  })
  await t.test('joins a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('東京\n大阪\n')
    assert.deepEqual(await collect([bytes.subarray(0, 2), bytes.subarray(2, 8), bytes.subarray(8)]), ['東京', '大阪'])
  })
})
