/**
 * @module analyze/normalize/spelling-variants
 * Second pass of match normalisation: replaces variant spellings (キエフ → キーウ, ヴァ → バ, 髙 → 高)
 * by the form matching uses, longest match first, with a character trie over the folded text.
 * The table lives in data/spelling-variants.json (imported as JSON so this module stays pure).
 */
import { createCharTrie, insertKey, matchLongest, type CharTrie } from './char-trie.ts'
import { createOffsetMapBuilder, pushOrigin, type OffsetMapBuilder } from './offset-map.ts'

/** Canonical form → variant spellings that mean the same for matching. */
export type SpellingVariants = Readonly<Record<string, readonly string[]>>

/** A compiled variant table: spelling → the form matching uses. */
export type VariantTrie = { readonly root: CharTrie<string>; readonly size: number }

/** Compile a variant table. Canonical forms map to themselves, so キーウ is never re-read as a variant's prefix. */
export function compileSpellingVariants(table: SpellingVariants): VariantTrie {
  const root = createCharTrie<string>()
  let size = 0
  for (const [canonical, variants] of Object.entries(table)) {
    if (insertKey(root, canonical, canonical)) size++
    for (const variant of variants) if (insertKey(root, variant, canonical)) size++
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
    const match = matchLongest(trie.root, text, i)
    if (match === undefined) continue
    const { end: matchEnd, value: replacement } = match
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
