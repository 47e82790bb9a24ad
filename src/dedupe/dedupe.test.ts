import { test } from 'node:test'
import assert from 'node:assert/strict'
import { articleUrlKey, bodyHash, canonicalizeUrl, compareCanonical, DuplicateIndex, groupNearDuplicates, normalizeBody, publishedTime } from './index.ts'
import { fmix32 } from './hash.ts'
import { bandKeys, estimateJaccard, minhashSignature } from './minhash.ts'
import { anchorShingles, intersectionSize, shingleHashes, shingleSet } from './shingles.ts'
import { ShingleFrequency, weightedOverlap } from './similarity.ts'

// Original news-style text written for these tests.
const BODY = [
  '北浜市は12日、市内を流れる川の堤防補強工事を来年度から始めると発表した。',
  '総事業費は約48億円で、国と県の補助を受けて5年かけて進める。',
  '昨年秋の大雨では堤防の一部が崩れ、周辺の約300世帯に避難指示が出ていた。',
  '市の担当者は「住民の安全を最優先に、できるだけ早く完成させたい」と話している。',
  '工事期間中は川沿いの遊歩道が一部通行止めとなるため、市は迂回路を案内する方針だ。',
  'また、市は堤防の点検を年2回から4回に増やし、異常があれば速やかに対応するとしている。',
].join('')
const OTHER = [
  '南川町の小学校で13日、地元の農家が育てたコメを使った給食が初めて提供された。',
  '児童たちは炊きたてのご飯を味わい、農家の人たちに感謝の手紙を手渡した。',
  '町は今後、給食で使う野菜の半分以上を町内産に切り替える計画を進めている。',
  '町長は「子どもたちに地域の農業を身近に感じてほしい」と述べた。',
].join('')

test('canonicalizeUrl drops tracking parameters, fragments and default ports, keeps identifying ones', () => {
  assert.equal(
    canonicalizeUrl('HTTPS://News.Example.JP:443/articles/view?k=2024011200123&utm_source=x&fbclid=abc&ref=top#comments'),
    'https://news.example.jp/articles/view?k=2024011200123',
  )
  assert.equal(canonicalizeUrl('http://example.jp:80/a?id=5&gclid=1&yclid=2&spm=3&p=7'), 'http://example.jp/a?id=5&p=7')
  assert.equal(canonicalizeUrl('http://example.jp:8080/a'), 'http://example.jp:8080/a')
  assert.equal(canonicalizeUrl('ftp://example.jp/a'), undefined)
  assert.equal(canonicalizeUrl('not a url'), undefined)
  assert.equal(articleUrlKey('https://example.jp/page?utm_medium=rss#story-2'), 'https://example.jp/page#story-2')
})

test('normalizeBody folds width, spacing and wire credits', () => {
  assert.equal(normalizeBody('【ワシントン共同】　ＡＢＣ社は\n１２日、'), 'abc社は12日、')
  assert.equal(normalizeBody('（共同）市は発表した。'), normalizeBody('市は  発表した。（時事）'))
  assert.equal(bodyHash(`${BODY}（共同）`), bodyHash(BODY.normalize('NFKC').replace(/。/g, '。\n')))
  assert.notEqual(bodyHash(BODY), bodyHash(OTHER))
  assert.equal(normalizeBody('ｷｴﾌで会談した。'), normalizeBody('キーウで 会談した。'), 'house-style spelling variants fold')
})

test('compareCanonical prefers earliest, then longest, then smallest id', () => {
  const early = { id: 'b', bodyLength: 10, publishedAt: '2024-01-12T08:00:00+09:00' }
  const late = { id: 'a', bodyLength: 99, publishedAt: '2024-01-12T09:00:00+09:00' }
  assert.ok(compareCanonical(early, late) < 0)
  assert.ok(compareCanonical({ id: 'z', bodyLength: 50 }, { id: 'a', bodyLength: 40 }) < 0)
  assert.ok(compareCanonical({ id: 'a', bodyLength: 50 }, { id: 'b', bodyLength: 50 }) < 0)
  assert.ok(compareCanonical({ id: 'z', bodyLength: 1, publishedAt: '2024-01-13' }, { id: 'a', bodyLength: 50 }) < 0)
})

test('groupNearDuplicates groups syndicated copies and keeps unrelated articles apart', () => {
  const truncated = BODY.slice(0, Math.floor(BODY.length * 0.75))
  const articles = [
    { id: 'wire', body: `（共同）${BODY}`, publishedAt: '2024-01-12T10:00:00+09:00' },
    { id: 'other', body: OTHER, publishedAt: '2024-01-13T10:00:00+09:00' },
    { id: 'paper', body: `北浜新報　${BODY}この記事の続きは紙面でお読みください。`, publishedAt: '2024-01-12T11:00:00+09:00' },
    { id: 'short', body: truncated, publishedAt: '2024-01-12T09:30:00+09:00' },
    { id: 'wide', body: BODY.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), publishedAt: '2024-01-12T12:00:00+09:00' },
    { id: 'same-url-a', body: OTHER.slice(0, 40) + '別の記事です。', url: 'https://example.jp/a?utm_source=x' },
  ]
  const groups = groupNearDuplicates(articles)
  assert.deepEqual(groups.map((g) => g.id), articles.map((a) => a.id))
  const byId = new Map(groups.map((g) => [g.id, g]))
  for (const id of ['wire', 'paper', 'short', 'wide']) assert.equal(byId.get(id)?.canonical, 'short', id)
  assert.equal(byId.get('other')?.group, 'other')
  assert.equal(byId.get('same-url-a')?.group, 'same-url-a')
  assert.deepEqual(groupNearDuplicates(articles), groups, 'deterministic')
})

