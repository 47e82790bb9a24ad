/**
 * @module http/params
 * Validation of path and query parameters. Each returns the value, or a message saying what was
 * expected and what came (the route answers 400 `http/bad-request` with it).
 */

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

const MAX_ID_CHARS = 512
const MAX_QUERY_CHARS = 200

/** An id from the path: 1–512 characters, no control characters. */
export function checkId(raw: string | undefined, what: string): Checked<string> {
  if (raw === undefined || raw === '') return { ok: false, message: `expected a ${what} id` }
  if (raw.length > MAX_ID_CHARS) return { ok: false, message: `${what} id is longer than ${MAX_ID_CHARS} characters` }
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, message: `${what} id contains control characters` }
  return { ok: true, value: raw }
}

/** An optional integer in [min, max]; `fallback` when absent. */
export function checkInt(raw: string | undefined, name: string, min: number, max: number, fallback: number): Checked<number> {
  if (raw === undefined || raw === '') return { ok: true, value: fallback }
  if (!/^\d+$/.test(raw)) return { ok: false, message: `"${name}" must be an integer, got ${JSON.stringify(raw.slice(0, 20))}` }
  const value = Number(raw)
  if (value < min || value > max) return { ok: false, message: `"${name}" must be between ${min} and ${max}, got ${value}` }
  return { ok: true, value }
}

/** An optional calendar day YYYY-MM-DD. */
export function checkDay(raw: string | undefined, name: string): Checked<string | undefined> {
  if (raw === undefined || raw === '') return { ok: true, value: undefined }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
    return { ok: false, message: `"${name}" must be a date YYYY-MM-DD, got ${JSON.stringify(raw.slice(0, 20))}` }
  }
  return { ok: true, value: raw }
}

/** An optional free-text filter (trimmed; at most 200 characters). */
export function checkText(raw: string | undefined, name: string): Checked<string | undefined> {
  const value = raw?.trim()
  if (value === undefined || value === '') return { ok: true, value: undefined }
  if (value.length > MAX_QUERY_CHARS) return { ok: false, message: `"${name}" is longer than ${MAX_QUERY_CHARS} characters` }
  if (/[\u0000-\u001f\u007f]/.test(value)) return { ok: false, message: `"${name}" contains control characters` }
  return { ok: true, value }
}

/** A required search query. */
export function checkQuery(raw: string | undefined): Checked<string> {
  const checked = checkText(raw, 'q')
  if (!checked.ok) return checked
  if (checked.value === undefined) return { ok: false, message: 'expected a search query "q"' }
  return { ok: true, value: checked.value }
}
