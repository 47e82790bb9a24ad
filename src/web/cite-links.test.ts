import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createLinker, sentenceAt } from './cite-links.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import { renderArticlePage, renderText } from './article-view.ts'

const doc: AnalyzedDoc = {
  schemaVersion: 1,
  articleId: 'a/1',
  text: 'ああ。\nいい。',
  layers: { sentences: [{ start: 0, end: 3, kind: 'sentence' }, { start: 4, end: 7, kind: 'sentence' }] },
  diagnostics: [],
}

test('sentenceAt', () => {
  assert.deepEqual(sentenceAt(doc, 1), { start: 0, end: 3, kind: 'sentence' })
  assert.deepEqual(sentenceAt(doc, 3), { start: 4, end: 7, kind: 'sentence' }, 'a cite starting on the newline goes to the next sentence')
  assert.equal(sentenceAt(doc, 9), undefined)
  assert.equal(sentenceAt(undefined, 0), undefined)
})

test('createLinker', () => {
  const linker = createLinker(undefined, (id) => (id === 'a/1' ? doc : undefined))
  assert.equal(linker.href({ id: 'a/1', start: 5, end: 6 }), '/articles/a%2F1#s-4-7', 'links the whole sentence holding the cite')
  assert.equal(linker.href({ id: 'b', start: 2, end: 9 }), '/articles/b#s-2-9', 'without an analysis the cite itself is the anchor')
})

test('title cites (field: title)', async (t) => {
  const titleCite = { id: 'a/1', start: 0, end: 2, field: 'title' as const }
  await t.test('link to the article title, not to a body sentence at the same offsets', () => {
    const linker = createLinker(undefined, (id) => (id === 'a/1' ? doc : undefined))
    assert.equal(linker.href(titleCite), '/articles/a%2F1#title')
  })
  await t.test('never highlight body text; the page marks its title instead', () => {
    assert.doesNotMatch(String(renderText(doc.text, doc, [titleCite])), /cited/u)
    assert.match(String(renderText(doc.text, doc, [{ id: 'a/1', start: 0, end: 2 }])), /<span id="s-0-3" class="cited">/u)
    const article = { id: 'a/1', title: 'ああ いい', body: doc.text, bodyHash: 'h', ingestedAt: '2031-01-01T00:00:00Z' }
    const page = String(renderArticlePage({ article, doc, cites: [titleCite], stories: [], copies: [] }))
    assert.match(page, /<h1 id="title" class="cited">ああ いい<\/h1>/u)
    assert.doesNotMatch(page, /<span[^>]*class="cited"/u)
  })
})
