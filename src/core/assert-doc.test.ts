import { test } from 'node:test'
import assert from 'node:assert/strict'
import { assertDoc } from './assert-doc.ts'
import type { AnalyzedDoc, Layers } from './doc.ts'
import { MatomeError } from './errors.ts'

function docOf(text: string, layers: Partial<Layers>): AnalyzedDoc {
  return { schemaVersion: 1, articleId: 't', text, layers, diagnostics: [] }
}

const TEXT = '東京で雨。\n大阪は晴れ。'

function throwsInvalid(doc: AnalyzedDoc, pattern: RegExp): void {
  assert.throws(() => assertDoc(doc), (error: unknown) => {
    assert.ok(error instanceof MatomeError)
    assert.equal(error.code, 'core/invalid-doc')
    assert.match(error.message, pattern)
    return true
  })
}

test('assertDoc', async (t) => {
  await t.test('accepts sentences that cover the text except whitespace', () => {
    assertDoc(docOf(TEXT, { sentences: [{ start: 0, end: 5, kind: 'sentence' }, { start: 6, end: 12, kind: 'sentence' }] }))
  })
  await t.test('rejects a span beyond the text, naming the layer', () => {
    throwsInvalid(docOf(TEXT, { numbers: [{ start: 3, end: 40, value: 1, unit: '' }] }), /layer "numbers", span 3–40/)
  })
  await t.test('rejects spans out of order', () => {
    throwsInvalid(docOf(TEXT, { dates: [
      { start: 6, end: 8, value: null, granularity: 'day', kind: 'x' },
      { start: 0, end: 2, value: null, granularity: 'day', kind: 'x' },
    ] }), /not sorted/)
  })
  await t.test('rejects a span that splits a surrogate pair', () => {
    const text = '𠮷野家の牛丼。'
    throwsInvalid(docOf(text, { entities: [{ start: 1, end: 4, id: 'e1', type: 'ORGANIZATION', text: '', canonical: '' }] }), /surrogate/)
  })
  await t.test('rejects overlapping sentences and overlapping entities', () => {
    throwsInvalid(docOf(TEXT, { sentences: [{ start: 0, end: 6, kind: 'sentence' }, { start: 5, end: 12, kind: 'sentence' }] }), /overlaps/)
    throwsInvalid(docOf(TEXT, { entities: [
      { start: 0, end: 2, id: 'e1', type: 'LOCATION', text: '東京', canonical: '東京' },
      { start: 1, end: 3, id: 'e2', type: 'LOCATION', text: '京で', canonical: '京で' },
    ] }), /layer "entities".*overlaps/)
  })
  await t.test('rejects tokens that leave text uncovered', () => {
    throwsInvalid(docOf('雨が降る', { tokens: [] }), /layer "tokens", span 0–4: text "雨が降る" is not covered/)
  })
  await t.test('allows nested quotes but not content outside its quote', () => {
    const text = '「彼は『行く』と言った」'
    assertDoc(docOf(text, { quotes: [
      { start: 0, end: 12, content: { start: 1, end: 11 }, speaker: null },
      { start: 3, end: 7, content: { start: 4, end: 6 }, speaker: null },
    ] }))
    throwsInvalid(docOf(text, { quotes: [{ start: 3, end: 7, content: { start: 1, end: 6 }, speaker: null }] }), /content/)
  })
})
