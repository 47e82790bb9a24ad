import { test } from 'node:test'
import assert from 'node:assert/strict'
import { endDayOf, startDayOf } from './time.ts'

test('endDayOf gives the last day of a date value', () => {
  assert.equal(endDayOf('2031-09-06'), '2031-09-06')
  assert.equal(endDayOf('2031-02'), '2031-02-28')
  assert.equal(endDayOf('2032-02'), '2032-02-29')
  assert.equal(endDayOf('2031'), '2031-12-31')
  assert.equal(endDayOf('2026-W46'), '2026-11-15')
  assert.equal(startDayOf('2026-W46'), '2026-11-09')
  assert.equal(endDayOf('2027-02-21/2027-02-28'), '2027-02-28')
})
