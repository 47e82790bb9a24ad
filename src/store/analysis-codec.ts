/**
 * @module store/analysis-codec
 * How a stored analysis is written: the `AnalyzedDoc` as JSON, except its tokens, which are ~95 % of
 * it as objects (≈220 bytes a token: every key and part-of-speech string repeated). They are kept
 * as one small array per token — `[start, end, pos, lemma, reading, origin, surface?]` — with the
 * distinct part-of-speech tuples listed once per document, the lemma `0` when it equals the
 * surface, and the surface left out when it is the text at the token's span (always, for our
 * tokenizer). Decoding gives back equal tokens (same keys, same order). Analyses stored before this
 * codec (tokens as objects) are read as they are.
 */
import type { AnalyzedDoc, Token } from '../core/doc.ts'
import { MatomeError } from '../core/errors.ts'

/** The marker and version of the compact token layer. */
const COMPACT = 1

/** A part-of-speech tuple: 品詞, three 細分類, 活用型, 活用形. */
type PosTuple = [string, string, string, string, string, string]
/** One token: start, end, index into `pos`, lemma (0 = the surface), reading, origin (0 known, 1 unknown, 2 user), and the surface only when it is not the text at the span. */
type CompactToken = [number, number, number, string | 0, string, 0 | 1 | 2] | [number, number, number, string | 0, string, 0 | 1 | 2, string]
type CompactTokens = { readonly compact: typeof COMPACT; readonly pos: readonly PosTuple[]; readonly tokens: readonly CompactToken[] }

const ORIGINS: readonly Token['origin'][] = ['known', 'unknown', 'user']

function encodeTokens(text: string, tokens: readonly Token[]): CompactTokens {
  const pos: PosTuple[] = []
  const posIndex = new Map<string, number>()
  const out: CompactToken[] = []
  for (const t of tokens) {
    const tuple: PosTuple = [t.partOfSpeech, t.posDetail[0], t.posDetail[1], t.posDetail[2], t.conjugatedType, t.conjugatedForm]
    const key = tuple.join('\u0000')
    let index = posIndex.get(key)
    if (index === undefined) {
      index = pos.length
      pos.push(tuple)
      posIndex.set(key, index)
    }
    const origin = ORIGINS.indexOf(t.origin) as 0 | 1 | 2
    const lemma = t.lemma === t.surface ? 0 : t.lemma
    out.push(text.slice(t.start, t.end) === t.surface ? [t.start, t.end, index, lemma, t.reading, origin] : [t.start, t.end, index, lemma, t.reading, origin, t.surface])
  }
  return { compact: COMPACT, pos, tokens: out }
}

function decodeTokens(text: string, layer: CompactTokens): Token[] {
  const details = layer.pos.map((p) => [p[1], p[2], p[3]] as const)
  return layer.tokens.map((c) => {
    const p = layer.pos[c[2]]!
    const surface = c[6] ?? text.slice(c[0], c[1])
    return {
      start: c[0],
      end: c[1],
      surface,
      partOfSpeech: p[0],
      posDetail: details[c[2]]!,
      conjugatedType: p[4],
      conjugatedForm: p[5],
      lemma: c[3] === 0 ? surface : c[3],
      reading: c[4],
      origin: ORIGINS[c[5]]!,
    }
  })
}

/** The stored form of an analysis (a JSON string). */
export function encodeAnalysis(doc: AnalyzedDoc): string {
  const tokens = doc.layers.tokens
  if (tokens === undefined) return JSON.stringify(doc)
  return JSON.stringify({ ...doc, layers: { ...doc.layers, tokens: encodeTokens(doc.text, tokens) } })
}

/** An analysis read back from its stored form (compact tokens or, from older stores, token objects). */
export function decodeAnalysis(json: string): AnalyzedDoc {
  const doc = JSON.parse(json) as AnalyzedDoc
  const tokens = doc.layers.tokens as unknown
  if (tokens === undefined || Array.isArray(tokens)) return doc
  if ((tokens as CompactTokens).compact !== COMPACT) {
    throw new MatomeError('store/unreadable-analysis', `the analysis of ${doc.articleId} has tokens in format ${JSON.stringify((tokens as { compact?: unknown }).compact)}; this version reads ${COMPACT}`)
  }
  return { ...doc, layers: { ...doc.layers, tokens: decodeTokens(doc.text, tokens as CompactTokens) } }
}
