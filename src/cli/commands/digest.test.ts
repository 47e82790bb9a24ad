import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { buildDigest, checkForm, digestUnits, isFaithful, summarizeArticle } from '../../digest/index.ts'
import { renderDigest } from '../../render/index.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { seedPath } from '../../runtime/paths.ts'
import { analyzeForDigest } from '../../app/stages.ts'
import { digestArticles, mergeByPage, splitPages } from './digest.ts'

test('digestArticles', async (t) => {
  const tokenizer = await loadTokenizer()
  const page = { id: 'seed-000', body: readFileSync(seedPath('000_source-news-page.txt'), 'utf8'), publishedAt: '2022-02-28' }
  const digests = digestArticles([page], { tokenizer })
  const digest = digests[0]!
  const { articles } = splitPages([page])
  const bodies = Object.fromEntries(articles.map((a) => [a.id, a.body]))
  // a headline may cite an article's title (field: 'title'): the faithfulness check gets the articles
  const sources = Object.fromEntries(articles.map((a) => [a.id, a]))

  await t.test('seed 000 alone: its four stories are parts of one story', () => {
    assert.equal(digests.length, 1)
    assert.equal(digest.sections.length, 4)
    const text = (id: string): string => bodies[id] ?? ''
    const parts = digest.sections.map((s) => text(s.id))
    assert.ok(parts[0]!.includes('代表団'), 'the talks')
    assert.ok(parts.some((p) => p.includes('マクロン大統領と電話会談')), 'the Putin–Macron call')
    assert.ok(parts.some((p) => p.includes('国防総省の高官')), 'the US defense briefing')
    assert.ok(parts.some((p) => p.includes('松野官房長官')), 'the Japanese government reaction')
  })
  await t.test('positions of Ukraine and Russia', () => {
    const positions = digest.positions.map((p) => `${p.actor}→${p.what.text}`)
    assert.ok(positions.includes('ウクライナ→即時停戦と軍の撤退'), positions.join(' '))
    assert.ok(positions.some((p) => p.startsWith('ロシア→') && p.endsWith('非軍事化と中立化')), positions.join(' '))
  })
  await t.test('numbers 75%, 380発, 5キロ, 1億ドル', () => {
    const numbers = digest.numbers.map((n) => `${n.value}${n.unit}`)
    for (const want of ['75%', '380発', '5キロ', '100000000ドル']) assert.ok(numbers.includes(want), `${want} in ${numbers.join(' ')}`)
  })
  await t.test('every line is faithful to its cited span', () => {
    for (const [where, unit] of digestUnits(digest)) assert.ok(isFaithful(unit.text, sources, unit.cites), `${where}: ${unit.text}`)
  })
  await t.test('headlines read as headlines: subject kept, no dangling verb stem, faithful (original text)', () => {
    // original news-style text written for this test
    const articles = [
      { id: 'h1', body: '大型の台風12号は8日午後、和歌山県の南部を北上し、近畿地方を縦断した。各地で大雨となり、交通機関に乱れが出た。' },
      { id: 'h2', body: '任期満了に伴う北浜市長選挙が10日告示され、現職の川村浩一氏と新人の森田由美氏の2人が立候補を届け出た。投票は17日に行われる。' },
    ]
    for (const article of articles) {
      const summary = summarizeArticle(article, analyzeForDigest(article, tokenizer))
      assert.equal(checkForm(tokenizer.tokenize(summary.headline), summary.headline), null, summary.headline)
      assert.ok(isFaithful(summary.headline, article.body, summary.headlineCites), summary.headline)
      assert.ok(isFaithful(summary.title, article.body, summary.titleCites), summary.title)
    }
    const typhoon = summarizeArticle(articles[0]!, analyzeForDigest(articles[0]!, tokenizer))
    assert.match(typhoon.headline, /台風12号/u)
    assert.match(typhoon.headline, /縦断$/u)
  })
  await t.test('the headline may be cut from the article title, cited as a title span', () => {
    // original news-style text written for this test
    const article = {
      id: 't1',
      title: '台風12号が北浜県に上陸 2人けが、約3万戸が停電',
      body: '大型の台風12号は8日午後、北浜県の南部に上陸した。この影響で2人がけがをし、約3万戸が停電した。北浜県は警戒を呼びかけている。',
    }
    const summary = summarizeArticle(article, analyzeForDigest(article, tokenizer))
    assert.equal(summary.headline, '台風12号が北浜県に上陸')
    assert.deepEqual(summary.headlineCites, [{ id: 't1', start: 0, end: 12, field: 'title' }])
    assert.ok(isFaithful(summary.headline, { t1: article }, summary.headlineCites))
    assert.equal(isFaithful(summary.headline, article.body, summary.headlineCites), false, 'a title cite is not a body span')
    assert.ok(summary.titleCites.every((c) => c.field === undefined), 'the title stays cut from the body')
    // a title the body's words cannot segment gives no title cut: the body-derived headline stays
    const untitled = { ...article, title: '鹿児島で被害' }
    const plain = summarizeArticle(untitled, analyzeForDigest(untitled, tokenizer))
    assert.ok(plain.headlineCites.every((c) => c.field === undefined), plain.headline)
    assert.ok(isFaithful(plain.headline, article.body, plain.headlineCites), plain.headline)
  })
  await t.test('the story headline comes from the most central article, not the first', () => {
    const articles = [
      { id: 'c0', publishedAt: '2031-03-01T08:00:00+09:00', body: '県の漁業者団体は1日、春の漁の準備を始めた。港では網の手入れが進んでいる。' },
      { id: 'c1', publishedAt: '2031-03-02T08:00:00+09:00', body: '北浜県の漁業者団体と県は2日、サワラの漁獲枠を1割削減することで合意した。漁獲枠の削減は3年ぶり。' },
      { id: 'c2', publishedAt: '2031-03-03T08:00:00+09:00', body: 'サワラの漁獲枠を1割削減する合意を受け、北浜県の漁業者団体は3日、漁獲枠の配分を話し合った。' },
    ]
    const docs = articles.map((a) => analyzeForDigest(a, tokenizer))
    const digest = buildDigest({ id: 's', articleIds: articles.map((a) => a.id) }, articles, docs)
    assert.notEqual(digest.headline.cites[0]?.id, 'c0')
    assert.match(digest.headline.text, /漁獲枠/u)
  })
  await t.test('the seed rendering cites every ✅ and 💡 line', () => {
    const seed = renderDigest(digest, 'seed')
    assert.equal(seed.match(/^公開日：2022\/02\/28$/gmu)?.length, 4)
    for (const line of seed.split('\n').filter((l) => /^(✅|💡)/u.test(l))) assert.match(line, /\[\d+\]$/u)
  })
})

test('mergeByPage', async (t) => {
  await t.test('joins stories that hold parts of one page', () => {
    const merged = mergeByPage(
      [
        { id: 's1', articleIds: ['p#1', 'x'] },
        { id: 's2', articleIds: ['y'] },
        { id: 's3', articleIds: ['p#2'] },
      ],
      new Map([
        ['p#1', 'p'],
        ['p#2', 'p'],
      ]),
    )
    assert.deepEqual(merged, [
      { id: 's1', articleIds: ['p#1', 'x', 'p#2'] },
      { id: 's2', articleIds: ['y'] },
    ])
  })
})
