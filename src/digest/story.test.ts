/**
 * Story digests on the full analysis pipeline (one tokenizer load for the whole file), on original
 * news-style articles written for these tests: timeline verdicts, stale forecasts, quote speakers,
 * key numbers.
 */
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Article } from '../core/article.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import type { Digest } from '../core/digest.ts'
import { analyzeForDigest } from '../app/stages.ts'
import { loadTokenizer } from '../runtime/load-tokenizer.ts'
import { buildDigest } from './index.ts'

const STORM_1: Article = {
  id: 'storm-1',
  publishedAt: '2031-09-03T10:00:00+09:00',
  body: [
    '気象庁によりますと、台風12号は3日午前、南大東島の南の海上で発生しました。',
    '台風は今後、発達しながら北上し、6日ごろには強い勢力で紀伊半島に接近するおそれがあります。',
    '気象庁の担当者は「9月としては珍しい進路で、早めの備えをしてほしい」と話しています。',
    '9月に台風が紀伊半島に上陸するのは5年ぶりとなる。',
    '台風は1時間に15キロの速さで北へ進んでいる。',
    '6日までの24時間に予想される雨量は、多い所で400ミリに上るおそれがある。',
  ].join('\n'),
}
const STORM_2: Article = {
  id: 'storm-2',
  publishedAt: '2031-09-06T18:00:00+09:00',
  body: [
    '強い台風12号は6日午後、和歌山県潮岬付近に上陸した。',
    '関西電力送配電によると、6日夕方の時点で和歌山、奈良両県の約8万戸が停電した。',
    '和歌山県では6日夕方までの24時間に350ミリの雨が降り、約8万戸の停電が続いている。',
    '県は「夜間の外出は控えてほしい」と呼びかけた。',
    '国土交通省は6日、被害の情報収集を始めた。',
    '国土交通相は記者会見で「被災地の交通の確保に全力を尽くす」と述べた。',
    '県は、今月中に被害の全容をまとめる方針だ。',
  ].join('\n'),
}

let digest: Digest

before(async () => {
  const tokenizer = await loadTokenizer()
  const docs: AnalyzedDoc[] = [STORM_1, STORM_2].map((a) => analyzeForDigest(a, tokenizer))
  digest = buildDigest({ id: 'storm', articleIds: ['storm-1', 'storm-2'] }, [STORM_1, STORM_2], docs)
})

test('timeline lists what happened on its date', async (t) => {
  await t.test('a generic month mention is no event', () => {
    assert.ok(!digest.timeline.some((e) => e.text.includes('珍しい') || e.text.includes('5年ぶり')), digest.timeline.map((e) => e.text).join('\n'))
  })
  await t.test('a forecast for a day the story has reached is superseded', () => {
    assert.ok(!digest.timeline.some((e) => e.text.includes('接近するおそれ')), digest.timeline.map((e) => e.text).join('\n'))
  })
  await t.test('past events stay, unlabelled, in date order', () => {
    const landfall = digest.timeline.find((e) => e.text.includes('上陸した'))
    assert.equal(landfall?.date, '2031-09-06')
    assert.equal(landfall?.status, undefined)
    const happened = digest.timeline.filter((e) => e.status === undefined).map((e) => e.date)
    assert.equal(happened[0], '2031-09-03')
    assert.deepEqual(happened, [...happened].sort())
  })
  await t.test('a plan for the current month is labelled scheduled', () => {
    const plan = digest.timeline.find((e) => e.text.includes('まとめる方針'))
    assert.equal(plan?.status, 'scheduled')
  })
})

test('key points and outlook leave out a stale forecast', () => {
  for (const line of [...digest.keyPoints, ...digest.outlook]) assert.ok(!line.text.includes('接近するおそれ'), line.text)
  assert.ok(digest.keyPoints.some((p) => p.cites[0]?.id === 'storm-2'), 'the latest article gives a key point')
})

test('quotes: the sentence that names its own speaker wins over a carried-over one', () => {
  const quote = digest.quotes.find((q) => q.text.includes('交通の確保'))
  assert.equal(quote?.speaker, '国土交通相')
  assert.ok(digest.quotes.every((q) => q.speaker !== null))
})

test('numbers: no durations, one line per fact', () => {
  const texts = digest.numbers.map((n) => n.text)
  assert.ok(!texts.some((t) => t.includes('時間')), texts.join(' '))
  assert.equal(texts.filter((t) => t === '約8万戸').length, 1, texts.join(' '))
  assert.ok(texts.some((t) => t.startsWith('350ミリ')), texts.join(' '))
  assert.ok(!texts.some((t) => t.includes('15キロ')), `a speed is no key number: ${texts.join(' ')}`)
  assert.ok(!texts.some((t) => t.startsWith('400ミリ')), `a superseded forecast gives no key number: ${texts.join(' ')}`)
})

test('the latest development heads the story, the lead keeps how it began', () => {
  assert.equal(digest.headline.cites[0]?.id, 'storm-2')
  assert.deepEqual(digest.lead.map((l) => l.cites[0]?.id), ['storm-2', 'storm-1'])
  assert.ok(digest.lead[1]?.text.includes('発生'), digest.lead[1]?.text)
})
