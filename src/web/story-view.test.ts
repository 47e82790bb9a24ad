import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadCatalog } from '../app/catalog.ts'
import { createFixtureStore } from '../../test/fixtures/app/store.ts'
import { createLinker } from './cite-links.ts'
import { renderStoryPage } from './story-view.ts'

test('renderStoryPage marks copies as the renderers do, and writes dates for people', async () => {
  const catalog = await loadCatalog(await createFixtureStore())
  const entry = catalog.story('story:a1')!
  const digest = entry.digest!
  const weekly = {
    ...entry,
    digest: {
      ...digest,
      timeline: [
        { ...digest.lead[0]!, date: '2026-W45', granularity: 'week' as const, dateText: '来週' },
        { ...digest.lead[0]!, date: '2026-11-20', granularity: 'day' as const, dateText: '20日', status: 'scheduled' as const },
      ],
    },
  }
  const articles = entry.articleIds.flatMap((id) => catalog.article(id) ?? [])
  const html = String(renderStoryPage({ entry: weekly, articles, linker: createLinker(weekly.digest, catalog.analysis), isEntity: () => false }))
  const copy = digest.sources.articles.find((a) => a.copyOf !== undefined)!
  assert.match(html, new RegExp(`同じ記事の配信: <a href="/articles/${copy.id}"[^>]*>\\[${copy.n}\\]</a>`, 'u'))
  assert.match(html, /（同一記事の配信）/u)
  assert.match(html, /<time datetime="2026-W45">11月2日の週<\/time>（来週）/u)
  assert.match(html, /2026年11月3日〜5日/u, 'the story span')
  assert.doesNotMatch(html, /2026-W45</u)
  assert.match(html, /<time datetime="2026-11-20">11月20日<\/time>（20日） <span class="badge status">予定<\/span> /u, 'a planned event is labelled 予定')
  assert.equal(html.match(/class="badge status"/gu)?.length, 1, 'an event that happened has no label')
})
