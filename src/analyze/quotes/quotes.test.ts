/**
 * Pure tests of the quotes stage on original sentences with hand-made sentence and entity layers
 * (no tokenizer): bracket nesting, reported speech versus terms, and each speaker rule.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity, Sentence } from '../../core/doc.ts'
import * as quotesModule from './index.ts'
import { findBrackets, findQuotes, isReportedSpeech, quotes, SPEAKER_RULES } from './index.ts'

/** Sentences split at 。 outside brackets, and the newline-separated headline lines. */
function sentencesOf(text: string, headlines: readonly string[] = []): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '「') depth++
    if (ch === '」') depth--
    if ((ch === '。' && depth === 0) || ch === '\n') {
      const end = ch === '\n' ? i : i + 1
      if (end > start) out.push({ start, end, kind: headlines.includes(text.slice(start, end)) ? 'headline' : 'sentence' })
      start = i + 1
    }
  }
  if (start < text.length) out.push({ start, end: text.length, kind: 'sentence' })
  return out
}

/** A PERSON entity for every listed name (all mentions share one id per name). */
function people(text: string, names: Record<string, string | undefined>): Entity[] {
  const out: Entity[] = []
  Object.entries(names).forEach(([name, role], k) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const ent: Entity = role === undefined
        ? { start: at, end: at + name.length, id: `e${k + 1}`, type: 'PERSON', text: name, canonical: name }
        : { start: at, end: at + name.length, id: `e${k + 1}`, type: 'PERSON', text: name, canonical: name, role }
      out.push(ent)
    }
  })
  return out.sort((a, b) => a.start - b.start)
}

function run(text: string, names: Record<string, string | undefined>, headlines: readonly string[] = []) {
  const entities = people(text, names)
  const found = findQuotes(text, sentencesOf(text, headlines), entities)
  const name = new Map(entities.map((e) => [e.id, e.text]))
  return found.map((q) => ({ content: text.slice(q.content.start, q.content.end), speaker: q.speaker === null ? (q.speakerText ?? null) : name.get(q.speaker) }))
}

test('findBrackets', async (t) => {
  await t.test('keeps nested brackets inside the outer quote', () => {
    const text = '知事は「県民の『安心』を守る」と話した。'
    const [pair] = findBrackets(text)
    assert.equal(text.slice(pair!.content.start, pair!.content.end), '県民の『安心』を守る')
    assert.equal(findBrackets(text).length, 1)
  })
  await t.test('an unclosed bracket is not a quote', () => {
    assert.deepEqual(findBrackets('市長は「準備を進める\n\n次の段落。'), [])
  })
})

test('isReportedSpeech', async (t) => {
  await t.test('a bracketed term is not speech, a quoted clause is', () => {
    const text = '「みなと祭り」に参加した。社長は「来年も続けたい」と述べた。'
    const [term, speech] = findBrackets(text)
    assert.equal(isReportedSpeech(text, term!), false)
    assert.equal(isReportedSpeech(text, speech!), true)
  })
})

