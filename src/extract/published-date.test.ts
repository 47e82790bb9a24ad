import { test } from 'node:test'
import assert from 'node:assert/strict'
import { toIsoDate } from './published-date.ts'

test('toIsoDate keeps ISO dates and their offsets', () => {
  assert.equal(toIsoDate('2026-11-20T09:30:00+09:00'), '2026-11-20T09:30:00+09:00')
  assert.equal(toIsoDate('2026-11-20T09:30:00.123+0900'), '2026-11-20T09:30:00+09:00')
  assert.equal(toIsoDate('2026-11-20T00:30:00Z'), '2026-11-20T00:30:00Z')
  assert.equal(toIsoDate('2026-11-20'), '2026-11-20')
})

test('toIsoDate reads RFC 822 feed dates without moving them to UTC', () => {
  assert.equal(toIsoDate('Fri, 20 Nov 2026 09:30:00 +0900'), '2026-11-20T09:30:00+09:00')
  assert.equal(toIsoDate('20 Nov 2026 01:02 GMT'), '2026-11-20T01:02:00Z')
})

test('toIsoDate reads Japanese-style dates as JST', () => {
  assert.equal(toIsoDate('2026/11/20 9:05'), '2026-11-20T09:05:00+09:00')
  assert.equal(toIsoDate('2026年11月20日 午後3時5分'), '2026-11-20T15:05:00+09:00')
  assert.equal(toIsoDate('２０２６年１１月２０日（金）'), '2026-11-20')
})

test('toIsoDate refuses impossible and unreadable dates', () => {
  assert.equal(toIsoDate('2026-02-30'), null)
  assert.equal(toIsoDate('きのう'), null)
  assert.equal(toIsoDate(''), null)
  assert.equal(toIsoDate(undefined), null)
})
