import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDates } from '../find-dates.ts'
import { findGenericUse } from './index.ts'

const REF = '2024-03-05'

/** [surface, value] of every mention, in order. */
function valuesOf(text: string, referenceDate: string | null = REF): [string, string | null][] {
  return findDates(text, [], referenceDate).mentions.map((m) => [text.slice(m.start, m.end), m.value])
}

/** The generic-use reasons reported, as [surface, rule]. */
function genericOf(text: string, referenceDate: string | null = REF): [string, string][] {
  return findDates(text, [], referenceDate)
    .problems.filter((p) => p.code === 'dates/generic-use' && p.span !== undefined)
    .map((p) => [text.slice(p.span?.start, p.span?.end), p.message.split(':')[0] ?? ''])
}

test('habitual-context', async (t) => {
  await t.test('drops 週末 in a sentence about a habit', () => {
    assert.deepEqual(valuesOf('冬の週末は家族で山のスキー場へ通っていました。'), [])
    assert.deepEqual(valuesOf('週末は友人と映画を見たり、買い物をしたりしている。'), [])
    assert.deepEqual(valuesOf('週末には必ず近所の公園を走るようにしている。'), [])
    assert.deepEqual(genericOf('週末は友人と映画を見たり、買い物をしたりしている。'), [['週末', 'habitual-context']])
  })
  await t.test('drops 前年度 in a sentence that says every year', () => {
    assert.deepEqual(valuesOf('協会は毎年秋に大会を開き、前年度の優秀作品を表彰している。'), [])
  })
  await t.test('keeps one weekend and a newspaper named 毎日', () => {
    assert.deepEqual(valuesOf('新作は週末に公開される。'), [['週末', '2024-03-09/2024-03-10']])
    assert.deepEqual(valuesOf('市は15日に発表した。毎日新聞が同日報じた。'), [
      ['15日', '2024-02-15'],
      ['同日', '2024-02-15'],
    ])
  })
})

test('example-utterance', async (t) => {
  await t.test('drops a day word inside an utterance quoted as a kind of day', () => {
    assert.deepEqual(valuesOf('「今日は早く帰るぞ」という日には、朝から仕事を片付ける。'), [])
    assert.deepEqual(valuesOf('「今日は思い切り遊ぶ」っていう時もあります。'), [])
  })
  await t.test('drops a day word inside a slogan, a title in 『』 or a promise to any reader', () => {
    assert.deepEqual(valuesOf('今年のスローガンは「明日は、もっと遠くへ」だ。'), [['今年', '2024']])
    assert.deepEqual(valuesOf('ドラマ『明日の約束』が話題だ。'), [])
    assert.deepEqual(valuesOf('今日から使える料理の基本を紹介する。'), [])
    assert.deepEqual(valuesOf('番組のコーナー「きょうの一皿『春野菜編』」が好評だ。'), [])
  })
  await t.test('keeps a day word in a reported quote', () => {
    assert.deepEqual(valuesOf('社長は「きょうは大事な日だ」と述べた。'), [['きょう', '2024-03-05']])
  })
})

test('unanchored-anaphor', async (t) => {
  await t.test('drops 翌日 counted from an undated event', () => {
    assert.deepEqual(valuesOf('友人の結婚式に出た。翌日、会社で寝不足を笑われた。'), [])
  })
  await t.test('drops 翌日 when the last date lies several sentences back', () => {
    const text = '新作は3日に発売された。評判は上々だ。店には列ができた。私も並んだ。友人と食事をした。翌日、感想を話し合った。'
    assert.deepEqual(valuesOf(text), [['3日', '2024-03-03']])
  })
  await t.test('drops 前日 counted from a numbered day of an event', () => {
    assert.deepEqual(valuesOf('大会は1日に始まった。2日目は前日と違って晴れた。'), [['1日', '2024-03-01']])
  })
  await t.test('keeps 翌日 right after its date', () => {
    assert.deepEqual(valuesOf('両首脳は1日に会談し、翌日に共同声明を出した。'), [
      ['1日', '2024-03-01'],
      ['翌日', '2024-03-02'],
    ])
  })
})

test('narrated-offset', async (t) => {
  await t.test('drops a later time in a past clause, an imagined future and a condition', () => {
    assert.deepEqual(valuesOf('別れた二人は、半年後には別の相手と結婚式を挙げた。'), [])
    assert.deepEqual(valuesOf('映画は30年後の世界を描く。'), [])
    assert.deepEqual(valuesOf('飲み始めて2週間後くらいになると効果が出る。'), [])
  })
  await t.test('keeps an offset from today and one in apposition to a date', () => {
    assert.deepEqual(valuesOf('新庁舎は2年後に完成する予定だ。'), [['2年後', '2026']])
    assert.deepEqual(valuesOf('東日本では1週間後の3月13日から販売された。', '2024-04-03'), [
      ['1週間後', '2024-W11'],
      ['3月13日', '2024-03-13'],
    ])
  })
  await t.test('counts それから N年後 from the date named before', () => {
    assert.deepEqual(valuesOf('商店街は1990年に開業した。それから30年後、2020年に閉鎖された。'), [
      ['1990年', '1990'],
      ['それから30年後', '2020'],
      ['2020年', '2020'],
    ])
  })
})

test('findGenericUse', () => {
  const text = '週末は友人と映画を見たり、買い物をしたりしている。'
  const ctx = { text, start: 0, end: 2, kind: 'weekend' as const, rule: 'weekend', sentence: { start: 0, end: text.length }, tense: 'past' as const, anchorDistance: null }
  assert.equal(findGenericUse(ctx)?.rule, 'habitual-context')
  assert.equal(findGenericUse({ ...ctx, text: '週末に新作が公開される。', sentence: { start: 0, end: 12 } }), null)
})

test('anecdotal-quote', async (t) => {
  await t.test('drops a day word inside words quoted from an anecdote', () => {
    assert.deepEqual(valuesOf('帰り際に「明日も早いから、そろそろ帰るね」って言われたんです。'), [])
    assert.deepEqual(valuesOf('同僚から「今日、髪型変えた？」と言われるとうれしくなる。'), [])
    assert.deepEqual(valuesOf('監督は“今日は彼が決めるよ”と冗談交じりに話していた。'), [])
    assert.deepEqual(valuesOf('恋人は「来週の日曜日に行こう」と返事をした。'), [])
    assert.deepEqual(genericOf('帰り際に「明日も早いから、そろそろ帰るね」って言われたんです。'), [['明日', 'anecdotal-quote']])
  })
  await t.test('keeps the day words of news quotes and of comments', () => {
    assert.deepEqual(valuesOf('市長は「今日から新しい制度が始まる」と述べた。'), [['今日', '2024-03-05']])
    assert.deepEqual(valuesOf('ネットでは「今日の試合は熱かった」「延長まで見た」との声が上がった。'), [['今日', '2024-03-05']])
    assert.deepEqual(valuesOf('広報は「明日3月6日に発表します」って言ってました。'), [['明日3月6日', '2024-03-06']])
  })
})
