/**
 * @module analyze/dates/merge-appositions
 * When the text names the same day twice in a row, the explicit date decides:
 * - a day word right before a date is one mention with the date's value — 本日23日 in an article
 *   published on the 28th was written on the 23rd; 本日12月7日 and 明日3日（金） likewise;
 * - an offset or anaphor joined to a date by の / となる / にあたる takes its value from that date,
 *   keeping its own granularity — 1週間後の3月13日 (the week of 3/13), 亡くなる2日前の5月10日,
 *   その前日となる14日.
 */
import type { DateMention } from '../../core/doc.ts'
import { formatDay, formatIsoWeek, formatMonth, formatYear, parseReferenceDate, type CalendarDate } from './calendar.ts'

const ADJACENT = /^\s*$/
const APPOSITION = /^(?:の|となる|にあたる|である)$/

/** Merge or re-value mentions that stand in apposition to an explicit day (see module comment). */
export function mergeAppositions(mentions: readonly DateMention[], folded: string): DateMention[] {
  const out: DateMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention
    const next = mentions[i + 1]
    const day = next !== undefined && next.granularity === 'day' && next.value !== null ? parseReferenceDate(next.value) : null
    if (next === undefined || day === null) {
      out.push(m)
      continue
    }
    const gap = folded.slice(m.end, next.start)
    if (m.kind === 'relative' && m.granularity === 'day' && ADJACENT.test(gap)) {
      out.push({ ...next, start: m.start })
      i++
    } else if ((m.kind === 'offset' || m.kind === 'anaphoric') && APPOSITION.test(gap)) {
      out.push({ ...m, value: valueAt(day, m) })
    } else {
      out.push(m)
    }
  }
  return out
}

function valueAt(day: CalendarDate, m: DateMention): string | null {
  if (m.granularity === 'day') return formatDay(day)
  if (m.granularity === 'week') return formatIsoWeek(day)
  if (m.granularity === 'month') return formatMonth(day)
  if (m.granularity === 'year') return formatYear(day.year)
  return m.value
}
