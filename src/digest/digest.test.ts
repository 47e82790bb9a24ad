import { test } from 'node:test'
import assert from 'node:assert/strict'
import { basicDoc, buildDigest, digestUnits, displayWidth, isFaithful, MAX_HEADLINE_WIDTH, splitSentencesFallback, summarizeArticle } from './index.ts'
import { BRIDGE_1, BRIDGE_2, BRIDGE_COPY, BRIDGE_OLD } from './fixtures.test-data.ts'

test('isFaithful', async (t) => {
  const body = '双方は交渉を継続していくことで合意しました。'
  const all = [{ id: 'a', start: 0, end: body.length }]
  await t.test('accepts a deletion of the cited span', () => assert.equal(isFaithful('交渉継続で合意', body, all), true))
  await t.test('ignores spaces used as separators', () => assert.equal(isFaithful('交渉 継続で合意', body, all), true))
  await t.test('rejects an inserted character', () => assert.equal(isFaithful('交渉継続に合意', body, all), false))
  await t.test('rejects a reordering', () => assert.equal(isFaithful('合意で交渉', body, all), false))
  await t.test('rejects text outside the cited span', () => assert.equal(isFaithful('合意', body, [{ id: 'a', start: 0, end: 8 }]), false))
  await t.test('rejects a cite out of range or of an unknown article', () => {
    assert.equal(isFaithful('双方', body, [{ id: 'a', start: 0, end: 999 }]), false)
    assert.equal(isFaithful('双方', { b: body }, [{ id: 'a', start: 0, end: 2 }]), false)
  })
  await t.test('checks a title cite against the title, never the body', () => {
    const article = { body, title: '交渉継続で合意 来月再開へ' }
    const cite = [{ id: 'a', start: 0, end: 7, field: 'title' as const }]
    assert.equal(isFaithful('交渉継続で合意', { a: article }, cite), true)
    assert.equal(isFaithful('双方は交渉', { a: article }, cite), false, 'body text is not in the cited title span')
    assert.equal(isFaithful('交渉継続で合意', body, cite), false, 'a plain body string has no title')
    assert.equal(isFaithful('交渉継続で合意', { a: { body } }, cite), false, 'an article without a title')
    assert.equal(isFaithful('交渉継続で合意', (id) => (id === 'a' ? article : undefined), cite), true)
    assert.equal(isFaithful('双方は交渉', { a: article }, [{ id: 'a', start: 0, end: 5 }]), true, 'a body cite still reads the body')
  })
  await t.test('compares after NFKC', () => assert.equal(isFaithful('75%', '戦力の７５％を投入', [{ id: 'a', start: 0, end: 9 }]), true))
})

test('displayWidth', async (t) => {
  await t.test('counts half-width characters 0.5', () => assert.equal(displayWidth('露ウクライナ 交渉継続で合意'), 13.5))
  await t.test('counts full-width digits 1', () => assert.equal(displayWidth('１億ドル'), 4))
})

test('splitSentencesFallback', async (t) => {
  await t.test('splits at 。 outside brackets and keeps headline lines', () => {
    const text = '見出しの行\n知事は「大切だ。急ぐ」と述べた。次の文です。'
    const kinds = splitSentencesFallback(text).map((s) => [text.slice(s.start, s.end), s.kind])
    assert.deepEqual(kinds, [['見出しの行', 'headline'], ['知事は「大切だ。急ぐ」と述べた。', 'sentence'], ['次の文です。', 'sentence']])
  })
})

