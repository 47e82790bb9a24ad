import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseHTML } from 'linkedom'
import { htmlText, trimLine, type DomNode } from './html-text.ts'

const text = (html: string): string => htmlText(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as DomNode)

test('htmlText puts one block per line and joins Japanese lines broken in the source', () => {
  assert.equal(text('<p>港区の\n  新しい図書館が開館した。</p><p>蔵書は12万冊。<br>カフェもある。</p>'), '港区の新しい図書館が開館した。\n蔵書は12万冊。\nカフェもある。')
  assert.equal(text('<p>Apple\nWatch の新型</p>'), 'Apple Watch の新型')
})

test('htmlText skips scripts, furigana readings and photo captions', () => {
  assert.equal(text('<script>var a=1</script><p><ruby>鹿児島<rt>かごしま</rt></ruby>に上陸した。</p><figure><img src="x.jpg"><figcaption>上陸した台風</figcaption></figure>'), '鹿児島に上陸した。')
})

test('trimLine removes the ideographic-space indent', () => {
  assert.equal(trimLine('\u3000　本文です。 '), '本文です。')
})
