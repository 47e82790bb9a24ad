/**
 * @module core/assert-doc
 * Checks the invariants of an `AnalyzedDoc` (see docs/architecture.md): every span of every layer
 * lies inside the text, is sorted by start, and splits no surrogate pair; sentences and tokens do
 * not overlap and cover the text except whitespace; entities do not overlap. Quotes may nest.
 * Used by every analysis test and available to callers that receive documents from outside.
 */
import type { AnalyzedDoc, LayerName, Span } from './doc.ts'
import { MatomeError } from './errors.ts'

/** Layers whose spans must tile the text (gaps only for whitespace). */
const TILING_LAYERS: readonly LayerName[] = ['sentences', 'tokens']
/** Layers whose spans must not overlap. */
const DISJOINT_LAYERS: readonly LayerName[] = ['sentences', 'tokens', 'entities']
const LAYER_ORDER: readonly LayerName[] = ['sentences', 'tokens', 'entities', 'dates', 'numbers', 'quotes']

/**
 * Throw `MatomeError('core/invalid-doc')` naming the layer and span when `doc` breaks an invariant.
 * @example
 * assertDoc(analyzeArticle(article, { tokenizer }))
 */
export function assertDoc(doc: AnalyzedDoc): void {
  const { text } = doc
  for (const layer of LAYER_ORDER) {
    const spans = doc.layers[layer] as readonly Span[] | undefined
    if (spans === undefined) continue
    checkSpans(text, layer, spans)
    if (DISJOINT_LAYERS.includes(layer)) checkDisjoint(layer, spans)
    if (TILING_LAYERS.includes(layer)) checkCoverage(text, layer, spans)
  }
  for (const layer of ['quotes'] as const) {
    for (const quote of doc.layers[layer] ?? []) {
      const inner = quote.content
      if (inner.start < quote.start || inner.end > quote.end || inner.start > inner.end) {
        fail(layer, quote, `content ${inner.start}–${inner.end} is not inside the quote`)
      }
    }
  }
}

function fail(layer: string, span: Span, message: string): never {
  throw new MatomeError('core/invalid-doc', `layer "${layer}", span ${span.start}–${span.end}: ${message}`)
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function splitsSurrogate(text: string, index: number): boolean {
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index))
}

function checkSpans(text: string, layer: string, spans: readonly Span[]): void {
  let previous = -1
  for (const span of spans) {
    const { start, end } = span
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
      fail(layer, span, `expected a span within 0–${text.length}`)
    }
    if (start < previous) fail(layer, span, `not sorted by start (previous span starts at ${previous})`)
    if (splitsSurrogate(text, start) || splitsSurrogate(text, end)) fail(layer, span, 'splits a surrogate pair')
    previous = start
  }
}

function checkDisjoint(layer: string, spans: readonly Span[]): void {
  let previousEnd = 0
  for (const span of spans) {
    if (span.start < previousEnd) fail(layer, span, `overlaps the previous span ending at ${previousEnd}`)
    previousEnd = span.end
  }
}

/** Characters between spans must be whitespace (an empty layer is allowed only for blank text). */
function checkCoverage(text: string, layer: string, spans: readonly Span[]): void {
  let cursor = 0
  for (const span of [...spans, { start: text.length, end: text.length }]) {
    const gap = text.slice(cursor, span.start)
    if (gap.trim() !== '') {
      fail(layer, { start: cursor, end: span.start }, `text ${JSON.stringify(gap.slice(0, 20))} is not covered`)
    }
    cursor = Math.max(cursor, span.end)
  }
}
