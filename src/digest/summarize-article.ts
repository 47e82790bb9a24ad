/**
 * @module digest/summarize-article
 * Per-article summary: `{ id, title, headline, bullets }`, every line cut from one source sentence
 * by deletion only and citing it (the headline may be cut from the article's own title, cited with
 * `field: 'title'`). Pure and deterministic.
 */
import type { Article } from '../core/article.ts'
import type { ArticleSummary } from '../core/digest.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import { MatomeError } from '../core/errors.ts'
import { pickSentences, toBullet } from './bullets.ts'
import { chooseLines } from './choose-line.ts'
import { assertFaithful } from './faithful.ts'
import { termCounts } from './salience.ts'
import { sentencesOf } from './sentences.ts'

export type SummarizeOptions = {
  /** number of ✅ bullets (default 3) */
  readonly bullets?: number
  /** title length budget in characters (at most 40) */
  readonly titleChars?: number
}

/**
 * Summarise one article from its analysed doc (`doc.text` must equal `article.body`).
 * @example summarizeArticle(article, doc).headline // '交渉継続で合意'
 */
export function summarizeArticle(article: Article, doc: AnalyzedDoc, options: SummarizeOptions = {}): ArticleSummary {
  if (doc.text !== article.body) {
    throw new MatomeError('core/invalid-doc', `doc ${doc.articleId} text differs from the body of article ${article.id}`)
  }
  const sents = sentencesOf(doc)
  const counts = termCounts(sents)
  const lines = chooseLines(article.id, article.body, sents, counts, options.titleChars, article.title)
  if (lines === undefined) throw new MatomeError('digest/no-sentences', `article ${article.id} has no sentence`)
  const { title, headline } = lines
  const bullets = pickSentences(sents, counts, { count: options.bullets ?? 3 }).map((s) => toBullet(article.id, article.body, s))
  for (const [i, unit] of [title, headline, ...bullets].entries()) assertFaithful(unit, { [article.id]: article }, `summary of ${article.id} line ${i}`)
  return { id: article.id, title: title.text, headline: headline.text, bullets, titleCites: title.cites, headlineCites: headline.cites }
}
