import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadCatalog } from './catalog.ts'
import { createFixtureStore } from '../../test/fixtures/app/store.ts'
import { renderStaticIndex } from './static-index.ts'

test('the static index writes story spans as the web list does', async () => {
  const catalog = await loadCatalog(await createFixtureStore())
  const entry = catalog.story('story:a1')!
  const html = renderStaticIndex([{ file: 'stories/a1.html', entry }])
  assert.match(html, /<a class="headline" href="stories\/a1\.html">/u)
  assert.match(html, /2026年11月3日〜5日/u, 'one year, written once')
  assert.doesNotMatch(html, /〜2026年/u)
})
