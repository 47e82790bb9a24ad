import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Token } from '../core/doc.ts'
import type { Kept } from './compress/kept.ts'
import { cutsEnumeration, findEnumerations } from './enumeration.ts'

/** Tokens of `parts` ([surface, 品詞, 細分類1]) laid end to end. */
function tokensOf(parts: readonly [string, string, string?][]): { text: string; tokens: Token[] } {
  let at = 0
  const tokens = parts.map(([surface, partOfSpeech, detail]) => {
    const t: Token = { start: at, end: at + surface.length, surface, partOfSpeech, posDetail: [detail ?? '一般', '*', '*'], conjugatedType: '*', conjugatedForm: '*', lemma: surface, reading: '', origin: 'known' }
    at += surface.length
    return t
  })
  return { text: parts.map((p) => p[0]).join(''), tokens }
}

const deleting = (text: string, ...cut: [number, number][]): Kept => ({
  body: text, id: 'a', start: 0, end: text.length,
  positions: [...text].map((_, i) => i).filter((i) => !cut.some(([s, e]) => s <= i && i < e)),
})

// original sentence: 北浜、南浜、東浜の3市の担当者は協議を行った。
const THREE = tokensOf([['北浜', '名詞', '固有名詞'], ['、', '記号', '読点'], ['南浜', '名詞', '固有名詞'], ['、', '記号', '読点'], ['東浜', '名詞', '固有名詞'], ['の', '助詞', '連体化'], ['担当', '名詞', 'サ変接続'], ['者', '名詞', '接尾'], ['は', '助詞', '係助詞'], ['協議', '名詞', 'サ変接続'], ['を', '助詞', '格助詞'], ['行っ', '動詞', '自立'], ['た', '助動詞'], ['。', '記号', '句点']])

test('findEnumerations', async (t) => {
  await t.test('finds a three-member 、 list', () => {
    const lists = findEnumerations(THREE.tokens)
    assert.deepEqual(lists.map((l) => l.map((m) => THREE.text.slice(m.start, m.end))), [['北浜', '南浜', '東浜']])
  })
  await t.test('finds A・B of countries and AとB (並立助詞)', () => {
    const country = (surface: string): [string, string, string] => [surface, '名詞', '固有名詞']
    const countries = tokensOf([country('日本'), ['・', '記号'], country('中国'), ['で', '助詞', '格助詞']])
    for (const t of countries.tokens) if (t.surface !== '・' && t.surface !== 'で') Object.assign(t, { posDetail: ['固有名詞', '地域', '国'] })
    assert.equal(findEnumerations(countries.tokens).length, 1)
    const title = tokensOf([['漫画', '名詞'], ['家', '名詞', '接尾'], ['・', '記号'], ['北浜', '名詞', '固有名詞'], ['氏', '名詞', '接尾']])
    assert.deepEqual(findEnumerations(title.tokens), [], 'a title joined to a name by ・ is no list')
    const and = tokensOf([['北浜', '名詞', '固有名詞'], ['と', '助詞', '並立助詞'], ['南浜', '名詞', '固有名詞'], ['が', '助詞', '格助詞']])
    assert.equal(findEnumerations(and.tokens).length, 1)
  })
  await t.test('a date and a noun around 、 are no list', () => {
    const dated = tokensOf([['14', '名詞', '数'], ['日', '名詞', '接尾'], ['、', '記号', '読点'], ['県', '名詞'], ['が', '助詞', '格助詞'], ['発表', '名詞', 'サ変接続']])
    assert.deepEqual(findEnumerations(dated.tokens), [])
    const two = tokensOf([['政府', '名詞'], ['、', '記号', '読点'], ['県', '名詞'], ['が', '助詞', '格助詞']])
    assert.deepEqual(findEnumerations(two.tokens), [], 'two nouns around a 、 need など・両・ら to be a list')
  })
})

test('cutsEnumeration', async (t) => {
  await t.test('deleting one member of three is a cut', () => assert.equal(cutsEnumeration(deleting(THREE.text, [0, 3]), THREE.tokens), true))
  await t.test('keeping or deleting the whole list is fine', () => {
    assert.equal(cutsEnumeration(deleting(THREE.text, [12, 13]), THREE.tokens), false)
    assert.equal(cutsEnumeration(deleting(THREE.text, [0, 9]), THREE.tokens), false)
  })
})
