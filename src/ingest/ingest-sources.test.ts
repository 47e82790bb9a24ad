import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { REPO_ROOT } from '../runtime/paths.ts'
import { openSqliteRepository } from '../store/sqlite/sqlite-repository.ts'
import { ingestSources, type IngestProgress } from './ingest-sources.ts'
import { readSource } from './sources.ts'
import { encodeShiftJis } from '../../test/fixtures/ingest/encode.ts'
import { respond, startServer } from '../../test/fixtures/ingest/server.ts'

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/ingest')
const dir = mkdtempSync(path.join(tmpdir(), 'matome-ingest-'))
after(() => rmSync(dir, { recursive: true, force: true }))

// a folder holding every file shape, one broken item of each kind, and a nested folder
const corpus = path.join(dir, 'corpus')
mkdirSync(path.join(corpus, 'nested'), { recursive: true })
for (const f of ['article-ogp.html', 'multi-story.txt', 'feed-rss1.rdf', 'feed-atom.atom']) copyFileSync(path.join(FIXTURES, f), path.join(corpus, f))
const sjisPage = '<html><head><meta charset="Shift_JIS"><title>山あいの温泉街で紅葉が見頃に｜やまびこ新聞</title><meta property="og:site_name" content="やまびこ新聞"></head><body><article><h1>山あいの温泉街で紅葉が見頃に</h1><p>山あいの温泉街で、モミジの紅葉が見頃を迎えています。</p><p>例年より1週間ほど遅く、観光協会は今月末まで楽しめるとしています。</p></article></body></html>'
writeFileSync(path.join(corpus, 'nested', 'sjis-page.html'), encodeShiftJis(sjisPage))
writeFileSync(path.join(corpus, 'nested', 'lines.jsonl'), [
  JSON.stringify({ id: 'j1', title: '県議会が開会', body: '県議会が開会しました。会期は20日間です。', publishedAt: '2026-11-25', source: 'テスト通信' }),
  '{"id": "broken", "body": ',
  JSON.stringify({ id: 'j2', text: '二つ目の記事の本文です。' }),
].join('\n'))
writeFileSync(path.join(corpus, 'nested', 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
writeFileSync(path.join(corpus, 'nested', 'mojibake.txt'), new Uint8Array([0x82, 0xa0, 0xff, 0xfe, 0x80, 0x80, 0xa0, 0xff]))
writeFileSync(path.join(corpus, 'broken-feed.rss'), '<rss><channel><item><title>途中で切れた')
writeFileSync(path.join(corpus, '.hidden.txt'), '隠しファイル\n読まれない。')

test('readSource reads a folder recursively in sorted order, every file shape', async () => {
  const items: string[] = []
  for await (const o of readSource(corpus, { network: false })) items.push(o.ok ? `${path.relative(corpus, o.origin.split(' ')[0] ?? '')}|${o.article.title ?? ''}` : `REJECT ${path.relative(corpus, o.item.split(':')[0] ?? '')} ${o.reason}`)
  assert.deepEqual(items.map((s) => s.split('|')[0]), [
    'article-ogp.html',
    'REJECT broken-feed.rss ingest/invalid-feed',
    'feed-atom.atom',
    'feed-rss1.rdf',
    'feed-rss1.rdf',
    'multi-story.txt#story-1',
    'multi-story.txt#story-2',
    'multi-story.txt#story-3',
    'nested/lines.jsonl:1',
    'REJECT nested/lines.jsonl input/invalid-json',
    'nested/lines.jsonl:3',
    'REJECT nested/mojibake.txt ingest/decode-failed',
    'REJECT nested/photo.png ingest/unsupported-file',
    'nested/sjis-page.html',
  ])
  assert.ok(items.includes('nested/sjis-page.html|山あいの温泉街で紅葉が見頃に'), 'the Shift_JIS page decodes')
})

test('multi-story articles share source, date and URL with a #story-N fragment', async () => {
  const stories = []
  for await (const o of readSource(path.join(corpus, 'multi-story.txt'))) if (o.ok) stories.push(o.article)
  assert.deepEqual(stories.map((a) => a.url), [1, 2, 3].map((n) => `https://shiokaze.example.jp/news/20261120#story-${n}`))
  assert.ok(stories.every((a) => a.source === 'しおかぜ通信' && a.publishedAt === '2026-11-20T19:00:00+09:00'))
  assert.equal(new Set(stories.map((a) => a.id)).size, 3)
})

test('ingestSources stores articles and rejections, goes on after bad items, and is idempotent', async () => {
  const repository = openSqliteRepository({ path: path.join(dir, 'store.db') })
  const progress: IngestProgress[] = []
  const first = await ingestSources([corpus, path.join(dir, 'missing.txt')], { repository, network: false, onProgress: (p) => progress.push(p) })
  assert.equal(first.ingested, 10)
  assert.equal(first.rejected, 5)
  assert.deepEqual(first.rejectedByReason, {
    'ingest/invalid-feed': 1,
    'input/invalid-json': 1,
    'ingest/decode-failed': 1,
    'ingest/unsupported-file': 1,
    'ingest/read-failed': 1,
  })
  assert.equal(progress.length, 15)
  assert.equal((await repository.counts()).articles, 10)
  assert.equal((await repository.counts()).rejections, 5)
  const page = await repository.getArticle(first.insertedIds[0] ?? '')
  assert.equal(page?.title, '湾岸線で新型路面電車の試験走行始まる')
  assert.match((await repository.getRaw(page?.id ?? ''))?.raw ?? '', /^<!DOCTYPE html>/)
  const second = await ingestSources([corpus], { repository, network: false })
  assert.deepEqual([second.ingested, second.unchanged, second.duplicates], [0, 10, 0])
  assert.equal((await repository.counts()).articles, 10)
  assert.equal((await repository.counts()).rejections, 5)
  await repository.close()
})

test('ingestSources reads JSONL from stdin ("-")', async () => {
  const repository = openSqliteRepository({ path: ':memory:' })
  const stdin = Readable.from([`${JSON.stringify({ id: 's1', body: '標準入力の記事です。' })}\nnot json\n`])
  const summary = await ingestSources(['-'], { repository, stdin })
  assert.deepEqual([summary.ingested, summary.rejected], [1, 1])
  assert.equal(summary.rejections[0]?.item, 'stdin:2')
  await repository.close()
})

test('ingestSources fetches a feed by URL and the pages of summary-only items', async () => {
  const pageHtml = '<html><head><meta property="og:title" content="路線バスの運転士不足 一部の便を減らす方針"><meta property="og:site_name" content="北斗ニュース"></head><body><article><p>運転士の不足を受けて、市内のバス会社が来月から一部の便を減らす方針を明らかにしました。</p><p>減便の対象は平日の日中の便で、全体の1割ほどになる見込みです。</p></article></body></html>'
  let rss = ''
  const server = await startServer({
    '/rss': (req, res) => respond(rss, { 'content-type': 'application/rdf+xml; charset=utf-8' })(req, res),
    '/a/102': respond(pageHtml, { 'content-type': 'text/html; charset=utf-8' }),
  })
  try {
    const { readFileSync } = await import('node:fs')
    rss = readFileSync(path.join(FIXTURES, 'feed-rss1.rdf'), 'utf8').replaceAll('https://hokuto-news.example.jp', server.origin)
    const repository = openSqliteRepository({ path: ':memory:' })
    const refused = await ingestSources([`${server.origin}/rss`], { repository })
    assert.deepEqual(refused.rejectedByReason, { 'ingest/forbidden-address': 1 })
    const summary = await ingestSources([`${server.origin}/rss`], { repository, allowPrivateNetwork: true })
    assert.equal(summary.ingested, 2)
    const [full, fetched] = await repository.getArticles(summary.insertedIds)
    assert.match(full?.body ?? '', /^来月開かれる雪まつりに向けて/, 'full content:encoded used as is')
    assert.match(fetched?.body ?? '', /減便の対象は平日の日中の便/, 'summary-only item: the page was fetched')
    assert.equal(fetched?.publishedAt, '2026-11-17T12:40:00+09:00', 'the feed date fills a page without one')
    assert.ok(server.requests.some((r) => r.path === '/a/102'))
    await repository.close()
  } finally {
    await server.close()
  }
})

test('a summary-only feed item whose page cannot be read keeps its summary as the body', async () => {
  const { readFileSync } = await import('node:fs')
  let rss = ''
  const server = await startServer({ '/rss': (req, res) => respond(rss, { 'content-type': 'application/rdf+xml' })(req, res) })
  try {
    rss = readFileSync(path.join(FIXTURES, 'feed-rss1.rdf'), 'utf8').replaceAll('https://hokuto-news.example.jp', server.origin)
    const outcomes = []
    for await (const o of readSource(`${server.origin}/rss`, { allowPrivateNetwork: true })) outcomes.push(o)
    const second = outcomes[1]
    assert.ok(second?.ok)
    assert.equal(second.article.body, '運転士の不足を受けて、バス会社が来月から一部の便を減らす方針です。')
    assert.equal(second.article.source, '北斗ニュース')
    assert.ok(server.requests.some((r) => r.path === '/a/102'), 'the page was tried (404)')
  } finally {
    await server.close()
  }
})
