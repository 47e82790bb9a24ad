import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates } from '../find-dates.ts'

/** [surface, value] of every mention, in order. 2024-03-13 is a Wednesday. */
function valuesOf(text: string, referenceDate = '2024-03-13'): [string, string | null][] {
  return findDates(text, [], referenceDate).mentions.map((m) => [text.slice(m.start, m.end), m.value])
}

test('weekday', async (t) => {
  await t.test('reads a bare weekday as the nearest such day in the direction of the tense', () => {
    assert.deepEqual(valuesOf('両国の外相は土曜日に電話で会談した。'), [['土曜日', '2024-03-09']])
    assert.deepEqual(valuesOf('組合は金曜日に回答する見通しだ。'), [['金曜日', '2024-03-15']])
    assert.deepEqual(valuesOf('日曜日の夜、倉庫から火が出た。'), [['日曜日', '2024-03-10']])
    assert.deepEqual(valuesOf('水曜日、記者会見が開かれた。'), [['水曜日', '2024-03-13']])
  })
  await t.test('does not read a weekday that describes a named date, a schedule or a name', () => {
    assert.deepEqual(valuesOf('初日の25日は土曜日で、混雑が予想される。'), [['25日', '2024-03-25']])
    assert.deepEqual(valuesOf('朝市は月曜日と木曜日に開かれた。'), [])
    assert.deepEqual(valuesOf('休館日：火曜日'), [])
    assert.deepEqual(valuesOf('月曜ドラマの視聴率が上がった。'), [])
    assert.deepEqual(valuesOf('平日は月曜から金曜まで営業した。'), [])
  })
  await t.test('drops a weekday in a habit or a schedule told in the present', () => {
    assert.deepEqual(valuesOf('いつも土曜日は近所の公園を走った。'), [])
    assert.deepEqual(valuesOf('店では月曜日夜に名画の上映会があるんです。'), [])
  })
})
