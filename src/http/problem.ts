/**
 * @module http/problem
 * JSON error responses: `{"error": {"code", "message"}}` with the status the code maps to. Codes
 * come from the `http/` section of `core/errors.ts`; messages name the bad input, never a stack.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorCode } from '../core/errors.ts'

/** The HTTP status of each error code the API answers with. */
export const STATUS_OF: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  'http/bad-request': 400,
  'http/unauthorized': 401,
  'http/ingest-disabled': 403,
  'http/not-found': 404,
  'store/not-found': 404,
  'http/too-large': 413,
  'http/internal': 500,
}

/** The JSON body of an error. */
export type ProblemBody = { readonly error: { readonly code: ErrorCode; readonly message: string } }

/** Respond with a coded JSON error. */
export function problem(c: Context, code: ErrorCode, message: string): Response {
  const body: ProblemBody = { error: { code, message } }
  return c.json(body, STATUS_OF[code] ?? 400)
}
