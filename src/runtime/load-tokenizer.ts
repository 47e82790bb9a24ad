/**
 * @module runtime/load-tokenizer
 * Loads the IPADIC dictionary of @patdx/kuromoji once per process (I/O at the edge) and returns
 * our `Tokenizer` with the user-dictionary overlay: data/user-dict.tsv, then the files named by
 * `$MATOME_USER_DICT` (separated by the path delimiter, `:` on Unix), then `options.userDictPaths`
 * (a later file's entry for the same surface wins). Later calls with the same files share one tokenizer.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as kuromoji from '@patdx/kuromoji'
import NodeDictionaryLoader from '@patdx/kuromoji/node'
import { MatomeError } from '../core/errors.ts'
import { createKuromojiTokenizer, type KuromojiLike, type Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { compileUserDict, parseUserDict, type UserDictEntry } from '../analyze/tokens/user-dict.ts'
import { accelerateKuromoji } from '../analyze/tokens/accelerate-kuromoji.ts'
import { REPO_ROOT } from './paths.ts'

export type LoadTokenizerOptions = {
  /** extra overlay TSV files, read after data/user-dict.tsv and $MATOME_USER_DICT */
  readonly userDictPaths?: readonly string[]
  /** leave out data/user-dict.tsv and $MATOME_USER_DICT (plain IPADIC plus `userDictPaths`) */
  readonly bundledUserDict?: boolean
}

/** The bundled overlay file. */
export const BUNDLED_USER_DICT = path.join(REPO_ROOT, 'data', 'user-dict.tsv')

let kuromojiLoading: Promise<KuromojiLike> | undefined
const tokenizers = new Map<string, Promise<Tokenizer>>()

function dictionaryPath(): string {
  // build/index.mjs → ../dict/
  const entry = fileURLToPath(import.meta.resolve('@patdx/kuromoji'))
  return path.join(path.dirname(entry), '..', 'dict') + path.sep
}

/**
 * The raw kuromoji tokenizer (loaded on first call, shared by every overlay), with its lattice
 * builder replaced by our faster equivalent (analyze/tokens/accelerate-kuromoji.ts) unless
 * `$MATOME_KUROMOJI_PLAIN=1` (which also makes `loadTokenizer` use kuromoji's public `tokenize`).
 */
export function loadKuromoji(): Promise<KuromojiLike> {
  kuromojiLoading ??= (async () => {
    const builder = new kuromoji.TokenizerBuilder({
      loader: new NodeDictionaryLoader({ dic_path: dictionaryPath() }),
    })
    const built = await builder.build()
    if (process.env['MATOME_KUROMOJI_PLAIN'] !== '1') accelerateKuromoji(built)
    return built as unknown as KuromojiLike
  })()
  return kuromojiLoading
}

/** The overlay files `loadTokenizer(options)` reads, in order. */
export function userDictFiles(options: LoadTokenizerOptions = {}): string[] {
  const files: string[] = []
  if (options.bundledUserDict !== false) {
    files.push(BUNDLED_USER_DICT)
    const fromEnv = process.env['MATOME_USER_DICT']
    if (fromEnv !== undefined && fromEnv !== '') files.push(...fromEnv.split(path.delimiter).filter((f) => f !== ''))
  }
  files.push(...(options.userDictPaths ?? []))
  return files.map((f) => path.resolve(f))
}

/** Read and parse overlay files; a missing file or malformed line throws naming the file (and line). */
export function readUserDictFiles(files: readonly string[]): UserDictEntry[] {
  const entries: UserDictEntry[] = []
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new MatomeError('analyze/user-dict-invalid', `${file}: cannot read the user dictionary (${(error as Error).message})`, { cause: error })
    }
    entries.push(...parseUserDict(text, file))
  }
  return entries
}

/**
 * The process-wide tokenizer (loaded on first call) with the user-dictionary overlay.
 * @example
 * const tokenizer = await loadTokenizer({ userDictPaths: ['my-names.tsv'] })
 */
export function loadTokenizer(options: LoadTokenizerOptions = {}): Promise<Tokenizer> {
  const files = userDictFiles(options)
  const key = files.join('\n')
  let loading = tokenizers.get(key)
  if (loading === undefined) {
    let userDict
    try {
      // Parse the overlay before awaiting kuromoji, so a bad file fails fast.
      userDict = compileUserDict(readUserDictFiles(files))
    } catch (error) {
      return Promise.reject(error as Error)
    }
    const direct = process.env['MATOME_KUROMOJI_PLAIN'] !== '1'
    loading = loadKuromoji().then((built) => createKuromojiTokenizer(built, { userDict, direct }))
    tokenizers.set(key, loading)
  }
  return loading
}
