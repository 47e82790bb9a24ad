import { test } from 'node:test'
import assert from 'node:assert/strict'
import { displayDate, displayUrl, yearOf } from './index.ts'

test('displayDate', async (t) => {
  await t.test('a day without the story year, with it when the year differs', () => {
    assert.equal(displayDate('2026-11-18', { year: 2026 }), '11月18日')
    assert.equal(displayDate('2025-12-31', { year: 2026 }), '2025年12月31日')
    assert.equal(displayDate('2026-11-18'), '2026年11月18日', 'no story year: the year is written')
  })
  await t.test('an ISO week as the week of its Monday', () => {
    assert.equal(displayDate('2026-W46', { year: 2026, granularity: 'week' }), '11月9日の週')
    assert.equal(displayDate('2026-W01', { year: 2026 }), '2025年12月29日の週', 'week 1 may start in the year before')
  })
  await t.test('a month and a year always carry the year', () => {
    assert.equal(displayDate('2026-11', { year: 2026 }), '2026年11月')
    assert.equal(displayDate('2027', { year: 2026 }), '2027年')
  })
  await t.test('an interval writes only what changes at its end', () => {
    assert.equal(displayDate('2026-11-09/2026-11-11', { year: 2026 }), '11月9日〜11日')
    assert.equal(displayDate('2026-11-19/2026-12-31', { year: 2026 }), '11月19日〜12月31日')
    assert.equal(displayDate('2026-12-28/2027-01-03', { year: 2026 }), '2026年12月28日〜2027年1月3日')
    assert.equal(displayDate('2026-04-01/2027-03-31', { year: 2026, granularity: 'fiscal-year' }), '2026年度')
  })
  await t.test('a third of a month as 上旬 / 中旬 / 下旬', () => {
    assert.equal(displayDate('2026-11-01/2026-11-10', { year: 2026 }), '11月上旬')
    assert.equal(displayDate('2026-11-11/2026-11-20', { year: 2026 }), '11月中旬')
    assert.equal(displayDate('2027-02-21/2027-02-28', { year: 2026 }), '2027年2月下旬')
    assert.equal(displayDate('2028-02-21/2028-02-29', { year: 2028 }), '2月下旬', 'leap year: 下旬 ends on the 29th')
    assert.equal(displayDate('2026-11-21/2026-11-29', { year: 2026 }), '11月21日〜29日', 'not the whole third')
  })
  await t.test('a date-time shows its Asia/Tokyo day; unknown text passes through', () => {
    assert.equal(displayDate('2026-11-18T20:50:00Z', { year: 2026 }), '11月19日')
    assert.equal(displayDate('2026-11-19T06:00', { year: 2026 }), '11月19日', 'zone-less: Asia/Tokyo')
    assert.equal(displayDate(undefined), '日付不明')
    assert.equal(displayDate('来春'), '来春')
  })
  await t.test('yearOf reads the year of a span', () => {
    assert.equal(yearOf('2026-11-04'), 2026)
    assert.equal(yearOf(undefined), undefined)
  })
})

test('displayUrl shows the canonical URL and keeps a split page\'s story fragment', () => {
  assert.equal(displayUrl('https://News.example.jp/a/1?utm_source=feed&utm_medium=rss'), 'https://news.example.jp/a/1')
  assert.equal(displayUrl('https://example.jp/a?id=7&fbclid=x'), 'https://example.jp/a?id=7')
  assert.equal(displayUrl('https://example.jp/page.html#story-2', 'https://example.jp/page.html'), 'https://example.jp/page.html#story-2')
  assert.equal(displayUrl('https://example.jp/amp/1?utm_campaign=x', 'https://example.jp/news/1'), 'https://example.jp/news/1', 'the stored canonical wins')
  assert.equal(displayUrl(undefined), undefined)
  assert.equal(displayUrl('記事のURL'), '記事のURL', 'unparsable: as given')
})
