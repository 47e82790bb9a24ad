/**
 * The continuation and background rules on hand-built story states (no tokenizer): which pairs of
 * stories count as one thread, or as a story and its background.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { EntityType } from '../core/doc.ts'
import { continues } from './continuation.ts'
import { sharedDistinctiveTerms } from './core-terms.ts'
import { isBackgroundOf } from './background.ts'
import { addEventNumbers, addToCentroid, countMemberTerms, createStoryState, widenSpan, type StoryState } from './story-state.ts'
import { normalize } from './vectors.ts'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 8, 1)

type Spec = {
  readonly seq: number
  /** one unit vector per member, from term weights */
  readonly members: readonly Record<string, number>[]
  readonly days: readonly number[]
  readonly entities?: Record<string, [EntityType, number]>
  readonly numbers?: Record<string, string>
}

function story(spec: Spec): StoryState {
  const s = createStoryState(`story:${spec.seq}`, spec.seq)
  for (const m of spec.members) {
    addToCentroid(s, normalize(new Map(Object.entries(m))))
    countMemberTerms(s, Object.keys(m))
  }
  for (const d of spec.days) widenSpan(s, T0 + d * DAY)
  for (const [name, [type, articles]] of Object.entries(spec.entities ?? {})) s.entities.set(name, { type, articles, seq: s.entities.size })
  addEventNumbers(s, new Map(Object.entries(spec.numbers ?? {})))
  s.open = false
  return s
}

const WORDS = ['漁獲枠', 'サバ', '削減', '協議', '委員会', '資源', '合意', '提案', '反対', '会合']
const talk = (extra: Record<string, number> = {}): Record<string, number> => ({ ...Object.fromEntries(WORDS.map((w) => [w, 1])), ...extra })

test('continues', async (t) => {
  const earlier = story({ seq: 0, members: [talk({ 東京: 1 }), talk()], days: [0, 1], entities: { 田村誠一: ['PERSON', 2], 日本: ['LOCATION', 2] } })

  await t.test('a later story of the same thread sharing a key person continues it', () => {
    const later = story({ seq: 1, members: [talk({ 再開: 2 })], days: [8], entities: { 田村誠一: ['PERSON', 1] } })
    assert.equal(continues(earlier, later, 14), true)
  })

  await t.test('too far apart, or sharing only a place, it does not', () => {
    assert.equal(continues(earlier, story({ seq: 1, members: [talk()], days: [20], entities: { 田村誠一: ['PERSON', 1] } }), 14), false)
    assert.equal(continues(earlier, story({ seq: 1, members: [talk()], days: [8], entities: { 日本: ['LOCATION', 1] } }), 14), false)
  })

  await t.test('the same identifying number lowers the bar; another number of the name never continues', () => {
    const storm = (seq: number, n: string, terms: Record<string, number>, days: number[]): StoryState =>
      story({ seq, members: [terms], days, numbers: { 台風: n } })
    const base = Object.fromEntries(['台風', '接近', '暴風', '警戒', '気象庁', '大雨', '九州', '避難', '上陸', '停電'].map((w) => [w, 1]))
    const other = { ...Object.fromEntries(Object.keys(base).map((w) => [w, 1])), ...Object.fromEntries(['休校', '学校', '教育', '部活', '中止', '体育館', '開放', '市町村', '決定', '予想', '高波', '求め'].map((w) => [w, 3])) }
    const first = storm(0, '12号', base, [0, 1])
    assert.equal(continues(first, storm(1, '12号', other, [2]), 14), true)
    assert.equal(continues(first, storm(1, '13号', other, [2]), 14), false)
    // the same wording without the number needs the full bar (and a key name)
    assert.equal(continues(story({ seq: 0, members: [base], days: [0, 1] }), story({ seq: 1, members: [other], days: [2] }), 14), false)
  })
})

