/**
 * @module analyze/tokens
 * Tokens stage: sentences → `Token[]` (requires `sentences`). Each sentence is tokenized in place
 * (offsets into the document text) by `ctx.tokenizer`, which carries the user-dictionary overlay,
 * so tokens never cross a sentence boundary and cover every non-blank character.
 */
import type { Token } from '../../core/doc.ts'
import { MatomeError } from '../../core/errors.ts'
import type { AnalysisStage } from '../../core/stage.ts'

export { createKuromojiTokenizer } from './tokenizer.ts'
export type { KuromojiLike, KuromojiToken, KuromojiTokenizerOptions, Tokenizer } from './tokenizer.ts'
export { compileUserDict, findUserDictMatches, parseUserDict } from './user-dict.ts'
export type { UserDict, UserDictEntry, UserDictMatch } from './user-dict.ts'

/** The tokens stage. */
export const tokens: AnalysisStage<'tokens'> = {
  name: 'tokens',
  requires: ['sentences'],
  run(doc, ctx) {
    const sentences = doc.layers.sentences
    if (sentences === undefined) throw new MatomeError('core/layer-missing', 'the tokens stage needs the sentences layer')
    const out: Token[] = []
    for (const sent of sentences) {
      const found = ctx.tokenizer.tokenize(doc.text.slice(sent.start, sent.end), sent.start)
      for (const token of found) out.push(token)
    }
    return out
  },
}
