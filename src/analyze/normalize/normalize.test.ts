import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createMatchNormalizer, normalizeForMatch } from './index.ts'
import { createCharTrie, insertReversed, keysEndingAt } from './char-trie.ts'

/** The original text under a folded match of `needle`. */
function findOriginal(text: string, needle: string): string | undefined {
  const m = normalizeForMatch(text)
  const at = m.text.indexOf(needle)
  if (at < 0) return undefined
  const span = m.toOriginalSpan(at, at + needle.length)
  return text.slice(span.start, span.end)
}

test('normalizeForMatch', async (t) => {
  await t.test('folds half-width katakana with voiced marks and maps back exactly', () => {
    const m = normalizeForMatch('値上げしたｶﾞｿﾘﾝ価格')
    assert.equal(m.text, '値上げしたガソリン価格')
    assert.equal(findOriginal('値上げしたｶﾞｿﾘﾝ価格', 'ガソリン'), 'ｶﾞｿﾘﾝ')
    assert.equal(m.toOriginal(m.text.length), '値上げしたｶﾞｿﾘﾝ価格'.length)
  })
  await t.test('expands ㍻ to 平成 and maps either half back to the whole sign', () => {
    const m = normalizeForMatch('㍻31年4月')
    assert.equal(m.text, '平成31年4月')
    assert.deepEqual(m.toOriginalSpan(0, 2), { start: 0, end: 1 })
    assert.deepEqual(m.toOriginalSpan(1, 4), { start: 0, end: 3 })
  })
  await t.test('folds full-width letters and digits', () => {
    assert.equal(normalizeForMatch('ＮＡＴＯは２０２２年').text, 'NATOは2022年')
  })
  await t.test('folds wave dashes and dashes; a dash after katakana is the long-vowel mark', () => {
    assert.equal(normalizeForMatch('10〜20人、5～6人').text, '10~20人、5~6人')
    assert.equal(normalizeForMatch('ゼレンスキ－大統領').text, 'ゼレンスキー大統領')
    assert.equal(normalizeForMatch('A－B').text, 'A-B')
  })
  await t.test('applies spelling variants, longest first, and leaves canonical forms alone', () => {
    const text = '首都キエフとハリコフ、キーウ'
    assert.equal(normalizeForMatch(text).text, '首都キーウとハルキウ、キーウ')
    assert.equal(findOriginal(text, 'ハルキウ'), 'ハリコフ')
    assert.equal(normalizeForMatch('ヴィリニュスのウィルス').text, 'ビリニュスのウイルス')
  })
  await t.test('keeps surrogate pairs whole', () => {
    const m = normalizeForMatch('𠮷野家とｷｴﾌ')
    assert.equal(m.text, '𠮷野家とキーウ')
    assert.equal(findOriginal('𠮷野家とｷｴﾌ', 'キーウ'), 'ｷｴﾌ')
  })
  await t.test('createMatchNormalizer takes its own table', () => {
    const fold = createMatchNormalizer({ 東京電力: ['東電'] })
    assert.equal(fold('東電の発表').text, '東京電力の発表')
    assert.equal(fold('キエフ').text, 'キエフ')
  })
})

test('keysEndingAt', async (t) => {
  const trie = createCharTrie<string>()
  for (const word of ['省', '外務省', '務省', '大学']) insertReversed(trie, word, word)
  await t.test('finds the keys a position ends in, longest first', () => {
    assert.deepEqual(keysEndingAt(trie, '日本の外務省が', 6, 12), ['外務省', '務省', '省'])
  })
  await t.test('respects the longest length and the left limit', () => {
    assert.deepEqual(keysEndingAt(trie, '日本の外務省が', 6, 2), ['務省', '省'])
    assert.deepEqual(keysEndingAt(trie, '日本の外務省が', 6, 12, 4), ['務省', '省'])
    assert.deepEqual(keysEndingAt(trie, '大学', 1, 12), [])
  })
})
