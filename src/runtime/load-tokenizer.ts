/**
 * @module runtime/load-tokenizer
 * Loads the IPADIC dictionary of @patdx/kuromoji once per process (I/O at the edge) and returns
 * our `Tokenizer`. Later calls return the same promise.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as kuromoji from '@patdx/kuromoji'
import NodeDictionaryLoader from '@patdx/kuromoji/node'
import { createKuromojiTokenizer, type KuromojiLike, type Tokenizer } from '../analyze/tokens/tokenizer.ts'

let loading: Promise<Tokenizer> | undefined

function dictionaryPath(): string {
  // build/index.mjs → ../dict/
  const entry = fileURLToPath(import.meta.resolve('@patdx/kuromoji'))
  return path.join(path.dirname(entry), '..', 'dict') + path.sep
}

/** The process-wide tokenizer (loaded on first call). */
export function loadTokenizer(): Promise<Tokenizer> {
  loading ??= (async () => {
    const builder = new kuromoji.TokenizerBuilder({
      loader: new NodeDictionaryLoader({ dic_path: dictionaryPath() }),
    })
    const built = (await builder.build()) as unknown as KuromojiLike
    return createKuromojiTokenizer(built)
  })()
  return loading
}
