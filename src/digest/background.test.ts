import { test } from 'node:test'
import assert from 'node:assert/strict'
import { basicDoc, buildDigest, startDayOf } from './index.ts'
import { BRIDGE_1, BRIDGE_2, BRIDGE_OLD } from './fixtures.test-data.ts'

test('buildDigest backgroundIds', async (t) => {
  const articles = [BRIDGE_1, BRIDGE_2, BRIDGE_OLD]
  const docs = articles.map((a) => basicDoc(a))
  const story = { id: 'story:bridge-1', articleIds: articles.map((a) => a.id) }
  await t.test('an article clustering attached as background is never a section, even when it is recent', () => {
    const digest = buildDigest(story, articles, docs, { backgroundIds: ['bridge-2'] })
    assert.deepEqual(digest.sections.map((s) => s.id), ['bridge-1'])
    assert.deepEqual(digest.background.map((b) => b.id).sort(), ['bridge-2', 'bridge-old'])
  })
  await t.test('daysOutside counts days from the news span, not from the limit', () => {
    const digest = buildDigest(story, articles, docs, { backgroundIds: ['bridge-2'] })
    const day = (iso: string): number => Date.parse(iso.slice(0, 10)) / 86_400_000
    const span = digest.span
    assert.ok(span !== undefined)
    const outside = Object.fromEntries(digest.background.map((b) => [b.id, b.daysOutside]))
    assert.equal(outside['bridge-old'], day(span.from) - day(BRIDGE_OLD.publishedAt ?? ''))
    assert.equal(outside['bridge-2'], day(BRIDGE_2.publishedAt ?? '') - day(span.to))
  })
})

test('startDayOf', async (t) => {
  await t.test('places weeks, months, years and intervals at their first day', () => {
    assert.equal(startDayOf('2026-W46'), '2026-11-09')
    assert.equal(startDayOf('2021-W01'), '2021-01-04')
    assert.equal(startDayOf('2026-11'), '2026-11-01')
    assert.equal(startDayOf('2026'), '2026-01-01')
    assert.equal(startDayOf('2026-11-21/2026-11-27'), '2026-11-21')
    assert.equal(startDayOf('2026-11-18'), '2026-11-18')
  })
})
