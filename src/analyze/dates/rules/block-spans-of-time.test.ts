import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates } from '../find-dates.ts'

function valuesOf(text: string, referenceDate = '2024-03-13'): [string, string | null][] {
  return findDates(text, [], referenceDate).mentions.map((m) => [text.slice(m.start, m.end), m.value])
}

test('blockSpansOfTime', async (t) => {
  await t.test('N日で + what was done within the days is a span', () => {
    assert.deepEqual(valuesOf('新作アプリは配信から3日で10万件のダウンロードを記録した。'), [])
    assert.deepEqual(valuesOf('自転車で5日で九州一周を果たした。'), [])
    assert.deepEqual(valuesOf('公開初週は4日で興収3億円を超えた。'), [])
  })
  await t.test('中N日 is rest days and 1日も早く means as soon as possible', () => {
    assert.deepEqual(valuesOf('エースは中4日で先発のマウンドに立った。'), [])
    assert.deepEqual(valuesOf('一日も早い復旧が望まれる。'), [])
  })
  await t.test('a day with an end or an ordinal after で stays a date', () => {
    assert.deepEqual(valuesOf('この店は31日で閉店する。'), [['31日', '2024-03-31']])
    assert.deepEqual(valuesOf('夫妻は11日で5度目の結婚記念日を迎えた。'), [['11日', '2024-03-11']])
  })
})

test('blockSpansOfTime: trips, countdowns, one-day roles and units', () => {
  assert.deepEqual(valuesOf('人気の2泊3日ツアーが当たる。'), [])
  assert.deepEqual(valuesOf('決勝まであと5日となった。'), [])
  assert.deepEqual(valuesOf('俳優が一日署長を務めた。'), [])
  assert.deepEqual(valuesOf('電池が1日持たないのが難点だ。'), [])
  assert.deepEqual(valuesOf('料金は1日単位で計算される。'), [])
  assert.deepEqual(valuesOf('新料金は1日から適用された。'), [['1日', '2024-03-01']])
})

test('blockNames: words that start with a day word', () => {
  assert.deepEqual(valuesOf('見出しには明朝体を使った。'), [])
  assert.deepEqual(valuesOf('きょう体が小さい端末だ。'), [])
  assert.deepEqual(valuesOf('五月病を防ぐ工夫を聞いた。'), [])
})

test('blockAnnualDays', () => {
  assert.deepEqual(valuesOf('作者は10月4日生まれの漫画家。'), [])
  assert.deepEqual(valuesOf('誕生日：2月9日生まれ 出身地：北海道'), [])
  assert.deepEqual(valuesOf('作者は1985年10月4日生まれ。'), [['1985年10月4日', '1985-10-04']])
})

test('blockIdioms: 休前日 is a price class', () => {
  assert.deepEqual(valuesOf('1泊2食付きで平日1万2千円、休前日1万5千円。'), [])
})

test('blockNonDates: 2日分 is a count, except the broadcast of the 2nd (番組」（2日分）)', () => {
  assert.deepEqual(valuesOf('非常食を3日分用意した。'), [])
  assert.deepEqual(valuesOf('「スポーツニュース」（12日分）では、監督の談話を伝えた。'), [['12日', '2024-03-12']])
})

test('blockNonDates: a comparison base (前年比) is no date and no anchor', () => {
  assert.deepEqual(valuesOf('出荷台数は前年比6%増、前年同期比では9%減だった。'), [])
  assert.deepEqual(valuesOf('2023年に発売され、翌年には改良型が出た。'), [['2023年', '2023'], ['翌年', '2024']])
})
