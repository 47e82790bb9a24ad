/**
 * @module cluster/expand
 * Document expansion for short texts (pure): each item's vector gets the mean of its `neighbours`
 * most similar background articles added (pseudo-relevance feedback), so a one-sentence lead about
 * a match borrows the vocabulary of full sports articles. Neighbours are found through an inverted
 * index over the background vectors, never by comparing all pairs of dimensions.
 */
import type { IndexedVector } from './kmeans.ts'

/** Expanded unit vectors: normalise(v + weight × mean of the top neighbours' vectors). */
export function expandWithNeighbours(items: readonly IndexedVector[], background: readonly IndexedVector[], neighbours: number, weight: number): IndexedVector[] {
  if (neighbours <= 0 || background.length === 0) return [...items]
  const postings = new Map<number, { doc: number; value: number }[]>()
  background.forEach((v, doc) => {
    for (let j = 0; j < v.indices.length; j++) {
      const d = v.indices[j]!
      let list = postings.get(d)
      if (list === undefined) postings.set(d, (list = []))
      list.push({ doc, value: v.values[j]! })
    }
  })
  return items.map((v) => {
    const scores = new Map<number, number>()
    for (let j = 0; j < v.indices.length; j++) {
      for (const p of postings.get(v.indices[j]!) ?? []) scores.set(p.doc, (scores.get(p.doc) ?? 0) + v.values[j]! * p.value)
    }
    const top = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, neighbours)
    const sum = new Map<number, number>()
    for (let j = 0; j < v.indices.length; j++) sum.set(v.indices[j]!, v.values[j]!)
    for (const [doc] of top) {
      const n = background[doc]!
      for (let j = 0; j < n.indices.length; j++) sum.set(n.indices[j]!, (sum.get(n.indices[j]!) ?? 0) + (weight * n.values[j]!) / top.length)
    }
    const entries = [...sum].sort((a, b) => a[0] - b[0])
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1
    return { indices: Int32Array.from(entries, (e) => e[0]), values: Float64Array.from(entries, (e) => e[1] / norm) }
  })
}
