import { test } from 'node:test'
import assert from 'node:assert/strict'
import { headlineSource, isReaction, supportScores } from './headline-source.ts'

const lead = (...terms: string[]) => new Set(terms)

test('headlineSource', async (t) => {
  await t.test('the latest article that is still about the story heads it', () => {
    // 告示 → 討論会 → 当選 (the result shares the story's words)
    const candidates = [
      { leadTerms: lead('知事選', '告示', '現職', '新人', '立候補'), order: 0 },
      { leadTerms: lead('知事選', '討論会', '現職', '新人'), order: 1 },
      { leadTerms: lead('知事選', '当選', '現職', '新人', '立候補'), order: 2 },
    ]
    assert.equal(headlineSource(candidates), 2)
  })
  await t.test('a late side story with little support is passed over', () => {
    const candidates = [
      { leadTerms: lead('知事選', '告示', '現職', '新人', '立候補'), order: 0 },
      { leadTerms: lead('知事選', '当選', '現職', '新人', '立候補'), order: 1 },
      { leadTerms: lead('知事選', '投票率', '前回', '過去', '最低', '上昇'), order: 2 },
    ]
    const scores = supportScores(candidates)
    assert.ok(scores[2]! < 0.75 * Math.max(...scores))
    assert.equal(headlineSource(candidates), 1)
  })
  await t.test('a reaction to an earlier development does not head the story while that development qualifies', () => {
    const candidates = [
      { leadTerms: lead('漁獲枠', '削減', '合意', '漁業者'), order: 0 },
      { leadTerms: lead('漁獲枠', '削減', '合意', '漁業者', '配分'), order: 1, reaction: isReaction('漁獲枠を削減する合意を受け、漁業者は配分を話し合った。') },
    ]
    assert.equal(candidates[1]!.reaction, true)
    assert.equal(headlineSource(candidates), 0)
    assert.equal(isReaction('知事は「結果を受け止める」と述べた。'), false, 'quoted words are not the reporter’s')
  })
  await t.test('within a day before the latest, a more widely carried development heads the story', () => {
    // 当選 (carried by two outlets) at 22:40, 投票率 (one outlet) the next morning at 11:15
    const candidates = [
      { leadTerms: lead('知事選', '告示', '現職', '新人', '立候補'), order: 0, hour: 0, carried: 1 },
      { leadTerms: lead('知事選', '当選', '現職', '新人', '立候補'), order: 1, hour: 226.7, carried: 2 },
      { leadTerms: lead('知事選', '投票率', '現職', '新人', '立候補'), order: 2, hour: 239.25, carried: 1 },
    ]
    assert.equal(headlineSource(candidates), 1)
    // two days earlier it would be old news: the latest stays
    assert.equal(headlineSource(candidates.map((c) => (c.order === 1 ? { ...c, hour: 190 } : c))), 2)
    // equally carried: the latest stays
    assert.equal(headlineSource(candidates.map((c) => (c.order === 1 ? { ...c, carried: 1 } : c))), 2)
  })
  await t.test('a single article heads its own story; none gives undefined', () => {
    assert.equal(headlineSource([{ leadTerms: lead('初雪'), order: 0 }]), 0)
    assert.equal(headlineSource([]), undefined)
  })
})
