import { test } from 'node:test'
import assert from 'node:assert/strict'
import { scoreBcubed, scoreLabels, scorePairwise } from './metrics.ts'

test('scoreLabels', async (t) => {
  await t.test('gives 1 for a perfect clustering whatever the label names', () => {
    const s = scoreLabels(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])
    assert.equal(s.vMeasure, 1)
    assert.equal(s.nmi, 1)
  })
  await t.test('gives 0 homogeneity when one cluster holds everything', () => {
    const s = scoreLabels(['a', 'a', 'b', 'b'], ['x', 'x', 'x', 'x'])
    assert.equal(s.homogeneity, 0)
    assert.equal(s.completeness, 1)
    assert.equal(s.vMeasure, 0)
  })
  await t.test('matches a hand-computed mixed case', () => {
    // gold a a b b, predicted x x x y: H(C)=ln2, H(K)=H(3/4,1/4), H(C|K) = 3/4·H(2/3,1/3)
    const s = scoreLabels(['a', 'a', 'b', 'b'], ['x', 'x', 'x', 'y'])
    const hC = Math.log(2)
    const hCgivenK = 0.75 * -((2 / 3) * Math.log(2 / 3) + (1 / 3) * Math.log(1 / 3))
    assert.ok(Math.abs(s.homogeneity - (1 - hCgivenK / hC)) < 1e-12)
  })
})

test('scoreBcubed', async (t) => {
  await t.test('scores singletons against one gold pair as precision 1, recall 2/3', () => {
    const s = scoreBcubed(['a', 'a', 'b'], ['1', '2', '3'])
    assert.equal(s.precision, 1)
    assert.ok(Math.abs(s.recall - (0.5 + 0.5 + 1) / 3) < 1e-12)
  })
})

test('scorePairwise', async (t) => {
  await t.test('counts pairs placed together', () => {
    // gold pairs: (0,1); predicted pairs: (0,1),(0,2),(1,2)
    const s = scorePairwise(['a', 'a', 'b'], ['x', 'x', 'x'])
    assert.equal(s.recall, 1)
    assert.ok(Math.abs(s.precision - 1 / 3) < 1e-12)
  })
})
