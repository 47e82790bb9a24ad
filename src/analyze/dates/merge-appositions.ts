/**
 * @module analyze/dates/merge-appositions
 * When the text names the same time twice in a row, the explicit date decides:
 * - a day word right before a date is one mention with the date's value — 本日23日 in an article
 *   published on the 28th was written on the 23rd; 本日12月7日 and 明日3日（金） likewise;
 * - an offset or anaphor right before a date, or joined to it by の / となる / にあたる, takes its
 *   value from that date at its own granularity — 1週間後の3月13日 (the week of 3/13),
 *   亡くなる2日前の5月10日, その前日となる14日, 北京五輪の翌年2009年.
 */
import type { DateGranularity, DateMention } from '../../core/doc.ts'
import { addDays, formatDay, formatIsoWeek, formatMonth, formatYear, type CalendarDate } from './calendar.ts'
import { parseSmallNumber } from './numerals.ts'

const ADJACENT = /^\s*$/
const APPOSITION = /^\s*(?:の|となる|にあたる|である)?\s*$/
/** 6日後に控えた19日: counted from the date that follows. */
const AHEAD_OF = /^\s*に控え(?:た|る)\s*$/

/** Coarseness of the granularities a value can be copied between. */
const RANK: Partial<Record<DateGranularity, number>> = { day: 0, week: 1, month: 2, year: 3 }

/** Merge or re-value mentions that stand in apposition to an explicit date (see module comment). */
export function mergeAppositions(mentions: readonly DateMention[], folded: string): DateMention[] {
  const out: DateMention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as DateMention
    const next = mentions[i + 1]
    const gap = next === undefined ? '' : folded.slice(m.end, next.start)
    if (next === undefined || next.value === null) {
      out.push(m)
    } else if (m.kind === 'relative' && m.granularity === 'day' && next.granularity === 'day' && ADJACENT.test(gap)) {
      out.push({ ...next, start: m.start })
      i++
    } else if ((m.kind === 'offset' || m.kind === 'anaphoric') && m.granularity === 'day' && next.granularity === 'day' && AHEAD_OF.test(gap)) {
      // 「親子の日」を6日後に控えた19日: the event lies 6 days after the 19th
      const days = daysOf(folded.slice(m.start, m.end))
      const date = pointOf(next)
      out.push(days === null || date === null ? m : { ...m, value: formatDay(addDays(date, days)) })
    } else if ((m.kind === 'offset' || m.kind === 'anaphoric') && APPOSITION.test(gap)) {
      out.push({ ...m, value: valueAt(next, m) })
    } else {
      out.push(m)
    }
  }
  return out
}

/** The value of `explicit` at the granularity of `m` when `m` is as coarse or coarser, else m's own value. */
function valueAt(explicit: DateMention, m: DateMention): string | null {
  const from = RANK[explicit.granularity]
  const to = RANK[m.granularity]
  const date = pointOf(explicit)
  if (from === undefined || to === undefined || to < from || date === null) return m.value
  if (m.granularity === 'day') return formatDay(date)
  if (m.granularity === 'week') return formatIsoWeek(date)
  if (m.granularity === 'month') return formatMonth(date)
  return formatYear(date.year)
}

function pointOf(m: DateMention): CalendarDate | null {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(m.value ?? '')
  if (parts === null) return null
  return { year: Number(parts[1]), month: Number(parts[2] ?? 1), day: Number(parts[3] ?? 1) }
}

const NAMED_OFFSETS: Readonly<Record<string, number>> = { 前々日: -2, 前日: -1, 翌日: 1, 翌々日: 2 }

/** The signed number of days of an offset such as 6日後 or 三日前, or null. */
function daysOf(surface: string): number | null {
  const word = NAMED_OFFSETS[surface]
  if (word !== undefined) return word
  const m = /(\d{1,3}|[一二三四五六七八九十]{1,3})日(前|後)$/.exec(surface)
  const n = m === null ? null : parseSmallNumber(m[1] ?? '')
  return n === null || m === null ? null : m[2] === '前' ? -n : n
}
