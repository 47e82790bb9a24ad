/**
 * @module analyze/tokens/accelerate-kuromoji
 * Speeds up a loaded @patdx/kuromoji tokenizer in place, giving the same tokens through its own
 * public `tokenize`:
 * - its lattice builder UTF-8 encoded the whole rest of the sentence into a new buffer at every
 *   position (quadratic), copied a new buffer and decoded a string per dictionary match, and
 *   rebuilt a surrogate index of the tail per position. Ours walks the same double-array trie
 *   over the bytes of at most `MAX_KEY_UNITS` code units without allocating, reads character
 *   classes once per sentence (cached per code unit) and reuses unknown-word groupings; known
 *   words' nodes carry no surface string (kuromoji reads it from the features);
 * - feature strings are decoded from the dictionary buffer once per entry and then remembered.
 * Sentences with surrogate pairs keep kuromoji's own builder (its positions count code points).
 * Profiled with `node --cpu-prof` on the livedoor dev split; see docs/tokenizer-performance.md.
 * The lattice shape follows kuromoji's ViterbiBuilder (Apache-2.0).
 */
import { createNodeGenerator, hasSurrogate, readInternals } from './kuromoji-internals.ts'

type Node = {
  name: number; cost: number; start_pos: number; length: number; left_id: number; right_id: number
  prev: Node | null; surface_form: string; shortest_cost: number; type: string
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

/**
 * Patch a built kuromoji tokenizer (the object `TokenizerBuilder.build()` resolves to) in place.
 * Returns false, changing nothing, when its internals are not the ones this was written for.
 */
export function accelerateKuromoji(built: unknown): boolean {
  const found = readInternals(built)
  if (found === null) return false
  const { internals, tables } = found
  const builder = internals.viterbi_builder
  const original = builder.build.bind(builder)
  const { knownEntries, unknownEntries } = tables
  const knownIds = tables.knownTargets.ids
  const unknownIds = tables.unknownTargets.ids
  const generateNodes = createNodeGenerator(tables)
  builder.build = (sentence: string) => {
    if (hasSurrogate(sentence)) return original(sentence)
    const lattice = new Lattice()
    generateNodes(sentence, (entry, isKnown, start, length) => {
      const entries = isKnown === 1 ? knownEntries : unknownEntries
      const name = (isKnown === 1 ? knownIds : unknownIds)[entry] as number
      // a known word's node carries no surface: kuromoji reads it from the word's features
      const surface = isKnown === 1 ? '' : sentence.slice(start, start + length)
      lattice.append(node(name, entries[3 * entry + 2] as number, start + 1, length, isKnown === 1 ? 'KNOWN' : 'UNKNOWN', entries[3 * entry] as number, entries[3 * entry + 1] as number, surface))
    })
    lattice.appendEos()
    return lattice
  }
  internals.token_info_dictionary.getFeatures = memoize(internals.token_info_dictionary.getFeatures.bind(internals.token_info_dictionary))
  internals.unknown_dictionary.getFeatures = memoize(internals.unknown_dictionary.getFeatures.bind(internals.unknown_dictionary))
  return true
}
