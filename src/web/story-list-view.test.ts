import { test } from 'node:test'
import assert from 'node:assert/strict'
import { renderStoryListPage } from './story-list-view.ts'
import type { StoryListItem } from '../app/catalog.ts'

const item = (id: string): StoryListItem => ({
  id, headline: `見出し${id}`, title: `題${id}`, articleCount: 2, sourceCount: 2, sources: ['甲新聞', '乙放送'],
  firstPublishedAt: '2026-11-03', lastPublishedAt: '2026-11-04', recentArticles: 2, growing: true,
  topEntities: [{ canonical: '港北市', type: 'LOCATION', articles: 2 }], topic: '地域', backgroundCount: 1, updatedAt: '2026-11-05T00:00:00Z',
})

test('renderStoryListPage', async (t) => {
  await t.test('shows counts, span, badges, entities and topic of each story', () => {
    const html = String(renderStoryListPage({ stories: [item('1')], matching: 1, total: 1, filter: {}, topics: ['地域'], page: 1, perPage: 50 }))
    assert.match(html, /2媒体 · 2本 · 2026年11月3日〜4日/)
    assert.match(html, /<span class="badge growing">続報<\/span>/)
    assert.match(html, /背景記事あり/)
    assert.match(html, /href="\/entities\/%E6%B8%AF%E5%8C%97%E5%B8%82"/)
    assert.doesNotMatch(html, /class="pager"/)
  })

  await t.test('pages through the matching stories keeping the filters', () => {
    const html = String(renderStoryListPage({ stories: [item('2')], matching: 3, total: 9, filter: { topic: '地域' }, topics: ['地域'], page: 2, perPage: 1 }))
    assert.match(html, /3件のストーリー（全9件から絞り込み）/)
    assert.match(html, /href="\/\?topic=%E5%9C%B0%E5%9F%9F" rel="prev"/)
    assert.match(html, /href="\/\?topic=%E5%9C%B0%E5%9F%9F&amp;page=3" rel="next"/)
    assert.match(html, /2 \/ 3/)
  })
})
