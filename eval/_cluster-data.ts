/**
 * @module eval/_cluster-data
 * Shared by `eval/cluster.ts` and `bench/cluster.ts`: read a JSONL data file from the shared
 * evaluation data and analyse its articles once (tokenizer loaded once per process).
 */
import { readFileSync } from 'node:fs'
import type { Article } from '../src/core/article.ts'
import type { AnalyzedDoc } from '../src/core/doc.ts'
import { analyzeArticle } from '../src/analyze/pipeline.ts'
import { loadTokenizer } from '../src/runtime/load-tokenizer.ts'

/** The rows of a JSONL file. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

/** Analyse articles with the default pipeline (sentences, tokens, numbers, entities …). */
export async function analyzeAll(articles: readonly Article[]): Promise<AnalyzedDoc[]> {
  const tokenizer = await loadTokenizer()
  return articles.map((article) => analyzeArticle(article, { tokenizer }))
}
