/**
 * @module digest/basic-doc
 * A minimal `AnalyzedDoc` (fallback sentences + tokens) for when the full analysis pipeline is not
 * at hand: lets `summarize` and `digest` run on any article. The full pipeline (entities, dates,
 * numbers, quotes) gives richer digests; this never invents a layer it cannot fill.
 */
import type { Article } from '../core/article.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import type { Tokenizer } from '../analyze/tokens/tokenizer.ts'
import { splitSentencesFallback } from './sentences.ts'

/** Sentences (fallback split) and, with a tokenizer, tokens of an article. */
export function basicDoc(article: Article, tokenizer?: Tokenizer): AnalyzedDoc {
  const sentences = splitSentencesFallback(article.body)
  const layers = tokenizer === undefined
    ? { sentences }
    : { sentences, tokens: sentences.flatMap((s) => tokenizer.tokenize(article.body.slice(s.start, s.end), s.start)) }
  const doc = { schemaVersion: 1 as const, articleId: article.id, text: article.body, layers, diagnostics: [] }
  return article.publishedAt === undefined ? doc : { ...doc, publishedAt: article.publishedAt }
}
