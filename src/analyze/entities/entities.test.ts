/**
 * The tokenizer-loading tests of entities and quotes: seed 000 read from ../shared/seeds (people
 * with roles, the ポドリャク quote, aliases, coreference) and original news-style sentences.
 */
import { test, before } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { AnalyzedDoc, Entity } from '../../core/doc.ts'
import type { Tokenizer } from '../tokens/tokenizer.ts'
import { loadTokenizer } from '../../runtime/load-tokenizer.ts'
import { seedPath } from '../../runtime/paths.ts'
import { analyzeArticle, buildPipeline, DEFAULT_STAGES, type AnyStage } from '../pipeline.ts'
import * as entitiesModule from './index.ts'
import { createEntitiesStage, createGazetteer, entities, findEntities } from './index.ts'
import { quotes } from '../quotes/index.ts'

let tokenizer: Tokenizer
before(async () => {
  tokenizer = await loadTokenizer()
})

/** The default pipeline with the quotes stage (appended when the pipeline does not carry it yet). */
function pipelineWithQuotes(stages: readonly AnyStage[] = DEFAULT_STAGES) {
  return buildPipeline(stages.some((s) => s.name === 'quotes') ? stages : [...stages, quotes])
}

function analyze(body: string, stages?: readonly AnyStage[]): AnalyzedDoc {
  return analyzeArticle({ id: 't', body, publishedAt: '2022-02-28' }, { tokenizer, pipeline: pipelineWithQuotes(stages) })
}

function ents(doc: AnalyzedDoc): readonly Entity[] {
  return doc.layers.entities ?? []
}

function find(doc: AnalyzedDoc, text: string): Entity[] {
  return ents(doc).filter((e) => e.text === text)
}

test('entities on seed 000 (read from ../shared/seeds)', async (t) => {
  const text = readFileSync(seedPath('000_source-news-page.txt'), 'utf8')
  const doc = analyze(text)

  await t.test('finds the six people with their roles, the span being the name only', () => {
    const expected: [string, string][] = [
      ['メジンスキー', '大統領補佐官'],
      ['ポドリャク', '大統領府顧問'],
      ['松野', '官房長官'],
      ['プーチン', '大統領'],
      ['マクロン', '大統領'],
      ['ゼレンスキー', '大統領'],
    ]
    for (const [name, role] of expected) {
      const mention = find(doc, name).find((e) => e.role === role)
      assert.ok(mention, `${name}${role} as PERSON`)
      assert.equal(mention.type, 'PERSON')
      assert.equal(text.slice(mention.end, mention.end + role.length), role)
    }
  })

  await t.test('every mention of one person shares one id and one canonical name', () => {
    const putin = find(doc, 'プーチン')
    assert.ok(putin.length >= 4)
    assert.equal(new Set(putin.map((e) => e.id)).size, 1)
    assert.deepEqual(new Set(putin.map((e) => e.canonical)), new Set(['プーチン']))
  })

  await t.test('aliases get canonical names: 米 → アメリカ, キエフ → キーウ, NATO and its full name are one entity', () => {
    assert.ok(find(doc, '米').every((e) => e.canonical === 'アメリカ' && e.subtype === 'COUNTRY'))
    assert.ok(find(doc, 'キエフ').every((e) => e.canonical === 'キーウ'))
    const nato = find(doc, 'NATO')[0]
    const full = find(doc, '北大西洋条約機構')[0]
    assert.ok(nato && full)
    assert.equal(nato.id, full.id)
    assert.equal(full.canonical, '北大西洋条約機構')
  })

  await t.test('the quote of ポドリャク has him as speaker', () => {
    const words = 'ロシアから突きつけられていた最後通ちょうは無くなった'
    const at = text.indexOf(words)
    assert.ok(at > 0)
    const quote = (doc.layers.quotes ?? []).find((q) => q.content.start === at)
    assert.ok(quote)
    assert.equal(quote.content.end, at + words.length)
    const speaker = ents(doc).find((e) => e.id === quote.speaker)
    assert.equal(speaker?.canonical, 'ポドリャク')
  })

  await t.test('a quote after a description names the description (この高官 → the official named before)', () => {
    const at = text.indexOf('ベラルーシ軍が準備を')
    const quote = (doc.layers.quotes ?? []).find((q) => q.content.start === at)
    assert.ok(quote)
    assert.equal(quote.speaker, null)
    assert.match(quote.speakerText ?? '', /高官$/u)
  })

  await t.test('spans are exact, sorted and do not overlap', () => {
    let last = 0
    for (const e of ents(doc)) {
      assert.equal(text.slice(e.start, e.end), e.text)
      assert.ok(e.start >= last)
      last = e.end
    }
  })
})

