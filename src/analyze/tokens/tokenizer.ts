/**
 * @module analyze/tokens/tokenizer
 * Our `Tokenizer` interface over a morphological analyser (IPADIC part-of-speech system), with the
 * user-dictionary overlay: overlay words are found first (one trie pass) and become single tokens
 * with `origin: 'user'`; the text between them goes to kuromoji. The kuromoji implementation is
 * built from an already-loaded kuromoji tokenizer, so this file stays pure; loading the dictionary
 * (I/O, ~0.7 s, ~400 MB) lives in runtime/load-tokenizer.ts and happens once per process.
 */
import type { Token } from '../../core/doc.ts'
import { findUserDictMatches, type UserDict } from './user-dict.ts'
import { createDirectTokenize } from './direct-tokenize.ts'

export type Tokenizer = {
  /** Tokens of `text`, with spans shifted by `offset` (so a sentence can be tokenized in place). */
  readonly tokenize: (text: string, offset?: number) => Token[]
}

/** The subset of @patdx/kuromoji's token we read. */
export type KuromojiToken = {
  readonly word_type: string
  readonly word_position: number
  readonly surface_form: string
  readonly pos: string
  readonly pos_detail_1: string
  readonly pos_detail_2: string
  readonly pos_detail_3: string
  readonly conjugated_type: string
  readonly conjugated_form: string
  readonly basic_form: string
  readonly reading?: string
}

export type KuromojiLike = { readonly tokenize: (text: string) => readonly KuromojiToken[] }

export type KuromojiTokenizerOptions = {
  /** overlay words that win over kuromoji (see user-dict.ts) */
  readonly userDict?: UserDict
  /** false: always go through kuromoji's public `tokenize` (for comparisons) */
  readonly direct?: boolean
}

/**
 * Wrap a loaded kuromoji tokenizer in our interface.
 * @example
 * const tokenizer = createKuromojiTokenizer(kuromoji, { userDict })
 * tokenizer.tokenize('ゼレンスキー大統領は', 100) // [{ start: 100, end: 106, surface: 'ゼレンスキー', origin: 'user', … }, …]
 */
export function createKuromojiTokenizer(kuromoji: KuromojiLike, options: KuromojiTokenizerOptions = {}): Tokenizer {
  const { userDict } = options
  // kuromoji's own internals when present (same tokens, fewer objects); its public API otherwise
  const direct = options.direct === false ? null : createDirectTokenize(kuromoji)
  const tokenizeGap = (text: string, from: number, to: number, offset: number, out: Token[]): void => {
    if (to <= from) return
    const gap = from === 0 && to === text.length ? text : text.slice(from, to)
    if (direct !== null) direct(gap, offset + from, out)
    else pushKuromojiTokens(kuromoji.tokenize(gap), gap, offset + from, out)
  }
  return {
    tokenize(text, offset = 0) {
      const out: Token[] = []
      if (userDict === undefined || userDict.size === 0) {
        tokenizeGap(text, 0, text.length, offset, out)
        return out
      }
      let cursor = 0
      for (const match of findUserDictMatches(text, userDict)) {
        tokenizeGap(text, cursor, match.start, offset, out)
        const { entry } = match
        out.push({
          start: offset + match.start,
          end: offset + match.end,
          surface: entry.surface,
          partOfSpeech: '名詞',
          posDetail: entry.posDetail,
          conjugatedType: '*',
          conjugatedForm: '*',
          lemma: entry.canonical,
          reading: entry.reading,
          origin: 'user',
        })
        cursor = match.end
      }
      tokenizeGap(text, cursor, text.length, offset, out)
      return out
    },
  }
}

function pushKuromojiTokens(tokens: readonly KuromojiToken[], text: string, offset: number, out: Token[]): void {
  let cursor = 0
  for (const t of tokens) {
    const surface = t.surface_form
    // word_position is 1-based and counts code units of the whole input; recompute from the cursor to stay exact.
    const at = text.startsWith(surface, cursor) ? cursor : Math.max(cursor, text.indexOf(surface, cursor))
    cursor = at + surface.length
    if (isBlank(surface)) continue
    out.push({
      start: offset + at,
      end: offset + cursor,
      surface,
      partOfSpeech: t.pos,
      posDetail: [t.pos_detail_1, t.pos_detail_2, t.pos_detail_3],
      conjugatedType: t.conjugated_type,
      conjugatedForm: t.conjugated_form,
      lemma: t.basic_form === '*' ? surface : t.basic_form,
      reading: t.reading !== undefined && t.reading !== '*' ? t.reading : '',
      origin: t.word_type === 'KNOWN' ? 'known' : 'unknown',
    })
  }
}

function isBlank(surface: string): boolean {
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i)
    if (code !== 0x20 && code !== 0x3000 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xa0) {
      return surface.trim() === ''
    }
  }
  return true
}
