/**
 * @module core/parse-article
 * Validates one JSONL input line into an `Article` (pure). A bad line is a `Rejection`
 * naming the line and the reason, never a throw.
 */
import type { Article } from './article.ts'
import { reject, type Rejection, type Result } from './errors.ts'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Parse a JSON text line into an Article. `item` names the line in errors (e.g. `stdin:12`). */
export function parseArticleLine(line: string, item: string): Result<Article> & { id?: string } {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch (error) {
    return reject('input/invalid-json', item, `not valid JSON: ${(error as Error).message}`)
  }
  return parseArticleObject(raw, item)
}

/** Validate an already-parsed value as an Article. */
export function parseArticleObject(raw: unknown, item: string): (Result<Article> & { id?: string }) {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return reject('input/not-an-object', item, 'expected a JSON object with "id" and "body"')
  }
  const obj = raw as Record<string, unknown>
  const id = typeof obj['id'] === 'string' || typeof obj['id'] === 'number' ? String(obj['id']) : undefined
  const withId = (r: Rejection): Rejection & { id?: string } => (id === undefined ? r : { ...r, id })
  const body = typeof obj['body'] === 'string' ? obj['body'] : typeof obj['text'] === 'string' ? obj['text'] : undefined
  if (body === undefined || body.trim() === '') {
    return withId(reject('input/missing-body', item, 'expected a non-empty "body" (or "text") string'))
  }
  for (const key of ['title', 'publishedAt', 'source', 'url'] as const) {
    const v = obj[key]
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return withId(reject('input/invalid-field', item, `"${key}" must be a string, got ${typeof v}`))
    }
  }
  const publishedAt = typeof obj['publishedAt'] === 'string' && obj['publishedAt'] !== '' ? obj['publishedAt'] : undefined
  if (publishedAt !== undefined && (!ISO_DATE.test(publishedAt) || Number.isNaN(Date.parse(publishedAt.slice(0, 10))))) {
    return withId(reject('input/invalid-date', item, `"publishedAt" must be ISO 8601, got ${JSON.stringify(publishedAt)}`))
  }
  const article: { -readonly [K in keyof Article]: Article[K] } = { id: id ?? item, body }
  if (typeof obj['title'] === 'string') article.title = obj['title']
  if (publishedAt !== undefined) article.publishedAt = publishedAt
  if (typeof obj['source'] === 'string') article.source = obj['source']
  if (typeof obj['url'] === 'string') article.url = obj['url']
  return { ok: true, value: article }
}
