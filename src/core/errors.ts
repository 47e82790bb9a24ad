/**
 * @module core/errors
 * The one catalogue of coded errors (after spaCy's). Codes are `'stage/kebab-reason'`.
 * - `MatomeError` is thrown for bugs and misuse only (a span out of range, a missing layer, bad config).
 * - Expected outcomes for one item (a 404, no main text, a bad JSON line) are `Rejection` values, never thrown.
 * Each section belongs to one stage; add codes to your stage's section with a one-line meaning.
 */

export const ERROR_CODES = {
  // core
  'core/span-out-of-range': 'a span lies outside the text or splits a surrogate pair',
  'core/layer-missing': 'a stage needs a layer that no earlier stage provides',
  'core/invalid-doc': 'an AnalyzedDoc breaks an invariant (order, tiling, overlap)',
  'core/not-implemented': 'the feature is not built yet',
  // input lines (JSONL commands)
  'input/invalid-json': 'the line is not valid JSON',
  'input/not-an-object': 'the line is JSON but not an object',
  'input/missing-body': 'the article has neither a non-empty "body" nor "text" string',
  'input/invalid-field': 'a field has the wrong type (id, title, publishedAt, source, url must be strings)',
  'input/invalid-date': 'publishedAt is not an ISO 8601 date or date-time',
  // analyze
  'analyze/tokenizer-not-loaded': 'the tokenizer was used before loadTokenizer() finished',
  'analyze/user-dict-invalid': 'a line of the user dictionary overlay is malformed',
  'analyze/duplicate-stage': 'two stages of one pipeline provide the same layer',
  'analyze/stage-failed': 'a stage threw while analysing one article (the batch goes on)',
  // analyze/entities
  'entities/bad-model': 'the entity tagger model file does not fit this version of the code (retrain: npm run train:ner)',
  // analyze/dates (diagnostics: the mention keeps value null)
  'dates/no-reference-date': 'a relative or partial date needs a publication date and none was given',
  'dates/no-anchor': 'an anaphoric date (前日, 翌年, その3日後) has no earlier date in the text to count from',
  'dates/invalid-date': 'the expression names no real day (2月30日)',
  'dates/invalid-reference-date': 'the reference date is not ISO 8601; relative dates stay unresolved',
  'dates/generic-use': 'a date-looking word used generically (a habit, an example, an undated story event): no mention is kept',
  // ingest
  'ingest/fetch-failed': 'the network request failed or timed out',
  'ingest/http-status': 'the server answered with a non-2xx status',
  'ingest/too-large': 'the response exceeded the size limit',
  'ingest/too-many-redirects': 'more than the allowed number of redirects',
  'ingest/forbidden-address': 'the URL resolves to a private, loopback or link-local address',
  'ingest/unsupported-scheme': 'only http and https URLs are fetched',
  'ingest/decode-failed': 'the bytes could not be decoded without mojibake',
  'ingest/invalid-feed': 'the feed could not be parsed',
  'ingest/no-main-text': 'no main text was found in the page',
  'ingest/unsupported-file': 'the file type is not one matome reads',
  'ingest/read-failed': 'the file could not be read',
  // cluster
  'cluster/invalid-option': 'a clustering option is out of range (gap, threshold, topic count)',
  // store
  'store/migration-failed': 'a schema migration failed',
  'store/not-found': 'no such item in the store',
  'store/unreadable-analysis': 'a stored analysis is in a format this version cannot read',
  // digest
  'digest/unfaithful': 'a digest line is not a deletion of its cited source span (a builder bug)',
  'digest/no-sentences': 'the article has no sentence to summarise',
  // cli / http
  'cli/usage': 'the command line is wrong',
  'cli/store-unavailable': 'the store (--db / MATOME_DB) could not be opened',
  'http/bad-request': 'the request is malformed',
  'http/not-found': 'no such resource',
  'http/unauthorized': 'a valid bearer token is required',
  'http/too-large': 'the request body is too large',
  'http/internal': 'an unexpected error (details are logged, not sent)',
  'http/ingest-disabled': 'POST /api/articles is refused because no MATOME_TOKEN is configured',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

/** Thrown for bugs and misuse only. Messages say what was expected and what was found. */
export class MatomeError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MatomeError'
    this.code = code
  }
}

/** An expected, per-item failure: stored, counted and shown; the batch goes on. */
export type Rejection = {
  readonly ok: false
  readonly reason: ErrorCode
  /** what was rejected: a file path, URL, `stdin:12` … */
  readonly item: string
  readonly detail: string
}

export type Result<T> = { readonly ok: true; readonly value: T } | Rejection

export function reject(reason: ErrorCode, item: string, detail: string): Rejection {
  return { ok: false, reason, item, detail }
}

export function isMatomeError(error: unknown): error is MatomeError {
  return error instanceof MatomeError
}
