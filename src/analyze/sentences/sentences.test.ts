import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { seedPath } from '../../runtime/paths.ts'
import { splitSentences } from './index.ts'

function pieces(text: string): string[] {
  return splitSentences(text).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`)
}

test('splitSentences', async (t) => {
  await t.test('ends sentences at 。！？!? and line ends, trimming whitespace', () => {
    assert.deepEqual(pieces('　市は対策を急ぐ。住民は不安だ！本当か？ \n改修は来月から'), [
      'sentence:市は対策を急ぐ。', 'sentence:住民は不安だ！', 'sentence:本当か？', 'sentence:改修は来月から',
    ])
  })
  await t.test('an ASCII ! inside a Latin name does not end the sentence', () => {
    assert.deepEqual(pieces('詳細はYahoo!ニュースで確認できる。本当に?'), ['sentence:詳細はYahoo!ニュースで確認できる。', 'sentence:本当に?'])
  })
  await t.test('keeps 「…。…」 whole (kagi-kakko-with-inner-kuten)', () => {
    assert.deepEqual(pieces('知事は「準備は整った。あとは実行だ。」と述べた。次の議題に移った。'), [
      'sentence:知事は「準備は整った。あとは実行だ。」と述べた。', 'sentence:次の議題に移った。',
    ])
  })
  await t.test('an unbalanced bracket does not swallow later sentences or lines', () => {
    const reported: number[] = []
    const text = '記者は「確認中と答えた。担当者は不在だった。\n別の段落です。'
    assert.deepEqual(splitSentences(text, (at) => reported.push(at)).map((s) => text.slice(s.start, s.end)), [
      '記者は「確認中と答えた。', '担当者は不在だった。', '別の段落です。',
    ])
    assert.deepEqual(reported, [3])
  })
  await t.test('marks bullet lines', () => {
    assert.deepEqual(pieces('✅ 県が補助金を拡充\n💡 住民説明会は三回目\n・申請は来月末まで\n1. 受付は窓口で\n①本人確認が必要'), [
      'bullet:✅ 県が補助金を拡充', 'bullet:💡 住民説明会は三回目', 'bullet:・申請は来月末まで', 'bullet:1. 受付は窓口で', 'bullet:①本人確認が必要',
    ])
  })
  await t.test('marks a short line without 。 followed by a paragraph as a headline', () => {
    assert.deepEqual(pieces('新駅の開業　来春に前倒し\n\n市は新駅の開業を来春に早めると発表した。\n（地方部）'), [
      'headline:新駅の開業　来春に前倒し', 'sentence:市は新駅の開業を来春に早めると発表した。', 'sentence:（地方部）',
    ])
    assert.deepEqual(pieces('「まだ終わっていない」\n監督は試合後にそう語った。\n===\n続きは明日。'), [
      'sentence:「まだ終わっていない」', 'sentence:監督は試合後にそう語った。', 'sentence:===', 'sentence:続きは明日。',
    ])
  })
  await t.test('seed 000: headline lines, whole quotes, full coverage', () => {
    const text = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
    const sents = splitSentences(text)
    const headlines = sents.filter((s) => s.kind === 'headline').map((s) => text.slice(s.start, s.end))
    assert.ok(headlines.length >= 4, `expected the page's story headlines, got ${headlines.join(' / ')}`)
    assert.ok(headlines.every((h) => !h.includes('。')))
    const quote = '「交渉は難しい。ロシア側は自分たちが始めた破壊的なプロセスにこだわっている」'
    assert.ok(sents.some((s) => text.slice(s.start, s.end).includes(quote)), 'a 「」 with an inner 。 stays in one sentence')
    let covered = 0
    for (const s of sents) {
      assert.equal(text.slice(covered, s.start).trim(), '')
      covered = s.end
    }
    assert.equal(text.slice(covered).trim(), '')
  })
})
