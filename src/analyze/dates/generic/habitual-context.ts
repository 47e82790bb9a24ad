/**
 * @module analyze/dates/generic/habitual-context
 * Rule: 週末, 前日/翌日/翌年 and bare weekdays in a sentence that describes a habit name no calendar time —
 * 冬の週末は車を飛ばして通っていました, 週末はカップルで来たり, 週末には必ず, 毎年秋に…前年度の作品.
 * Cues: 毎週/毎日/毎年 … anywhere in the sentence; いつも, 必ず, 普段, たいてい, ようにしている,
 * ことが多い; a bare weekday whose predicate is a plain present (上映があるんです); a season or 平日 right before 週末 (冬の週末, 平日と週末); a 〜たり list after 週末.
 * Day words counted from the publication date (今日, きのう) and named dates are not touched: a real
 * date can sit in a sentence that also mentions a habit (毎年恒例の祭りが28日に開かれた).
 */
import type { GenericUseRule } from './types.ts'
import { firstClause, withoutQuotes } from './clause.ts'

/** Words that make a sentence describe what usually happens. */
const HABIT_WORDS = /いつも|必ず|普段|ふだん|たいてい|大抵|ようにして(?:いる|います|いた|いました)|ことにして|ことが多い|ことも多い|ことが多かった/
/** 毎X of a period: for 週末 only those at most a month long count (毎年恒例の大会が週末に開かれる is one weekend). */
const EVERY_SHORT = /毎(?:週|日(?!新聞|放送|コミ|映画|jp|\.)|朝(?!新聞)|晩|夜|月|回|度)/
const EVERY_ANY = /毎(?:週|日(?!新聞|放送|コミ|映画|jp|\.)|朝(?!新聞)|晩|夜|月|年|回|度)/
/** A past ending anywhere up to the first 。 (火が出た: the tense reader misses kanji stems before た). */
const ENDS_IN_PAST = /た(?:[。!！、]|$)|ました|でした|だった/
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
    // words quoted inside the sentence have their own context (同日、ブログで「毎朝…」と書いた)
    const sentence = withoutQuotes(ctx.text.slice(ctx.sentence.start, ctx.start)) + withoutQuotes(ctx.text.slice(ctx.start, ctx.sentence.end))
    const before = ctx.text.slice(ctx.sentence.start, ctx.start)
    const after = ctx.text.slice(ctx.end, ctx.sentence.end)
    // 月曜日夜に上映があるんです: a weekday with a plain present predicate is a schedule
    if (ctx.rule === 'weekday' && ctx.tense === 'future-or-recent' && !ENDS_IN_PAST.test(firstClause(ctx.text, ctx.end, ctx.sentence.end))) return 'a weekday with a present predicate describes a schedule'
    if (HABIT_WORDS.test(sentence)) return 'the sentence describes a habit'
    if ((isWeekend || ctx.rule === 'weekday' ? EVERY_SHORT : EVERY_ANY).test(sentence)) return 'the sentence says every week, day or year'
    if (isWeekend && KIND_OF_WEEKEND.test(before)) return 'a kind of weekend (冬の週末, 平日と週末), not one weekend'
    if ((isWeekend || ctx.rule === 'weekday') && LIST_OF_HABITS.test(after)) return 'a list of what is done on weekends (〜たり)'
    return null
  },
}
