import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  addDays,
  addMonths,
  daysInMonth,
  formatIsoWeek,
  isoWeekday,
  isoWeekOf,
  isValidDate,
  parseReferenceDate,
  startOfIsoWeek,
} from './calendar.ts'
import { warekiToYear, isGengo } from './wareki.ts'
import { parseSmallNumber } from './numerals.ts'
import { foldText } from './fold-text.ts'

test('daysInMonth', async (t) => {
  await t.test('knows leap years by the Gregorian rule', () => {
    assert.equal(daysInMonth(2024, 2), 29)
    assert.equal(daysInMonth(2100, 2), 28)
    assert.equal(daysInMonth(2000, 2), 29)
    assert.equal(daysInMonth(2025, 4), 30)
    assert.equal(daysInMonth(2025, 12), 31)
  })
  await t.test('isValidDate rejects 2月30日 and 4月31日', () => {
    assert.equal(isValidDate(2025, 2, 30), false)
    assert.equal(isValidDate(2025, 4, 31), false)
    assert.equal(isValidDate(2024, 2, 29), true)
  })
})

test('addDays and addMonths', async (t) => {
  await t.test('cross month and year boundaries', () => {
    assert.deepEqual(addDays({ year: 2022, month: 2, day: 28 }, 1), { year: 2022, month: 3, day: 1 })
    assert.deepEqual(addDays({ year: 2025, month: 1, day: 1 }, -1), { year: 2024, month: 12, day: 31 })
    assert.deepEqual(addMonths({ year: 2025, month: 1 }, -1), { year: 2024, month: 12, day: 1 })
    assert.deepEqual(addMonths({ year: 2025, month: 11 }, 3), { year: 2026, month: 2, day: 1 })
  })
})

test('isoWeekOf', async (t) => {
  await t.test('puts 2024-12-30 in week 1 of 2025 (the week holding the first Thursday)', () => {
    assert.deepEqual(isoWeekOf({ year: 2024, month: 12, day: 30 }), { year: 2025, week: 1 })
    assert.equal(formatIsoWeek({ year: 2024, month: 12, day: 30 }), '2025-W01')
  })
  await t.test('puts 2021-01-03 in week 53 of 2020', () => {
    assert.equal(formatIsoWeek({ year: 2021, month: 1, day: 3 }), '2020-W53')
  })
  await t.test('starts weeks on Monday', () => {
    assert.equal(isoWeekday({ year: 2022, month: 2, day: 28 }), 1)
    assert.equal(isoWeekday({ year: 2022, month: 2, day: 27 }), 7)
    assert.deepEqual(startOfIsoWeek({ year: 2022, month: 3, day: 6 }), { year: 2022, month: 2, day: 28 })
  })
})

test('parseReferenceDate', async (t) => {
  await t.test('reads a bare date as a Tokyo date', () => {
    assert.deepEqual(parseReferenceDate('2022-02-28'), { year: 2022, month: 2, day: 28 })
  })
  await t.test('converts UTC and other offsets to the Tokyo calendar date', () => {
    assert.deepEqual(parseReferenceDate('2022-02-27T16:30:00Z'), { year: 2022, month: 2, day: 28 })
    assert.deepEqual(parseReferenceDate('2022-02-27T14:59:00Z'), { year: 2022, month: 2, day: 27 })
    assert.deepEqual(parseReferenceDate('2010-05-22T14:30:00+0900'), { year: 2010, month: 5, day: 22 })
    assert.deepEqual(parseReferenceDate('2024-12-31T20:00:00-05:00'), { year: 2025, month: 1, day: 1 })
  })
  await t.test('returns null for text that is not ISO 8601', () => {
    assert.equal(parseReferenceDate('昨日'), null)
    assert.equal(parseReferenceDate('2022-02-30'), null)
  })
})

test('warekiToYear', async (t) => {
  await t.test('converts era years, 元年 being year one', () => {
    assert.equal(warekiToYear('令和', 1), 2019)
    assert.equal(warekiToYear('令和', 7), 2025)
    assert.equal(warekiToYear('平成', 31), 2019)
    assert.equal(warekiToYear('昭和', 64), 1989)
    assert.equal(isGengo('令和'), true)
    assert.equal(isGengo('西暦'), false)
  })
})

test('parseSmallNumber', async (t) => {
  await t.test('reads digits, kanji numerals and 元', () => {
    assert.equal(parseSmallNumber('28'), 28)
    assert.equal(parseSmallNumber('二十八'), 28)
    assert.equal(parseSmallNumber('十四'), 14)
    assert.equal(parseSmallNumber('十'), 10)
    assert.equal(parseSmallNumber('三'), 3)
    assert.equal(parseSmallNumber('元'), 1)
    assert.equal(parseSmallNumber('十十'), null)
  })
})

test('foldText', async (t) => {
  await t.test('folds full-width digits and brackets without changing the length', () => {
    const text = '２０１０年５月２２日（土）〜'
    const folded = foldText(text)
    assert.equal(folded, '2010年5月22日(土)~')
    assert.equal(folded.length, text.length)
  })
})
