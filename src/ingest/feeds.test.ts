import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../runtime/paths.ts'
import { looksLikeFeed, parseFeed, type ParsedFeed } from './feeds.ts'

const fixture = (name: string): string => readFileSync(path.join(REPO_ROOT, 'test/fixtures/ingest', name), 'utf8')

function feed(name: string, base?: string): ParsedFeed {
  const r = parseFeed(fixture(name), name, base)
  if (!r.ok) assert.fail(`${r.reason}: ${r.detail}`)
  return r.value
}

test('parseFeed reads RSS 1.0 (RDF) with content:encoded, dc:date and dc:publisher', () => {
  const f = feed('feed-rss1.rdf')
  assert.equal(f.format, 'rdf')
  assert.equal(f.publisher, '北斗ニュース')
  assert.equal(f.items.length, 2)
  const [first, second] = f.items
  assert.equal(first?.title, '雪まつりの雪像づくり始まる 自衛隊員ら200人参加')
  assert.equal(first?.link, 'https://hokuto-news.example.jp/a/101')
  assert.equal(first?.publishedAt, '2026-11-17T08:15:00+09:00')
  assert.match(first?.content ?? '', /^来月開かれる雪まつりに向けて、会場の公園で.*\n作業には自衛隊員/)
  assert.equal(second?.content, undefined, 'a summary-only item has no content')
  assert.equal(second?.summary, '運転士の不足を受けて、バス会社が来月から一部の便を減らす方針です。')
})

test('parseFeed reads RSS 2.0 with an escaped HTML description and an RFC 822 date', () => {
  const f = feed('feed-rss2.xml')
  assert.equal(f.format, 'rss')
  assert.equal(f.publisher, 'なぎさタイムズ')
  const item = f.items[0]
  assert.equal(item?.publishedAt, '2026-11-17T15:00:00+09:00')
  assert.equal(item?.summary, '県は、県内12か所の海水浴場の水質調査の結果を公表し、すべての海水浴場が「適」と判定されました。\n調査は先月、ふん便性大腸菌群の数などを調べたものです。')
  assert.ok(item?.link?.startsWith('https://nagisa-times.example.jp/news/3001'))
})

test('parseFeed reads Atom: the alternate link, published before updated, the HTML content', () => {
  const f = feed('feed-atom.atom', 'https://soyokaze.example.jp/feed.atom')
  assert.equal(f.format, 'atom')
  const entry = f.items[0]
  assert.equal(entry?.link, 'https://soyokaze.example.jp/articles/77')
  assert.equal(entry?.publishedAt, '2026-11-18T07:30:00+09:00')
  assert.match(entry?.content ?? '', /持ち株会社を設立します。\n両行は/)
})

test('parseFeed rejects a broken feed', () => {
  const r = parseFeed('<rss><channel><item><title>壊れた', 'broken.xml')
  assert.equal(r.ok ? 'ok' : r.reason, 'ingest/invalid-feed')
  const notFeed = parseFeed('<?xml version="1.0"?><html><body/></html>', 'page.xml')
  assert.equal(notFeed.ok ? 'ok' : notFeed.reason, 'ingest/invalid-feed')
})

test('looksLikeFeed tells feeds from pages', () => {
  assert.equal(looksLikeFeed(fixture('feed-rss1.rdf')), true)
  assert.equal(looksLikeFeed(fixture('feed-atom.atom')), true)
  assert.equal(looksLikeFeed(fixture('article-ogp.html')), false)
})

test('parseFeed reads Atom content of type xhtml and CDATA html', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>みなみ日報 ニュース</title><id>f</id><updated>2026-11-18T09:00:00+09:00</updated>
<entry><title>港に新しい灯台</title><id>e1</id><link href="https://minami.example.jp/1"/><published>2026-11-18T09:00:00+09:00</published><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>港に新しい灯台ができました。</p><p>光は20キロ先まで届きます。</p></div></content></entry>
<entry><title>漁港の朝市</title><id>e2</id><link href="https://minami.example.jp/2"/><content type="html"><![CDATA[<p>漁港で朝市が開かれました。</p><p>鮮魚が並びました。</p>]]></content></entry></feed>`
  const r = parseFeed(xml, 'x.atom')
  assert.ok(r.ok)
  assert.equal(r.value.publisher, 'みなみ日報')
  assert.deepEqual(r.value.items.map((i) => i.content), ['港に新しい灯台ができました。\n光は20キロ先まで届きます。', '漁港で朝市が開かれました。\n鮮魚が並びました。'])
})
