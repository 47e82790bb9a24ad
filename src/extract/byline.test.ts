import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dropLeadingBylines, isBylineLine } from './byline.ts'

test('isBylineLine and dropLeadingBylines remove date and label lines at the top of a body', () => {
  assert.equal(isBylineLine('11月5日 18:40'), true)
  assert.equal(isBylineLine('2026年11月5日（木） 午後6時40分 更新'), true)
  assert.equal(isBylineLine('配信日時：2026/11/05 18:40'), true)
  assert.equal(isBylineLine('5日午後3時現在、台風は沖縄の南にあります。'), false)
  assert.equal(dropLeadingBylines('11月5日 18:40\n本文です。'), '本文です。')
  assert.equal(dropLeadingBylines('本文です。\n11月5日 18:40'), '本文です。\n11月5日 18:40')
})
