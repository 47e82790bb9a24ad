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
  return distinctSorted(shingleHashes(text, k))
}

/**
 * The hashed k-character shingles of `text` in text order (repeats kept). A text shorter than k gives
 * one shingle of the whole text; an empty text gives none.
 */
export function shingleHashes(text: string, k: number): Uint32Array {
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
  return all
}

/** Sorted distinct values of `hashes`, as a new array; `hashes` itself is sorted in place. */
export function distinctSorted(hashes: Uint32Array): Uint32Array {
  const all = hashes.sort()
  let w = 0
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[w - 1]) all[w++] = all[i]!
  return all.slice(0, w)
}

/**
 * Anchor shingles: the first `max` distinct shingles, in text order, whose hash is divisible by
 * `every` (Broder's MOD-m sample, 1997). Whether a shingle is an anchor depends on its value only, so a
 * text contained in another has its anchors among the other's; taking them in text order keeps the
 * anchors of the lead, which a copy cut to its first paragraphs shares whatever the cut.
 */
export function anchorShingles(hashes: Uint32Array, every: number, max: number): Uint32Array {
  const out: number[] = []
  for (let i = 0; i < hashes.length && out.length < max; i++) {
    const h = hashes[i]!
    if (h % every === 0 && !out.includes(h)) out.push(h)
  }
  return Uint32Array.from(out)
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
