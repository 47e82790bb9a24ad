/**
 * @module dedupe/hash
 * Deterministic hashing: the body hash of exact duplicates (SHA-256 of the normalised body) and
 * the 32-bit mixers behind shingles and MinHash (no Math.random anywhere: seeds are constants).
 */
import { createHash } from 'node:crypto'
import { normalizeBody } from './normalize-body.ts'

/** Hex SHA-256 of the normalised body: equal for copies that differ only in width, spacing or wire credits. */
export function bodyHash(body: string): string {
  return hashNormalized(normalizeBody(body))
}

/** `bodyHash` of a body already passed through `normalizeBody`. */
export function hashNormalized(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex')
}

/** MurmurHash3's 32-bit finaliser: a bijective avalanche mix of an unsigned 32-bit integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`, then mixed; unsigned 32-bit. */
export function hashRange(text: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return fmix32(h)
}