test('entities on original sentences', async (t) => {
  await t.test('splits country compounds into one entity per country', () => {
    const doc = analyze('日米韓の外相は14日に会談した。米ロ首脳の電話会談を受け、露朝関係と米中対立への懸念が示された。')
    const countries = ents(doc).filter((e) => e.subtype === 'COUNTRY').map((e) => `${e.text}=${e.canonical}`)
    assert.deepEqual(countries, ['日=日本', '米=アメリカ', '韓=韓国', '米=アメリカ', 'ロ=ロシア', '露=ロシア', '朝=北朝鮮', '米=アメリカ', '中=中国'])
  })

  await t.test('full-width acronyms match the gazetteer, and 日米 before 両首脳 is still two countries', () => {
    const doc = analyze('ＩＡＥＡの事務局長は、日米両首脳と会談した。')
    assert.equal(find(doc, 'ＩＡＥＡ')[0]?.canonical, '国際原子力機関')
    assert.deepEqual(ents(doc).filter((e) => e.subtype === 'COUNTRY').map((e) => e.canonical), ['日本', 'アメリカ'])
  })

  await t.test('a lone abbreviation counts only in a political context', () => {
    const doc = analyze('訪米した首相はトランプ米大統領と会談し、米政府の高官とも会った。農家は米を収穫した。')
    const rice = doc.text.lastIndexOf('米')
    assert.ok(ents(doc).some((e) => e.text === '米' && e.start === 1 && e.canonical === 'アメリカ'))
    assert.ok(ents(doc).some((e) => e.text === '米' && doc.text.startsWith('大統領', e.end)))
    const government = find(doc, '米政府')[0]
    assert.equal(government?.type, 'ORGANIZATION')
    assert.equal(government?.canonical, 'アメリカ政府')
    assert.ok(!ents(doc).some((e) => e.start === rice))
  })

  await t.test('links 氏 to the titled first mention and keeps each role', () => {
    const doc = analyze('ウィトコフ米中東担当特使は13日、モスクワを訪れた。ウィトコフ氏はプーチン大統領と会談した。')
    const witkoff = find(doc, 'ウィトコフ')
    assert.equal(witkoff.length, 2)
    assert.equal(witkoff[0]!.id, witkoff[1]!.id)
    assert.deepEqual(witkoff.map((e) => e.role), ['米中東担当特使', '氏'])
    assert.equal(find(doc, 'モスクワ')[0]?.type, 'LOCATION')
  })

  await t.test('a name found once is tagged where it stands alone later, with its surname', () => {
    const doc = analyze('ジョアン・ガスパール副会長が辞任した。クラブはガスパールの後任を探している。')
    const mentions = ents(doc).filter((e) => e.type === 'PERSON')
    assert.deepEqual(mentions.map((e) => e.text), ['ジョアン・ガスパール', 'ガスパール'])
    assert.equal(mentions[1]!.id, mentions[0]!.id)
    assert.equal(mentions[1]!.canonical, 'ジョアン・ガスパール')
  })

  await t.test('a surname alone links to the full name', () => {
    const doc = analyze('石破茂首相は記者団に説明した。石破首相は続けて質問に答えた。')
    const [full, short] = ents(doc).filter((e) => e.type === 'PERSON')
    assert.equal(full?.text, '石破茂')
    assert.equal(short?.text, '石破')
    assert.equal(short?.id, full?.id)
    assert.equal(short?.canonical, '石破茂')
  })

  await t.test('organisations by suffix and legal form; demonyms are not places', () => {
    const doc = analyze('株式会社ミナミ精機とベラルーシ軍の関係をロシア語の資料で記者が調べた。')
    assert.equal(find(doc, '株式会社ミナミ精機')[0]?.type, 'ORGANIZATION')
    assert.equal(find(doc, 'ベラルーシ軍')[0]?.subtype, 'MILITARY')
    assert.ok(!ents(doc).some((e) => e.text.startsWith('ロシア')))
  })

  await t.test('given names IPADIC splits into suffix or number kanji are completed', () => {
    const doc = analyze('審査員の森本圭市は講評を述べた。松井熊四郎が続いた。')
    assert.deepEqual(ents(doc).filter((e) => e.type === 'PERSON').map((e) => e.text), ['森本圭市', '松井熊四郎'])
  })

  await t.test('a place before a given name is a surname; surname + common katakana noun stays a person', () => {
    const doc = analyze('熊本和宏は記者会見に臨んだ。場内は中西コールに包まれた。')
    assert.equal(find(doc, '熊本和宏')[0]?.type, 'PERSON')
    assert.ok(!ents(doc).some((e) => e.text === '熊本'))
    assert.equal(find(doc, '中西')[0]?.type, 'PERSON')
  })

  await t.test('an unknown katakana name in a company sentence is an organisation, in a person sentence a person', () => {
    const company = analyze('ヴェリタスは昨年、北米の工場を買収し、新型電池を発売した。')
    assert.equal(find(company, 'ヴェリタス')[0]?.type, 'ORGANIZATION')
    const person = analyze('同じ班のミレーユと彼女の妻が笑った。')
    assert.equal(find(person, 'ミレーユ')[0]?.type, 'PERSON')
  })

  await t.test('institutions of common nouns, numbered units and Latin company names', () => {
    const doc = analyze('海洋資源省は声明を出した。第三航空戦隊は港を出た。Googleは新サービスを発表した。')
    assert.equal(find(doc, '海洋資源省')[0]?.subtype, 'GOVERNMENT')
    assert.equal(find(doc, '第三航空戦隊')[0]?.subtype, 'MILITARY')
    assert.equal(find(doc, 'Google')[0]?.canonical, 'グーグル')
  })

  await t.test('a long katakana suffix inside one unknown word, and any noun run after a legal-person prefix', () => {
    const doc = analyze('ゼノリクスグループは新工場を建てた。社団法人音響制作者連盟の理事が会見した。エアバスの新型機が着陸した。')
    assert.equal(find(doc, 'ゼノリクスグループ')[0]?.type, 'ORGANIZATION')
    assert.equal(find(doc, '音響制作者連盟')[0]?.type, 'ORGANIZATION')
    assert.ok(!ents(doc).some((e) => doc.text.slice(e.start, e.end) === '社団法人音響制作者連盟'))
    // a short katakana suffix inside a word is no suffix: エアバス is not エア + バス
    const airbus = entitiesModule.findEntityCandidates(doc.text, [{ start: 0, end: doc.text.length }], doc.layers.tokens ?? [], { tokenizer, tagger: null })
    assert.ok(!airbus.some((c) => c.rule === 'find-org-by-suffix' && doc.text.slice(c.start, c.end).endsWith('エアバス')))
  })

  await t.test('Latin organisation names: a company word ends a run; a lone word needs an organisation sentence', () => {
    const doc = analyze('同社はレーベルのBlue Harbor Recordsと契約した。昨年、NovaTrekは競合を買収し、会社の規模を広げた。')
    assert.equal(find(doc, 'Blue Harbor Records')[0]?.type, 'ORGANIZATION')
    assert.equal(find(doc, 'NovaTrek')[0]?.type, 'ORGANIZATION')
    const term = analyze('Linuxベースの開発環境を使った。')
    assert.ok(!ents(term).some((e) => e.text === 'Linux'))
  })

  await t.test('unknown katakana places by shape and by a from-to frame', () => {
    const doc = analyze('艦隊はセレノポートに入港した。列車はベルナトンからカスティリオーネまで走った。')
    assert.deepEqual(ents(doc).filter((e) => e.type === 'LOCATION').map((e) => e.text), ['セレノポート', 'ベルナトン', 'カスティリオーネ'])
    assert.equal(find(analyze('一行はノルデン＝ヴァルトハイム州に入った。'), 'ノルデン＝ヴァルトハイム州')[0]?.type, 'LOCATION')
  })

  await t.test('legal forms over split words, legal-person prefixes outside the name, factions', () => {
    const doc = analyze('東洋金属製錬株式会社は工場を置いた。一般社団法人日本山岳振興協会が発表した。港北派は分裂した。')
    assert.equal(find(doc, '東洋金属製錬株式会社')[0]?.type, 'ORGANIZATION')
    assert.equal(find(doc, '日本山岳振興協会')[0]?.type, 'ORGANIZATION')
    assert.equal(find(doc, '港北派')[0]?.type, 'ORGANIZATION')
  })

  await t.test('an area word stays in the place span, and the place links to its plain mentions', () => {
    const doc = analyze('長野県北部で雪が降った。長野県は警報を出した。')
    const [area, plain] = ents(doc).filter((e) => e.type === 'LOCATION')
    assert.equal(area?.text, '長野県北部')
    assert.equal(plain?.text, '長野県')
    assert.equal(area?.id, plain?.id)
    assert.equal(area?.canonical, '長野県')
  })

  await t.test('a user gazetteer adds names', () => {
    const gazetteer = createGazetteer({ files: [{ type: 'ORGANIZATION', subtype: 'COMPANY', entries: [{ name: 'ミナトミライ電工', aliases: ['ミナデン'] }] }] })
    const stage = createEntitiesStage({ gazetteer })
    const stages = DEFAULT_STAGES.map((s) => (s.name === 'entities' ? stage : s))
    const doc = analyze('ミナデンは新工場を建てる。', stages)
    const company = find(doc, 'ミナデン')[0]
    assert.equal(company?.canonical, 'ミナトミライ電工')
    assert.equal(company?.subtype, 'COMPANY')
  })

  await t.test('findEntities without sentences treats the text as one sentence', () => {
    const text = 'マクロン大統領が演説した。'
    const found = findEntities(text, [], tokenizer.tokenize(text))
    assert.equal(found[0]?.text, 'マクロン')
    assert.equal(entities.requires.join(), 'sentences,tokens')
  })
})

test('entities public surface', () => {
  assert.deepEqual(Object.keys(entitiesModule).sort(), [
    'DEFAULT_GAZETTEER', 'ENTITY_RULES', 'createEntitiesStage', 'createGazetteer', 'defaultTagger', 'entities', 'findEntities', 'findEntityCandidates', 'findRuleCandidates', 'isSamePersonName',
  ])
  assert.ok(entitiesModule.ENTITY_RULES.every((rule) => Number.isInteger(rule.tier) && rule.name.length > 0))
})
