/**
 * @module analyze/tokens/tokenizer
 * Our `Tokenizer` interface over a morphological analyser (IPADIC part-of-speech system).
 * The kuromoji implementation is built from an already-loaded kuromoji tokenizer, so this file
 * stays pure; loading the dictionary (I/O, ~0.7 s, ~400 MB) lives in runtime/load-tokenizer.ts
 * and happens once per process.
 */
import type { Token } from '../../core/doc.ts'

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

/** Wrap a loaded kuromoji tokenizer in our interface. */
export function createKuromojiTokenizer(kuromoji: KuromojiLike): Tokenizer {
  return {
    tokenize(text, offset = 0) {
      const out: Token[] = []
      let cursor = 0
      for (const t of kuromoji.tokenize(text)) {
        const surface = t.surface_form
        // word_position is 1-based; recompute from the cursor to stay exact on any input.
        const start = text.indexOf(surface, cursor)
        const at = start >= 0 ? start : cursor
        cursor = at + surface.length
        if (surface.trim() === '') continue
        out.push({
          start: offset + at,
          end: offset + at + surface.length,
          surface,
          partOfSpeech: t.pos,
          posDetail: [t.pos_detail_1, t.pos_detail_2, t.pos_detail_3],
          conjugatedType: t.conjugated_type,
          conjugatedForm: t.conjugated_form,
          lemma: t.basic_form === '*' ? surface : t.basic_form,
          reading: t.reading && t.reading !== '*' ? t.reading : '',
          origin: t.word_type === 'KNOWN' ? 'known' : 'unknown',
        })
      }
      return out
    },
  }
}
