/**
 * @module analyze/tokens/user-dict
 * The user-dictionary overlay: names IPADIC lacks (キーウ, ゼレンスキー, 金正恩 …) read from TSV
 * (data/user-dict.tsv and files users add) and compiled into a character trie, so the tokenizer
 * can find them in one pass and keep each as one token with `origin: 'user'`.
 *
 * Line format (tab-separated; `#` starts a comment line):
 *   surface  品詞細分類 1/2/3 (e.g. 固有名詞/人名/姓, 固有名詞/地域/国, 固有名詞/組織)  reading  [canonical]
 */
import { MatomeError } from '../../core/errors.ts'

/** One overlay word. */
export type UserDictEntry = {
  readonly surface: string
  /** IPADIC subcategories, '*' when empty */
  readonly posDetail: readonly [string, string, string]
  /** katakana reading */
  readonly reading: string
  /** the canonical spelling (キエフ → キーウ); the surface when not given */
  readonly canonical: string
}

type TrieNode = { next: Map<number, TrieNode>; entry: UserDictEntry | null }

/** A compiled overlay: a trie keyed by UTF-16 code units. */
export type UserDict = { readonly root: TrieNode; readonly size: number }

const KATAKANA_READING = /^[\u30a0-\u30ff・]+$/u

/**
 * Parse overlay TSV text. `file` names the source in errors.
 * @throws MatomeError('analyze/user-dict-invalid') naming `file:line` and the reason
 */
export function parseUserDict(tsv: string, file: string): UserDictEntry[] {
  const entries: UserDictEntry[] = []
  tsv.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\ufeff/, '')
    if (line.trim() === '' || line.startsWith('#')) return
    const where = `${file}:${index + 1}`
    const fields = line.split('\t')
    if (fields.length < 3 || fields.length > 4) {
      throw new MatomeError('analyze/user-dict-invalid', `${where}: expected 3 or 4 tab-separated fields (surface, pos detail, reading, canonical?), got ${fields.length}`)
    }
    const [surface = '', pos = '', reading = '', canonical = ''] = fields.map((f) => f.trim())
    if (surface === '' || /\s/u.test(surface)) {
      throw new MatomeError('analyze/user-dict-invalid', `${where}: the surface must be non-empty and without spaces, got ${JSON.stringify(surface)}`)
    }
    const detail = pos.split('/').map((p) => p.trim())
    if (detail.length < 1 || detail.length > 3 || detail.some((p) => p === '') || detail[0] !== '固有名詞' && detail[0] !== '一般' && detail[0] !== 'サ変接続') {
      throw new MatomeError('analyze/user-dict-invalid', `${where}: expected a part-of-speech detail like 固有名詞/人名/姓, got ${JSON.stringify(pos)}`)
    }
    if (!KATAKANA_READING.test(reading)) {
      throw new MatomeError('analyze/user-dict-invalid', `${where}: the reading must be katakana, got ${JSON.stringify(reading)}`)
    }
    entries.push({
      surface,
      posDetail: [detail[0] ?? '*', detail[1] ?? '*', detail[2] ?? '*'],
      reading,
      canonical: canonical === '' ? surface : canonical,
    })
  })
  return entries
}

/** Compile entries into a trie; a later entry with the same surface replaces an earlier one (user files override the bundled one). */
export function compileUserDict(entries: readonly UserDictEntry[]): UserDict {
  const root: TrieNode = { next: new Map(), entry: null }
  let size = 0
  for (const entry of entries) {
    let node = root
    for (let i = 0; i < entry.surface.length; i++) {
      const code = entry.surface.charCodeAt(i)
      let child = node.next.get(code)
      if (child === undefined) {
        child = { next: new Map(), entry: null }
        node.next.set(code, child)
      }
      node = child
    }
    if (node.entry === null) size++
    node.entry = entry
  }
  return { root, size }
}

/** A match of an overlay word in a text. */
export type UserDictMatch = { readonly start: number; readonly end: number; readonly entry: UserDictEntry }

function isKatakanaOrLatin(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/**
 * Longest, left-to-right, non-overlapping overlay matches in `text`. A katakana or Latin word must
 * not continue a longer katakana/Latin word (プーチン in プーチンスキー is not a match).
 */
export function findUserDictMatches(text: string, dict: UserDict): UserDictMatch[] {
  const matches: UserDictMatch[] = []
  const { root } = dict
  for (let i = 0; i < text.length; i++) {
    let node = root.next.get(text.charCodeAt(i))
    if (node === undefined) continue
    let best: UserDictMatch | undefined
    for (let j = i + 1; node !== undefined; j++) {
      if (node.entry !== null) best = { start: i, end: j, entry: node.entry }
      if (j >= text.length) break
      node = node.next.get(text.charCodeAt(j))
    }
    if (best === undefined || !hasWordEdges(text, best)) continue
    matches.push(best)
    i = best.end - 1
  }
  return matches
}

function hasWordEdges(text: string, match: UserDictMatch): boolean {
  const first = text.charCodeAt(match.start)
  const last = text.charCodeAt(match.end - 1)
  if (isKatakanaOrLatin(first) && match.start > 0 && isKatakanaOrLatin(text.charCodeAt(match.start - 1))) return false
  if (isKatakanaOrLatin(last) && match.end < text.length && isKatakanaOrLatin(text.charCodeAt(match.end))) return false
  return true
}
