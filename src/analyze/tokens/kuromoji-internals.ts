/**
 * @module analyze/tokens/kuromoji-internals
 * The parts of a loaded @patdx/kuromoji tokenizer our faster paths read (double-array trie,
 * token-info and unknown-word dictionaries, character classes, connection costs), and the
 * allocation-free helpers over them shared by accelerate-kuromoji.ts and fast-viterbi.ts.
 * Shapes follow kuromoji 1.0.4 (Apache-2.0); `readInternals` returns null for anything else.
 */

/** Longest dictionary key we search for, in UTF-16 units (IPADIC's longest entries are far shorter). */
export const MAX_KEY_UNITS = 48

export type CharacterClass = { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number }
type ShortBuffer = { getShort: (index: number) => number; buffer: unknown }

/** kuromoji's tokenizer object, as far as we read it. */
export type KuromojiInternals = {
  viterbi_builder: {
    trie: { bc: { getBaseBuffer: () => unknown; getCheckBuffer: () => unknown } }
    token_info_dictionary: { target_map: Record<number, number[]>; dictionary: ShortBuffer }
    unknown_dictionary: { lookup: (ch: string) => CharacterClass | undefined; target_map: Record<number, number[]>; dictionary: ShortBuffer }
    build: (sentence: string) => unknown
  }
  viterbi_searcher: { search: (lattice: unknown) => unknown[]; connection_costs: { buffer: unknown; backward_dimension: number } }
  token_info_dictionary: { getFeatures: (id: number | string) => string }
  unknown_dictionary: { getFeatures: (id: number | string) => string }
}

/**
 * kuromoji's target map (a trie value or character class id → the byte offsets of its dictionary
 * entries) in two typed arrays: the entries of key k are ids[offsets[k] .. offsets[k + 1]).
 * kuromoji holds it as an object of 326,000 arrays, 62 MB of heap.
 */
export type TargetMap = { readonly offsets: Int32Array; readonly ids: Int32Array }

/** The typed arrays and tables the fast paths use, checked once. */
export type FastTables = {
  readonly trieBase: Int32Array
  readonly trieCheck: Int32Array
  /**
   * the double-array trie with base and check interleaved (base of cell i at 2i, check at 2i + 1):
   * a transition reads the check and then the base of the same cell, one cache line instead of two
   */
  readonly trie: Int32Array
  readonly knownBytes: Uint8Array
  readonly unknownBytes: Uint8Array
  readonly knownTargets: TargetMap
  readonly unknownTargets: TargetMap
  /**
   * left id, right id and cost of every entry listed by `knownTargets.ids`, in that order (entry
   * e at 3e, 3e + 1, 3e + 2): the entries of one word lie side by side in 2.4 MB instead of
   * scattered over the 10 MB dictionary buffer, and are read without going through `ids`
   */
  readonly knownEntries: Int16Array
  readonly unknownEntries: Int16Array
  /** character class of a UTF-16 code unit (cached) */
  readonly classOf: (text: string, index: number) => CharacterClass
  readonly costs: Int16Array
  readonly backwardDimension: number
}

/** kuromoji's ByteBuffer.getInt (little-endian, signed; 0 past the end). */
function readInt(bytes: Uint8Array, index: number): number {
  if (bytes.length < index + 4) return 0
  return ((bytes[index + 3] as number) << 24) + ((bytes[index + 2] as number) << 16) + ((bytes[index + 1] as number) << 8) + (bytes[index] as number)
}

/**
 * Parse kuromoji's `tid_map.dat` (an int count, then key, size and size values per key, read
 * until the end exactly as `TokenInfoDictionary.loadTargetMap` reads it) into a `TargetMap`.
 */
export function parseTargetMap(bytes: Uint8Array): TargetMap {
  const counts: number[] = []
  let total = 0
  const walk = (visit: (key: number, value: number) => void): void => {
    let pos = 4
    while (bytes.length >= pos + 1) {
      const key = readInt(bytes, pos)
      const size = readInt(bytes, pos + 4)
      pos += 8
      for (let i = 0; i < size; i++, pos += 4) visit(key, readInt(bytes, pos))
    }
  }
  walk((key) => {
    counts[key] = (counts[key] ?? 0) + 1
    total++
  })
  const offsets = new Int32Array(counts.length + 1)
  for (let k = 0; k < counts.length; k++) offsets[k + 1] = (offsets[k] as number) + (counts[k] ?? 0)
  const ids = new Int32Array(total)
  const fill = offsets.slice(0, counts.length)
  walk((key, value) => {
    ids[fill[key] as number] = value
    fill[key] = (fill[key] as number) + 1
  })
  return { offsets, ids }
}

