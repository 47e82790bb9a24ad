import { test } from 'node:test'
import assert from 'node:assert/strict'
import { titleHeading } from './section-heading.ts'

test('titleHeading cites the outlet title without site name or bracket tag', () => {
  assert.deepEqual(titleHeading('a', '北浜市で大雨 川が氾濫｜北浜日報'), { text: '北浜市で大雨 川が氾濫', cites: [{ id: 'a', start: 0, end: 11, field: 'title' }] })
  assert.deepEqual(titleHeading('b', '【速報】北浜市で大雨'), { text: '北浜市で大雨', cites: [{ id: 'b', start: 4, end: 10, field: 'title' }] })
})

test('titleHeading gives nothing for a missing, empty, Latin-only or overlong title', () => {
  assert.equal(titleHeading('a', undefined), undefined)
  assert.equal(titleHeading('a', '｜北浜日報'), undefined)
  assert.equal(titleHeading('a', 'Breaking News'), undefined)
  assert.equal(titleHeading('a', '大雨'.repeat(31)), undefined)
})