test('continues on distinctive terms', async (t) => {
  // quota talks (3 items) and a later item that names no official, only countries, in other words
  const fish = ['サンマ', '漁獲枠', '削減', '協議', '日本', '提案', '資源', '会合', '合意', '中国']
  const earlier = story({ seq: 0, members: [talk({ サンマ: 2 }), talk({ サンマ: 2 }), talk({ サンマ: 1 })], days: [0, 1, 2], entities: { 日本: ['LOCATION', 3] } })
  const onlineWords = { ...Object.fromEntries(fish.map((w) => [w, 1])), ...Object.fromEntries(['オンライン', '事務', 'レベル', '担当者', '段階', '年内', '目指す', '予定', '関係者', '維持', '5%', '2年', '3か国', '改めて'].map((w) => [w, 2])) }
  const later = story({ seq: 1, members: [onlineWords], days: [9], entities: { 日本: ['LOCATION', 1], 中国: ['LOCATION', 1] } })

  await t.test('terms most of the thread holds and the rest of the stream does not name the thread', () => {
    // サンマ and 漁獲枠: 4 documents seen, all in the two stories
    const rare = (term: string): number => (['サンマ', '漁獲枠'].includes(term) ? 4 : 40)
    assert.equal(continues(earlier, later, 14, rare), true)
    assert.equal(sharedDistinctiveTerms(earlier, later, rare, '@'), 2)
  })

  await t.test('a beat is no thread: together spanning more than twice the window, distinctive terms do not count', () => {
    const rare = (term: string): number => (['サンマ', '漁獲枠'].includes(term) ? 4 : 40)
    const late = story({ seq: 1, members: [onlineWords], days: [13] })
    const long = story({ seq: 0, members: [talk({ サンマ: 2 }), talk({ サンマ: 2 }), talk({ サンマ: 1 })], days: [0, 10, 12] })
    assert.equal(continues(long, late, 14, rare), true)
    assert.equal(continues(long, late, 6, rare), false)
  })

  await t.test('the same words spread over the stream, or no document counts, do not', () => {
    assert.equal(continues(earlier, later, 14, () => 40), false)
    assert.equal(continues(earlier, later, 14), false)
  })

  await t.test('another number of the name still never continues', () => {
    const numbered = story({ seq: 1, members: [onlineWords], days: [9], numbers: { 第: '3回' } })
    const first = story({ seq: 0, members: [talk({ サンマ: 2 }), talk({ サンマ: 2 })], days: [0, 1], numbers: { 第: '2回' } })
    assert.equal(continues(first, numbered, 14, () => 2), false)
  })
})

test('isBackgroundOf', async (t) => {
  const host = story({
    seq: 5, members: [talk({ 北星自動車: 2 }), talk({ 北星自動車: 2 }), talk()], days: [400, 401, 402],
    entities: { 北星自動車: ['ORGANIZATION', 3], 川口正人: ['PERSON', 1], 日本: ['LOCATION', 3] },
  })

  await t.test('an old item naming one of the story persons or organisations, in its words, is background', () => {
    const old = story({ seq: 1, members: [talk({ 北星自動車: 1 })], days: [0], entities: { 川口正人: ['PERSON', 1] } })
    assert.equal(isBackgroundOf(old, host, 30), true)
  })

  await t.test('a recent item, or one sharing only a place, is not', () => {
    assert.equal(isBackgroundOf(story({ seq: 1, members: [talk()], days: [390], entities: { 北星自動車: ['ORGANIZATION', 1] } }), host, 30), false)
    assert.equal(isBackgroundOf(story({ seq: 1, members: [talk()], days: [0], entities: { 日本: ['LOCATION', 1] } }), host, 30), false)
  })

  await t.test('an old item with the name but other words is not', () => {
    const words = Object.fromEntries(['決算', '売上高', '営業利益', '増収', '円安', '輸出', '販売', '好調', '見通し', '株価'].map((w) => [w, 1]))
    assert.equal(isBackgroundOf(story({ seq: 1, members: [words], days: [0], entities: { 北星自動車: ['ORGANIZATION', 1] } }), host, 30), false)
  })
})
