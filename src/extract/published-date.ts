/**
 * @module extract/published-date
 * Publication dates as pages and feeds write them → the ISO 8601 form of the article schema.
 * The writer's UTC offset is kept (a Japanese page's `2026-11-20T09:00:00+09:00` stays on the 20th);
 * dates written for Japanese readers without an offset (`2026/11/20 09:00`, `2026年11月20日 9時`) are JST.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}

const pad = (n: number | string, width = 2): string => String(n).padStart(width, '0')

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

function build(y: number, m: number, d: number, time: [number, number, number] | null, offset: string | null): string | null {
  if (!validDate(y, m, d)) return null
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`
  if (time === null) return date
  const [hh, mm, ss] = time
  if (hh > 23 || mm > 59 || ss > 60) return null
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}${offset ?? ''}`
}

/** `+0900` / `+09:00` / `Z` / `GMT` → `+09:00` or `Z`. */
function normalizeOffset(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null
  if (/^(?:Z|GMT|UTC?)$/i.test(raw)) return 'Z'
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw)
  return m ? `${m[1]}${m[2]}:${m[3]}` : null
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const KANJI = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日(?:\s*[（(][^）)]*[）)])?(?:\s*(?:(午前|午後)\s*)?(\d{1,2})[時:：](?:(\d{1,2})分?)?)?/
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|GMT|UTC?|[+-]\d{4}|[+-]\d{2}:\d{2})?$/

/**
 * The ISO 8601 form of a date as written in a page or feed, or null when it cannot be read.
 * @example toIsoDate('Fri, 20 Nov 2026 09:30:00 +0900') // '2026-11-20T09:30:00+09:00'
 * @example toIsoDate('2026年11月20日 午後3時5分') // '2026-11-20T15:05:00+09:00'
 */
export function toIsoDate(input: string | null | undefined): string | null {
  if (!input) return null
  const s = input.trim().normalize('NFKC')
  let m = ISO.exec(s)
  if (m) {
    const time: [number, number, number] | null = m[4] === undefined ? null : [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)]
    return build(Number(m[1]), Number(m[2]), Number(m[3]), time, normalizeOffset(m[7]))
  }
  m = SLASHED.exec(s)
  if (m) {
    const time: [number, number, number] | null = m[4] === undefined ? null : [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)]
    return build(Number(m[1]), Number(m[2]), Number(m[3]), time, time ? '+09:00' : null)
  }
  m = KANJI.exec(s)
  if (m) {
    let time: [number, number, number] | null = null
    if (m[5] !== undefined) {
      let hour = Number(m[5])
      if (m[4] === '午後' && hour < 12) hour += 12
      if (m[4] === '午前' && hour === 12) hour = 0
      time = [hour, Number(m[6] ?? 0), 0]
    }
    return build(Number(m[1]), Number(m[2]), Number(m[3]), time, time ? '+09:00' : null)
  }
  m = RFC822.exec(s)
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()]
    const offset = normalizeOffset(m[7])
    let year = Number(m[3])
    if (year < 100) year += year < 70 ? 2000 : 1900
    if (month !== undefined && (offset !== null || m[7] === undefined)) {
      return build(year, month, Number(m[1]), [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)], offset ?? 'Z')
    }
  }
  const parsed = Date.parse(s)
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().replace('.000Z', 'Z')
}
