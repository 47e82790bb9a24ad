/**
 * @module analyze/dates/generic/habitual-context
 * Rule: 週末, 前日/翌日/翌年 and bare weekdays in a sentence that describes a habit name no calendar time —
 * 冬の週末は車を飛ばして通っていました, 週末はカップルで来たり, 週末には必ず, 毎年秋に…前年度の作品.
 * Cues: 毎週/毎日/毎年 … anywhere in the sentence; いつも, 必ず, 普段, たいてい, ようにしている,
 * ことが多い; a season or 平日 right before 週末 (冬の週末, 平日と週末); a 〜たり list after 週末.
 * Day words counted from the publication date (今日, きのう) and named dates are not touched: a real
 * date can sit in a sentence that also mentions a habit (毎年恒例の祭りが28日に開かれた).
 */
import type { GenericUseRule } from './types.ts'

/** Words that make a sentence describe what usually happens. */
const HABIT_WORDS = /いつも|必ず|普段|ふだん|たいてい|大抵|ようにして(?:いる|います|いた|いました)|ことにして|ことが多い|ことも多い|ことが多かった/
/** 毎X of a period: for 週末 only those at most a month long count (毎年恒例の大会が週末に開かれる is one weekend). */
const EVERY_SHORT = /毎(?:週|日(?!新聞|放送|コミ|映画|jp|\.)|朝(?!新聞)|晩|夜|月|回|度)/
const EVERY_ANY = /毎(?:週|日(?!新聞|放送|コミ|映画|jp|\.)|朝(?!新聞)|晩|夜|月|年|回|度)/
/** 冬の週末, 夏場の週末, 平日と週末, 休日や週末: a kind of weekend, not one weekend. */
const KIND_OF_WEEKEND = /(?:[春夏秋冬]|[春夏秋冬]場|シーズン|平日|休日|祝日|土日)(?:の|と|や|、|も)?$/
/** 週末は…来たり: a list of things done on weekends. */
const LIST_OF_HABITS = /^[はにも、]*[^。]{0,30}?たり(?:[、,]|して|する|と|も)/

export const habitualContext: GenericUseRule = {
  name: 'habitual-context',
  test(ctx) {
    const isWeekend = ctx.rule === 'weekend'
    // offsets counted from today (3年前から温め、毎月…) are dates; offsets from events are blocked earlier
    const counted = ctx.kind === 'anaphoric' || ctx.rule === 'weekday' || /^[前翌同]/.test(ctx.text.slice(ctx.start, ctx.end))
    if (!isWeekend && !counted) return null
    const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end)
    const before = ctx.text.slice(ctx.sentence.start, ctx.start)
    const after = ctx.text.slice(ctx.end, ctx.sentence.end)
    if (HABIT_WORDS.test(sentence)) return 'the sentence describes a habit'
    if ((isWeekend || ctx.rule === 'weekday' ? EVERY_SHORT : EVERY_ANY).test(sentence)) return 'the sentence says every week, day or year'
    if (isWeekend && KIND_OF_WEEKEND.test(before)) return 'a kind of weekend (冬の週末, 平日と週末), not one weekend'
    if ((isWeekend || ctx.rule === 'weekday') && LIST_OF_HABITS.test(after)) return 'a list of what is done on weekends (〜たり)'
    return null
  },
}
