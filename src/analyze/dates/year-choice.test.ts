import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates } from './find-dates.ts'

/** [surface, value] of every mention, in order. */
function valuesOf(text: string, referenceDate: string): [string, string | null][] {
  return findDates(text, [], referenceDate).mentions.map((m) => [text.slice(m.start, m.end), m.value])
}

test('which year or month a date without one falls in', async (t) => {
  await t.test('a month and day of the coming week is that one, even without a future predicate', () => {
    assert.deepEqual(valuesOf('※9月12日追記。読者の指摘を受けて表を直した。', '2024-09-10'), [['9月12日', '2024-09-12']])
    assert.deepEqual(valuesOf('春祭りは4月20日から。', '2024-04-16'), [['4月20日', '2024-04-20']])
    // further ahead, a past clause still means the last one
    assert.deepEqual(valuesOf('新社屋は9月30日に完成した。', '2024-09-10'), [['9月30日', '2023-09-30']])
  })
  await t.test('a date something is set for (公開が7月21日に決定) lies ahead', () => {
    assert.deepEqual(valuesOf('映画の公開が8月9日に決定。予告編も解禁された。', '2024-03-22'), [['8月9日', '2024-08-09']])
    assert.deepEqual(valuesOf('新作の発売が11月に決定した。', '2024-03-22'), [['11月', '2024-11']])
  })
  await t.test('a plan that was (予定であった) is not the future', () => {
    assert.deepEqual(valuesOf('料金の改定は4月1日から実施される予定であったが、延期された。', '2024-04-20'), [['4月1日', '2024-04-01']])
  })
  await t.test('予定の before a noun modifies it; the sentence predicate decides', () => {
    assert.deepEqual(valuesOf('A社は16日、今秋に発売する予定の新機種を発表した。', '2024-05-20'), [
      ['16日', '2024-05-16'],
      ['今秋', '2024-09/2024-11'],
    ])
  })
  await t.test('a month part that ended days ago is not next year’s', () => {
    assert.deepEqual(valuesOf('限定モデル（8月下旬発売予定）を用意した。', '2024-09-03'), [['8月下旬', '2024-08-21/2024-08-31']])
    assert.deepEqual(valuesOf('限定モデルは8月下旬に発売予定だ。', '2024-09-20'), [['8月下旬', '2025-08-21/2025-08-31']])
  })
})

test('offsets', async (t) => {
  await t.test('a range of offsets is the interval between both ends', () => {
    assert.deepEqual(valuesOf('2〜3年前に一度だけ訪れた。', '2024-05-01'), [['2〜3年前', '2021/2022']])
    assert.deepEqual(valuesOf('1〜2日後に結果が出る。', '2024-05-01'), [['1〜2日後', '2024-05-02/2024-05-03']])
  })
  await t.test('an offset from an undated event is not a date', () => {
    assert.deepEqual(valuesOf('入社3年後の定着率は9割を超える。', '2024-05-01'), [])
    assert.deepEqual(valuesOf('結婚5年後に二人は店を開いた。', '2024-05-01'), [])
  })
  await t.test('10年後も20年後も is any later time', () => {
    assert.deepEqual(valuesOf('10年後も20年後も使い続けられる鞄だ。', '2024-05-01'), [])
    assert.deepEqual(valuesOf('新駅は3年後に開業する。', '2024-05-01'), [['3年後', '2027']])
  })
})

test('a time skip opening a sentence of a story is not a date', () => {
  assert.deepEqual(valuesOf('二人は別々の道を歩む。5年後、町に戻った彼女は店を継ぐ。', '2024-05-01'), [])
  assert.deepEqual(valuesOf('10年後、20年後には働き方も大きく変わるだろう。', '2024-05-01'), [['10年後', '2034'], ['20年後', '2044']])
})

test('a range of months after a year keeps both months in that year', () => {
  assert.deepEqual(valuesOf('発売時期は2025年7〜8月を予定している。', '2024-05-01'), [['2025年7', '2025-07'], ['8月', '2025-08']])
  // without a year, the first number of 3〜4月 is not read on its own
  assert.deepEqual(valuesOf('繁忙期は3〜4月だ。', '2024-05-01').map(([s]) => s), ['4月'])
})
