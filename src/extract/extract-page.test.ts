import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../runtime/paths.ts'
import { extractPage, type ExtractedPage } from './extract-page.ts'
import { cleanDocumentTitle } from './metadata.ts'

const fixture = (name: string): string => readFileSync(path.join(REPO_ROOT, 'test/fixtures/ingest', name), 'utf8')

function page(html: string, url?: string): ExtractedPage {
  const r = extractPage(html, url === undefined ? {} : { url })
  if (!r.ok) assert.fail(`${r.reason}: ${r.detail}`)
  return r.value
}

test('extractPage reads the main text of a news page without its chrome, one paragraph per line', () => {
  const p = page(fixture('article-ogp.html'), 'https://minato-shimpo.example.jp/articles/20261118-tram?utm_source=x')
  assert.equal(p.stories.length, 1)
  const body = p.stories[0]?.body ?? ''
  assert.ok(body.startsWith('湾岸市は18日、来年春の開業を目指す新型路面電車の試験走行を始めました。市によりますと'), body.slice(0, 60))
  assert.ok(body.includes('\n新型の車両は全長'), 'paragraph break kept as a newline')
  assert.ok(body.includes('と話していました。\n沿線では'), '<br> becomes a newline')
  for (const chrome of ['トップ', 'アクセスランキング', 'Copyright', 'window.ads', 'color: red']) {
    assert.ok(!body.includes(chrome), `chrome "${chrome}" left out`)
  }
  assert.ok(!body.startsWith('湾岸線で新型路面電車の試験走行始まる'), 'the headline is not repeated in the body')
})

test('extractPage takes og:title, the canonical link, article:published_time and og:site_name', () => {
  const p = page(fixture('article-ogp.html'), 'https://minato-shimpo.example.jp/articles/20261118-tram?utm_source=x')
  assert.equal(p.title, '湾岸線で新型路面電車の試験走行始まる')
  assert.equal(p.url, 'https://minato-shimpo.example.jp/articles/20261118-tram')
  assert.equal(p.publishedAt, '2026-11-18T10:30:00+09:00')
  assert.equal(p.source, 'みなと新報')
})

test('extractPage falls back to JSON-LD NewsArticle metadata', () => {
  const p = page(fixture('jsonld-only.html'))
  assert.equal(p.title, '高原の村で今季初の霜 平年より5日早く')
  assert.equal(p.publishedAt, '2026-10-21')
  assert.equal(p.source, 'やまなみ日報')
  assert.equal(p.url, undefined)
  assert.match(p.stories[0]?.body ?? '', /^高原の村では21日朝、今シーズン初めての霜/)
  assert.match(p.stories[0]?.body ?? '', /と話していました。$/)
})

test('extractPage splits sibling <article> blocks into stories and ignores teasers in <nav>', () => {
  const p = page(fixture('multi-story.html'))
  assert.equal(p.method, 'story-blocks')
  assert.deepEqual(p.stories.map((s) => s.title), [
    '県立病院の建て替え計画 総事業費は約420億円に',
    '高校生がロボット競技の全国大会へ 地元企業が部品提供',
    '冬の渇水に備え ダムの貯水率を毎日公表へ',
  ])
  assert.match(p.stories[1]?.body ?? '', /^かわべ工業高校のロボット部が/)
  assert.equal(p.publishedAt, '2026-11-19T18:00:00+09:00')
  assert.equal(p.source, 'かわべ放送')
})

