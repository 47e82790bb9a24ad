/**
 * @module eval/_cluster-data
 * Shared by `eval/cluster.ts` and `bench/cluster.ts`: read a JSONL data file from the shared
 * evaluation data and analyse its articles once (tokenizer loaded once per process).
 */
import { readFileSync } from 'node:fs'
import type { Article } from '../src/core/article.ts'
import type { AnalyzedDoc } from '../src/core/doc.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'
import type { AnalysisContext, AnalysisStage } from '../src/core/stage.ts'
import type { LayerName, Layers } from '../src/core/doc.ts'
import { sentences } from '../src/analyze/sentences/index.ts'
import { tokens } from '../src/analyze/tokens/index.ts'
import { entities } from '../src/analyze/entities/index.ts'

/** The rows of a JSONL file. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

const STAGES = [sentences, tokens, entities] as readonly AnalysisStage<LayerName>[]

/** Analyse articles with the stages clustering reads (sentences, tokens, entities). */
export async function analyzeAll(articles: readonly Article[]): Promise<AnalyzedDoc[]> {
  const tokenizer = await loadTokenizer()
  return articles.map((article) => {
    let doc: AnalyzedDoc = { schemaVersion: 1, articleId: article.id, text: article.body, layers: {}, diagnostics: [] }
    if (article.publishedAt !== undefined) doc = { ...doc, publishedAt: article.publishedAt }
    const ctx: AnalysisContext = { referenceDate: article.publishedAt ?? null, tokenizer, report: () => {} }
    for (const stage of STAGES) {
      const layer = stage.run(doc, ctx) as Layers[LayerName]
      doc = { ...doc, layers: { ...doc.layers, [stage.name]: layer } }
    }
    return doc
  })
}
