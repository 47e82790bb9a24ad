/**
 * @module cluster/lsa
 * Latent semantic analysis (pure): a truncated SVD of the TF-IDF matrix by randomized subspace
 * iteration (Halko, Martinsson & Tropp 2011) with a seeded Gaussian start, so that documents which
 * share no word but share co-occurring words land near each other. Returns dense unit vectors
 * (as `IndexedVector`s over `dims` dimensions) for k-means.
 */
import type { IndexedVector } from './kmeans.ts'
import { createRandom, type Random } from '../core/prng.ts'

export type LsaOptions = {
  readonly dims: number
  readonly seed: number
  /** extra random directions beyond `dims` (default 10) */
  readonly oversample?: number
  /** power iterations (default 3) */
  readonly powerIterations?: number
  /** embedding = U·Σ^exponent (1 = classic LSA, 0 = whitened; default 1) */
  readonly exponent?: number
}

type Dense = Float64Array[]

function gaussian(random: Random): number {
  const u = 1 - random()
  const v = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

/** Orthonormalise the columns of a row-major n × l matrix in place (modified Gram–Schmidt). */
function orthonormalize(m: Dense, l: number): void {
  for (let c = 0; c < l; c++) {
    for (let p = 0; p < c; p++) {
      let d = 0
      for (const row of m) d += row[c]! * row[p]!
      for (const row of m) row[c]! -= d * row[p]!
    }
    let norm = 0
    for (const row of m) norm += row[c]! * row[c]!
    norm = Math.sqrt(norm)
    for (const row of m) row[c] = norm > 1e-12 ? row[c]! / norm : 0
  }
}

/** A·X: (n × V sparse) times (V × l dense) → n × l. */
function times(vectors: readonly IndexedVector[], x: Dense, l: number): Dense {
  return vectors.map((v) => {
    const out = new Float64Array(l)
    for (let j = 0; j < v.indices.length; j++) {
      const w = v.values[j]!
      const row = x[v.indices[j]!]!
      for (let c = 0; c < l; c++) out[c]! += w * row[c]!
    }
    return out
  })
}

/** Aᵀ·Y: (V × n) times (n × l) → V × l. */
function timesTransposed(vectors: readonly IndexedVector[], y: Dense, dimensions: number, l: number): Dense {
  const out: Dense = Array.from({ length: dimensions }, () => new Float64Array(l))
  vectors.forEach((v, i) => {
    const row = y[i]!
    for (let j = 0; j < v.indices.length; j++) {
      const w = v.values[j]!
      const target = out[v.indices[j]!]!
      for (let c = 0; c < l; c++) target[c]! += w * row[c]!
    }
  })
  return out
}

/** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: values and column eigenvectors. */
function symmetricEigen(a: Dense): { values: Float64Array; vectors: Dense } {
  const n = a.length
  const m = a.map((row) => Float64Array.from(row))
  const v: Dense = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n)
    row[i] = 1
    return row
  })
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p]![q]! ** 2
    if (off < 1e-20) break
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p]![q]!
        if (Math.abs(apq) < 1e-15) continue
        const theta = (m[q]![q]! - m[p]![p]!) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const mkp = m[k]![p]!
          const mkq = m[k]![q]!
          m[k]![p] = c * mkp - s * mkq
          m[k]![q] = s * mkp + c * mkq
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p]![k]!
          const mqk = m[q]![k]!
          m[p]![k] = c * mpk - s * mqk
          m[q]![k] = s * mpk + c * mqk
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!
          const vkq = v[k]![q]!
          v[k]![p] = c * vkp - s * vkq
          v[k]![q] = s * vkp + c * vkq
        }
      }
    }
  }
  return { values: Float64Array.from(m, (row, i) => row[i]!), vectors: v }
}

/** Project sparse unit vectors onto their top `dims` latent dimensions; rows come back unit-length. */
export function reduceDimensions(vectors: readonly IndexedVector[], dimensions: number, options: LsaOptions): IndexedVector[] {
  const n = vectors.length
  const l = Math.max(1, Math.min(options.dims + (options.oversample ?? 10), n, dimensions))
  const d = Math.min(options.dims, l)
  const random = createRandom(options.seed)
  const omega: Dense = Array.from({ length: dimensions }, () => Float64Array.from({ length: l }, () => gaussian(random)))
  let q = times(vectors, omega, l)
  orthonormalize(q, l)
  for (let it = 0; it < (options.powerIterations ?? 3); it++) {
    const z = timesTransposed(vectors, q, dimensions, l)
    orthonormalize(z, l)
    q = times(vectors, z, l)
    orthonormalize(q, l)
  }
  // M = (AᵀQ)ᵀ(AᵀQ) = Qᵀ A Aᵀ Q, l × l
  const z = timesTransposed(vectors, q, dimensions, l)
  const m: Dense = Array.from({ length: l }, () => new Float64Array(l))
  for (const row of z) {
    for (let a = 0; a < l; a++) {
      const ra = row[a]!
      if (ra === 0) continue
      const target = m[a]!
      for (let b = 0; b < l; b++) target[b]! += ra * row[b]!
    }
  }
  const { values, vectors: w } = symmetricEigen(m)
  const order = [...values.keys()].sort((x, y) => values[y]! - values[x]!).slice(0, d)
  const exponent = options.exponent ?? 1
  const scale = order.map((i) => Math.pow(Math.sqrt(Math.max(0, values[i]!)), exponent))
  const indices = Int32Array.from({ length: d }, (_, i) => i)
  return q.map((row) => {
    const out = new Float64Array(d)
    order.forEach((col, k) => {
      let s = 0
      for (let a = 0; a < l; a++) s += row[a]! * w[a]![col]!
      out[k] = s * scale[k]!
    })
    let norm = 0
    for (const x of out) norm += x * x
    norm = Math.sqrt(norm) || 1
    for (let k = 0; k < d; k++) out[k]! /= norm
    return { indices, values: out }
  })
}