test('findQuotes', async (t) => {
  await t.test('speaker as topic before the quote, with its role', () => {
    const text = '田村外相は記者会見で「対話を続ける」と述べた。'
    assert.deepEqual(run(text, { 田村: '外相' }), [{ content: '対話を続ける', speaker: '田村' }])
  })
  await t.test('speaker after the quotative と', () => {
    const text = '「復旧を急ぐ」と大森市長は語った。'
    assert.deepEqual(run(text, { 大森: '市長' }), [{ content: '復旧を急ぐ', speaker: '大森' }])
  })
  await t.test('a topic wins over the source that reports it', () => {
    const text = '首相官邸によりますと、会談で田村外相は「協力を強化する」と強調しました。'
    assert.deepEqual(run(text, { 田村: '外相' }), [{ content: '協力を強化する', speaker: '田村' }])
  })
  await t.test('a named source alone is the speaker', () => {
    const text = 'ハートマン報道官によると「港の封鎖は解除された」という。'
    assert.deepEqual(run(text, { ハートマン: '報道官' }), [{ content: '港の封鎖は解除された', speaker: 'ハートマン' }])
  })
  await t.test('同氏 refers to the last person named', () => {
    const text = '大森市長が視察した。同氏は「住民の声を聞く」と話した。'
    assert.deepEqual(run(text, { 大森: '市長' }), [{ content: '住民の声を聞く', speaker: '大森' }])
  })
  await t.test('この高官 takes the fuller description named before; the speaker stays null', () => {
    const text = '国防省の高官は13日、記者団に説明した。この高官は「部隊は後退していない」と指摘した。'
    assert.deepEqual(run(text, {}), [{ content: '部隊は後退していない', speaker: '国防省の高官' }])
  })
  await t.test('a quote in a sentence naming nobody carries the previous speaker over', () => {
    const text = '田村外相は「協議は前進した」と述べた。ただ、「課題は多い」として慎重な姿勢も示した。'
    assert.deepEqual(run(text, { 田村: '外相' }).map((q) => q.speaker), ['田村', '田村'])
  })
  await t.test('a quote in a headline takes the first topic of the story below', () => {
    const text = '“復旧に全力” 市長が会見\n大森市長は12日、記者会見を開いた。'
    assert.deepEqual(run(text, { 大森: '市長' }, ['“復旧に全力” 市長が会見']), [{ content: '復旧に全力', speaker: '大森' }])
  })
  await t.test('a quote standing before 「Xはこう述べた」 belongs to X', () => {
    const text = '「運賃は据え置く」。大森市長はこう強調した。'
    assert.deepEqual(run(text, { 大森: '市長' }), [{ content: '運賃は据え置く', speaker: '大森' }])
  })
  await t.test('an age in parentheses does not hide the topic', () => {
    const text = '漁師の大森一郎さん（62）は「海の色が変わった」と話した。'
    assert.deepEqual(run(text, { 大森一郎: 'さん' }), [{ content: '海の色が変わった', speaker: '大森一郎' }])
  })
  await t.test('a bare title names the last person with that title, or is kept as text', () => {
    const text = '田村外相が会見した。外相は「協議を続ける」と述べ、野党は「説明が足りない」と批判した。'
    assert.deepEqual(run(text, { 田村: '外相' }).map((q) => q.speaker), ['田村', '野党'])
  })
  await t.test('a description starts after the verb of its relative clause', () => {
    const text = '店が浸水する被害を受けた60代の男性は「片付けが終わらない」と話した。避難していた住民は「家に戻りたい」と語った。'
    assert.deepEqual(run(text, {}).map((q) => q.speaker), ['60代の男性', '住民'])
  })
  await t.test('Xからは「…」との声: the voice is X, not the speaker quoted before', () => {
    const text = '高木部長は「残念だ」と述べた。港町の漁業関係者からは「来年が見通せない」と不安の声が上がった。'
    assert.deepEqual(run(text, { 高木: '部長' }).map((q) => q.speaker), ['高木', '港町の漁業関係者'])
  })
  await t.test('nobody to attribute gives a null speaker', () => {
    const text = '「静かな朝だった」と書かれていた。'
    assert.deepEqual(run(text, {}), [{ content: '静かな朝だった', speaker: null }])
  })
})

test('quotes stage', () => {
  assert.deepEqual(Object.keys(quotesModule).sort(), ['SPEAKER_RULES', 'findBrackets', 'findQuotes', 'isReportedSpeech', 'quotes'])
  assert.equal(quotes.name, 'quotes')
  assert.deepEqual([...quotes.requires], ['sentences', 'tokens', 'entities'])
  assert.deepEqual(SPEAKER_RULES.map((r) => r.name), ['speaker-after-quote', 'speaker-topic-before', 'speaker-according-to', 'speaker-next-sentence', 'speaker-carried-over'])
})