test('DuplicateIndex joins by canonical URL and by body hash, and reports members incrementally', () => {
  const index = new DuplicateIndex()
  const first = index.add({ id: 'x1', body: OTHER, url: 'https://example.jp/news/1?utm_campaign=a' })
  assert.deepEqual(first.members, ['x1'])
  const byUrl = index.add({ id: 'x2', body: '更新された本文です。', url: 'https://EXAMPLE.jp:443/news/1?fbclid=z' })
  assert.equal(byUrl.group, 'x1')
  const byHash = index.add({ id: 'x0', body: `${OTHER}（時事）`, publishedAt: '2024-01-01' })
  assert.deepEqual(byHash.members, ['x1', 'x2', 'x0'])
  assert.equal(byHash.canonical, 'x0')
  assert.equal(index.groupOf('x1')?.canonical, 'x0')
  const split = index.add({ id: 'x3', body: BODY, url: 'https://example.jp/news/1#story-2' })
  assert.equal(split.group, 'x3', 'another story of the same page (fragment) stays apart')
})

test('publishedTime reads dates and zone-less date-times in Asia/Tokyo', () => {
  assert.equal(publishedTime('2024-01-12'), Date.parse('2024-01-11T15:00:00Z'))
  assert.equal(publishedTime('2024-01-12 09:30'), Date.parse('2024-01-12T00:30:00Z'))
  assert.equal(publishedTime('2010-05-22T14:30:00+0900'), Date.parse('2010-05-22T05:30:00Z'))
  assert.equal(publishedTime('2024-01-12T00:00:00Z'), Date.parse('2024-01-12T00:00:00Z'))
  assert.ok(Number.isNaN(publishedTime('いつか')))
  assert.ok(Number.isNaN(publishedTime(undefined)))
})

test('minhash signatures estimate Jaccard similarity and LSH bands agree for identical sets', () => {
  const a = new Uint32Array(Array.from({ length: 1000 }, (_, i) => fmix32(i + 1))).sort()
  // b shares 600 of a's elements and has 400 of its own: Jaccard 600 / 1400
  const b = new Uint32Array([...Array.from({ length: 600 }, (_, i) => fmix32(i + 1)), ...Array.from({ length: 400 }, (_, i) => fmix32(i + 5001))]).sort()
  const sa = minhashSignature(a, 256, 7)
  const sb = minhashSignature(b, 256, 7)
  assert.ok(Math.abs(estimateJaccard(sa, sb) - 600 / 1400) < 0.08, `estimate ${estimateJaccard(sa, sb)}`)
  assert.deepEqual(minhashSignature(a, 256, 7), sa, 'deterministic')
  assert.deepEqual(bandKeys(sa, 32, 8), bandKeys(minhashSignature(a.slice(), 256, 7), 32, 8))
  assert.notDeepEqual(bandKeys(sa, 32, 8), bandKeys(sb, 32, 8))
  assert.equal(intersectionSize(a, b), 600)
})

test('weightedOverlap: shingles common to many documents count for less', () => {
  const shared = Uint32Array.of(1, 2, 3, 4, 5, 6, 7, 8)
  const a = Uint32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 100, 101)
  const b = Uint32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 200, 201)
  assert.equal(weightedOverlap(a, b, undefined).jaccard, 8 / 12)
  const frequency = new ShingleFrequency(16)
  for (let i = 0; i < 9; i++) frequency.observe(shared)
  const weighted = weightedOverlap(a, b, frequency)
  assert.ok(weighted.jaccard < 0.25, `template text outweighed: ${weighted.jaccard}`)
  assert.equal(weighted.rawJaccard, 8 / 12)
})

test('DuplicateIndex with a window compares near-duplicates only with recent articles, exact copies always', () => {
  const index = new DuplicateIndex({ window: 2 })
  index.add({ id: 'old', body: BODY, publishedAt: '2024-01-01' })
  index.add({ id: 'mid1', body: OTHER })
  index.add({ id: 'mid2', body: '東港市の水族館で21日、ペンギンのひなが初めて一般公開された。来館者は小さな姿に歓声を上げていた。' })
  assert.equal(index.add({ id: 'near', body: `（共同）${BODY.slice(0, Math.floor(BODY.length * 0.85))}` }).group, 'near', 'outside the window')
  assert.equal(index.add({ id: 'exact', body: `${BODY}\n` }).group, 'old', 'same body hash joins at any distance')
  assert.equal(index.add({ id: 'near2', body: `北浜新報　${BODY.slice(0, Math.floor(BODY.length * 0.8))}` }).group, 'old', 'within the window of "exact"')
})

