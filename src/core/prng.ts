/**
 * @module core/prng
 * A small seeded pseudo-random number generator (mulberry32) so k-means seeding and the entity tagger's training order are reproducible:
 * the same seed gives the same sequence on every platform. Never Math.random.
 */

/** A function returning the next number in [0, 1). */
export type Random = () => number

/** mulberry32 seeded with a 32-bit integer. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