test('extractPage splits headline lines inside one container (the text rule)', () => {
  const stories = [
    ['駅前の再開発ビル 着工は来年秋にずれ込む見通し', '駅前の再開発ビルについて、事業者は着工が来年秋にずれ込む見通しだと明らかにしました。資材価格の高騰で計画の見直しが必要になったためです。市は事業者と協議を続けるとしています。再開発ビルには商業施設と住宅が入る予定で、地元の商店街からは早期の完成を求める声が出ています。事業者は年内に新しい工程表を示すとしています。'],
    ['小学校の給食に地元産のコメ 年間を通して使用', '市内の小学校の給食で、来年度から地元産のコメを年間を通して使うことになりました。農協と市が協定を結び、安定して供給できる態勢を整えました。市は食育にも生かしたいとしています。子どもたちからは喜ぶ声が上がっていて、保護者向けの試食会も開かれる予定です。市は将来、中学校にも広げることを検討していて、来年度の予算案に関連費用を盛り込む方針です。'],
  ]
  const html = `<html><head><title>地域ニュース</title></head><body><div id="main">${stories.map(([h, b]) => `<h2>${h}</h2>${(b ?? '').split('。').filter(Boolean).map((s) => `<p>${s}。</p>`).join('')}`).join('')}</div></body></html>`
  const p = page(html)
  assert.deepEqual(p.stories.map((s) => s.title), stories.map(([h]) => h))
})

test('extractPage rejects a page without any text', () => {
  const r = extractPage('<html><head><title>x</title></head><body><nav><a href="/">トップ</a></nav></body></html>', { item: 'empty.html' })
  assert.equal(r.ok, false)
  if (!r.ok) assert.deepEqual([r.reason, r.item], ['ingest/no-main-text', 'empty.html'])
})

test('extractPage uses <p> text when Readability finds nothing', () => {
  const p = page('<p>短い記事です。</p><p>二文目もあります。</p>')
  assert.equal(p.stories[0]?.body, '短い記事です。\n二文目もあります。')
})

test('cleanDocumentTitle removes the site part of <title>', () => {
  assert.equal(cleanDocumentTitle('港の花火大会に3万人｜みなと新報', 'みなと新報'), '港の花火大会に3万人')
  assert.equal(cleanDocumentTitle('港の花火大会に3万人 - みなと新報'), '港の花火大会に3万人')
  assert.equal(cleanDocumentTitle('見出しだけ'), '見出しだけ')
})

test('extractPage splits sibling <div> blocks of one class that open with a heading', () => {
  const stories = [
    ['駅前の再開発ビル 着工は来年秋にずれ込む見通し', '駅前の再開発ビルについて、事業者は着工が来年秋にずれ込む見通しだと明らかにしました。資材価格の高騰で計画の見直しが必要になったためです。'],
    ['小学校の給食に地元産のコメ 年間を通して使用', '市内の小学校の給食で、来年度から地元産のコメを年間を通して使うことになりました。市は食育にも生かしたいとしています。'],
    ['県内の紅葉 見頃は来週末までの見込み', '県内の紅葉は来週末まで見頃が続く見込みです。観光地では多くの人が訪れています。'],
  ]
  const html = `<html><head><title>地域ニュース</title></head><body><nav><a href="/">トップ</a></nav><div id="main">${stories.map(([h, b]) => `<div class="news-item"><h2>${h}</h2>${(b ?? '').split('。').filter(Boolean).map((s) => `<p>${s}。</p>`).join('')}</div>`).join('')}</div></body></html>`
  const p = page(html)
  assert.equal(p.method, 'story-blocks')
  assert.deepEqual(p.stories.map((s) => s.title), stories.map(([h]) => h))
  assert.equal(p.stories[2]?.body, '県内の紅葉は来週末まで見頃が続く見込みです。\n観光地では多くの人が訪れています。')
})

test('extractPage keeps a feature article with topic subsections in one piece', () => {
  const section = (h: string, text: string): string => `<section><h2>${h}</h2><p>${text}</p></section>`
  const html = `<html><head><meta property="og:title" content="商店街の灯を守る 三代目店主の挑戦"></head><body><article><h1>商店街の灯を守る 三代目店主の挑戦</h1><p>商店街で70年続く和菓子店を継いだ男性が、新しい商品づくりに取り組んでいます。</p>${section('背景', 'この10年で商店街の店は半分に減りました。後継ぎがいないことが大きな理由です。')}${section('工夫', '男性は地元の果物を使った新しい大福を考案しました。週末には行列ができるようになりました。')}</article></body></html>`
  const p = page(html)
  assert.equal(p.stories.length, 1)
  assert.match(p.stories[0]?.body ?? '', /後継ぎがいない.*\n?.*新しい大福/s)
})
