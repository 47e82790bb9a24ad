/**
 * @module analyze/dates/rules/offset
 * Rule: N日前/後, N週間前/後, Nカ月前/後, N年前/後, 半年前 — counted from the publication date,
 * or from the date last named when その or それから precedes (その3日後, それから56年後). The value keeps the unit's
 * granularity: days → YYYY-MM-DD, weeks → YYYY-Www, months → YYYY-MM, years → YYYY. 数日前/後
 * (a few days) is the interval 2–6 days away; a range 2〜3年前 is the interval between both ends
 * (2009/2010 from 2012). 前後 after a number means "about" (3日前後) and is not a date; nor is an
 * offset from an undated event (引換え日の2日前, ラストから1年後, 入社3年後, 結婚5年後): those are
 * returned as blocked so that no bare day is read inside them.
 */
import type { Anchor, DateRule, Resolution } from '../types.ts'
import { addDays, addMonths, type CalendarDate } from '../calendar.ts'
import { parseSmallNumber } from '../numerals.ts'
import { dayValue, intervalValue, monthValue, needsAnchor, needsReference, unresolved, weekValue, yearValue } from '../resolve-helpers.ts'

/** 数 (a few) spans 2 to 6 of the unit (大辞林: 二、三から五、六程度). */
const FEW_MIN = 2
const FEW_MAX = 6

type Unit = 'day' | 'week' | 'month' | 'year'

/**
 * 引換え日の2日前, ラストから1年後, 入社3年後: counted from an event the text does not date
 * (今から1年後 is fine).
 */
const COUNTED_FROM_EVENT =
  /(?:の|(?<!今|現在|本日|きょう|今日)から|入社|入学|入団|結婚|交際|創業|設立|開業|創刊|デビュー|卒業|就職|転職|退職|出産|発症|手術|引退|移籍|開始|購入)\s*(?:約|およそ)?$/

function unitOf(written: string): Unit {
  if (written === '日') return 'day'
  if (written.startsWith('週')) return 'week'
  if (written === '年') return 'year'
  return 'month'
}

export const offset: DateRule = {
  name: 'offset',
  pattern:
    /(その|それから|それより)?(?<![\d.,])(?:(\d{1,3})\s*~\s*)?(\d{1,3}|[一二三四五六七八九十]{1,3}|数|半)(日|週間|週|[カかヶヵケ箇]月|年)(前|後)(?!後)/g,
  toCandidate(match, text) {
    const [, sono, rangeStart, count = '', unitText = '', direction] = match
    const start = match.index
    const end = match.index + match[0].length
    if (sono === undefined && COUNTED_FROM_EVENT.test(text.slice(Math.max(0, start - 4), start))) {
      return { start, end, kind: 'blocked', rule: 'offset', resolve: () => unresolved('dates/invalid-date', 'counted from an undated event') }
    }
    const unit: Unit = count === '半' ? 'month' : unitOf(unitText)
    if (count === '半' && unitText !== '年') return null
    const n = count === '半' ? 6 : count === '数' ? null : parseSmallNumber(count)
    if (count !== '数' && n === null) return null
    if (count === '数' && unit !== 'day') return null
    const sign = direction === '前' ? -1 : 1
    return {
      start,
      end,
      kind: sono === undefined ? 'offset' : 'anaphoric',
      rule: 'offset',
      resolve(env): Resolution {
        const base = sono === undefined ? env.ref : anchorFor(unit === 'day' || unit === 'week' ? env.dayAnchor : env.anchor, unit)
        if (base === null) return sono === undefined ? needsReference(match[0]) : needsAnchor(match[0])
        if (n === null) {
          const near = addDays(base, sign * FEW_MIN)
          const far = addDays(base, sign * FEW_MAX)
          return sign < 0 ? intervalValue(far, near) : intervalValue(near, far)
        }
        if (rangeStart !== undefined && n !== null && Number(rangeStart) < n) {
          // 2〜3年前: from the far end to the near one
          const [a, b] = [moveBy(base, unit, sign * Number(rangeStart)), moveBy(base, unit, sign * n)]
          const [first, last] = sign < 0 ? [b, a] : [a, b]
          if (first.value !== null && last.value !== null) return { value: `${first.value}/${last.value}`, granularity: 'interval' }
        }
        return moveBy(base, unit, sign * n)
      },
    }
  },
}

function anchorFor(anchor: Anchor | null, unit: Unit): CalendarDate | null {
  if (anchor === null) return null
  if ((unit === 'day' || unit === 'week') && anchor.granularity !== 'day') return null
  if (unit === 'month' && anchor.granularity === 'year') return null
  return anchor.date
}

function moveBy(base: CalendarDate, unit: Unit, amount: number): Resolution {
  if (unit === 'day') return dayValue(addDays(base, amount))
  if (unit === 'week') return weekValue(addDays(base, amount * 7))
  if (unit === 'month') {
    const m = addMonths(base, amount)
    return monthValue(m.year, m.month)
  }
  return yearValue(base.year + amount)
}
