/**
 * @module analyze/pipeline
 * The analysis pipeline: an explicit, frozen list of stages, checked when built (each stage's
 * `requires` must be provided by an earlier stage), run per article as
 * Article → AnalyzedDoc. Each stage returns only its own layer; the runner attaches it.
 * Default order: sentences → tokens → numbers → entities → dates → quotes.
 */
import type { Article } from '../core/article.ts'
import type { AnalyzedDoc, Diagnostic, LayerName, Layers } from '../core/doc.ts'
import { MatomeError } from '../core/errors.ts'
import type { AnalysisContext, AnalysisStage } from '../core/stage.ts'
import type { Tokenizer } from './tokens/tokenizer.ts'
import { sentences } from './sentences/index.ts'
import { tokens } from './tokens/index.ts'
import { numbers } from './numbers/index.ts'
import { entities } from './entities/index.ts'
import { dates } from './dates/index.ts'
import { quotes } from './quotes/index.ts'

/** Any one stage (the union over layers, so a list can mix them). */
export type AnyStage = { [K in LayerName]: AnalysisStage<K> }[LayerName]

/** A built pipeline: frozen stages in order, and the layers they provide. */
export type Pipeline = {
  readonly stages: readonly AnyStage[]
  readonly provides: readonly LayerName[]
  /** Run every stage over `doc` (whose layers are ignored and rebuilt). */
  readonly run: (doc: AnalyzedDoc, ctx: AnalysisContext) => AnalyzedDoc
}

/** The stages of `matome analyze`, in order. */
export const DEFAULT_STAGES: readonly AnyStage[] = Object.freeze([sentences, tokens, numbers, entities, dates, quotes])

/**
 * Build a pipeline from an ordered list of stages.
 * @throws MatomeError('core/layer-missing') naming the stage and the layer no earlier stage provides
 * @example
 * const pipeline = buildPipeline([sentences, tokens, numbers])
 */
export function buildPipeline(stages: readonly AnyStage[]): Pipeline {
  const provided: LayerName[] = []
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!provided.includes(layer)) {
        throw new MatomeError('core/layer-missing', `stage "${stage.name}" requires layer "${layer}", which no earlier stage provides (earlier: ${provided.join(', ') || 'none'})`)
      }
    }
    if (provided.includes(stage.name)) {
      throw new MatomeError('analyze/duplicate-stage', `layer "${stage.name}" is provided twice`)
    }
    provided.push(stage.name)
  }
  const frozen = Object.freeze([...stages])
  return Object.freeze({
    stages: frozen,
    provides: Object.freeze([...provided]),
    run(doc: AnalyzedDoc, ctx: AnalysisContext): AnalyzedDoc {
      let current: AnalyzedDoc = { ...doc, layers: {} }
      for (const stage of frozen) {
        const layer = runStage(stage, current, ctx)
        current = { ...current, layers: Object.freeze({ ...current.layers, [stage.name]: Object.freeze(layer) }) }
      }
      return current
    },
  })
}

function runStage(stage: AnyStage, doc: AnalyzedDoc, ctx: AnalysisContext): Layers[LayerName] {
  try {
    return (stage.run as (doc: AnalyzedDoc, ctx: AnalysisContext) => Layers[LayerName])(doc, ctx)
  } catch (error) {
    if (error instanceof MatomeError) throw error
    throw new MatomeError('analyze/stage-failed', `stage "${stage.name}" failed on article ${doc.articleId}: ${(error as Error).message}`, { cause: error })
  }
}

const DEFAULT_PIPELINE = buildPipeline(DEFAULT_STAGES)

export type AnalyzeOptions = {
  readonly tokenizer: Tokenizer
  /** hears each diagnostic as it is made (they are also collected into the document) */
  readonly report?: (diagnostic: Diagnostic) => void
  /** defaults to `DEFAULT_STAGES` */
  readonly pipeline?: Pipeline
}

/**
 * Analyse one article: the reference date is its `publishedAt`; diagnostics land in the document.
 * @example
 * const tokenizer = await loadTokenizer()
 * const doc = analyzeArticle({ id: 'a1', body: 'きのう首相は…', publishedAt: '2022-02-28' }, { tokenizer })
 * doc.layers.sentences // [{ start: 0, end: …, kind: 'sentence' }]
 */
export function analyzeArticle(article: Article, options: AnalyzeOptions): AnalyzedDoc {
  const diagnostics: Diagnostic[] = []
  const ctx: AnalysisContext = {
    referenceDate: article.publishedAt ?? null,
    tokenizer: options.tokenizer,
    report(diagnostic) {
      diagnostics.push(diagnostic)
      options.report?.(diagnostic)
    },
  }
  const empty: AnalyzedDoc = {
    schemaVersion: 1,
    articleId: article.id,
    text: article.body,
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    layers: {},
    diagnostics: [],
  }
  const doc = (options.pipeline ?? DEFAULT_PIPELINE).run(empty, ctx)
  return { ...doc, diagnostics: Object.freeze(diagnostics) }
}
