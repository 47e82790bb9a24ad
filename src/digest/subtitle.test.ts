import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { AnalyzedDoc, Entity, Token } from '../core/doc.ts'
import type { SentenceView } from './sentences.ts'
import { buildSubtitle, type SubtitleInput } from './subtitle.ts'

/** An input of one article: sentences of [surface, 細分類1] nouns (a hand-made token layer), plus entities. */
function input(id: string, sentences: readonly (readonly [string, string][])[], entities: Entity[] = []): SubtitleInput {
  let at = 0
  const sents: SentenceView[] = sentences.map((words, index) => {
    const start = at
    const tokens: Token[] = words.map(([surface, detail]) => {
      const t: Token = { start: at, end: at + surface.length, surface, partOfSpeech: '名詞', posDetail: [detail, '*', '*'], conjugatedType: '*', conjugatedForm: '*', lemma: surface, reading: '', origin: 'known' }
      at += surface.length
      return t
    })
    at += 1 // 。
    return { index, start, end: at, kind: 'sentence', text: words.map((w) => w[0]).join('') + '。', tokens, terms: [] }
  })
  const text = sents.map((s) => s.text).join('')
  const doc: AnalyzedDoc = { schemaVersion: 1, articleId: id, text, layers: { entities }, diagnostics: [] }
  return { id, doc, sents }
}

// original sentences: 祭り 開催。 募金 被災。 祭り 出店 開催。
const FESTIVAL = input('f1', [[['祭り', '一般'], ['開催', 'サ変接続']], [['募金', 'サ変接続'], ['被災', 'サ変接続']], [['祭り', '一般'], ['出店', 'サ変接続'], ['開催', 'サ変接続']]])

test('buildSubtitle', async (t) => {
  await t.test('the topic is a word of the title or headline that the story repeats', () => {
    const sub = buildSubtitle([FESTIVAL], '祭りを開催')
    assert.deepEqual(sub.parts.map((p) => [p.kind, p.text]), [['source', '開催'], ['label', 'をめぐる動きは？']])
  })
  await t.test('a lead word the title and headline do not use is no topic: no subtitle', () => {
    assert.deepEqual(buildSubtitle([FESTIVAL], '募金が集まる'), { text: '', parts: [] }, '募金 is used once, 被災 is not in the title')
  })
  await t.test('a word of the telling is no topic', () => {
    const told = input('t1', [[['気象台', '一般'], ['観測', 'サ変接続']], [['初雪', '一般'], ['観測', 'サ変接続']]])
    assert.deepEqual(buildSubtitle([told], '初雪を観測'), { text: '', parts: [] })
  })
  await t.test('a place named only as where something happened is no actor', () => {
    const place: Entity = { start: 0, end: 2, id: 'e1', type: 'LOCATION', subtype: 'CITY', text: '北浜', canonical: '北浜' }
    const where = input('p1', [[['北浜', '固有名詞'], ['祭り', '一般'], ['開催', 'サ変接続']], [['北浜', '固有名詞'], ['開催', 'サ変接続']]], [place, { ...place, start: 7, end: 9 }])
    const sub = buildSubtitle([where], '祭りを開催')
    assert.equal(sub.text, '開催をめぐる動きは？')
  })
})
