/**
 * @module cluster/cluster-view
 * What story clustering and topics read of an analysed document, and nothing more: its sentences,
 * entities, and the tokens term extraction looks at (content words, numbers and the word right
 * after a number: 25 + 号, 2007 + 年). A full analysis is ~100 KB per article, mostly tokens; the
 * rebuild holds one view per article of the whole store, so it keeps these instead (about a third
 * of the tokens), without their readings (clustering never reads them: `reading` is ''), and with
 * their strings shared through an `Interner` across the store (名詞, ['固有名詞', '地域', '一般'],
 * common lemmas). Every reader in cluster/ checks adjacency by offsets, never by index, so the
 * dropped tokens change no result (`extractTerms`, lead numbers, lead year — checked by
 * cluster-view.test.ts on the same documents).
 */
import type { AnalyzedDoc, Token } from '../core/doc.ts'
import { classifyToken } from './terms.ts'

const isNumber = (token: Token): boolean => token.posDetail[0] === '数'

/** Shares equal strings (and part-of-speech tuples) between the views of many documents. */
export type Interner = {
  readonly strings: Map<string, string>
  readonly details: Map<string, readonly [string, string, string]>
}

export function createInterner(): Interner {
  return { strings: new Map(), details: new Map() }
}

function intern(interner: Interner, s: string): string {
  const known = interner.strings.get(s)
  if (known !== undefined) return known
  interner.strings.set(s, s)
  return s
}

function slim(token: Token, interner: Interner): Token {
  const key = token.posDetail.join(',')
  let detail = interner.details.get(key)
  if (detail === undefined) {
    detail = [intern(interner, token.posDetail[0]), intern(interner, token.posDetail[1]), intern(interner, token.posDetail[2])]
    interner.details.set(key, detail)
  }
  return {
    start: token.start,
    end: token.end,
    surface: intern(interner, token.surface),
    partOfSpeech: intern(interner, token.partOfSpeech),
    posDetail: detail,
    conjugatedType: intern(interner, token.conjugatedType),
    conjugatedForm: intern(interner, token.conjugatedForm),
    lemma: intern(interner, token.lemma),
    reading: '',
    origin: token.origin,
  }
}

/** The tokens clustering reads: content words, numbers, and a token right after a number. */
export function clusterTokens(tokens: readonly Token[], interner: Interner = createInterner()): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const before = tokens[i - 1]
    if (classifyToken(token) !== undefined || isNumber(token) || (before !== undefined && isNumber(before) && before.end === token.start)) out.push(slim(token, interner))
  }
  return out
}

/**
 * The document as clustering sees it. `text` is the article body (pass the string the caller
 * already holds, so the view does not keep a second copy).
 */
export function clusterView(doc: AnalyzedDoc, text: string = doc.text, interner: Interner = createInterner()): AnalyzedDoc {
  const { sentences, entities, tokens } = doc.layers
  const layers = {
    ...(sentences === undefined ? {} : { sentences }),
    ...(entities === undefined ? {} : { entities }),
    ...(tokens === undefined ? {} : { tokens: clusterTokens(tokens, interner) }),
  }
  const view: AnalyzedDoc = { schemaVersion: doc.schemaVersion, articleId: doc.articleId, text, layers, diagnostics: [] }
  return doc.publishedAt === undefined ? view : { ...view, publishedAt: doc.publishedAt }
}
