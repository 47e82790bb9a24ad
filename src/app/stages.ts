/**
 * @module app/stages
 * The pipeline stages the rebuild calls, in one place so tests can swap them: per-article
 * analysis (analyze/), the story digest (digest/) and story topics (cluster/).
 */
import type { AnalyzedDoc, ArticleId, Diagnostic, LayerName, Layers } from '../core/doc.ts'
import type { Digest } from '../core/digest.ts'
import type { Story } from '../core/story.ts'
import type { AnalysisStage } from '../core/stage.ts'
import { MatomeError } from '../core/errors.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { sentences } from '../analyze/sentences/index.ts'
import { tokens } from '../analyze/tokens/index.ts'
import { entities } from '../analyze/entities/index.ts'
import type { DuplicateAssignment, StoredArticle } from '../store/repository.ts'

/** What the digest stage gets for one story. */
export type DigestInput = {
  readonly story: Story
  /** the story's member articles, in story order */
  readonly articles: readonly StoredArticle[]
  readonly docs: ReadonlyMap<ArticleId, AnalyzedDoc>
  readonly duplicates: readonly DuplicateAssignment[]
}

export type RebuildStages = {
  readonly analyze: (article: StoredArticle, tokenizer: Tokenizer) => AnalyzedDoc
  /** throws MatomeError when no digest can be built (the story is stored without one) */
  readonly digest: (input: DigestInput) => Digest
  /** topic label per story id (stories without a topic are left out) */
  readonly topics: (stories: readonly Story[], docs: ReadonlyMap<ArticleId, AnalyzedDoc>) => Map<string, string>
}

const STAGES: readonly AnalysisStage<LayerName>[] = [sentences, tokens, entities] as readonly AnalysisStage<LayerName>[]

function analyzeWithStages(article: StoredArticle, tokenizer: Tokenizer): AnalyzedDoc {
  const diagnostics: Diagnostic[] = []
  let doc: AnalyzedDoc = {
    schemaVersion: 1,
    articleId: article.id,
    text: article.body,
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    layers: {},
    diagnostics: [],
  }
  const ctx = { referenceDate: article.publishedAt ?? null, tokenizer, report: (d: Diagnostic) => diagnostics.push(d) }
  for (const stage of STAGES) {
    const layer = stage.run(doc, ctx) as Layers[LayerName]
    doc = { ...doc, layers: { ...doc.layers, [stage.name]: layer } }
  }
  return { ...doc, diagnostics }
}

/** The real stages. */
export const DEFAULT_STAGES: RebuildStages = {
  analyze: analyzeWithStages,
  digest: () => {
    throw new MatomeError('core/not-implemented', 'the digest stage is not wired yet')
  },
  topics: () => new Map(),
}
