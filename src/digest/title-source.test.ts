import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Token } from '../core/doc.ts'
import type { SentenceView } from './sentences.ts'
import { citeTitle, segmentWithVocabulary, titleSentences, vocabularyOf } from './title-source.ts'

const word = (surface: string, start: number, partOfSpeech = '名詞'): Token => ({
  start, end: start + surface.length, surface, partOfSpeech, posDetail: ['一般', '*', '*'], conjugatedType: '*', conjugatedForm: '*', lemma: surface, reading: '', origin: 'known',
})

// original text: 北浜市で大雨 川が氾濫した。
const body: SentenceView = {
  index: 0, start: 0, end: 14, kind: 'sentence', text: '北浜市で大雨 川が氾濫した。', terms: [],
  tokens: [word('北浜', 0), word('市', 2), word('で', 3, '助詞'), word('大雨', 4), word('川', 7), word('が', 8, '助詞'), word('氾濫', 9), word('し', 11, '動詞'), word('た', 12, '助動詞'), word('。', 13, '記号')],
}

test('segmentWithVocabulary', async (t) => {
  const vocabulary = vocabularyOf([body])
  await t.test('segments with the body words, offsets into the title', () => {
    const tokens = segmentWithVocabulary('大雨で川が氾濫', 0, 7, vocabulary)
    assert.deepEqual(tokens?.map((x) => [x.surface, x.start, x.end, x.partOfSpeech]), [['大雨', 0, 2, '名詞'], ['で', 2, 3, '助詞'], ['川', 3, 4, '名詞'], ['が', 4, 5, '助詞'], ['氾濫', 5, 7, '名詞']])
  })
  await t.test('reads digit runs as numbers and punctuation as symbols', () => {
    const tokens = segmentWithVocabulary('12川、', 0, 4, vocabulary)
    assert.deepEqual(tokens?.map((x) => [x.surface, x.partOfSpeech]), [['12', '名詞'], ['川', '名詞'], ['、', '記号']])
  })
  await t.test('reads a katakana or kanji run the body lacks as a noun', () => {
    const tokens = segmentWithVocabulary('北浜市でフェス 大雨で堤防', 0, 13, vocabulary)
    assert.deepEqual(tokens?.map((x) => [x.surface, x.partOfSpeech]), [['北浜', '名詞'], ['市', '名詞'], ['で', '助詞'], ['フェス', '名詞'], [' ', '記号'], ['大雨', '名詞'], ['で', '助詞'], ['堤防', '名詞']])
  })
  await t.test('gives null when an unknown kanji run may be a verb stem (hiragana follows)', () => assert.equal(segmentWithVocabulary('大雨で橋が', 0, 5, vocabulary), null))
})

test('titleSentences', async (t) => {
  await t.test('splits the title at spaces and drops parts the body cannot segment', () => {
    const parts = titleSentences('北浜市で大雨　橋が流失 川が氾濫', [body])
    assert.deepEqual(parts.map((p) => [p.text, p.start, p.end]), [['北浜市で大雨', 0, 6], ['川が氾濫', 12, 16]])
    assert.deepEqual(parts[1]!.tokens.map((x) => x.start), [12, 13, 14])
  })
  await t.test('joins a bare predicate (adverb + verbal noun) to the part before it', () => {
    const noun = (surface: string, start: number, detail: string): Token => ({ ...word(surface, start), posDetail: [detail, '*', '*'] })
    // original text: 北浜の集落はすべて孤立が解消した。
    const other: SentenceView = {
      index: 0, start: 0, end: 17, kind: 'sentence', text: '北浜の集落はすべて孤立が解消した。', terms: [],
      tokens: [word('北浜', 0), word('の', 2, '助詞'), word('集落', 3), word('は', 5, '助詞'), noun('すべて', 6, '副詞可能'), noun('孤立', 9, 'サ変接続'), word('が', 11, '助詞'), noun('解消', 12, 'サ変接続'), word('し', 14, '動詞'), word('た', 15, '助動詞'), word('。', 16, '記号')],
    }
    assert.deepEqual(titleSentences('北浜の孤立集落 すべて解消', [other]).map((p) => p.text), ['北浜の孤立集落 すべて解消'])
  })
  await t.test('is empty without body tokens', () => assert.deepEqual(titleSentences('北浜市で大雨', [{ ...body, tokens: [] }]), []))
})

test('citeTitle marks every cite as a title cite', () => {
  assert.deepEqual(citeTitle({ text: '大雨', cites: [{ id: 'a', start: 4, end: 6 }] }).cites, [{ id: 'a', start: 4, end: 6, field: 'title' }])
})

test('vocabularyOf adds the plain form of a conjugated verb', () => {
  const verb: Token = { ...word('求め', 2, '動詞'), lemma: '求める', conjugatedForm: '連用形' }
  const vocabulary = vocabularyOf([{ ...body, tokens: [word('国', 0), word('が', 1, '助詞'), verb, word('た', 4, '助動詞')] }])
  assert.deepEqual(segmentWithVocabulary('国が求める', 0, 5, vocabulary)?.map((x) => [x.surface, x.conjugatedForm]), [['国', '*'], ['が', '*'], ['求める', '基本形']])
})
