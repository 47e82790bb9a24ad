import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createAppService, type AppService } from '../app/service.ts'
import { createHttpApp } from './app.ts'
import { createFixtureStore, HOSTILE } from '../../test/fixtures/app/store.ts'
import type { Article } from '../core/article.ts'

async function setup(options: { token?: string; maxBodyBytes?: number } = {}) {
  const repository = await createFixtureStore()
  const service = await createAppService(repository, {
    tokenizer: () => Promise.reject(new Error('no tokenizer in HTTP tests')),
  })
  const added: Article[] = []
  // POST goes through the service; this test checks the HTTP contract, not the pipeline
  const recording: AppService = {
    ...service,
    addArticles: async (articles) => {
      added.push(...articles)
      return { results: articles.map((a) => ({ id: a.id, status: 'inserted' as const })), rebuild: { analyzed: articles.length, analysisFailed: 0, articles: 3, duplicateGroups: 2, stories: 1, digestsBuilt: 0, digestsKept: 1, digestFailed: 0, topics: 1 } }
    },
  }
  const app = createHttpApp({ service: recording, renderers: { md: (d) => `# ${d.headline.text}\n` }, ...options })
  return { app, added, repository }
}

async function errorCode(res: Response): Promise<string> {
  const body = (await res.json()) as { error: { code: string } }
  return body.error.code
}

