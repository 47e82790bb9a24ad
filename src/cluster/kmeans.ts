/**
 * @module cluster/kmeans
 * Spherical k-means over sparse unit vectors (pure): k-means++ seeding with a seeded PRNG,
 * Lloyd iterations on cosine similarity with dense centroids, several restarts, the restart with
 * the best objective (sum of cosines to the assigned centroid) wins. Never looks at labels.
 */
import { createRandom, type Random } from '../core/prng.ts'

/** A sparse unit vector over a fixed vocabulary: parallel arrays of dimension indices and weights. */
export type IndexedVector = { readonly indices: Int32Array; readonly values: Float64Array }

export type KMeansOptions = {
  readonly k: number
  readonly dimensions: number
  readonly seed: number
  readonly restarts: number
  readonly maxIterations: number
}

export type KMeansResult = {
  /** cluster of each vector, 0 … k−1 */
  readonly assignment: Int32Array
  /** unit-length centroids, k × dimensions */
  readonly centroids: readonly Float64Array[]
  readonly objective: number
}

function dotDense(v: IndexedVector, centroid: Float64Array): number {
  let s = 0
  for (let i = 0; i < v.indices.length; i++) s += v.values[i]! * centroid[v.indices[i]!]!
  return s
}

function toDense(v: IndexedVector, dimensions: number): Float64Array {
  const c = new Float64Array(dimensions)
  for (let i = 0; i < v.indices.length; i++) c[v.indices[i]!] = v.values[i]!
  return c
}

/** k-means++ seeding: each next seed drawn with probability ∝ 1 − (best cosine to a chosen seed). */
function seedCentroids(vectors: readonly IndexedVector[], options: KMeansOptions, random: Random): Float64Array[] {
  const n = vectors.length
  const centroids: Float64Array[] = [toDense(vectors[Math.floor(random() * n)]!, options.dimensions)]
  const best = new Float64Array(n).fill(-Infinity)
  while (centroids.length < options.k) {
    const last = centroids[centroids.length - 1]!
    let total = 0
    for (let i = 0; i < n; i++) {
      best[i] = Math.max(best[i]!, dotDense(vectors[i]!, last))
      total += Math.max(0, 1 - best[i]!)
    }
    let pick = n - 1
    if (total > 0) {
      let r = random() * total
      for (let i = 0; i < n; i++) {
        r -= Math.max(0, 1 - best[i]!)
        if (r <= 0) {
          pick = i
          break
        }
      }
    } else pick = Math.floor(random() * n)
    centroids.push(toDense(vectors[pick]!, options.dimensions))
  }
  return centroids
}

function runOnce(vectors: readonly IndexedVector[], options: KMeansOptions, random: Random): KMeansResult {
  const { k, dimensions } = options
  const n = vectors.length
  let centroids = seedCentroids(vectors, options, random)
  const assignment = new Int32Array(n).fill(-1)
  const similarity = new Float64Array(n)
  for (let iter = 0; iter < options.maxIterations; iter++) {
    let changed = 0
    for (let i = 0; i < n; i++) {
      let bestC = 0
      let bestS = -Infinity
      for (let c = 0; c < k; c++) {
        const s = dotDense(vectors[i]!, centroids[c]!)
        if (s > bestS) {
          bestS = s
          bestC = c
        }
      }
      similarity[i] = bestS
      if (assignment[i] !== bestC) {
        assignment[i] = bestC
        changed++
      }
    }
    if (changed === 0 && iter > 0) break
    centroids = recomputeCentroids(vectors, assignment, similarity, k, dimensions)
  }
  let objective = 0
  for (let i = 0; i < n; i++) objective += similarity[i]!
  return { assignment, centroids, objective }
}

/** Normalised member sums; an empty cluster takes the vector farthest from its own centroid. */
function recomputeCentroids(vectors: readonly IndexedVector[], assignment: Int32Array, similarity: Float64Array, k: number, dimensions: number): Float64Array[] {
  const sums: Float64Array[] = Array.from({ length: k }, () => new Float64Array(dimensions))
  const sizes = new Int32Array(k)
  for (let i = 0; i < vectors.length; i++) {
    const c = assignment[i]!
    sizes[c]!++
    const v = vectors[i]!
    const sum = sums[c]!
    for (let j = 0; j < v.indices.length; j++) sum[v.indices[j]!]! += v.values[j]!
  }
  const taken = new Set<number>()
  for (let c = 0; c < k; c++) {
    if (sizes[c] === 0) {
      let far = -1
      for (let i = 0; i < vectors.length; i++) {
        if (!taken.has(i) && (far < 0 || similarity[i]! < similarity[far]!)) far = i
      }
      taken.add(far)
      sums[c] = toDense(vectors[far]!, dimensions)
    }
    const sum = sums[c]!
    let norm = 0
    for (let d = 0; d < dimensions; d++) norm += sum[d]! * sum[d]!
    norm = Math.sqrt(norm)
    if (norm > 0) for (let d = 0; d < dimensions; d++) sum[d]! /= norm
  }
  return sums
}

/** Spherical k-means with seeded k-means++ and restarts; throws on k < 1 or k > vectors. */
export function sphericalKMeans(vectors: readonly IndexedVector[], options: KMeansOptions): KMeansResult {
  if (options.k < 1 || options.k > vectors.length) throw new RangeError(`k must lie in 1…${vectors.length}, got ${options.k}`)
  const random = createRandom(options.seed)
  let best: KMeansResult | undefined
  for (let r = 0; r < Math.max(1, options.restarts); r++) {
    const result = runOnce(vectors, options, random)
    if (best === undefined || result.objective > best.objective) best = result
  }
  return best!
}
