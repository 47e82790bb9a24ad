/**
 * @module analyze/numbers/rules/skip-date-parts
 * Numerals that belong to dates and times are not quantities: 2025年, 3月, 28日, 午前9時30分,
 * 2025/03/14, 12:30, and durations read as relative dates (3日前, 2週間後) — the dates stage owns them.
 */
import { TIME_UNITS } from './read-unit.ts'

/** Characters that make a following bare numeral part of a date or time. */
const DATE_CHARS = new Set(['年', '月', '日', '時', '週', '旬'])
/** Separators of numeric dates and times, identifiers and versions. */
const JOINERS = new Set(['/', '／', ':', '：', '-', '.', '．'])

const ALNUM = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/

/** A bare four-digit number from 1900 to 2099 is a year (Windows 2012, 2010年代 aside). */
function isBareYear(numeral: string): boolean {
  return /^(?:19|20|１９|２０)[0-9０-９]{2}$/.test(numeral)
}

/** Whether the numeral at `[start, end)` (unit of `unitLength` after it, or none) is part of a date. */
export function isDatePart(text: string, start: number, end: number, unit: string | null, unitLength: number): boolean {
  const before = text[start - 1] ?? ''
  const after = text[end] ?? ''
  if (JOINERS.has(before) && ALNUM.test(text[start - 2] ?? '')) return true
  if (JOINERS.has(after) && ALNUM.test(text[end + 1] ?? '')) return true
  if (unit === null) return DATE_CHARS.has(after) || isBareYear(text.slice(start, end))
  if (unit === '分' && (before === '時' || text.startsWith('半', end + unitLength))) return true
  if (TIME_UNITS.has(unit)) {
    const next = text[end + unitLength] ?? ''
    if (next === '前' || next === '後' || next === 'ぶ' || text.startsWith('以内', end + unitLength)) return true
  }
  return false
}
