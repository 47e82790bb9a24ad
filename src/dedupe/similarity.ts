/**
 * @module dedupe/similarity
 * Verification of a candidate pair on the exact shingle sets, weighting each shingle by the inverse
 * of its document frequency. Text that many articles share — an outlet's header and footer, the
 * template of a press-release series — then counts for little, while the words that say what
 * happened count fully: templated articles about different events fall apart, syndicated copies
 * (which share their distinctive text) stay together.
 */

/** Document frequencies of shingle hashes in a fixed table of 2^bits saturating counters (collisions only over-count). */
export class ShingleFrequency {
  readonly #counts: Uint16Array
  readonly #mask: number

  constructor(bits = 22) {
    this.#counts = new Uint16Array(1 << bits)
    this.#mask = (1 << bits) - 1
  }

  /** Count one document's distinct shingles. */
  observe(shingles: Uint32Array): void {
    const counts = this.#counts
    for (let i = 0; i < shingles.length; i++) {
      const slot = shingles[i]! & this.#mask
      if (counts[slot]! < 0xffff) counts[slot]!++
    }
  }

  /** The weight of a shingle: 1 / document frequency (1 for a shingle not yet counted). */
  weight(shingle: number): number {
    const df = this.#counts[shingle & this.#mask]!
    return df <= 1 ? 1 : 1 / df
  }
}

export type Overlap = {
  /** weighted Jaccard: w(A∩B) / w(A∪B) */
  readonly jaccard: number
  /** weighted containment: w(A∩B) / min(w(A), w(B)) */
  readonly containment: number
  /** unweighted Jaccard of the sets */
  readonly rawJaccard: number
  /** unweighted containment |A∩B| / min(|A|,|B|) */
  readonly rawContainment: number
}

/** Weighted overlap of two sorted distinct shingle arrays (one linear merge). */
export function weightedOverlap(a: Uint32Array, b: Uint32Array, frequency: ShingleFrequency | undefined): Overlap {
  let i = 0
  let j = 0
  let both = 0
  let onlyA = 0
  let onlyB = 0
  let count = 0
  const w = frequency === undefined ? (): number => 1 : (s: number): number => frequency.weight(s)
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) onlyA += w(a[i++]!)
    else if (i >= a.length || b[j]! < a[i]!) onlyB += w(b[j++]!)
    else {
      both += w(a[i]!)
      count++
      i++
      j++
    }
  }
  const union = both + onlyA + onlyB
  const smaller = Math.min(both + onlyA, both + onlyB)
  return {
    jaccard: union === 0 ? 0 : both / union,
    containment: smaller === 0 ? 0 : both / smaller,
    rawJaccard: count / (a.length + b.length - count),
    rawContainment: count / Math.max(1, Math.min(a.length, b.length)),
  }
}
