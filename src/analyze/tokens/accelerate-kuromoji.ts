/**
 * @module analyze/tokens/accelerate-kuromoji
 * Speeds up a loaded @patdx/kuromoji tokenizer in place, giving the same tokens:
 * - its lattice builder UTF-8 encoded the whole rest of the sentence into a new buffer at every
 *   position (quadratic), copied a new buffer and decoded a string per dictionary match, and
 *   rebuilt a surrogate index of the tail per position. Ours walks the same double-array trie
 *   over the bytes of at most `MAX_KEY_UNITS` code units without allocating, reads character
 *   classes once per sentence (cached per code unit) and reuses unknown-word groupings; known
 *   words' nodes carry no surface string (kuromoji reads it from the features, we from the text);
 * - feature strings are decoded from the dictionary buffer once per entry and then remembered.
 * Sentences with surrogate pairs keep kuromoji's own builder (its positions count code points).
 * Profiled with `node --cpu-prof` on the livedoor dev split; see bench/analyze.ts for figures.
 * The lattice shape follows kuromoji's ViterbiBuilder (Apache-2.0).
 */
import type { Token } from '../../core/doc.ts'

/** Longest dictionary key we search for, in UTF-16 units (IPADIC's longest entries are far shorter). */
export const MAX_KEY_UNITS = 48

type CharacterClass = { class_id: number; class_name: string; is_always_invoke: number; is_grouping: number }
type ShortBuffer = { getShort: (index: number) => number; buffer: unknown }
type Node = {
  name: number; cost: number; start_pos: number; length: number; left_id: number; right_id: number
  prev: Node | null; surface_form: string; shortest_cost: number; type: string
}
type Internals = {
  viterbi_builder: {
    trie: { bc: { getBaseBuffer: () => unknown; getCheckBuffer: () => unknown } }
    token_info_dictionary: { target_map: Record<number, number[]>; dictionary: ShortBuffer }
    unknown_dictionary: { lookup: (ch: string) => CharacterClass | undefined; target_map: Record<number, number[]>; dictionary: ShortBuffer }
    build: (sentence: string) => unknown
  }
  token_info_dictionary: { getFeatures: (id: number | string) => string }
  unknown_dictionary: { getFeatures: (id: number | string) => string }
}

function node(name: number, cost: number, startPos: number, length: number, type: string, leftId: number, rightId: number, surface: string): Node {
  return { name, cost, start_pos: startPos, length, left_id: leftId, right_id: rightId, prev: null, surface_form: surface, shortest_cost: type === 'BOS' ? 0 : Number.MAX_VALUE, type }
}

/** kuromoji's lattice: nodes indexed by their (1-based) end position, BOS at 0, EOS last. */
class Lattice {
  nodes_end_at: Node[][] = [[node(-1, 0, 0, 0, 'BOS', 0, 0, '')]]
  eos_pos = 1
  append(n: Node): void {
    const last = n.start_pos + n.length - 1
    if (this.eos_pos < last) this.eos_pos = last
    const at = this.nodes_end_at[last]
    if (at === undefined) this.nodes_end_at[last] = [n]
    else at.push(n)
  }
  appendEos(): void {
    const lastIndex = this.nodes_end_at.length
    this.eos_pos++
    this.nodes_end_at[lastIndex] = [node(-1, 0, this.eos_pos, 0, 'EOS', 0, 0, '')]
  }
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdfff) return true
  }
  return false
}

function memoize(get: (id: number | string) => string): (id: number | string) => string {
  const cache = new Map<number | string, string>()
  return (id) => {
    let features = cache.get(id)
    if (features === undefined) {
      features = get(id)
      cache.set(id, features)
    }
    return features
  }
}

/** Reusable match buffers of one tokenizer: word lengths and trie values found at one position. */
type Matches = { readonly lengths: Int32Array; readonly values: Int32Array }

/**
 * The dictionary words starting at `pos` (BMP text): walks kuromoji's double-array trie over the
 * UTF-8 bytes of the text without allocating; fills `matches`, returns the count.
 */
