import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MatomeError } from '../core/errors.ts'
import { parseGap, resolveStoryOptions, DEFAULT_STORY_OPTIONS } from './options.ts'
import { parsePublishedAt } from './time.ts'

test('parseGap', async (t) => {
  await t.test('reads days, hours and bare numbers', () => {
    assert.equal(parseGap('3d'), 3)
    assert.equal(parseGap('36h'), 1.5)
    assert.equal(parseGap('2.5'), 2.5)
  })
  await t.test('rejects anything else with cluster/invalid-option', () => {
    for (const bad of ['', 'three days', '-1d', '0d', '3w']) {
      assert.throws(() => parseGap(bad), (e: unknown) => e instanceof MatomeError && e.code === 'cluster/invalid-option', bad)
    }
  })
})

test('resolveStoryOptions', async (t) => {
  await t.test('fills in the defaults (gap of 3 days)', () => {
    const o = resolveStoryOptions({})
    assert.equal(o.gapDays, 3)
    assert.deepEqual(o, DEFAULT_STORY_OPTIONS)
  })
  await t.test('rejects out-of-range values naming the option', () => {
    assert.throws(() => resolveStoryOptions({ threshold: 0 }), /threshold/)
    assert.throws(() => resolveStoryOptions({ gapDays: -2 }), /gapDays/)
    assert.throws(() => resolveStoryOptions({ mergeEvery: 1.5 }), /mergeEvery/)
    assert.throws(() => resolveStoryOptions({ archiveLimit: -1 }), /archiveLimit/)
    assert.throws(() => resolveStoryOptions({ archiveDays: 0 }), /archiveDays/)
  })
})

test('parsePublishedAt', async (t) => {
  await t.test('reads a bare date and a date-time without offset in Asia/Tokyo', () => {
    assert.equal(parsePublishedAt('2022-02-28'), Date.parse('2022-02-27T15:00:00Z'))
    assert.equal(parsePublishedAt('2022-02-28T09:30'), Date.parse('2022-02-28T00:30:00Z'))
    assert.equal(parsePublishedAt('2022-02-28 09:30:00'), Date.parse('2022-02-28T00:30:00Z'))
  })
  await t.test('keeps an explicit offset and returns null for missing or bad input', () => {
    assert.equal(parsePublishedAt('2022-02-28T00:00:00Z'), Date.parse('2022-02-28T00:00:00Z'))
    assert.equal(parsePublishedAt(undefined), null)
    assert.equal(parsePublishedAt('yesterday'), null)
  })
})
