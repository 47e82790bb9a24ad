/**
 * @module digest/timeline
 * Dated events: a sentence with a resolved date (day, week, month or interval granularity) becomes
 * an entry at that date, citing the sentence (compressed by the bullet rules, the date kept). One
 * entry per sentence, at its best date that no rule drops: an event before a plan or forecast (15日に
 * 投票が行われる…きのうまでの期日前投票者数 is placed on きのう), a day before a week or month
 * (先週合意に至らず…10日に協議 is placed on the 10th), then the first.
 *
 * What the sentence is at its date, by the rules in order (`rules/`, one per file; the first verdict wins):
 * 1. reference-time — 5日現在の…約79万人: the time of a figure, no event (dropped);
 * 2. future-date — a date after the publication day: `forecast` (おそれ, 見込み …) or `scheduled`;
 * 3. current-period — a month / week / interval containing the publication day: a forecast or
 *    plan when the sentence says so, else a generic mention (11月としては…), dropped;
 * 4. otherwise something that happened (no `status`).
 * `dropSuperseded` then removes forecasts and plans dated on or before the story's latest article:
 * the later articles report what happened instead.
 */
import type { TimelineEvent } from '../../core/digest.ts'
import type { AnalyzedDoc, DateMention } from '../../core/doc.ts'
import { applyRules, keepSpan, toCited } from '../compress/index.ts'
import { stripAttribution } from '../compress/rules/strip-attribution.ts'
import { stripLeadingConnective } from '../compress/rules/strip-leading-connective.ts'
import { stripParenthetical } from '../compress/rules/strip-parenthetical.ts'
import type { SentenceView } from '../sentences.ts'
import { dayNumber, endDayOf, startDayOf } from '../time.ts'
import type { TimelineContext, TimelineRule, Verdict } from './rule.ts'
import { currentPeriod } from './rules/current-period.ts'
import { futureDate } from './rules/future-date.ts'
import { referenceTime } from './rules/reference-time.ts'

const TIMELINE_RULES = [stripLeadingConnective, stripParenthetical, stripAttribution]

/** The verdict rules, in order. */
export const TIMELINE_VERDICT_RULES: readonly TimelineRule[] = [referenceTime, futureDate, currentPeriod]

/** Entries of one article (unsorted across articles); `publishedAt` is the article's publication time. */
export function findEvents(articleId: string, doc: AnalyzedDoc, sents: readonly SentenceView[], publishedAt?: string): TimelineEvent[] {
  return datedSentences(articleId, doc, sents, publishedAt).map((d) => d.event)
}

/**
 * Indices of the sentences of one article (its `datedSentences`) that are forecasts or plans superseded by `latestDay`
 * (see `dropSuperseded`): stale by the time of the story's latest article, so no key point or outlook.
 */
export function supersededSentences(dated: readonly DatedSentence[], latestDay: number | undefined): Set<number> {
  const kept = new Set(dropSuperseded(dated.map((d) => d.event), latestDay))
  return new Set(dated.filter((d) => !kept.has(d.event)).map((d) => d.sentence))
}

/**
 * Indices of the sentences written ahead of a day the story has since reached: every plan or
 * forecast date they write ends on or before `latestDay` (15日投開票の知事選挙について…先行している,
 * once the result is reported). Their place on the timeline may be a past event, but as a takeaway
 * they are out of date: no key point or outlook. Includes `supersededSentences`.
 */
export function outdatedSentences(dated: readonly DatedSentence[], latestDay: number | undefined): Set<number> {
  const out = supersededSentences(dated, latestDay)
  if (latestDay !== undefined) for (const d of dated) if (d.aheadUntil !== undefined && d.aheadUntil <= latestDay) out.add(d.sentence)
  return out
}

function verdictOf(ctx: TimelineContext): Verdict {
  for (const rule of TIMELINE_VERDICT_RULES) {
    const said = rule.judge(ctx)
    if (said !== undefined) return said
  }
  return 'event'
}

/** Rank of a candidate date of one sentence: an event before a plan or forecast, a day before a longer period, then text order. */
const rank = (c: { verdict: Verdict; date: DateMention }): number => (c.verdict === 'event' ? 0 : 2) + (c.date.granularity === 'day' ? 0 : 1)

/** A sentence's timeline entry with the sentence's index. */
export type DatedSentence = {
  readonly event: TimelineEvent
  readonly sentence: number
  /** day number of the last day of the latest plan or forecast date the sentence writes (15日投開票の…), if any */
  readonly aheadUntil?: number
}

/** The timeline entries of one article with their sentence indices (what `findEvents` lists). */
export function datedSentences(articleId: string, doc: AnalyzedDoc, sents: readonly SentenceView[], publishedAt?: string): DatedSentence[] {
  const published = dayNumber(publishedAt ?? doc.publishedAt)
  const bySentence = new Map<number, { verdict: Exclude<Verdict, 'drop'>; date: DateMention & { value: string }; sentence: SentenceView }[]>()
  for (const date of doc.layers.dates ?? []) {
    const value = date.value
    if (value === null || date.granularity === 'year' || date.granularity === 'fiscal-year') continue
    const sentence = sents.find((s) => s.start <= date.start && date.end <= s.end)
    if (sentence === undefined || sentence.kind === 'headline') continue
    const ctx = { date: { ...date, value }, sentence, text: doc.text, published, first: dayNumber(startDayOf(value)) ?? 0, last: dayNumber(endDayOf(value)) ?? 0 }
    const verdict = verdictOf(ctx)
    if (verdict === 'drop') continue
    const list = bySentence.get(sentence.index) ?? []
    list.push({ verdict, date: ctx.date, sentence })
    bySentence.set(sentence.index, list)
  }
  const out: DatedSentence[] = []
  for (const [index, list] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const best = [...list].sort((a, b) => rank(a) - rank(b) || a.date.start - b.date.start)[0]!
    const { date, sentence, verdict } = best
    const cited = toCited(applyRules(keepSpan(articleId, doc.text, sentence.start, sentence.end), TIMELINE_RULES))
    const event = { date: date.value, granularity: date.granularity, dateText: doc.text.slice(date.start, date.end), ...cited }
    const ahead = list.filter((c) => c.verdict !== 'event').map((c) => dayNumber(endDayOf(c.date.value)) ?? 0)
    const entry = { event: verdict === 'event' ? event : { ...event, status: verdict }, sentence: index }
    out.push(ahead.length === 0 ? entry : { ...entry, aheadUntil: Math.max(...ahead) })
  }
  return out
}

/**
 * Forecasts and plans whose date ends on or before `latestDay` (the story's latest article, a day
 * number) are superseded: by then the sources report what happened. Events stay.
 */
export function dropSuperseded(events: readonly TimelineEvent[], latestDay: number | undefined): TimelineEvent[] {
  if (latestDay === undefined) return [...events]
  return events.filter((e) => e.status === undefined || (dayNumber(endDayOf(e.date)) ?? Infinity) > latestDay)
}

/** Entries whose date and text repeat an earlier entry (two outlets writing the same sentence) are left out. */
export function dropRepeats(events: readonly TimelineEvent[]): TimelineEvent[] {
  const seen = new Set<string>()
  return events.filter((e) => {
    const key = `${e.date}|${e.text}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
