import { test } from 'node:test'
import assert from 'node:assert/strict'
import { basicDoc, buildDigest } from '../digest/index.ts'
import { BRIDGE_1, BRIDGE_2 } from '../digest/fixtures.test-data.ts'
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
