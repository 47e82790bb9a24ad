/**
 * @module store/repository.contract
 * The contract every `Repository` implementation must pass; it runs against both SQLite
 * (`sqlite/sqlite-repository.test.ts`) and PostgreSQL (`postgres/postgres-repository.test.ts`, when a server
 * can be started or `MATOME_TEST_PG_URL` is set):
 * call `runRepositoryContract(name, makeRepo)` from a test file; `makeRepo` returns a fresh,
 * empty, migrated store (with the given clock) for each test.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { AnalyzedDoc } from '../core/doc.ts'
import type { ArticleInput, Repository } from './repository.ts'

export type MakeRepository = (now: () => string) => Promise<Repository>

// Original news-style text written for these tests.
const ARTICLES: readonly ArticleInput[] = [
  {
    id: 'a1', title: '北浜市、堤防補強へ48億円', body: '北浜市は12日、川の堤防補強工事を来年度から始めると発表した。総事業費は約48億円。',
    publishedAt: '2024-01-12T10:00:00+09:00', source: '北浜新報', url: 'https://news.example.jp/a/1?utm_source=rss',
    origin: 'feed:https://news.example.jp/rss', raw: '<item><title>北浜市、堤防補強へ48億円</title></item>', rawType: 'application/rss+xml',
  },
  {
    id: 'a2', title: '南川町で地元産コメの給食', body: '南川町の小学校で13日、地元の農家が育てたコメを使った給食が初めて提供された。',
    publishedAt: '2024-01-13', source: '南川日報', url: 'https://minami.example.jp/news?id=77',
  },
  { id: 'a3', body: '東港で新しい旅客船ターミナルが完成し、14日に記念式典が開かれた。AI案内も導入。', publishedAt: '2024-01-14T09:00:00Z', source: '北浜新報' },
]

function clock(): () => string {
  let tick = 0
  return () => new Date(Date.UTC(2024, 5, 1, 0, 0, tick++)).toISOString()
}

function doc(articleId: string, text: string): AnalyzedDoc {
  return { schemaVersion: 1, articleId, text, layers: { sentences: [{ start: 0, end: text.length, kind: 'sentence' }] }, diagnostics: [] }
}

/** Register the contract tests for one implementation. */
export function runRepositoryContract(name: string, makeRepo: MakeRepository): void {
  const withRepo = (title: string, body: (repo: Repository) => Promise<void>): void => {
    test(`${name}: ${title}`, async () => {
      const repo = await makeRepo(clock())
      try {
        await body(repo)
      } finally {
        await repo.close()
      }
    })
  }

  withRepo('migrate is idempotent once the store is open', async (repo) => {
    assert.deepEqual(await repo.migrate(), [])
  })

  withRepo('putArticles inserts a batch, then reports exists on re-run and changes nothing', async (repo) => {
    const first = await repo.putArticles(ARTICLES)
    assert.deepEqual(first.map((r) => r.status), ['inserted', 'inserted', 'inserted'])
    const before = await repo.getArticle('a1')
    const again = await repo.putArticles(ARTICLES)
    assert.deepEqual(again.map((r) => [r.id, r.status]), [['a1', 'exists'], ['a2', 'exists'], ['a3', 'exists']])
    assert.deepEqual(await repo.getArticle('a1'), before)
    assert.equal((await repo.counts()).articles, 3)
  })

  withRepo('stored articles keep every field, a canonical URL, a body hash and the raw input', async (repo) => {
    await repo.putArticles(ARTICLES)
    const a1 = await repo.getArticle('a1')
    assert.ok(a1)
    assert.equal(a1.title, '北浜市、堤防補強へ48億円')
    assert.equal(a1.url, 'https://news.example.jp/a/1?utm_source=rss')
    assert.equal(a1.canonicalUrl, 'https://news.example.jp/a/1')
    assert.equal(a1.origin, 'feed:https://news.example.jp/rss')
    assert.match(a1.bodyHash, /^[0-9a-f]{64}$/)
    assert.match(a1.ingestedAt, /^\d{4}-\d{2}-\d{2}T/)
    assert.deepEqual(await repo.getRaw('a1'), { raw: '<item><title>北浜市、堤防補強へ48億円</title></item>', rawType: 'application/rss+xml' })
    assert.equal(await repo.getRaw('a2'), undefined)
    const a3 = await repo.getArticle('a3')
    assert.ok(a3)
    assert.equal('title' in a3, false, 'absent fields stay absent')
    assert.equal(await repo.getArticle('nope'), undefined)
    assert.deepEqual((await repo.getArticles(['a3', 'nope', 'a1'])).map((a) => a.id), ['a3', 'a1'])
  })

  withRepo('a new id with the canonical URL of a stored article is a duplicate, not stored', async (repo) => {
    await repo.putArticles(ARTICLES)
    const [result] = await repo.putArticles([{ id: 'b1', body: '別の取得', url: 'https://NEWS.example.jp:443/a/1?fbclid=x' }])
    assert.deepEqual(result, { id: 'b1', status: 'duplicate', duplicateOf: 'a1' })
    assert.equal(await repo.getArticle('b1'), undefined)
    const [split] = await repo.putArticles([{ id: 'b2', body: '同じページの別の記事', url: 'https://news.example.jp/a/1#story-2' }])
    assert.equal(split?.status, 'inserted', 'another story of the same page (fragment) is its own article')
  })

  withRepo('duplicates inside one batch are caught too', async (repo) => {
    const results = await repo.putArticles([
      { id: 'c1', body: '本文その一', url: 'https://example.jp/x' },
      { id: 'c1', body: '本文その一' },
      { id: 'c2', body: '本文その二', url: 'https://example.jp/x?utm_medium=social' },
    ])
    assert.deepEqual(results.map((r) => r.status), ['inserted', 'exists', 'duplicate'])
  })

  withRepo('listArticles pages by time, newest first by default, with filters', async (repo) => {
    await repo.putArticles(ARTICLES)
    assert.deepEqual((await repo.listArticles()).map((a) => a.id), ['a3', 'a2', 'a1'])
    assert.deepEqual((await repo.listArticles({ order: 'oldest', limit: 2 })).map((a) => a.id), ['a1', 'a2'])
    assert.deepEqual((await repo.listArticles({ limit: 1, offset: 1 })).map((a) => a.id), ['a2'])
    assert.deepEqual((await repo.listArticles({ source: '北浜新報' })).map((a) => a.id), ['a3', 'a1'])
    assert.deepEqual((await repo.listArticles({ since: '2024-01-13', until: '2024-01-14' })).map((a) => a.id), ['a2'])
  })

  withRepo('analyses are stored per article, replaced, and listed as missing until stored', async (repo) => {
    await repo.putArticles(ARTICLES)
    assert.deepEqual(await repo.listUnanalyzed(), ['a1', 'a2', 'a3'])
    await repo.putAnalysis(doc('a1', 'x'))
    await repo.putAnalyses([doc('a2', 'y'), doc('a1', 'z')])
    assert.equal((await repo.getAnalysis('a1'))?.text, 'z')
    assert.deepEqual(await repo.getAnalysis('a2'), doc('a2', 'y'))
    assert.deepEqual(await repo.listUnanalyzed(), ['a3'])
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `m${String(i).padStart(3, '0')}`, body: `本文${i}` }))
    await repo.putArticles(many)
    assert.equal((await repo.listUnanalyzed()).length, 121, 'all pending ids without a limit')
    assert.deepEqual(await repo.listUnanalyzed(2), ['a3', 'm000'])
    await assert.rejects(repo.putAnalysis(doc('missing', 'x')), { code: 'store/not-found' })
    assert.equal((await repo.counts()).analyses, 2)
  })

  withRepo('duplicate groups: upsert, lookup and members canonical first', async (repo) => {
    await repo.putArticles(ARTICLES)
    await repo.putDuplicateGroups([
      { articleId: 'a1', group: 'a3', canonical: false },
      { articleId: 'a3', group: 'a3', canonical: true },
      { articleId: 'a2', group: 'a2', canonical: true },
    ])
    assert.deepEqual(await repo.getDuplicateGroup('a1'), { articleId: 'a1', group: 'a3', canonical: false })
    assert.deepEqual((await repo.listGroupMembers('a3')).map((m) => m.articleId), ['a3', 'a1'])
    await repo.putDuplicateGroups([{ articleId: 'a1', group: 'a1', canonical: true }])
    assert.deepEqual((await repo.listGroupMembers('a3')).map((m) => m.articleId), ['a3'])
    assert.equal((await repo.counts()).duplicateGroups, 3)
    await assert.rejects(repo.putDuplicateGroups([{ articleId: 'zz', group: 'zz', canonical: true }]), { code: 'store/not-found' })
  })

  withRepo('rejections are kept once per item and reason, listed newest first and counted', async (repo) => {
    await repo.putRejections([
      { item: 'stdin:3', reason: 'input/invalid-json', detail: 'bad line' },
      { item: 'https://example.jp/feed', reason: 'ingest/invalid-feed', detail: 'not XML', at: '2024-01-01T00:00:00Z' },
    ])
    await repo.putRejections([{ item: 'stdin:3', reason: 'input/invalid-json', detail: 'bad line' }])
    const listed = await repo.listRejections()
    assert.deepEqual(listed.map((r) => r.item), ['https://example.jp/feed', 'stdin:3'])
    assert.equal(listed[0]?.at, '2024-01-01T00:00:00Z')
    assert.deepEqual(await repo.countRejectionsByReason(), { 'ingest/invalid-feed': 1, 'input/invalid-json': 1 })
  })

  withRepo('stories: put, replace all, list newest first, delete', async (repo) => {
    await repo.putStory({ id: 's1', articleIds: ['a1'], topic: '防災', digest: { headline: '堤防補強' }, updatedAt: '2024-01-12T00:00:00Z' })
    await repo.putStory({ id: 's2', articleIds: ['a2', 'a3'], updatedAt: '2024-01-13T00:00:00Z' })
    assert.deepEqual((await repo.listStories()).map((s) => s.id), ['s2', 's1'])
    assert.deepEqual(await repo.getStory('s1'), { id: 's1', articleIds: ['a1'], topic: '防災', digest: { headline: '堤防補強' }, updatedAt: '2024-01-12T00:00:00Z' })
    await repo.putStory({ id: 's1', articleIds: ['a1', 'a2'], updatedAt: '2024-01-14T00:00:00Z' })
    assert.deepEqual((await repo.listStories({ limit: 1 })).map((s) => [s.id, s.articleIds.length]), [['s1', 2]])
    await repo.replaceStories([{ id: 's9', articleIds: ['a3'] }])
    const all = await repo.listStories()
    assert.deepEqual(all.map((s) => s.id), ['s9'])
    assert.match(all[0]?.updatedAt ?? '', /^2024-06-01T/)
    await repo.deleteStory('s9')
    assert.equal(await repo.getStory('s9'), undefined)
  })

  withRepo('search finds words of 3+ characters by index and shorter ones by scan, in titles and bodies', async (repo) => {
    await repo.putArticles(ARTICLES)
    assert.deepEqual((await repo.search('堤防補強')).map((h) => h.id), ['a1'])
    assert.deepEqual((await repo.search('給食')).map((h) => h.id), ['a2'], 'two characters: LIKE fallback')
    assert.deepEqual((await repo.search('ai')).map((h) => h.id), ['a3'], 'case-insensitive scan')
    assert.deepEqual((await repo.search('48億円')).map((h) => h.id), ['a1'], 'title and body')
    assert.deepEqual((await repo.search('北浜市 発表')).map((h) => h.id), ['a1'], 'all words must match')
    assert.deepEqual((await repo.search('月面着陸')), [])
    assert.deepEqual((await repo.search('ＡＩ案内')).map((h) => h.id), ['a3'], 'full-width query finds half-width text')
    assert.deepEqual((await repo.search('４８億')).map((h) => h.id), ['a1'])
    await repo.putArticles([{ id: 'a4', body: 'ＩｏＴ機器の展示会が開かれた。', publishedAt: '2024-01-01' }])
    assert.deepEqual((await repo.search('iot')).map((h) => h.id), ['a4'], 'half-width query finds full-width text')
    assert.deepEqual((await repo.search('  ')), [])
    assert.deepEqual((await repo.search('"%_')), [], 'quotes and LIKE wildcards are literal')
    const [hit] = await repo.search('旅客船')
    assert.ok(hit?.snippet.includes('旅客船'))
    assert.deepEqual((await repo.search('した', 1)).length, 1)
  })
}
