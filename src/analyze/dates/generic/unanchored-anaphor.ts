/**
 * @module analyze/dates/generic/unanchored-anaphor
 * Rule: 前日/翌日/同日/当日, 翌年/同月 and その3日後 count from a date the text named shortly
 * before. When no date was named, or the last one lies more than a few sentences back (翌日、出勤
 * してびっくり in an anecdote after a release date three paragraphs up), they count from an
 * undated narrated event and name no calendar day. 当日 (the day of the event the article is
 * about) may reach further back, to the lead. Likewise 前日/翌日 after a numbered day of an
 * event (本番2日目は前日とはうってかわって): the day before the second day, not a date.
 */
import type { GenericUseRule } from './types.ts'
import { isBeforeDate } from './before-date.ts'

/** How many sentences back the anchor may lie (0 = the same sentence). */
export const MAX_ANCHOR_DISTANCE = 3
/** 当日 is the day of the event the article is about, often named only in its lead. */
export const MAX_EVENT_DAY_DISTANCE = 10

const DAY_OF_EVENT = /\d{1,2}日目[^。]{0,12}$/

export const unanchoredAnaphor: GenericUseRule = {
  name: 'unanchored-anaphor',
  test(ctx) {
    if (ctx.kind !== 'anaphoric') return null
    if (isBeforeDate(ctx.text, ctx.end)) return null
    if (ctx.anchorDistance === null) return 'no earlier date to count from: an undated event'
    const max = ctx.text.startsWith('当日', ctx.start) ? MAX_EVENT_DAY_DISTANCE : MAX_ANCHOR_DISTANCE
    if (ctx.anchorDistance > max) return `the last date lies ${ctx.anchorDistance} sentences back: an undated event`
    if (DAY_OF_EVENT.test(ctx.text.slice(ctx.sentence.start, ctx.start))) return 'counted from a numbered day of an event (2日目)'
    return null
  },
}
