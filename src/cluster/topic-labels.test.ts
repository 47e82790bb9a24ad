import { test } from 'node:test'
import assert from 'node:assert/strict'
import { topicLabels } from './topic-labels.ts'

const unit = (terms: Record<string, number>): Map<string, number> => new Map(Object.entries(terms))

test('topicLabels', async (t) => {
  // two topics: a typhoon and a data scandal; 発表 and 中心 are everywhere, the names are not
  const counts = [
    unit({ 台風: 4, 上陸: 2, 発表: 3, 中心: 3, '@気象庁': 2 }),
    unit({ 台風: 3, 停電: 2, 発表: 2, 中心: 2, '#台': 5 }),
    unit({ 改ざん: 4, 部品: 3, 発表: 3, 中心: 2 }),
    unit({ 改ざん: 2, 部品: 2, 検査: 2, 発表: 3, 中心: 3 }),
  ]

  await t.test('names what sets each topic apart, not words every topic uses', () => {
    const [typhoon, scandal] = topicLabels(counts, [[0, 1], [2, 3]], 3)
    assert.deepEqual(typhoon, ['台風', '上陸', '停電'])
    assert.deepEqual(scandal, ['改ざん', '部品', '検査'])
  })

  await t.test('never labels with single-kanji or entity features; skips a term inside one picked', () => {
    const [labels] = topicLabels([unit({ 台風25号: 4, 台風: 3, '#台': 9, '@気象庁': 9 }), unit({ 地震: 1 })], [[0], [1]], 3)
    assert.deepEqual(labels, ['台風25号'])
  })

  await t.test('an empty topic gets no label', () => {
    assert.deepEqual(topicLabels(counts, [[], [0, 1, 2, 3]], 2)[0], [])
  })
})
