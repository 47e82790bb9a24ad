import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { SentenceView } from '../../sentences.ts'
import { referenceTime } from './reference-time.ts'

/** The verdict for the first occurrence of `dateText` in `text` (one sentence, dated the 1st). */
function verdict(text: string, dateText: string): string | undefined {
  const start = text.indexOf(dateText)
  const sentence = { start: 0, end: text.length, text, index: 0, kind: 'sentence', terms: [] } as unknown as SentenceView
  return referenceTime.judge({ date: { start, end: start + dateText.length, value: '2031-10-01', granularity: 'day', kind: 'absolute' }, sentence, text, published: undefined, first: 0, last: 0 })
}

test('a date followed by 現在 / 時点 is the time of a figure, unless something happened then', () => {
  assert.equal(verdict('1日現在の登録者数は約79万人。', '1日'), 'drop')
  assert.equal(verdict('県の推計人口は10月1日時点で約92万人と、10年前に比べて約5万人減った。', '10月1日'), 'drop')
  assert.equal(verdict('投票率は10月1日時点で前回を5ポイント上回った。', '10月1日'), 'drop')
  assert.equal(verdict('1日正午の時点で約12万戸が停電した。', '1日'), undefined)
  assert.equal(verdict('台風は1日、上陸した。', '1日'), undefined)
})
