/**
 * @module cluster/time
 * Reading publication times (pure). A bare date or a date-time without an offset is read in
 * Asia/Tokyo (+09:00), as core/article.ts specifies, so results never depend on the machine's zone.
 */

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i

/** Milliseconds since the epoch, or null when the text is missing or not a date. */
export function parsePublishedAt(text: string | undefined): number | null {
  if (text === undefined || text === '') return null
  const iso = BARE_DATE.test(text) ? `${text}T00:00:00+09:00` : HAS_ZONE.test(text) ? text : `${text.replace(' ', 'T')}+09:00`
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : t
}
