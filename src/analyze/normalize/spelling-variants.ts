/**
 * @module analyze/normalize/spelling-variants
 * Second pass of match normalisation: replaces variant spellings (キエフ → キーウ, ヴァ → バ, 髙 → 高)
 * by the form matching uses, longest match first, with a character trie over the folded text.
 * The table lives in data/spelling-variants.json (imported as JSON so this module stays pure).
 */
import { createOffsetMapBuilder, pushOrigin, type OffsetMapBuilder } from './offset-map.ts'

/** Canonical form → variant spellings that mean the same for matching. */
export type SpellingVariants = Readonly<Record<string, readonly string[]>>

type TrieNode = { next: Map<number, TrieNode>; replacement: string | null }

/** A compiled variant table. */
export type VariantTrie = { readonly root: TrieNode; readonly size: number }

/** Compile a variant table. Canonical forms map to themselves, so キーウ is never re-read as a variant's prefix. */
export function compileSpellingVariants(table: SpellingVariants): VariantTrie {
  const root: TrieNode = { next: new Map(), replacement: null }
  let size = 0
  const add = (key: string, replacement: string): void => {
    let node = root
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      let child = node.next.get(code)
      if (child === undefined) {
        child = { next: new Map(), replacement: null }
        node.next.set(code, child)
      }
      node = child
    }
    if (node.replacement === null) size++
    node.replacement ??= replacement
  }
  for (const [canonical, variants] of Object.entries(table)) {
    add(canonical, canonical)
    for (const variant of variants) add(variant, canonical)
  }
  return { root, size }
}

/**
 * Apply the variants to `text` whose units came from `map` (from the first pass); returns the new
 * text and a map from its units to the original ranges, or the input unchanged when nothing matched.
 */
export function applySpellingVariants(
  text: string,
  map: OffsetMapBuilder,
  trie: VariantTrie,
): { text: string; map: OffsetMapBuilder } {
  let out: OffsetMapBuilder | undefined
  let pieces: string[] = []
  let copiedTo = 0
  for (let i = 0; i < text.length; i++) {
    let node: TrieNode | undefined = trie.root.next.get(text.charCodeAt(i))
    if (node === undefined) continue
    let matchEnd = -1
    let replacement = ''
    for (let j = i + 1; node !== undefined; j++) {
      if (node.replacement !== null) {
        matchEnd = j
        replacement = node.replacement
      }
      if (j >= text.length) break
      node = node.next.get(text.charCodeAt(j))
    }
    if (matchEnd < 0) continue
    const matched = text.slice(i, matchEnd)
    if (matched !== replacement) {
      out ??= createOffsetMapBuilder(text.length)
      copyUnits(map, out, copiedTo, i)
      pieces.push(text.slice(copiedTo, i), replacement)
      pushOrigin(out, replacement.length, map.starts[i] ?? 0, map.ends[matchEnd - 1] ?? 0)
      copiedTo = matchEnd
    }
    i = matchEnd - 1
  }
  if (out === undefined) return { text, map }
  copyUnits(map, out, copiedTo, text.length)
  pieces.push(text.slice(copiedTo))
  const result = pieces.join('')
  pieces = []
  return { text: result, map: out }
}

function copyUnits(from: OffsetMapBuilder, to: OffsetMapBuilder, start: number, end: number): void {
  for (let k = start; k < end; k++) pushOrigin(to, 1, from.starts[k] ?? 0, from.ends[k] ?? 0)
}
