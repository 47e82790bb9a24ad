/**
 * @module cluster/clustering-text
 * The text clustering reads for an article (pure): its title as the first line, then the body.
 * Titles restate the event in a few words, so they land in the lead that terms.ts weights up.
 */
import type { Article } from '../core/article.ts'

/** The article with `title + "\n" + body` as its body (unchanged when it has no title). */
export function withTitleLine(article: Article): Article {
  const title = article.title?.trim() ?? ''
  return title === '' ? article : { ...article, body: `${title}\n${article.body}` }
}
