/**
 * @module dedupe/canonical
 * Which copy of a duplicate group is canonical: the earliest published, then the most complete
 * (longest body), then the smallest id. Undated copies come after dated ones.
 */

/** What the choice looks at: `bodyLength` in UTF-16 code units of the body as given. */
export type CanonicalCandidate = { readonly id: string; readonly bodyLength: number; readonly publishedAt?: string | undefined }

/**
 * Milliseconds of an ISO date or date-time; NaN when unparsable. A bare date, or a date-time
 * without a zone, is read in Asia/Tokyo (never in the machine's zone).
 */
export function publishedTime(publishedAt: string | undefined): number {
  if (publishedAt === undefined) return Number.NaN
  const text = publishedAt.trim().replace(' ', 'T')
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Date.parse(`${text}T00:00:00+09:00`)
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(text)) return Date.parse(`${text}+09:00`)
  return Date.parse(text)
}

/** Negative when `a` should be canonical before `b`. A total order (ids break ties). */
export function compareCanonical(a: CanonicalCandidate, b: CanonicalCandidate): number {
  const ta = publishedTime(a.publishedAt)
  const tb = publishedTime(b.publishedAt)
  const da = !Number.isNaN(ta)
  const db = !Number.isNaN(tb)
  if (da !== db) return da ? -1 : 1
  if (da && db && ta !== tb) return ta - tb
  if (a.bodyLength !== b.bodyLength) return b.bodyLength - a.bodyLength
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
