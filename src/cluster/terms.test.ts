import { test } from 'node:test'
import assert from 'node:assert/strict'
import { termKey } from './terms.ts'

test('termKey', async (t) => {
  await t.test('keeps kana and kanji lemmas as they are', () => {
    assert.equal(termKey('台風'), '台風')
    assert.equal(termKey('ウクライナ'), 'ウクライナ')
    assert.equal(termKey('米'), '米')
  })
  await t.test('normalises width and case', () => {
    assert.equal(termKey('ＮＡＳＡ'), 'nasa')
    assert.equal(termKey('ｶﾞｽ'), 'ガス')
  })
  await t.test('drops stop lemmas, lone kana, symbols and numbers', () => {
    for (const noise of ['こと', 'ため', 'の', 'ッ', '、', '2026', '％', 'x']) assert.equal(termKey(noise), undefined, noise)
  })
})
