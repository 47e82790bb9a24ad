import { test } from 'node:test'
import assert from 'node:assert/strict'
import { decodeBytes, detectEncoding, japaneseScore, mojibakeReason } from './decode.ts'
import { normalizeCharset, declaredCharset } from './charset.ts'
import { encodeEucJp, encodeIso2022Jp, encodeShiftJis } from '../../test/fixtures/ingest/encode.ts'

const TEXT = '港区の新しい図書館が来月開館する。区によると、蔵書はおよそ１２万冊で、カフェも併設される。'

function ok<T>(r: { ok: true; value: T } | { ok: false; reason: string; detail: string }): T {
  if (!r.ok) assert.fail(`rejected: ${r.reason} ${r.detail}`)
  return r.value
}

test('decodeBytes reads UTF-8 with and without a BOM', () => {
  const plain = new TextEncoder().encode(TEXT)
  assert.deepEqual(ok(decodeBytes(plain, 'a.txt')), { text: TEXT, encoding: 'utf-8', source: 'detected' })
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain])
  const withBom = ok(decodeBytes(bom, 'b.txt'))
  assert.equal(withBom.text, TEXT, 'the BOM is not part of the text')
  assert.equal(withBom.source, 'bom')
})

test('decodeBytes detects undeclared Shift_JIS, EUC-JP and ISO-2022-JP', () => {
  for (const [encoding, bytes] of [
    ['shift_jis', encodeShiftJis(TEXT)],
    ['euc-jp', encodeEucJp(TEXT)],
    ['iso-2022-jp', encodeIso2022Jp(TEXT)],
  ] as const) {
    const decoded = ok(decodeBytes(bytes, `${encoding}.txt`))
    assert.equal(decoded.text, TEXT, encoding)
    assert.equal(decoded.encoding, encoding)
    assert.equal(decoded.source, 'detected')
  }
})

test('decodeBytes detects short EUC-JP text that is also valid Shift_JIS', () => {
  const short = '東京で初雪を観測した。'
  const bytes = encodeEucJp(short)
  assert.ok(new TextDecoder('shift_jis').decode(bytes) !== short)
  assert.equal(ok(decodeBytes(bytes, 'x')).text, short)
})

test('decodeBytes follows the HTTP charset, the <meta> tag and the XML declaration', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>${TEXT}</p></body></html>`
  const fromMeta = ok(decodeBytes(encodeShiftJis(html), 'page.html'))
  assert.equal(fromMeta.source, 'meta')
  assert.ok(fromMeta.text.includes(TEXT))
  const html5 = `<!doctype html><meta charset="euc-jp"><p>${TEXT}</p>`
  assert.equal(ok(decodeBytes(encodeEucJp(html5), 'p.html')).encoding, 'euc-jp')
  const xml = `<?xml version="1.0" encoding="EUC-JP"?><rss><channel><title>${TEXT}</title></channel></rss>`
  const fromXml = ok(decodeBytes(encodeEucJp(xml), 'feed.rss'))
  assert.equal(fromXml.source, 'xml-declaration')
  assert.ok(fromXml.text.includes(TEXT))
  const fromHeader = ok(decodeBytes(encodeShiftJis(TEXT), 'http://example.jp/', 'text/plain; charset="Windows-31J"'))
  assert.deepEqual([fromHeader.source, fromHeader.encoding, fromHeader.text], ['header', 'shift_jis', TEXT])
})

test('decodeBytes falls back to detection when the declaration is wrong', () => {
  const html = `<meta charset="utf-8"><p>${TEXT}</p>`
  const decoded = ok(decodeBytes(encodeShiftJis(html), 'wrong.html'))
  assert.equal(decoded.encoding, 'shift_jis')
  assert.equal(decoded.source, 'detected')
  assert.ok(decoded.text.includes(TEXT))
})

test('decodeBytes rejects bytes that decode nowhere, and mojibake', () => {
  const garbage = new Uint8Array([0x82, 0xa0, 0xff, 0xff, 0xfe, 0x80, 0x80, 0xa0])
  const r = decodeBytes(garbage, 'broken.txt')
  assert.equal(r.ok, false)
  if (!r.ok) {
    assert.equal(r.reason, 'ingest/decode-failed')
    assert.equal(r.item, 'broken.txt')
  }
  const withReplacement = new TextEncoder().encode('本文\uFFFDが壊れている。')
  assert.equal(decodeBytes(withReplacement, 'r.txt').ok, false)
  const utf8AsSjis = new TextDecoder('shift_jis').decode(new TextEncoder().encode('ひらがなのぶんしょうです'))
  assert.equal(decodeBytes(new TextEncoder().encode(utf8AsSjis), 'm.txt').ok, false)
})

test('mojibakeReason accepts ordinary Japanese and names classic mojibake', () => {
  assert.equal(mojibakeReason(TEXT), null)
  const latin = new TextDecoder('latin1').decode(new TextEncoder().encode('ニュース速報です'))
  assert.match(mojibakeReason(latin) ?? '', /Latin-1/)
})

test('japaneseScore prefers kana and kanji over half-width katakana and symbols', () => {
  assert.ok(japaneseScore(TEXT) > japaneseScore('ｱｲｳｴｵ｢｣ﾞﾟ'))
  assert.equal(japaneseScore(''), 0)
})

test('detectEncoding treats plain ASCII as UTF-8', () => {
  assert.equal(detectEncoding(new TextEncoder().encode('hello'))?.encoding, 'utf-8')
})

test('normalizeCharset maps Japanese aliases and refuses unknown labels', () => {
  assert.equal(normalizeCharset('CP932'), 'shift_jis')
  assert.equal(normalizeCharset('x-sjis'), 'shift_jis')
  assert.equal(normalizeCharset('EUC-JP'), 'euc-jp')
  assert.equal(normalizeCharset('no-such-charset'), null)
  assert.equal(declaredCharset(new Uint8Array([0x41])), null)
})

test('decodeBytes overrides a wrong legacy declaration that still decodes', () => {
  const short = '新しい駅が開業した。県議会が開会した。'
  const html = `<html><head><meta charset="Shift_JIS"></head><body><p>${short}</p></body></html>`
  const bytes = encodeEucJp(html)
  assert.ok(new TextDecoder('shift_jis', { fatal: true }).decode(bytes) !== html, 'the EUC-JP bytes are valid Shift_JIS')
  const decoded = ok(decodeBytes(bytes, 'wrong-sjis.html'))
  assert.deepEqual([decoded.encoding, decoded.source], ['euc-jp', 'detected'])
  assert.ok(decoded.text.includes(short))
  const right = ok(decodeBytes(encodeShiftJis(html), 'right-sjis.html'))
  assert.deepEqual([right.encoding, right.source], ['shift_jis', 'meta'])
})