/** A `TargetMap` from kuromoji's object form. */
function targetMapOf(object: Record<number, number[]>): TargetMap {
  const found = (object as { [TARGET_MAP]?: TargetMap })[TARGET_MAP]
  if (found !== undefined) return found
  let size = 0
  let total = 0
  for (const key in object) {
    size = Math.max(size, Number(key) + 1)
    total += object[Number(key)]?.length ?? 0
  }
  const offsets = new Int32Array(size + 1)
  for (let k = 0; k < size; k++) offsets[k + 1] = (offsets[k] as number) + (object[k]?.length ?? 0)
  const ids = new Int32Array(total)
  for (let k = 0; k < size; k++) ids.set(object[k] ?? [], offsets[k] as number)
  return { offsets, ids }
}

/** The key under which an object made by `targetMapObject` gives its `TargetMap` (global: any copy of this module reads it). */
const TARGET_MAP = Symbol.for('matome.kuromoji.targetMap')

/**
 * An object that reads like kuromoji's `target_map` (`map[key]` → a new array of entry offsets, or
 * undefined) over a `TargetMap`, for kuromoji's own lattice builder (text with surrogate pairs).
 */
export function targetMapObject(map: TargetMap): Record<number, number[]> {
  const object = new Proxy({} as Record<number, number[]>, {
    get(_target, key) {
      if (key === TARGET_MAP) return map
      if (typeof key !== 'string') return undefined
      const k = Number(key)
      if (!Number.isInteger(k) || k < 0 || k + 1 >= map.offsets.length) return undefined
      const from = map.offsets[k] as number
      const to = map.offsets[k + 1] as number
      return from === to ? undefined : Array.from(map.ids.subarray(from, to))
    },
  })
  return object
}

/** Left id, right id and cost (kuromoji's shorts at 0, 2, 4) of each entry `map.ids` lists, 3 words per entry. */
function entryCostsOf(map: TargetMap, bytes: Uint8Array): Int16Array {
  const { ids } = map
  const out = new Int16Array(ids.length * 3)
  for (let e = 0; e < ids.length; e++) {
    const name = ids[e] as number
    out[3 * e] = readShort(bytes, name)
    out[3 * e + 1] = readShort(bytes, name + 2)
    out[3 * e + 2] = readShort(bytes, name + 4)
  }
  return out
}

const INTERNALS = new WeakMap<object, { internals: KuromojiInternals; tables: FastTables }>()

/** The internals of a built kuromoji tokenizer, or null when they are not the expected ones (read once per tokenizer). */
export function readInternals(built: unknown): { internals: KuromojiInternals; tables: FastTables } | null {
  if (typeof built !== 'object' || built === null) return null
  const cached = INTERNALS.get(built)
  if (cached !== undefined) return cached
  const found = readInternalsOnce(built)
  if (found !== null) INTERNALS.set(built, found)
  return found
}

function readInternalsOnce(built: object): { internals: KuromojiInternals; tables: FastTables } | null {
  const k = built as Partial<KuromojiInternals>
  const builder = k.viterbi_builder
  const searcher = k.viterbi_searcher
  if (builder === undefined || searcher === undefined || k.token_info_dictionary === undefined || k.unknown_dictionary === undefined) return null
  const trieBase = builder.trie?.bc?.getBaseBuffer()
  const trieCheck = builder.trie?.bc?.getCheckBuffer()
  const knownBytes = builder.token_info_dictionary?.dictionary?.buffer
  const unknownBytes = builder.unknown_dictionary?.dictionary?.buffer
  const costs = searcher.connection_costs?.buffer
  if (!(trieBase instanceof Int32Array) || !(trieCheck instanceof Int32Array) || !(knownBytes instanceof Uint8Array) ||
    !(unknownBytes instanceof Uint8Array) || !(costs instanceof Int16Array) || typeof builder.build !== 'function') return null
  const unknown = builder.unknown_dictionary
  const classByCode: (CharacterClass | undefined)[] = new Array(0x10000)
  const classOf = (text: string, index: number): CharacterClass => {
    const code = text.charCodeAt(index)
    let cls = classByCode[code]
    if (cls === undefined) {
      cls = unknown.lookup(text[index] ?? '')
      if (cls === undefined) throw new Error(`Unknown character: ${text[index] ?? ''}`)
      classByCode[code] = cls
    }
    return cls
  }
  // cells missing from the shorter array hold kuromoji's defaults (base -i + 1, check -i - 1)
  const cells = Math.max(trieBase.length, trieCheck.length)
  const trie = new Int32Array(cells * 2)
  for (let i = 0; i < cells; i++) {
    trie[2 * i] = i < trieBase.length ? trieBase[i] as number : -i + 1
    trie[2 * i + 1] = i < trieCheck.length ? trieCheck[i] as number : -i - 1
  }
  const knownTargets = targetMapOf(builder.token_info_dictionary.target_map)
  const unknownTargets = targetMapOf(unknown.target_map)
  return {
    internals: k as KuromojiInternals,
    tables: {
      trieBase, trieCheck, trie, knownBytes, unknownBytes, costs, classOf, knownTargets, unknownTargets,
      knownEntries: entryCostsOf(knownTargets, knownBytes),
      unknownEntries: entryCostsOf(unknownTargets, unknownBytes),
      backwardDimension: searcher.connection_costs.backward_dimension,
    },
  }
}