test('shingleSet: distinct sorted hashes of every k-character window', () => {
  const set = shingleSet('あいうあいうえ', 3)
  // windows: あいう いうあ うあい あいう いうえ → 4 distinct
  assert.equal(set.length, 4)
  assert.ok(set.every((v, i) => i === 0 || set[i - 1]! < v))
  assert.deepEqual(shingleSet('うあいう', 3).filter((v) => set.includes(v)).length, 2, 'うあい and あいう are shared')
  assert.equal(shingleSet('あい', 3).length, 1)
  assert.equal(shingleSet('', 3).length, 0)
})

// Original text for the short-copy tests: a long report and a regional paper's lead-only copy of it.
const REPORT = [
  '東港市議会は14日の本会議で、市営バスの運賃を来年4月から一律220円に引き上げる条例改正案を賛成多数で可決した。',
  '値上げは12年ぶりで、燃料費と人件費の上昇で赤字が続いていることが理由だという。',
  '市は値上げによる増収を年間約1億2千万円と見込み、老朽化した車両の更新に充てる方針だ。',
  '採決では、高齢者の負担が増えるとして一部の会派が反対した。',
  '市は70歳以上を対象にした割引パスの料金を据え置くことで負担を抑えるとしている。',
  '市民からは「通院に毎日使うので痛い」「路線が減るよりはいい」などの声が聞かれた。',
  '市交通局は今後、ダイヤの見直しも含めて利用者の意見を聞く説明会を市内5か所で開く予定だ。',
].join('')

test('DuplicateIndex joins a copy cut to its lead (a third of the original, with a credit) published near the same time', () => {
  const lead = REPORT.slice(0, REPORT.indexOf('。', REPORT.indexOf('。') + 1) + 1)
  assert.ok(lead.length < REPORT.length * 0.45, `the copy keeps ${lead.length} of ${REPORT.length} characters`)
  const articles = [
    { id: 'report', body: REPORT, publishedAt: '2026-11-14T18:00:00+09:00' },
    { id: 'other', body: OTHER, publishedAt: '2026-11-14T19:00:00+09:00' },
    { id: 'lead-copy', body: `${lead}（東港新聞）`, publishedAt: '2026-11-15T06:00:00+09:00' },
  ]
  const index = new DuplicateIndex({}, true)
  index.precount(articles)
  for (const a of articles) index.add(a)
  const byId = new Map(index.results().map((r) => [r.id, r]))
  assert.equal(byId.get('lead-copy')?.canonical, 'report')
  assert.equal(byId.get('other')?.group, 'other')
  assert.deepEqual(index.matches.map((m) => m.reason), ['contained'], 'joined by the short-copy rule, not by Jaccard')
  // the same lead published a month later is not a copy of this report by this rule
  const late = groupNearDuplicates([articles[0]!, { ...articles[2]!, publishedAt: '2026-12-20T06:00:00+09:00' }])
  assert.equal(late[1]?.group, 'lead-copy')
})

test('DuplicateIndex keeps apart articles that share only a stock opening sentence', () => {
  const stock = '東港市は、市民の暮らしに関わる新しい取り組みについて、定例の記者会見で次のように発表した。'
  const a = `${stock}${BODY}`
  const b = `${stock}${OTHER}`
  const groups = groupNearDuplicates([
    { id: 'a', body: a, publishedAt: '2026-11-14T10:00:00+09:00' },
    { id: 'b', body: b, publishedAt: '2026-11-14T11:00:00+09:00' },
    { id: 'stock-only', body: `${stock}詳細は市のホームページで公開する。`, publishedAt: '2026-11-14T12:00:00+09:00' },
  ])
  assert.deepEqual(groups.map((g) => g.group), ['a', 'b', 'stock-only'])
})

test('DuplicateIndex: a short text contained in articles of two groups joins only the first', () => {
  const head = REPORT.slice(0, 120)
  const index = new DuplicateIndex()
  index.add({ id: 'first', body: `${head}${BODY}` })
  index.add({ id: 'second', body: `${head}${OTHER}` })
  const short = index.add({ id: 'short', body: head })
  assert.equal(index.groupOf('first')?.group === index.groupOf('second')?.group, false, 'the two long articles stay apart')
  assert.equal(short.members.length, 2, `joined one of them: ${short.members.join(',')}`)
})

test('anchorShingles: value-sampled shingles in text order, so a lead-only copy shares the lead anchors', () => {
  const full = shingleHashes(normalizeBody(REPORT), 5)
  const part = shingleHashes(normalizeBody(REPORT.slice(0, 80)), 5)
  const anchors = anchorShingles(full, 4, 1000)
  assert.ok(anchors.every((h) => h % 4 === 0))
  assert.equal(new Set(anchors).size, anchors.length, 'distinct')
  const lead = anchorShingles(part, 4, 1000)
  assert.ok(lead.length > 0)
  assert.deepEqual([...anchorShingles(full, 4, lead.length)], [...lead], 'the first anchors of the original are the copy\'s')
  assert.equal(anchorShingles(full, 4, 3).length, 3)
})
