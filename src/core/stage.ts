/**
 * @module core/stage
 * The shape of an analysis stage: a pure, synchronous `(doc, ctx) → layer`.
 * `ctx` carries everything from outside (reference date, tokenizer, dictionaries, report).
 */
import type { AnalyzedDoc, Diagnostic, LayerName, Layers } from './doc.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'

export type AnalysisContext = {
  /** publication time, ISO 8601; anchors きのう and 28日. Null when unknown. */
  readonly referenceDate: string | null
  readonly tokenizer: Tokenizer
  readonly report: (diagnostic: Diagnostic) => void
}

export type AnalysisStage<K extends LayerName> = {
  readonly name: K
  /** layers that must exist before this stage runs; checked when the pipeline is built */
  readonly requires: readonly LayerName[]
  readonly run: (doc: AnalyzedDoc, ctx: AnalysisContext) => Layers[K]
}
