/**
 * @module analyze/normalize/offset-map
 * A map from indices of a normalised string back to the original string. Each normalised code
 * unit remembers the `[start, end)` of the original text it came from, so spans found on the
 * normalised text map back exactly, even where NFKC changed lengths (ｶﾞ → ガ, ㍻ → 平成).
 */

/** Growable parallel arrays: for normalised unit i, the original range it came from. */
export type OffsetMapBuilder = {
  starts: Int32Array
  ends: Int32Array
  length: number
}

/** A new builder with room for `capacity` units. */
export function createOffsetMapBuilder(capacity: number): OffsetMapBuilder {
  const size = Math.max(16, capacity)
  return { starts: new Int32Array(size), ends: new Int32Array(size), length: 0 }
}

/** Record `count` normalised units that all came from original `[start, end)`. */
export function pushOrigin(map: OffsetMapBuilder, count: number, start: number, end: number): void {
  if (map.length + count > map.starts.length) {
    const size = Math.max(map.starts.length * 2, map.length + count)
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    starts.set(map.starts.subarray(0, map.length))
    ends.set(map.ends.subarray(0, map.length))
    map.starts = starts
    map.ends = ends
  }
  for (let k = 0; k < count; k++) {
    map.starts[map.length] = start
    map.ends[map.length] = end
    map.length++
  }
}
