import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { AnalyzedDoc, NumberMention } from '../core/doc.ts'
import { findNumbers } from './numbers.ts'
import { sentencesOf, splitSentencesFallback } from './sentences.ts'

/** A doc whose numbers layer marks each listed surface (first occurrence) with the given unit and value. */
function docWith(text: string, marks: readonly [string, number, string][]): AnalyzedDoc {
  const numbers: NumberMention[] = marks.map(([surface, value, unit]) => {
    const start = text.indexOf(surface)
    return { start, end: start + surface.length, value, unit }
  })
  return { schemaVersion: 1, articleId: 'a', text, layers: { sentences: splitSentencesFallback(text), numbers }, diagnostics: [] }
}

test('an idiomatic 一 (一人では, 一度も) is not a key number; a counted one is', () => {
  const text = '浸水した家の女性は「一人では片付けられない」と話した。住民1人が軽いけがをした。市は一度も避難指示を出していない。'
  const doc = docWith(text, [['一人', 1, '人'], ['1人', 1, '人'], ['一度', 1, '度']])
  const found = findNumbers('a', doc, sentencesOf(doc)).map((n) => n.text)
  assert.deepEqual(found, ['1人'])
})

test('a part named out of a quantity (3社のうちの1社) is not a key number', () => {
  const text = 'メーカー3社が検討に入った。3社のうちの1社の幹部は慎重な姿勢を示した。'
  const doc = docWith(text, [['3社', 3, '社'], ['1社', 1, '社']])
  assert.deepEqual(findNumbers('a', doc, sentencesOf(doc)).map((n) => n.text), ['3社'])
})

test('percentages and counts stay key numbers', () => {
  const text = '有権者の75%近くが投票した。ミサイル380発以上が発射された。'
  const doc = docWith(text, [['75%近く', 75, '%'], ['380発以上', 380, '発']])
  assert.deepEqual(findNumbers('a', doc, sentencesOf(doc)).map((n) => n.text), ['75%近く', '380発以上'])
})
