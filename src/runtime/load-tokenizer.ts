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
import { gunzipSync } from 'node:zlib'
import * as kuromoji from '@patdx/kuromoji'
import NodeDictionaryLoader from '@patdx/kuromoji/node'
import { MatomeError } from '../core/errors.ts'
import { createKuromojiTokenizer, type KuromojiLike, type Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { compileUserDict, parseUserDict, type UserDictEntry } from '../analyze/tokens/user-dict.ts'
import { accelerateKuromoji } from '../analyze/tokens/accelerate-kuromoji.ts'
import { parseTargetMap, targetMapObject, type TargetMap } from '../analyze/tokens/kuromoji-internals.ts'
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
 * kuromoji's dictionary loader, lighter: each file's decompressed bytes are handed over without
 * the copy kuromoji's NodeDictionaryLoader makes, and the word → entries map (`tid_map`) is read
 * into two typed arrays (`parseTargetMap`) instead of kuromoji's object of 326,000 arrays (62 MB
 * of heap); kuromoji is given an empty map and then a view of the typed one.
 */
class TypedDictionaryLoader {
  targetMap: TargetMap | undefined
  readonly #dir: string
  constructor(dir: string) {
    this.#dir = dir
  }
  async loadArrayBuffer(file: string): Promise<ArrayBuffer> {
    // one file at a time, synchronously: kuromoji's parallel asynchronous reads held every
    // compressed and decompressed buffer at once (peak RSS 450 MB after loading; 240 MB this way)
    const bytes = gunzipSync(readFileSync(path.join(this.#dir, file)))
    if (file === 'tid_map.dat.gz') {
      this.targetMap = parseTargetMap(bytes)
      return new ArrayBuffer(4) // a map of no keys: an int count and nothing after it
    }
    const whole = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length
    return whole ? bytes.buffer as ArrayBuffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer
  }
}

/**
 * The raw kuromoji tokenizer (loaded on first call, shared by every overlay), with its lattice
 * builder replaced by our faster equivalent (analyze/tokens/accelerate-kuromoji.ts) and its
 * dictionary loaded by `TypedDictionaryLoader`, unless `$MATOME_KUROMOJI_PLAIN=1` (kuromoji
 * exactly as published, which also makes `loadTokenizer` use kuromoji's public `tokenize`).
 */
export function loadKuromoji(): Promise<KuromojiLike> {
  kuromojiLoading ??= (async () => {
    if (process.env['MATOME_KUROMOJI_PLAIN'] === '1') {
      const builder = new kuromoji.TokenizerBuilder({ loader: new NodeDictionaryLoader({ dic_path: dictionaryPath() }) })
      return (await builder.build()) as unknown as KuromojiLike
    }
    const loader = new TypedDictionaryLoader(dictionaryPath())
    const built = await new kuromoji.TokenizerBuilder({ loader }).build()
    const dictionary = (built as unknown as { token_info_dictionary?: { target_map?: unknown } }).token_info_dictionary
    if (loader.targetMap !== undefined && dictionary !== undefined) dictionary.target_map = targetMapObject(loader.targetMap)
    accelerateKuromoji(built)
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
