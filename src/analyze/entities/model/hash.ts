/**
 * @module analyze/entities/model/hash
 * 32-bit hashes for feature keys: FNV-1a over a string's UTF-16 units, and a mixer that combines a
 * template id with value hashes. Features are never stored as text, only as these keys.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length)
}

/** FNV-1a over `s.slice(start, end)` without making the slice. */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Combine two 32-bit values (murmur3-style finaliser over a rotate-multiply step). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  h ^= h >>> 16
  return h >>> 0 || 1
}