test('createHttpApp', async (t) => {
  const { app, added } = await setup({ token: 'secret-token', maxBodyBytes: 4096 })

  await t.test('serves the story list in Japanese with a strict CSP and the served stylesheet', async () => {
    const res = await app.request('/')
    assert.equal(res.status, 200)
    const csp = res.headers.get('content-security-policy') ?? ''
    assert.match(csp, /default-src 'none'/)
    assert.doesNotMatch(csp, /unsafe-inline/)
    const text = await res.text()
    assert.match(text, /<html lang="ja">/)
    assert.match(text, /href="\/stories\/story%3Aa1"/)
    assert.match(text, /3媒体 · 3本/)
    assert.doesNotMatch(text, /<script/i)
    assert.doesNotMatch(text, /style="/)
    const css = await app.request('/assets/matome.css')
    assert.equal(css.status, 200)
    assert.match(await css.text(), /IPAGothic/)
  })

  await t.test('filters stories by topic, entity and date, and rejects a bad date with 400', async () => {
    assert.match(await (await app.request('/?topic=' + encodeURIComponent('地域・建設'))).text(), /story%3Aa1/)
    assert.doesNotMatch(await (await app.request('/?topic=' + encodeURIComponent('スポーツ'))).text(), /href="\/stories\/story%3Aa1"/)
    assert.match(await (await app.request('/?entity=' + encodeURIComponent('山田花子'))).text(), /href="\/stories\/story%3Aa1"/)
    assert.doesNotMatch(await (await app.request('/?from=2026-12-01')).text(), /href="\/stories\/story%3Aa1"/)
    assert.equal((await app.request('/?page=0')).status, 400)
    assert.match(await (await app.request('/?page=2')).text(), /該当するストーリーはありません/)
    const bad = await app.request('/?from=yesterday')
    assert.equal(bad.status, 400)
    assert.equal(await errorCode(bad), 'http/bad-request')
  })

  await t.test('renders the story page: digest, timeline SVG, cites to sentence anchors, escaped source text', async () => {
    const res = await app.request('/stories/story%3Aa1')
    assert.equal(res.status, 200)
    const text = await res.text()
    assert.match(text, /<svg [^>]*role="img"/)
    assert.match(text, /✅ 港北市で新しい橋の建設が始まった。/)
    assert.match(text, /💡/)
    assert.match(text, /公開日: 2026年11月3日/)
    assert.match(text, /href="\/articles\/a1#s-0-17"/)
    assert.match(text, /href="https:\/\/example.jp\/a1"/)
    assert.ok(!text.includes(HOSTILE), 'hostile markup must be escaped')
    assert.match(text, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/)
    assert.doesNotMatch(text, /javascript:/, 'a javascript: URL is never linked')
    assert.match(text, /<td><a href="\/entities\/%E5%B1%B1%E7%94%B0%E8%8A%B1%E5%AD%90">山田花子<\/a><\/td>/, 'a known actor links its entity page')
  })

  await t.test('answers 304 to a matching ETag from the page cache', async () => {
    const first = await app.request('/stories/story%3Aa1')
    const etag = first.headers.get('etag')
    assert.ok(etag)
    const again = await app.request('/stories/story%3Aa1', { headers: { 'If-None-Match': etag } })
    assert.equal(again.status, 304)
  })

  await t.test('renders the article page with anchored, highlighted sentences, entities and copies', async () => {
    const text = await (await app.request('/articles/a1')).text()
    assert.match(text, /<span id="s-0-17" class="cited">/)
    assert.match(text, /class="ent PERSON" href="\/entities\/%E5%B1%B1%E7%94%B0%E8%8A%B1%E5%AD%90"/)
    assert.match(text, /<h2>同じ記事の配信<\/h2>/)
    assert.doesNotMatch(text, /転載/)
    assert.match(text, /href="\/articles\/copy1"/)
    const hostile = await (await app.request('/articles/a2')).text()
    assert.ok(!hostile.includes(HOSTILE))
  })

  await t.test('renders the entity page with quotes and positions', async () => {
    const text = await (await app.request('/entities/' + encodeURIComponent('山田花子'))).text()
    assert.match(text, /<h1>山田花子<\/h1>/)
    assert.match(text, /「来年春の開通を目指す」/)
    assert.match(text, /強調/)
  })

  await t.test('lists entities by type on the entity index', async () => {
    const text = await (await app.request('/entities')).text()
    assert.match(text, /<h2>人物<\/h2>\s*<ul class="chips"><li><a href="\/entities\/%E5%B1%B1%E7%94%B0%E8%8A%B1%E5%AD%90">山田花子<\/a>/)
  })

  await t.test('searches through the store', async () => {
    const text = await (await app.request('/search?q=' + encodeURIComponent('見学会'))).text()
    assert.match(text, /href="\/articles\/a2"/)
    for (const empty of ['/search', '/search?q=', '/search?q=%20']) {
      const res = await app.request(empty)
      assert.equal(res.status, 303, empty)
      assert.equal(res.headers.get('location'), '/')
    }
    assert.equal((await app.request('/api/search?q=')).status, 400)
  })

  await t.test('answers 404 and 400 with coded JSON errors and no stack', async () => {
    const missing = await app.request('/stories/story%3Anope')
    assert.equal(missing.status, 404)
    assert.equal(await errorCode(missing), 'http/not-found')
    const article = await app.request('/api/articles/nope')
    assert.equal(article.status, 404)
    const control = await app.request('/api/articles/a%01b')
    assert.equal(control.status, 400)
    assert.equal(await errorCode(control), 'http/bad-request')
    const long = await app.request('/api/stories/' + 'x'.repeat(600))
    assert.equal(long.status, 400)
    const route = await app.request('/no/such/route')
    assert.equal(route.status, 404)
    assert.doesNotMatch(await route.text(), /at .*\.ts/)
  })

  await t.test('serves the JSON API', async () => {
    const list = (await (await app.request('/api/stories?limit=10')).json()) as { total: number; stories: { id: string; articleCount: number }[] }
    assert.equal(list.total, 1)
    assert.equal(list.stories[0]?.id, 'story:a1')
    assert.equal(list.stories[0]?.articleCount, 3)
    assert.equal((await app.request('/api/stories?limit=0')).status, 400)
    const story = (await (await app.request('/api/stories/story%3Aa1')).json()) as { digest: { headline: { text: string } }; articles: unknown[] }
    assert.equal(story.digest.headline.text, '新しい橋の建設')
    assert.equal(story.articles.length, 3)
    const article = (await (await app.request('/api/articles/a1')).json()) as { copies: { id: string }[]; analysis: { layers: Record<string, unknown> } }
    assert.deepEqual(article.copies.map((c) => c.id), ['copy1'])
    assert.ok(article.analysis.layers['sentences'])
    const entity = (await (await app.request('/api/entities/' + encodeURIComponent('港北市'))).json()) as { entity: { articleCount: number } }
    assert.equal(entity.entity.articleCount, 2)
    const search = (await (await app.request('/api/search?q=' + encodeURIComponent('建設'))).json()) as { hits: { id: string; stories: { id: string }[] }[] }
    assert.ok(search.hits.some((h) => h.id === 'a1' && h.stories[0]?.id === 'story:a1'))
    const openapi = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> }
    assert.equal(openapi.openapi, '3.1.0')
    assert.ok(openapi.paths['/api/stories/{id}/digest'])
    const health = (await (await app.request('/healthz')).json()) as { ok: boolean; stories: number }
    assert.deepEqual([health.ok, health.stories], [true, 1])
  })

  await t.test('answers every GET route of its OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get?: unknown }> }
    const ids: Record<string, string> = { '/api/articles/{id}': 'a1', '/api/entities/{id}': encodeURIComponent('山田花子') }
    for (const [route, item] of Object.entries(doc.paths)) {
      if (item.get === undefined) continue
      const url = route.replace('{id}', ids[route] ?? encodeURIComponent('story:a1')) + (route === '/api/search' ? '?q=' + encodeURIComponent('橋') : '')
      const res = await app.request(url)
      assert.equal(res.status, 200, `${url} → ${res.status}`)
    }
  })

  await t.test('serves the digest in each format it has a renderer for', async () => {
    const md = await app.request('/api/stories/story%3Aa1/digest?format=md')
    assert.equal(md.status, 200)
    assert.match(md.headers.get('content-type') ?? '', /text\/markdown/)
    assert.equal(await md.text(), '# 新しい橋の建設\n')
    const json = (await (await app.request('/api/stories/story%3Aa1/digest')).json()) as { storyId: string }
    assert.equal(json.storyId, 'story:a1')
    assert.equal((await app.request('/api/stories/story%3Aa1/digest?format=pdf')).status, 400)
  })

  await t.test('serves Atom feeds with escaped text', async () => {
    const all = await app.request('/stories.atom')
    assert.match(all.headers.get('content-type') ?? '', /application\/atom\+xml/)
    assert.match(await all.text(), /<title>新しい橋の建設<\/title>/)
    const one = await (await app.request('/stories/story%3Aa1.atom')).text()
    assert.match(one, /<entry>/)
    assert.ok(!one.includes(HOSTILE))
  })

  await t.test('guards POST /api/articles with the bearer token and a body limit', async () => {
    const body = JSON.stringify({ id: 'n1', body: '新しい記事の本文。', publishedAt: '2026-11-06' })
    const headers = { 'Content-Type': 'application/json' }
    const anonymous = await app.request('/api/articles', { method: 'POST', body, headers })
    assert.equal(anonymous.status, 401)
    assert.equal(await errorCode(anonymous), 'http/unauthorized')
    const wrong = await app.request('/api/articles', { method: 'POST', body, headers: { ...headers, Authorization: 'Bearer nope' } })
    assert.equal(wrong.status, 401)
    const ok = await app.request('/api/articles', { method: 'POST', body, headers: { ...headers, Authorization: 'Bearer secret-token' } })
    assert.equal(ok.status, 200)
    assert.deepEqual(added.map((a) => a.id), ['n1'])
    const invalid = await app.request('/api/articles', { method: 'POST', body: JSON.stringify([{ id: 'x' }]), headers: { ...headers, Authorization: 'Bearer secret-token' } })
    assert.equal(invalid.status, 400)
    const rejected = (await invalid.json()) as { rejected: { error: { code: string } }[] }
    assert.equal(rejected.rejected[0]?.error.code, 'input/missing-body')
    const huge = await app.request('/api/articles', { method: 'POST', body: JSON.stringify({ body: 'あ'.repeat(5000) }), headers: { ...headers, Authorization: 'Bearer secret-token' } })
    assert.equal(huge.status, 413)
    assert.equal(await errorCode(huge), 'http/too-large')
  })

  await t.test('refuses ingest when no token is configured', async () => {
    const { app: open } = await setup()
    const res = await open.request('/api/articles', { method: 'POST', body: '{"body":"本文。"}', headers: { 'Content-Type': 'application/json' } })
    assert.equal(res.status, 403)
    assert.equal(await errorCode(res), 'http/ingest-disabled')
  })
})