test('summarizeArticle', async (t) => {
  const summary = summarizeArticle(BRIDGE_1, basicDoc(BRIDGE_1))
  await t.test('gives three cited bullets in article order, each faithful', () => {
    assert.equal(summary.bullets.length, 3)
    const starts = summary.bullets.map((b) => b.cites[0]!.start)
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b))
    for (const b of summary.bullets) assert.ok(isFaithful(b.text, BRIDGE_1.body, b.cites), b.text)
  })
  await t.test('strips leading connectives; keeps a hearsay ending whose source the sentence does not name', () => {
    const texts = summarizeArticle(BRIDGE_1, basicDoc(BRIDGE_1), { bullets: 6 }).bullets.map((b) => b.text)
    assert.ok(texts.includes('総事業費はおよそ850億円に上る見通しで、財源の確保が焦点になっています。'), texts.join('\n'))
    // no 「…によると」 in this sentence: ということです is the only sign that the figure is hearsay
    assert.ok(texts.includes('建設には少なくとも7年かかるということです。'), texts.join('\n'))
  })
  await t.test('title ≤ 40 and headline ≤ 15.5 wide, both faithful to their cites', () => {
    assert.ok(summary.title.length <= 40 && summary.title.length > 0)
    assert.ok(displayWidth(summary.headline) <= MAX_HEADLINE_WIDTH, summary.headline)
    assert.ok(isFaithful(summary.title, BRIDGE_1.body, summary.titleCites))
    assert.ok(isFaithful(summary.headline, BRIDGE_1.body, summary.headlineCites))
  })
  await t.test('drops the date from the title and nominalises the predicate', () => {
    assert.equal(summary.title, '北浜県と港川市は湾を横断する新しい橋の建設で合意')
  })
})

test('buildDigest', async (t) => {
  const articles = [BRIDGE_2, BRIDGE_OLD, BRIDGE_1, BRIDGE_COPY]
  const docs = articles.map((a) => basicDoc(a))
  const digest = buildDigest({ id: 'story:bridge-1', articleIds: articles.map((a) => a.id) }, articles, docs, {
    duplicates: [
      { id: 'bridge-1', group: 'g1' },
      { id: 'bridge-1-copy', group: 'g1' },
    ],
  })
  await t.test('one section per article in time order, copies listed with it', () => {
    assert.deepEqual(digest.sections.map((s) => s.id), ['bridge-1', 'bridge-2'])
    assert.deepEqual(digest.sections[0]!.copies, ['bridge-1-copy'])
    assert.equal(digest.sections[0]!.bullets.length, 3)
  })
  await t.test('a source far outside the story span is background, never a section', () => {
    assert.deepEqual(digest.background.map((b) => [b.id, b.publishedAt]), [['bridge-old', '2024-03-01']])
    assert.deepEqual(digest.span, { from: '2031-05-12', to: '2031-05-14' })
  })
  await t.test('every text unit is faithful to its cites', () => {
    const bodies = Object.fromEntries(articles.map((a) => [a.id, a]))
    for (const [where, unit] of digestUnits(digest)) assert.ok(isFaithful(unit.text, bodies, unit.cites), `${where}: ${unit.text}`)
  })
  await t.test('finds positions, numbers and outlook sentences', () => {
    const positions = digest.positions.map((p) => `${p.actor}:${p.stance}:${p.what.text}`)
    assert.ok(positions.includes('県:demand:国に対して費用の半分の負担'), positions.join(' '))
    assert.ok(positions.includes('市:demand:工期の短縮'), positions.join(' '))
    assert.ok(positions.includes('一部の議員:oppose:予算案') || positions.includes('議員:oppose:予算案'), positions.join(' '))
    assert.equal(digest.numbers[0]?.text, 'およそ850億円')
    assert.ok(digest.numbers.some((n) => n.value === 85_000_000_000 && n.unit === '円'))
    assert.ok(digest.outlook.some((o) => o.text.includes('不透明')))
  })
  await t.test('lists every outlet with its kind and the mix', () => {
    assert.deepEqual(digest.sources.outlets.map((o) => [o.name, o.kind]), [['北浜日報', 'other'], ['共同通信', 'wire-service'], ['NHK', 'broadcaster']])
    assert.equal(digest.sources.mix['wire-service'], 1)
    assert.equal(digest.sources.articles.find((a) => a.id === 'bridge-1-copy')?.copyOf, 'bridge-1')
  })
  await t.test('three key points and a 2-sentence lead', () => {
    assert.equal(digest.keyPoints.length, 3)
    assert.equal(digest.lead.length, 2)
  })
  await t.test('without tokens or entities there are no key words: no subtitle rather than an odd one', () => {
    assert.deepEqual(digest.subtitle, { text: '', parts: [] })
  })
  await t.test('is deterministic', () => {
    const again = buildDigest({ id: 'story:bridge-1', articleIds: articles.map((a) => a.id) }, articles, docs, {
      duplicates: [
        { id: 'bridge-1', group: 'g1' },
        { id: 'bridge-1-copy', group: 'g1' },
      ],
    })
    assert.deepEqual(again, digest)
  })
})