/** Whether `text` holds a surrogate pair (kuromoji counts code points there; our fast paths do not). */
export function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdfff) return true
  }
  return false
}

/** Reusable match buffers of one tokenizer: word lengths and trie values found at one position. */
export type Matches = { readonly lengths: Int32Array; readonly values: Int32Array }

/**
 * The dictionary words starting at `pos` (BMP text): walks kuromoji's double-array trie (`trie`,
 * base and check interleaved; a cell past its end never matches) over the UTF-8
 * bytes of the text without allocating; fills `matches`, returns the count.
 */
export function searchPrefixes(trie: Int32Array, text: string, pos: number, matches: Matches): number {
  let found = 0
  // a cell is entered only when its check holds the parent (>= 0), so `parent` is always a cell of
  // the trie; a child outside it reads a negative check in kuromoji (a mismatch)
  let parent = 0
  const cells = trie.length >> 1
  const limit = Math.min(text.length, pos + MAX_KEY_UNITS)
  for (let i = pos; i < limit; i++) {
    const code = text.charCodeAt(i)
    // the UTF-8 bytes of one BMP code unit, walked one by one
    const count = code < 0x80 ? 1 : code < 0x800 ? 2 : 3
    for (let b = 0; b < count; b++) {
      const byte = count === 1 ? code
        : count === 2 ? (b === 0 ? 0xc0 | (code >> 6) : 0x80 | (code & 0x3f))
          : b === 0 ? 0xe0 | (code >> 12) : b === 1 ? 0x80 | ((code >> 6) & 0x3f) : 0x80 | (code & 0x3f)
      const child = (trie[2 * parent] as number) + byte
      if (child < 0 || child >= cells || trie[2 * child + 1] !== parent) return found
      parent = child
    }
    const term = trie[2 * parent] as number // + TERM_CODE (0)
    if (term >= 0 && term < cells && trie[2 * term + 1] === parent) {
      const value = trie[2 * term] as number
      if (value <= 0) {
        matches.lengths[found] = i + 1 - pos
        matches.values[found] = -value - 1
        found++
      }
    }
  }
  return found
}

/** kuromoji's ByteBuffer.getShort (little-endian, signed), read straight from its bytes. */
export function readShort(bytes: Uint8Array, index: number): number {
  if (bytes.length < index + 2) return 0
  const value = ((bytes[index + 1] as number) << 8) + (bytes[index] as number)
  return value & 0x8000 ? value - 0x10000 : value
}

/**
 * Receives one lattice node: its entry as an index into the target map's `ids` (known or unknown
 * map; `ids[entry]` is kuromoji's `name`, the byte offset; `knownEntries` / `unknownEntries` hold
 * its ids and cost at 3 × entry), known (1) or unknown (0), start and length.
 */
export type NodeSink = (entry: number, isKnown: number, start: number, length: number) => void

/**
 * Generates the lattice nodes of a BMP sentence in kuromoji's order (ViterbiBuilder): at each
 * position the dictionary words by length, each with all its entries; then, when no word starts
 * there or the character class always invokes it, the unknown word (a run of the same class when
 * the class groups).
 */
export function createNodeGenerator(tables: FastTables): (sentence: string, sink: NodeSink) => void {
  const { trie, classOf } = tables
  const knownOffsets = tables.knownTargets.offsets
  const unknownOffsets = tables.unknownTargets.offsets
  const matches: Matches = { lengths: new Int32Array(MAX_KEY_UNITS), values: new Int32Array(MAX_KEY_UNITS) }
  return (sentence, sink) => {
    const n = sentence.length
    let groupEnd = -1 // end of the current run of same-class characters
    for (let pos = 0; pos < n; pos++) {
      const words = searchPrefixes(trie, sentence, pos, matches)
      for (let w = 0; w < words; w++) {
        const length = matches.lengths[w] as number
        const value = matches.values[w] as number
        if (value + 1 >= knownOffsets.length) continue
        const to = knownOffsets[value + 1] as number
        for (let e = knownOffsets[value] as number; e < to; e++) sink(e, 1, pos, length)
      }
      const head = classOf(sentence, pos)
      if (words > 0 && head.is_always_invoke !== 1) continue
      let end = pos + 1
      if (head.is_grouping === 1) {
        if (groupEnd <= pos) {
          groupEnd = pos + 1
          while (groupEnd < n && classOf(sentence, groupEnd).class_name === head.class_name) groupEnd++
        }
        end = groupEnd
      }
      const id = head.class_id
      if (id < 0 || id + 1 >= unknownOffsets.length) continue
      const to = unknownOffsets[id + 1] as number
      for (let e = unknownOffsets[id] as number; e < to; e++) sink(e, 0, pos, end - pos)
    }
  }
}
