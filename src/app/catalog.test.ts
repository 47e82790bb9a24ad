import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadCatalog, withReaderUrls } from './catalog.ts'
import { filterStories } from './filter-stories.ts'
import { createFixtureStore } from '../../test/fixtures/app/store.ts'

test('loadCatalog', async (t) => {
  const repository = await createFixtureStore()
  await repository.putArticles([{ id: 'old1', title: '港北市の旧橋', body: '港北市の旧橋が閉鎖された。', publishedAt: '2026-10-01', source: '港北新報' }])
  await repository.putStory({ id: 'story:old1', articleIds: ['old1'] })
  const catalog = await loadCatalog(repository)

  await t.test('lists the newest story first and counts articles and outlets', () => {
    assert.deepEqual(catalog.stories.map((s) => s.item.id), ['story:a1', 'story:old1'])
    const item = catalog.stories[0]?.item
    assert.equal(item?.articleCount, 3)
    assert.equal(item?.sourceCount, 3)
    assert.equal(item?.firstPublishedAt, '2026-11-03T09:00:00+09:00')
    assert.equal(item?.lastPublishedAt, '2026-11-05T10:00:00+09:00')
    assert.equal(item?.headline, '新しい橋の建設')
  })

  await t.test('marks a story growing only when it gained articles near the newest article of the store', () => {
    assert.equal(catalog.story('story:a1')?.item.growing, true)
    assert.equal(catalog.story('story:old1')?.item.growing, false)
  })

  await t.test('falls back to the first title when a story has no digest', () => {
    assert.equal(catalog.story('story:old1')?.item.headline, '港北市の旧橋')
    assert.equal(catalog.story('story:old1')?.digest, undefined)
  })

  await t.test('indexes entities across stories with their quotes and positions', () => {
    const person = catalog.entity('山田花子')
    assert.equal(person?.type, 'PERSON')
    assert.deepEqual(person?.storyIds, ['story:a1'])
    assert.equal(person?.quotes[0]?.text, '来年春の開通を目指す')
    assert.equal(person?.positions[0]?.stance, 'stress')
    assert.equal(catalog.entity('港北市')?.articleCount, 2)
  })

  await t.test('knows which stories an article is in and every cite into it', () => {
    assert.deepEqual(catalog.storiesOf('copy1'), ['story:a1'])
    assert.ok(catalog.citesOf('a1').some((c) => c.start === 0 && c.end === 17))
    assert.deepEqual(catalog.citesOf('old1'), [])
  })

  await t.test('filters by topic, entity and overlapping day range', () => {
    const ids = (f: Parameters<typeof filterStories>[1]) => filterStories(catalog, f).map((s) => s.item.id)
    assert.deepEqual(ids({ topic: '地域・建設' }), ['story:a1'])
    assert.deepEqual(ids({ entity: '山田花子' }), ['story:a1'])
    assert.deepEqual(ids({ entity: '誰でもない' }), [])
    assert.deepEqual(ids({ from: '2026-11-04', to: '2026-11-04' }), ['story:a1'])
    assert.deepEqual(ids({ to: '2026-10-31' }), ['story:old1'])
  })

  await t.test('gives each load a new generation', async () => {
    const again = await loadCatalog(repository)
    assert.ok(again.generation > catalog.generation)
  })
})

test('withReaderUrls links every source to its stored canonical URL, keeping a split page\'s fragment', async () => {
  const catalog = await loadCatalog(await createFixtureStore())
  const digest = catalog.story('story:a1')!.digest!
  const tracked = { ...digest, sections: digest.sections.map((s) => (s.id === 'a1' ? { ...s, url: 'https://example.jp/a1?utm_source=feed' } : s)) }
  const article = (id: string, url: string, canonicalUrl: string) => ({ id, body: '', bodyHash: '', ingestedAt: '2026-11-05T00:00:00Z', url, canonicalUrl })
  const articles = new Map([
    ['a1', article('a1', 'https://example.jp/a1?utm_source=feed', 'https://example.jp/a1')],
    ['copy1', article('copy1', 'https://example.jp/matome.html#story-2', 'https://example.jp/matome.html')],
  ])
  const shown = withReaderUrls(tracked, articles)
  assert.equal(shown.sections.find((s) => s.id === 'a1')?.url, 'https://example.jp/a1')
  assert.equal(shown.sources.articles.find((a) => a.id === 'copy1')?.url, 'https://example.jp/matome.html#story-2')
  assert.equal(shown.sources.articles.find((a) => a.id === 'a2')?.url, undefined, 'no URL stays none')
})
