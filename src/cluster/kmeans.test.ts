import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sphericalKMeans, type IndexedVector } from './kmeans.ts'
import { reduceDimensions } from './lsa.ts'
import { createRandom } from '../core/prng.ts'

/** A unit vector over the given (dimension, weight) pairs. */
function unit(pairs: [number, number][]): IndexedVector {
  const norm = Math.sqrt(pairs.reduce((s, [, w]) => s + w * w, 0))
  return { indices: Int32Array.from(pairs, (p) => p[0]), values: Float64Array.from(pairs, (p) => p[1] / norm) }
}

/** Three groups living on dimensions 0–2, 3–5 and 6–8, with some noise terms. */
function groups(): IndexedVector[] {
  const random = createRandom(42)
  const out: IndexedVector[] = []
  for (let g = 0; g < 3; g++) {
    for (let i = 0; i < 10; i++) {
      out.push(unit([[g * 3, 1 + random()], [g * 3 + 1, random()], [g * 3 + 2, random()], [9 + ((g + i) % 3), 0.2 * random()]]))
    }
  }
  return out
}

test('createRandom', async (t) => {
  await t.test('repeats its sequence for a seed and differs across seeds', () => {
    const a = createRandom(1)
    const b = createRandom(1)
    const c = createRandom(2)
    const xs = [a(), a(), a()]
    assert.deepEqual(xs, [b(), b(), b()])
    assert.notDeepEqual(xs, [c(), c(), c()])
    for (const x of xs) assert.ok(x >= 0 && x < 1)
  })
})

test('sphericalKMeans', async (t) => {
  await t.test('recovers well separated groups and is reproducible for a seed', () => {
    const vectors = groups()
    const options = { k: 3, dimensions: 12, seed: 5, restarts: 3, maxIterations: 20 }
    const a = sphericalKMeans(vectors, options)
    const b = sphericalKMeans(vectors, options)
    assert.deepEqual(a.assignment, b.assignment)
    for (let g = 0; g < 3; g++) {
      const labels = new Set(Array.from(a.assignment.slice(g * 10, g * 10 + 10)))
      assert.equal(labels.size, 1, `group ${g} stays together`)
    }
    assert.equal(new Set(Array.from(a.assignment)).size, 3)
  })
  await t.test('rejects k larger than the number of vectors', () => {
    assert.throws(() => sphericalKMeans(groups().slice(0, 2), { k: 3, dimensions: 12, seed: 1, restarts: 1, maxIterations: 5 }), RangeError)
  })
})

test('reduceDimensions', async (t) => {
  await t.test('keeps groups apart in the latent space and returns unit rows', () => {
    const vectors = groups()
    const reduced = reduceDimensions(vectors, 12, { dims: 3, seed: 1 })
    assert.equal(reduced.length, vectors.length)
    for (const r of reduced) assert.ok(Math.abs(r.values.reduce((s, x) => s + x * x, 0) - 1) < 1e-9)
    const cos = (a: IndexedVector, b: IndexedVector): number => a.values.reduce((s, x, i) => s + x * b.values[i]!, 0)
    assert.ok(cos(reduced[0]!, reduced[1]!) > cos(reduced[0]!, reduced[15]!))
    const assignment = sphericalKMeans(reduced, { k: 3, dimensions: 3, seed: 2, restarts: 3, maxIterations: 20 }).assignment
    assert.equal(new Set(Array.from(assignment.slice(0, 10))).size, 1)
  })
})

test('expandWithNeighbours', async (t) => {
  const { expandWithNeighbours } = await import('./expand.ts')
  await t.test('lets two short texts with no shared word meet through background articles', () => {
    const a = unit([[0, 1]])
    const b = unit([[1, 1]])
    const background = [unit([[0, 1], [1, 1], [2, 1]]), unit([[5, 1], [6, 1]])]
    const [ea, eb] = expandWithNeighbours([a, b], background, 1, 1)
    const dense = (v: IndexedVector): Map<number, number> => new Map(Array.from(v.indices, (d, i) => [d, v.values[i]!]))
    const x = dense(ea!)
    const y = dense(eb!)
    let cos = 0
    for (const [d, w] of x) cos += w * (y.get(d) ?? 0)
    assert.ok(cos > 0.3, `cosine ${cos}`)
    assert.equal(x.has(5), false, 'an unrelated background article is not borrowed')
  })
})
