/**
 * @module extract/byline
 * Page chrome that survives extraction at the top of a body: a date/time line (`11月5日 18:40`,
 * `2026年11月5日 18時40分 更新`), a `配信:` / `更新日時` label. Such lines are dropped from the first
 * lines of a main text; the publication date is read from metadata instead.
 */

const DATE_LINE =
  /^(?:\d{4}[年/.-]\s*)?\d{1,2}[月/.-]\s*\d{1,2}日?(?:\s*[（(][^）)]{1,3}[）)])?(?:\s*(?:午前|午後)?\s*\d{1,2}[:：時]\s*\d{2}分?(?::\d{2})?)?(?:\s*(?:配信|更新|公開|掲載|発表))?$/
const LABEL_LINE = /^(?:最終)?(?:配信|更新|公開|掲載|投稿)(?:日時|日)?\s*[:：]/

/** Is this line only a date, a time or a publication label? */
export function isBylineLine(line: string): boolean {
  const t = line.trim().normalize('NFKC')
  return t.length <= 40 && (DATE_LINE.test(t) || LABEL_LINE.test(t))
}

/** Drop byline lines among the first three lines of a text (one paragraph per line). */
export function dropLeadingBylines(text: string): string {
  const lines = text.split('\n')
  let drop = 0
  while (drop < Math.min(3, lines.length - 1) && isBylineLine(lines[drop] ?? '')) drop++
  return drop === 0 ? text : lines.slice(drop).join('\n')
}
