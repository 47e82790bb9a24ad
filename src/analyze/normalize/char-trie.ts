/**
 * @module analyze/normalize/char-trie
 * A character trie keyed by UTF-16 code units with longest-match lookup: the one structure behind
 * the spelling-variant table (normalize) and the user-dictionary overlay (tokens).
 */

/** A trie node; `value` is set where a key ends. */
export type CharTrie<T> = { readonly next: Map<number, CharTrie<T>>; value: T | undefined }

/** An empty trie. */
export function createCharTrie<T>(): CharTrie<T> {
  return { next: new Map(), value: undefined }
}

/**
 * Add `key` → `value`; an existing key keeps its value unless `replace`.
 * @returns whether the key is new
 */
export function insertKey<T>(root: CharTrie<T>, key: string, value: T, replace = false): boolean {
  let node = root
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    let child = node.next.get(code)
    if (child === undefined) {
      child = createCharTrie<T>()
      node.next.set(code, child)
    }
    node = child
  }
  const isNew = node.value === undefined
  if (isNew || replace) node.value = value
  return isNew
}

/** The longest key starting at `start` in `text`: its end and value, or undefined. */
export function matchLongest<T>(root: CharTrie<T>, text: string, start: number): { end: number; value: T } | undefined {
  let node = root.next.get(text.charCodeAt(start))
  let best: { end: number; value: T } | undefined
  for (let j = start + 1; node !== undefined; j++) {
    if (node.value !== undefined) best = { end: j, value: node.value }
    if (j >= text.length) break
    node = node.next.get(text.charCodeAt(j))
  }
  return best
}

/** Add `key` read backwards (last code unit first) → `value`, for matching keys that end at a position. */
export function insertReversed<T>(root: CharTrie<T>, key: string, value: T): boolean {
  let reversed = ''
  for (let i = key.length - 1; i >= 0; i--) reversed += key[i]
  return insertKey(root, reversed, value)
}

/**
 * The values of the keys of a reversed trie (see `insertReversed`) that `text` ends with just
 * before `end`, `maxLength` code units long at most and not reaching before `from`, longest first.
 */
export function keysEndingAt<T>(root: CharTrie<T>, text: string, end: number, maxLength: number, from = 0): T[] {
  const found: T[] = []
  let node: CharTrie<T> | undefined = root
  for (let p = end - 1; p >= from && end - p <= maxLength && node !== undefined; p--) {
    node = node.next.get(text.charCodeAt(p))
    if (node?.value !== undefined) found.unshift(node.value)
  }
  return found
}
