import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkForm, checkKept, cutsInsideQuote, type FormToken } from './well-formed.ts'
import { deleteRange, keepSpan } from './compress/index.ts'
import type { Token } from '../core/doc.ts'

/** A hand-written token: surface, POS, detail, conjugation type and form. */
const tk = (surface: string, pos: string, detail = '*', type = '*', form = '*'): FormToken => ({
  surface, partOfSpeech: pos, posDetail: [detail, '*', '*'], conjugatedType: type, conjugatedForm: form,
})
const noun = (s: string, d = '一般'): FormToken => tk(s, '名詞', d)
const ta = tk('た', '助動詞', '*', '特殊・タ', '基本形')

test('checkForm', async (t) => {
  await t.test('accepts a noun-ending headline (体言止め)', () => assert.equal(checkForm([noun('社長'), tk('が', '助詞', '格助詞'), noun('辞任', 'サ変接続'), noun('表明', 'サ変接続')]), null))
  await t.test('accepts a finite verb ending', () => assert.equal(checkForm([noun('台風'), tk('が', '助詞', '格助詞'), tk('上陸', '名詞', 'サ変接続'), tk('し', '動詞', '自立', 'サ変・スル', '連用形'), ta]), null))
  await t.test('accepts サ行 五段 連用形 + た (果たした)', () => assert.equal(checkForm([noun('初当選', 'サ変接続'), tk('果たし', '動詞', '自立', '五段・サ行', '連用形'), ta]), null))
  await t.test('rejects a bare time', () => assert.equal(checkForm([tk('17', '名詞', '数'), tk(':', '記号'), tk('00', '名詞', '数')], '17:00'), 'bare-date'))
  await t.test('rejects a broken conjugation (分かりた)', () =>
    assert.equal(checkForm([noun('取材'), tk('で', '助詞', '格助詞'), tk('分かり', '動詞', '自立', '五段・ラ行', '連用形'), ta]), 'broken-conjugation'))
  await t.test('rejects a dangling verb stem (開かれ 訪れた)', () =>
    assert.equal(checkForm([noun('式典'), tk('が', '助詞'), tk('開か', '動詞', '自立', '五段・カ行', '未然形'), tk('れ', '動詞', '接尾', '一段', '連用形'), tk(' ', '記号', '空白'), noun('人'), tk('が', '助詞'), tk('訪れ', '動詞', '自立', '一段', '連用形'), ta]), 'dangling-verb'))
  await t.test('rejects a particle ending', () => assert.equal(checkForm([noun('日本'), noun('政府'), tk('と', '助詞', '格助詞')]), 'bad-ending'))
  await t.test('accepts 〜へ after a noun', () => assert.equal(checkForm([noun('首相'), noun('訪米', 'サ変接続'), tk('へ', '助詞', '格助詞')]), null))
  await t.test('rejects a line without a content noun', () => assert.equal(checkForm([tk('述べ', '動詞', '自立', '一段', '連用形'), ta]), 'starts-with-verb'))
  await t.test('rejects a prefix without its noun (第が)', () => assert.equal(checkForm([noun('大会'), tk('第', '接頭詞', '数接続'), tk('が', '助詞', '格助詞'), noun('開催', 'サ変接続')]), 'dangling-particle'))
  await t.test('rejects a conjunctive particle before a gap', () =>
    assert.equal(checkForm([noun('結婚'), tk('を', '助詞', '格助詞'), tk('報じ', '動詞', '自立', '一段', '連用形'), ta, tk('が', '助詞', '接続助詞'), tk(' ', '記号', '空白'), noun('声'), tk('が', '助詞', '格助詞'), tk('寄せ', '動詞', '自立', '一段', '連用形'), ta]), 'dangling-particle'))
  await t.test('rejects a quotation cut at one end', () => assert.equal(checkForm([noun('時'), tk('」', '記号', '括弧閉'), tk('が', '助詞', '格助詞'), noun('開幕', 'サ変接続')]), 'unbalanced-bracket'))
  await t.test('rejects は・が・を straight before another particle (府警はを逮捕)', () =>
    assert.equal(checkForm([noun('府警'), tk('は', '助詞', '係助詞'), tk('を', '助詞', '格助詞'), noun('逮捕', 'サ変接続')]), 'dangling-particle'))
  await t.test('accepts には・では (particle pairs that are one phrase)', () =>
    assert.equal(checkForm([noun('会見'), tk('で', '助詞', '格助詞'), tk('は', '助詞', '係助詞'), noun('辞任', 'サ変接続'), noun('表明', 'サ変接続')]), null))
  await t.test('rejects a single word', () => assert.equal(checkForm([noun('告示', 'サ変接続')]), 'too-short'))
  await t.test('rejects a leading particle', () => assert.equal(checkForm([tk('を', '助詞', '格助詞'), noun('表明', 'サ変接続')]), 'starts-with-function-word'))
  await t.test('rejects と whose partner was deleted', () =>
    assert.equal(checkForm([noun('高田'), tk('と', '助詞', '並立助詞'), tk(' ', '記号', '空白'), noun('新人'), tk('で', '助詞'), noun('立候補', 'サ変接続')]), 'dangling-particle'))
})

test('checkKept', async (t) => {
  const body = '部品が届きました。'
  const at = (surface: string, start: number, f: FormToken): Token => ({ ...f, surface, start, end: start + surface.length, lemma: surface, reading: '', origin: 'known' })
  const tokens = [
    at('部品', 0, noun('部品')), at('が', 2, tk('が', '助詞', '格助詞')), at('届き', 3, tk('届き', '動詞', '自立', '五段・カ行', '連用形')),
    at('まし', 5, tk('まし', '助動詞', '*', '特殊・マス', '連用形')), at('た', 7, ta), at('。', 8, tk('。', '記号', '句点')),
  ]
  const whole = keepSpan('a', body, 0, body.length)
  await t.test('accepts the whole polite sentence', () => assert.equal(checkKept(whole, tokens), null))
  await t.test('rejects まし deleted after a 五段 stem (届きた)', () => assert.equal(checkKept(deleteRange(whole, 5, 7), tokens), 'broken-conjugation'))
  await t.test('rejects a token cut in half', () => assert.equal(checkKept(deleteRange(whole, 1, 2), tokens), 'split-token'))
})

test('cutsInsideQuote', async (t) => {
  const body = '博物館で「日本の暦」展が開幕'
  const all = [...body].map((_, i) => i)
  await t.test('accepts a quote kept whole or dropped whole', () => {
    assert.equal(cutsInsideQuote({ body, id: 'a', start: 0, end: body.length, positions: all }), false)
    assert.equal(cutsInsideQuote({ body, id: 'a', start: 0, end: body.length, positions: all.filter((i) => i < 4 || i > 9) }), false)
  })
  await t.test('rejects a deletion inside the brackets', () => {
    const withoutNo = all.filter((i) => body[i] !== 'の')
    assert.equal(cutsInsideQuote({ body, id: 'a', start: 0, end: body.length, positions: withoutNo }), true)
  })
})