function searchPrefixes(base: Int32Array, check: Int32Array, text: string, pos: number, matches: Matches): number {
  let found = 0
  let parent = 0
  const limit = Math.min(text.length, pos + MAX_KEY_UNITS)
  for (let i = pos; i < limit; i++) {
    const code = text.charCodeAt(i)
    // the UTF-8 bytes of one BMP code unit, walked one by one (out-of-range cells read as kuromoji's defaults)
    const count = code < 0x80 ? 1 : code < 0x800 ? 2 : 3
    for (let b = 0; b < count; b++) {
      const byte = count === 1 ? code
        : count === 2 ? (b === 0 ? 0xc0 | (code >> 6) : 0x80 | (code & 0x3f))
          : b === 0 ? 0xe0 | (code >> 12) : b === 1 ? 0x80 | ((code >> 6) & 0x3f) : 0x80 | (code & 0x3f)
      const child = (parent < base.length ? (base[parent] as number) : -parent + 1) + byte
      if ((child < check.length ? check[child] : -child - 1) !== parent) return found
      parent = child
    }
    const term = parent < base.length ? (base[parent] as number) : -parent + 1 // + TERM_CODE (0)
    if ((term < check.length ? check[term] : -term - 1) === parent) {
      const value = term < base.length ? (base[term] as number) : -term + 1
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
function readShort(bytes: Uint8Array, index: number): number {
  if (bytes.length < index + 2) return 0
  const value = ((bytes[index + 1] as number) << 8) + (bytes[index] as number)
  return value & 0x8000 ? value - 0x10000 : value
}

/**
 * Patch a built kuromoji tokenizer (the object `TokenizerBuilder.build()` resolves to) in place.
 * Returns false, changing nothing, when its internals are not the ones this was written for.
 */
export function accelerateKuromoji(built: unknown): boolean {
  const k = built as Partial<Internals>
  const builder = k.viterbi_builder
  if (builder === undefined || typeof builder.build !== 'function' || k.token_info_dictionary === undefined || k.unknown_dictionary === undefined) return false
  const original = builder.build.bind(builder)
  const { trie, token_info_dictionary: known, unknown_dictionary: unknown } = builder
  const trieBase = trie.bc.getBaseBuffer()
  const trieCheck = trie.bc.getCheckBuffer()
  const knownBytes = known.dictionary.buffer
  const unknownBytes = unknown.dictionary.buffer
  if (!(trieBase instanceof Int32Array) || !(trieCheck instanceof Int32Array) || !(knownBytes instanceof Uint8Array) || !(unknownBytes instanceof Uint8Array)) return false
  const matches: Matches = { lengths: new Int32Array(MAX_KEY_UNITS), values: new Int32Array(MAX_KEY_UNITS) }
  const classByCode: (CharacterClass | undefined)[] = new Array(0x10000)
  builder.build = (sentence: string) => {
    if (hasSurrogate(sentence)) return original(sentence)
    const lattice = new Lattice()
    const n = sentence.length
    const classes: CharacterClass[] = new Array(n)
    for (let i = 0; i < n; i++) {
      const code = sentence.charCodeAt(i)
      let cls = classByCode[code]
      if (cls === undefined) {
        cls = unknown.lookup(sentence[i] ?? '')
        if (cls === undefined) throw new Error(`Unknown character: ${sentence[i] ?? ''}`)
        classByCode[code] = cls
      }
      classes[i] = cls
    }
    let groupEnd = -1 // end of the current run of same-class characters
    for (let pos = 0; pos < n; pos++) {
      const words = searchPrefixes(trieBase, trieCheck, sentence, pos, matches)
      for (let w = 0; w < words; w++) {
        const length = matches.lengths[w] as number
        for (const id of known.target_map[matches.values[w] as number] ?? []) {
          // surface_form stays '': kuromoji reads a known word's surface from its features, we from the text
          lattice.append(node(id, readShort(knownBytes, id + 4), pos + 1, length, 'KNOWN', readShort(knownBytes, id), readShort(knownBytes, id + 2), ''))
        }
      }
      const head = classes[pos] as CharacterClass
      if (words > 0 && head.is_always_invoke !== 1) continue
      let end = pos + 1
      if (head.is_grouping === 1) {
        if (groupEnd <= pos) {
          groupEnd = pos + 1
          while (groupEnd < n && classes[groupEnd]?.class_name === head.class_name) groupEnd++
        }
        end = groupEnd
      }
      const key = sentence.slice(pos, end)
      for (const id of unknown.target_map[head.class_id] ?? []) {
        lattice.append(node(id, readShort(unknownBytes, id + 4), pos + 1, key.length, 'UNKNOWN', readShort(unknownBytes, id), readShort(unknownBytes, id + 2), key))
      }
    }
    lattice.appendEos()
    return lattice
  }
  k.token_info_dictionary.getFeatures = memoize(k.token_info_dictionary.getFeatures.bind(k.token_info_dictionary))
  k.unknown_dictionary.getFeatures = memoize(k.unknown_dictionary.getFeatures.bind(k.unknown_dictionary))
  return true
}

/** What a dictionary entry contributes to every token of it (shared, immutable). */
type EntryTemplate = {
  readonly partOfSpeech: string
  readonly posDetail: readonly [string, string, string]
  readonly conjugatedType: string
  readonly conjugatedForm: string
  /** 基本形, or null when the dictionary has none (the surface is used) */
  readonly lemma: string | null
  readonly reading: string
}

type SearchInternals = {
  viterbi_builder: { build: (sentence: string) => unknown }
  viterbi_searcher: { search: (lattice: unknown) => Node[] }
  token_info_dictionary: { getFeatures: (id: number | string) => string }
  unknown_dictionary: { getFeatures: (id: number | string) => string }
}

function templateOf(features: string, known: boolean): EntryTemplate {
  const f = features === '' ? [] : features.split(',')
  const basic = f[7]
  const reading = known ? f[8] : undefined
  return {
    partOfSpeech: f[1] ?? '',
    posDetail: [f[2] ?? '', f[3] ?? '', f[4] ?? ''],
    conjugatedType: f[5] ?? '',
    conjugatedForm: f[6] ?? '',
    lemma: basic === undefined || basic === '*' ? null : basic,
    reading: reading !== undefined && reading !== '*' ? reading : '',
  }
}

function isBlank(surface: string): boolean {
  return surface.trim() === ''
}

/**
 * A direct tokenizer over kuromoji's internals: splits at 、 and 。 as kuromoji does, runs its
 * lattice and Viterbi search, and builds our `Token`s straight from the best path with one shared
 * template per dictionary entry (no intermediate kuromoji token objects, no feature re-splitting,
 * offsets from the path itself). Returns null when the internals are not the expected ones.
 */
export function createDirectTokenize(built: unknown): ((text: string, offset: number, out: Token[]) => void) | null {
  const k = built as Partial<SearchInternals>
  const { viterbi_builder: builder, viterbi_searcher: searcher, token_info_dictionary: known, unknown_dictionary: unknown } = k
  if (builder === undefined || searcher === undefined || known === undefined || unknown === undefined) return null
  const knownTemplates = new Map<number, EntryTemplate>()
  const unknownTemplates = new Map<number, EntryTemplate>()
  const templateFor = (n: Node): EntryTemplate => {
    const isKnown = n.type === 'KNOWN'
    const cache = isKnown ? knownTemplates : unknownTemplates
    let template = cache.get(n.name)
    if (template === undefined) {
      template = templateOf((isKnown ? known : unknown).getFeatures(n.name) ?? '', isKnown)
      cache.set(n.name, template)
    }
    return template
  }
  const tokenizeSegment = (segment: string, offset: number, out: Token[]): void => {
    let cursor = offset
    for (const n of searcher.search(builder.build(segment))) {
      const surface = n.surface_form === '' ? segment.substr(cursor - offset, n.length) : n.surface_form
      const start = cursor
      cursor += surface.length
      if (isBlank(surface)) continue
      const t = templateFor(n)
      out.push({
        start, end: cursor, surface,
        partOfSpeech: t.partOfSpeech, posDetail: t.posDetail, conjugatedType: t.conjugatedType, conjugatedForm: t.conjugatedForm,
        lemma: t.lemma ?? surface, reading: t.reading, origin: n.type === 'KNOWN' ? 'known' : 'unknown',
      })
    }
  }
  return (text, offset, out) => {
    let from = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code !== 0x3001 && code !== 0x3002) continue // 、 。 end kuromoji's own segments
      tokenizeSegment(text.slice(from, i + 1), offset + from, out)
      from = i + 1
    }
    if (from < text.length) tokenizeSegment(from === 0 ? text : text.slice(from), offset + from, out)
  }
}
