import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { seedPath } from '../../runtime/paths.ts'
import { findNumbers, parseNumeral } from './index.ts'

/** `surface=value unit (qualifier)` for each number found in `text`. */
function describe(text: string): string[] {
  return findNumbers(text).map((n) => `${text.slice(n.start, n.end)}=${n.value}${n.unit}${n.qualifier === undefined ? '' : `(${n.qualifier})`}`)
}

test('parseNumeral', async (t) => {
  await t.test('reads Arabic, kanji and mixed numerals', () => {
    assert.equal(parseNumeral('1万4千'), 14000)
    assert.equal(parseNumeral('三十五'), 35)
    assert.equal(parseNumeral('二〇二五'), 2025)
    assert.equal(parseNumeral('1億2000万'), 120_000_000)
    assert.equal(parseNumeral('１，２００'), 1200)
    assert.equal(parseNumeral('3.5'), 3.5)
    assert.equal(parseNumeral('千二百'), 1200)
  })
})

test('findNumbers', async (t) => {
  await t.test('reads units and qualifiers before and after', () => {
    assert.deepEqual(describe('避難者は約1万4千人、負傷者は6千人を超え、支持率は40%、賛成は3割強だった。'), [
      '約1万4千人=14000人(approx)', '6千人を超え=6000人(more-than)', '40%=40%', '3割強=3割(more-than)',
    ])
    assert.deepEqual(describe('三十五人が参加し、費用は最大2億円、所要は8時間程度。'), [
      '三十五人=35人', '最大2億円=200000000円(at-most)', '8時間程度=8時間(approx)',
    ])
  })
  await t.test('splits a range into its two bounds', () => {
    assert.deepEqual(describe('参加者は10〜20人で、気温は5～8度。'), ['10=10人(at-least)', '20人=20人(at-most)', '5=5度(at-least)', '8度=8度(at-most)'])
  })
  await t.test('reads 数百 as an approximate magnitude', () => {
    assert.deepEqual(describe('数百人が集まった'), ['数百人=100人(approx)'])
  })
  await t.test('leaves dates, times, ordinals, identifiers and kanji words alone', () => {
    assert.deepEqual(describe('2025年3月28日午前9時30分、第3回の会合でG7は十分な一方的措置を3日前に決めた。'), [])
    assert.deepEqual(describe('詳しくは /news/2024/0315 を参照'), [])
  })
  await t.test('finds 75%, 380発以上, 5キロ and 1億ドル in seed 000', () => {
    const text = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
    const found = describe(text)
    for (const expected of ['75%近く=75%(approx)', '380発以上=380発(at-least)', '5キロ=5キロ', '1億ドル=100000000ドル']) {
      assert.ok(found.includes(expected), `expected ${expected} among ${found.join(', ')}`)
    }
    for (const n of findNumbers(text)) assert.ok(n.start < n.end && n.end <= text.length)
  })
})