test('POST /api/articles through the real rebuild', async () => {
  const repository = await createFixtureStore()
  // a tokenizer without a dictionary: analysis runs every stage, just without morphemes
  const service = await createAppService(repository, { tokenizer: async () => ({ tokenize: () => [] }) })
  const app = createHttpApp({ service, token: 't0ken' })
  const before = service.catalog().generation
  const body = JSON.stringify([
    { id: 'n1', title: '港北市で花火大会', body: '港北市で花火大会が開かれ、約2万人が訪れた。市は来年も開催する方針だ。', publishedAt: '2026-11-07T20:00:00+09:00', source: '港北新報' },
    { id: 'n2', body: '' },
  ])
  const res = await app.request('/api/articles', { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t0ken' } })
  assert.equal(res.status, 200)
  const answer = (await res.json()) as { results: { id: string; status: string }[]; rejected: { index: number }[]; rebuild: { analyzed: number } }
  assert.deepEqual(answer.results, [{ id: 'n1', status: 'inserted' }])
  assert.deepEqual(answer.rejected.map((r) => r.index), [1])
  assert.equal(answer.rebuild.analyzed, 1)
  assert.ok(service.catalog().generation > before, 'the catalog was reloaded')
  assert.deepEqual(service.catalog().storiesOf('n1').length, 1, 'the new article is in a story')
  const article = await app.request('/articles/n1')
  assert.equal(article.status, 200)
  assert.match(await article.text(), /花火大会/)
})
