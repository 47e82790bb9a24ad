import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates } from '../find-dates.ts'

function valuesOf(text: string, referenceDate = '2024-03-13'): [string, string | null][] {
  return findDates(text, [], referenceDate).mentions.map((m) => [text.slice(m.start, m.end), m.value])
}

test('blockNames', () => {
  assert.deepEqual(valuesOf('主将の山田明日香選手がチームを引っ張った。'), [])
  assert.deepEqual(valuesOf('演じるのは女優の今日子さんだ。'), [])
  assert.deepEqual(valuesOf('あすから受け付けを始める。'), [['あす', '2024-03-14']])
})

test('blockIdioms', () => {
  assert.deepEqual(valuesOf('彼は今日もまた同じ店に並んでいた。'), [])
  assert.deepEqual(valuesOf('明日への一歩を踏み出した。'), [])
  assert.deepEqual(valuesOf('今日の社会では珍しくない。'), [])
  assert.deepEqual(valuesOf('今日の試合は中止になった。'), [['今日', '2024-03-13']])
})

test('calendarExpression reads a bare kanji day only as an adverb of time', () => {
  assert.deepEqual(valuesOf('首相は十日、記者会見を開いた。'), [['十日', '2024-03-10']])
  assert.deepEqual(valuesOf('二十五日夜に発表した。'), [['二十五日', '2024-02-25']])
  assert.deepEqual(valuesOf('十日町市の祭りは三日月の夜に開かれた。'), [])
  assert.deepEqual(valuesOf('ローマは一日にしてならず。'), [])
})
