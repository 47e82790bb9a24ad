import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHostGate } from './host-gate.ts'

test('createHostGate spaces requests to one host and lets other hosts through', async () => {
  let t = 0
  const sleeps: number[] = []
  const gate = createHostGate({ spacingMs: 1000, now: () => t, sleep: async (ms) => { sleeps.push(ms); t += ms } })
  await gate.pass('https://a.example.jp/1')
  t += 300
  await gate.pass('https://a.example.jp/2')
  await gate.pass('https://b.example.jp/1')
  t += 5000
  await gate.pass('https://a.example.jp/3')
  assert.deepEqual(sleeps, [700])
})
