/**
 * @module analyze/tokens/fast-viterbi
 * kuromoji's lattice and Viterbi search in flat typed arrays: nodes are generated left to right
 * exactly as kuromoji's ViterbiBuilder does, and each node's best predecessor is found as it is
 * made (every node ending where it starts already exists), with kuromoji's tie-breaking (the first
 * predecessor, in generation order, with the strictly lowest cost). No object per node, no
 * per-sentence allocation once the buffers have grown. BMP text only (see `hasSurrogate`).
 */
import { createNodeGenerator, type FastTables } from './kuromoji-internals.ts'

/** One best path, node by node (reused between calls: copy what you keep). */
export type BestPath = {
  /** number of nodes on the path */
  length: number
  /** each node's entry: its index in the known or unknown target map's `ids` (which hold kuromoji's `name`) */
  entries: Int32Array
  /** 1 for a known word, 0 for an unknown one */
  known: Uint8Array
  starts: Int32Array
  lengths: Int32Array
}

type Lattice = {
  capacity: number
  /** the node's entry: its index in the (known or unknown) target map's `ids` */
  entry: Int32Array; known: Uint8Array; start: Int32Array; len: Int32Array
  /** where the node's row of connection costs starts: right id × backward dimension + 2 */
  row: Int32Array
  prev: Int32Array; best: Float64Array; nextSameEnd: Int32Array
  /** per end position: first and last node ending there (-1 when none) */
  endHead: Int32Array; endTail: Int32Array
}

function createLattice(capacity: number, positions: number): Lattice {
  return {
    capacity,
    entry: new Int32Array(capacity), known: new Uint8Array(capacity), start: new Int32Array(capacity), len: new Int32Array(capacity),
    row: new Int32Array(capacity), prev: new Int32Array(capacity), best: new Float64Array(capacity), nextSameEnd: new Int32Array(capacity),
    endHead: new Int32Array(positions), endTail: new Int32Array(positions),
  }
}

function grow(old: Lattice, capacity: number, positions: number): Lattice {
  const next = createLattice(Math.max(capacity, old.capacity), Math.max(positions, old.endHead.length))
  for (const key of ['entry', 'known', 'start', 'len', 'row', 'prev', 'best', 'nextSameEnd', 'endHead', 'endTail'] as const) next[key].set(old[key])
  return next
}

/**
 * A best-path function over the tables of a loaded kuromoji tokenizer.
 * @example
 * const bestPath = createBestPath(tables)
 * const path = bestPath('今日は晴れ') // path.length nodes; path.starts[i], path.lengths[i] …
 */
export function createBestPath(tables: FastTables): (sentence: string) => BestPath {
  const { knownEntries, unknownEntries, costs, backwardDimension } = tables
  const generateNodes = createNodeGenerator(tables)
  let lat = createLattice(1024, 256)
  const path: BestPath = { length: 0, entries: new Int32Array(256), known: new Uint8Array(256), starts: new Int32Array(256), lengths: new Int32Array(256) }
  let count = 0

  /** Add a node and find its best predecessor among the nodes ending at its start. */
  const add = (entry: number, isKnown: number, start: number, length: number): void => {
    if (count >= lat.capacity) lat = grow(lat, lat.capacity * 2, 0)
    const entries = isKnown === 1 ? knownEntries : unknownEntries
    const at = entry * 3
    const left = entries[at] as number
    const right = entries[at + 1] as number
    const cost = entries[at + 2] as number
    let best = Number.MAX_VALUE
    let prev = -1
    // the hot loop: the arrays in locals, each predecessor's cost row precomputed
    const bestOf = lat.best
    const rowOf = lat.row
    const nextOf = lat.nextSameEnd
    for (let p = lat.endHead[start] as number; p >= 0; p = nextOf[p] as number) {
      const total = (bestOf[p] as number) + (costs[(rowOf[p] as number) + left] as number) + cost
      if (total < best) {
        best = total
        prev = p
      }
    }
    const i = count++
    lat.entry[i] = entry
    lat.known[i] = isKnown
    lat.start[i] = start
    lat.len[i] = length
    lat.row[i] = right * backwardDimension + 2
    lat.prev[i] = prev
    lat.best[i] = best
    lat.nextSameEnd[i] = -1
    const end = start + length
    const tail = lat.endTail[end] as number
    if (tail < 0) lat.endHead[end] = i
    else lat.nextSameEnd[tail] = i
    lat.endTail[end] = i
  }

  return (sentence) => {
    const n = sentence.length
    path.length = 0
    if (n === 0) return path
    if (n + 2 > lat.endHead.length) lat = grow(lat, 0, (n + 2) * 2)
    lat.endHead.fill(-1, 0, n + 2)
    lat.endTail.fill(-1, 0, n + 2)
    // BOS: node 0, ends at position 0, right id 0, cost 0
    count = 1
    lat.entry[0] = -1
    lat.row[0] = 2
    lat.best[0] = 0
    lat.prev[0] = -1
    lat.nextSameEnd[0] = -1
    lat.endHead[0] = 0
    lat.endTail[0] = 0
    generateNodes(sentence, add)
    // EOS (left id 0, cost 0): the best node ending at the end of the sentence
    let best = Number.MAX_VALUE
    let last = -1
    for (let p = lat.endHead[n] as number; p >= 0; p = lat.nextSameEnd[p] as number) {
      const total = (lat.best[p] as number) + (costs[lat.row[p] as number] as number)
      if (total < best) {
        best = total
        last = p
      }
    }
    let length = 0
    for (let p = last; p > 0; p = lat.prev[p] as number) length++
    if (length > path.entries.length) {
      const size = length * 2
      path.entries = new Int32Array(size)
      path.known = new Uint8Array(size)
      path.starts = new Int32Array(size)
      path.lengths = new Int32Array(size)
    }
    // a broken chain (a node no path reaches) gives an empty path, as kuromoji's backward() does
    let k = length
    let p = last
    for (; p > 0; p = lat.prev[p] as number) {
      k--
      path.entries[k] = lat.entry[p] as number
      path.known[k] = lat.known[p] as number
      path.starts[k] = lat.start[p] as number
      path.lengths[k] = lat.len[p] as number
    }
    path.length = p === 0 ? length : 0
    return path
  }
}
