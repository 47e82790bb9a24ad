/**
 * @module dedupe/shingles
 * Character shingles (k-grams) of a normalised body, as a sorted array of distinct 32-bit hashes.
 * Character shingles need no tokenizer and are robust to the small edits of syndication.
 */
import { fmix32, hashRange } from './hash.ts'

/** Odd multiplier of the rolling hash. */
const BASE = 0x01000193

/**
 * The distinct hashed k-character shingles of `text` (already normalised), sorted ascending.
 * A text shorter than k gives one shingle of the whole text; an empty text gives none.
 */
export function shingleSet(text: string, k: number): Uint32Array {
  if (text.length === 0) return new Uint32Array(0)
  if (text.length <= k) return Uint32Array.of(hashRange(text, 0, text.length))
  const n = text.length - k + 1
  const all = new Uint32Array(n)
  // rolling polynomial hash of the k code units (mod 2^32), mixed: one step per position
  let top = 1
  for (let i = 1; i < k; i++) top = Math.imul(top, BASE)
  let h = 0
  for (let i = 0; i < k; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0
  all[0] = fmix32(h >>> 0)
  for (let i = 1; i < n; i++) {
    h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), top), BASE) + text.charCodeAt(i + k - 1)) | 0
    all[i] = fmix32(h >>> 0)
  }
  all.sort()
  let w = 0
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[w - 1]) all[w++] = all[i]!
  return all.slice(0, w)
}

/** Size of the intersection of two sorted distinct arrays (linear merge). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let count = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      count++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return count
}
