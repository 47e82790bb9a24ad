import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzeArticle } from '../analyze/pipeline.ts'
import { loadTokenizer } from '../runtime/load-tokenizer.ts'
import { decodeAnalysis, encodeAnalysis } from './analysis-codec.ts'

const tokenizer = await loadTokenizer()
// known words, an unknown katakana name, a user-dictionary name (キーウ), Latin letters, a full-width
// digit, an emoji (a surrogate pair) and a kanji outside the BMP
const BODY = 'ゼレンスキー大統領は28日、キーウでＡＩ企業の幹部と会談した。🇯🇵「𠮷野家の牛丼が好きだ」と話した。ポドリャク氏も同席した。'
const doc = analyzeArticle({ id: 'c1', body: BODY, publishedAt: '2026-11-22' }, { tokenizer })

test('an analysis survives the compact stored form unchanged', () => {
  const back = decodeAnalysis(encodeAnalysis(doc))
  assert.deepEqual(back, doc)
  assert.deepEqual(Object.keys(back.layers.tokens![0]!), Object.keys(doc.layers.tokens![0]!), 'same keys in the same order')
})

test('the compact form is several times smaller than plain JSON', () => {
  const plain = JSON.stringify(doc).length
  const compact = encodeAnalysis(doc).length
  assert.ok(compact * 2.5 < plain, `${compact} vs ${plain}`)
})

test('analyses stored as plain JSON (older stores) are read as they are', () => {
  assert.deepEqual(decodeAnalysis(JSON.stringify(doc)), doc)
  const noTokens = { ...doc, layers: { sentences: doc.layers.sentences ?? [] } }
  assert.deepEqual(decodeAnalysis(encodeAnalysis(noTokens)), noTokens)
})

test('tokens in an unknown stored format are a coded error, not a wrong reading', () => {
  const future = JSON.stringify({ ...doc, layers: { ...doc.layers, tokens: { compact: 2, pos: [], tokens: [] } } })
  assert.throws(() => decodeAnalysis(future), { code: 'store/unreadable-analysis' })
})
