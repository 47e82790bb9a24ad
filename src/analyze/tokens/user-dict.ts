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
import { createCharTrie, insertKey, matchLongest, type CharTrie } from '../normalize/char-trie.ts'

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

/** A compiled overlay: a trie keyed by UTF-16 code units. */
export type UserDict = { readonly root: CharTrie<UserDictEntry>; readonly size: number }

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
  const root = createCharTrie<UserDictEntry>()
  let size = 0
  for (const entry of entries) if (insertKey(root, entry.surface, entry, true)) size++
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
  for (let i = 0; i < text.length; i++) {
    const found = matchLongest(dict.root, text, i)
    if (found === undefined) continue
    const best: UserDictMatch = { start: i, end: found.end, entry: found.value }
    if (!hasWordEdges(text, best)) continue
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
