/**
 * @module dedupe/minhash
 * MinHash signatures by one-permutation hashing with optimal densification (Shrivastava, ICML 2017):
 * each shingle is hashed once and falls into one of K bins; a bin keeps its minimum; empty bins
 * borrow the value of a bin chosen by a seeded probe sequence. Cost O(n + K) per document instead of
 * O(n·K); two signatures agree in a bin with probability ≈ the Jaccard similarity of the sets.
 */
import { fmix32 } from './hash.ts'

const EMPTY = 0xffffffff

/** The K-value MinHash signature of a set of shingle hashes (deterministic for a given seed). */
export function minhashSignature(shingles: Uint32Array, k: number, seed: number): Uint32Array {
  const sig = new Uint32Array(k).fill(EMPTY)
  const filled = new Uint8Array(k)
  const salt = fmix32(seed ^ 0x9e3779b9)
  for (let i = 0; i < shingles.length; i++) {
    const h = fmix32((shingles[i]! ^ salt) >>> 0)
    const bin = Math.floor((h * k) / 4294967296)
    // within a bin, order by an independent mix so the minimum is not biased by the bin bits
    const v = fmix32((h + salt) >>> 0)
    if (filled[bin] === 0 || v < sig[bin]!) {
      sig[bin] = v
      filled[bin] = 1
    }
  }
  if (shingles.length === 0) return sig
  for (let bin = 0; bin < k; bin++) {
    if (filled[bin] === 1) continue
    for (let attempt = 1; ; attempt++) {
      const probe = Math.floor((fmix32((Math.imul(bin + 1, 0x27d4eb2d) ^ Math.imul(attempt, 0x165667b1) ^ salt) >>> 0) * k) / 4294967296)
      if (filled[probe] === 1) {
        sig[bin] = sig[probe]!
        break
      }
    }
  }
  return sig
}

/** The fraction of equal positions: an estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}

/** The band keys of a signature: `bands` 32-bit hashes of `rows` consecutive values each. */
export function bandKeys(sig: Uint32Array, bands: number, rows: number): Uint32Array {
  const keys = new Uint32Array(bands)
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1) >>> 0
    for (let r = 0; r < rows; r++) h = fmix32((h ^ sig[b * rows + r]!) >>> 0) ^ Math.imul(h, 31)
    keys[b] = h >>> 0
  }
  return keys
}
