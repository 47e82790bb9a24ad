/**
 * @module dedupe/shingles
 * Character shingles (k-grams) of a normalised body, as a sorted array of distinct 32-bit hashes.
 * Character shingles need no tokenizer and are robust to the small edits of syndication.
 */
import { hashRange } from './hash.ts'

/**
 * The distinct hashed k-character shingles of `text` (already normalised), sorted ascending.
 * A text shorter than k gives one shingle of the whole text; an empty text gives none.
 */
export function shingleSet(text: string, k: number): Uint32Array {
  if (text.length === 0) return new Uint32Array(0)
  if (text.length <= k) return Uint32Array.of(hashRange(text, 0, text.length))
  const n = text.length - k + 1
  const all = new Uint32Array(n)
  for (let i = 0; i < n; i++) all[i] = hashRange(text, i, i + k)
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
