import { test } from 'node:test'
import assert from 'node:assert/strict'
import { basicDoc, buildDigest } from '../digest/index.ts'
import { BRIDGE_1, BRIDGE_2, BRIDGE_COPY } from '../digest/fixtures.test-data.ts'
import { renderDigest, renderHtml } from './index.ts'

const hostile = { ...BRIDGE_2, id: 'x', body: BRIDGE_2.body.replace('市長は', '市長は<script>alert(1)</script>') }
const articles = [BRIDGE_1, hostile]
const digest = buildDigest({ id: 'story:t', articleIds: ['bridge-1', 'x'] }, articles, articles.map((a) => basicDoc(a)))

test('renderHtml', async (t) => {
  const html = renderHtml(digest)
  await t.test('is Japanese and escapes all source text', () => {
    assert.match(html, /<html lang="ja">/)
    assert.doesNotMatch(html, /<script>/)
    assert.match(html, /&lt;script&gt;/)
  })
})

test('renderDigest', async (t) => {
  await t.test('seed layout: 公開日, three ✅ per section, さらに読む, 💡 and a marker on every source line', () => {
    const seed = renderDigest(digest, 'seed')
    assert.equal(seed.match(/^公開日：2031\/05\/1[24]$/gmu)?.length, 2)
    assert.equal(seed.match(/^✅ /gmu)?.length, 6)
    assert.equal(seed.match(/^さらに読む ⇒/gmu)?.length, 2)
    assert.equal(seed.match(/^💡 /gmu)?.length, 3)
    for (const line of seed.split('\n').filter((l) => /^(✅|💡)/u.test(l))) assert.match(line, /\[\d+\]$/u)
  })
  await t.test('json round-trips the digest', () => assert.deepEqual(JSON.parse(renderDigest(digest, 'json')), digest))
  await t.test('md lists the numbered sources', () => {
    const md = renderDigest(digest, 'md')
    assert.match(md, /^1\. 共同通信「架橋計画 県と市が合意」 2031\/05\/12 <https:\/\/example\.jp\/news\/bridge-1>$/mu)
  })
})

test('a headline citing an article title gets the same [n] marker as a body cite', () => {
  const titled = { ...digest, headline: { text: '架橋計画 県と市が合意', cites: [{ id: 'bridge-1', start: 0, end: 11, field: 'title' as const }] } }
  const n = digest.sources.articles.find((a) => a.id === 'bridge-1')!.n
  assert.match(renderDigest(titled, 'md'), new RegExp(`架橋計画 県と市が合意 \\[${n}\\]`, 'u'))
  assert.match(renderHtml(titled), new RegExp(`架橋計画 県と市が合意 <a class="cite" href="#src-${n}">\\[${n}\\]</a>`, 'u'))
})

test('every renderer marks a duplicate copy alike and shows canonical URLs', () => {
  const tracked = { ...BRIDGE_1, url: 'https://example.jp/news/bridge-1?utm_source=feed&utm_medium=rss' }
  const members = [tracked, BRIDGE_COPY, BRIDGE_2]
  const withCopy = buildDigest({ id: 'story:c', articleIds: members.map((a) => a.id) }, members, members.map((a) => basicDoc(a)), {
    duplicates: [
      { id: tracked.id, group: 'g', canonical: true },
      { id: BRIDGE_COPY.id, group: 'g', canonical: false },
    ],
  })
  const copy = withCopy.sources.articles.find((a) => a.id === BRIDGE_COPY.id)!
  assert.equal(copy.copyOf, tracked.id, 'the fixture yields a copy')
  for (const format of ['md', 'html', 'seed'] as const) {
    const out = renderDigest(withCopy, format)
    assert.match(out, new RegExp(`同じ記事の配信: (<a class="cite" href="#src-${copy.n}">)?\\[${copy.n}\\]`, 'u'), `${format}: the section lists its copy`)
    assert.match(out, /（同一記事の配信）/u, `${format}: the source list marks the copy`)
    assert.doesNotMatch(out, /utm_/u, `${format}: no tracking parameters`)
    assert.match(out, /https:\/\/example\.jp\/news\/bridge-1/u, format)
  }
  assert.match(renderDigest(withCopy, 'json'), /utm_source/u, 'JSON keeps the digest as built')
})

test('timeline dates are shown for people in md and html, ISO in JSON and datetime', () => {
  const event = digest.timeline[0] ?? { text: digest.lead[0]!.text, cites: digest.lead[0]!.cites, dateText: '来週', date: '', granularity: 'day' as const }
  const weekly = { ...digest, timeline: [{ ...event, date: '2031-W20', granularity: 'week' as const, dateText: '来週' }, { ...event, date: '2031-05-12/2031-05-14', granularity: 'interval' as const }] }
  assert.equal(digest.span?.from.slice(0, 4), '2031')
  const md = renderDigest(weekly, 'md')
  assert.match(md, /^- 5月12日の週: /mu)
  assert.match(md, /^- 5月12日〜14日: /mu)
  assert.doesNotMatch(md, /W20/u)
  assert.match(renderHtml(weekly), /<time datetime="2031-W20">5月12日の週<\/time>/u)
  assert.match(renderDigest(weekly, 'json'), /"date":"2031-W20"/u)
})

test('a digest without subtitle shows none: no empty bold in md, no stray ？ in seed, no empty paragraph in html', () => {
  const bare = { ...digest, subtitle: { text: '', parts: [] } }
  const md = renderDigest(bare, 'md')
  assert.doesNotMatch(md, /\*\*\*\*/u)
  assert.match(md, /^# .+\n\n> /u)
  const first = renderDigest(bare, 'seed').split('\n')[0]!
  assert.match(first, /\[\d+\]$/u, 'the first seed line ends with the title marker')
  assert.doesNotMatch(first, /？/u)
  assert.doesNotMatch(renderHtml(bare), /class="subtitle"/u)
  const withSubtitle = { ...digest, subtitle: { text: '県・市：架橋をめぐる動きは？', parts: [{ kind: 'label' as const, text: '県・市：架橋をめぐる動きは？' }] } }
  assert.match(renderDigest(withSubtitle, 'seed').split('\n')[0]!, /\]？県・市：架橋をめぐる動きは？$/u)
  assert.match(renderDigest(withSubtitle, 'md'), /^\*\*県・市：架橋をめぐる動きは？\*\*$/mu)
})

test('a planned or forecast timeline event is labelled 予定 / 見通し in md and html; JSON keeps the status', () => {
  const base = digest.timeline[0] ?? { text: digest.lead[0]!.text, cites: digest.lead[0]!.cites, dateText: '20日', date: '', granularity: 'day' as const }
  const timeline = [
    { ...base, date: '2031-05-12', granularity: 'day' as const },
    { ...base, date: '2031-05-20', granularity: 'day' as const, status: 'scheduled' as const },
    { ...base, date: '2031-06', granularity: 'month' as const, status: 'forecast' as const },
  ]
  const planned = { ...digest, timeline }
  const md = renderDigest(planned, 'md')
  assert.match(md, /^- 5月12日: /mu)
  assert.match(md, /^- 5月20日（予定）: /mu)
  assert.match(md, /^- 2031年6月（見通し）: /mu)
  const html = renderHtml(planned)
  assert.match(html, /<time datetime="2031-05-20">5月20日<\/time><span class="label">（予定）<\/span> /u)
  assert.match(html, /<time datetime="2031-06">2031年6月<\/time><span class="label">（見通し）<\/span> /u)
  assert.match(html, /<time datetime="2031-05-12">5月12日<\/time> /u)
  assert.match(renderDigest(planned, 'json'), /"status":"scheduled"/u)
})
