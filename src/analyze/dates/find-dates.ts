/**
 * @module analyze/dates/find-dates
 * The dates stage's engine (pure): text + sentences + reference date → `DateMention[]` and
 * diagnostics. Steps:
 * 1. fold the text (full-width → ASCII, same length) and let every rule propose candidates;
 * 2. keep the earliest, then longest, then first-listed candidate where they overlap — blockers
 *    (durations, counts, titles) win their span and are dropped afterwards;
 * 3. resolve in document order: each mention sees the date named last (前日, 同年), the last date
 *    of its own sentence (24日、25日 · 5月1日〜3日), the written weekday and the clause's tense;
 * 4. let an explicit day decide a day word or offset standing right before it (本日23日).
 */
import type { DateMention, Span } from '../../core/doc.ts'
import type { ErrorCode } from '../../core/errors.ts'
import type { Anchor, DateCandidate, DateDiagnosticCode, DateRule, Tense } from './types.ts'
import { parseReferenceDate, type CalendarDate } from './calendar.ts'
import { detectTense } from './detect-tense.ts'
import { foldText } from './fold-text.ts'
import { mergeAppositions } from './merge-appositions.ts'
import { readWeekday, weekdayLength } from './read-weekday.ts'
import { DATE_RULES } from './rules/index.ts'
import { findGenericUse } from './generic/index.ts'

/** A problem with one date: the stage turns it into a `Diagnostic`. */
export type DateProblem = { readonly code: DateDiagnosticCode | Extract<ErrorCode, 'dates/invalid-reference-date' | 'dates/generic-use'>; readonly span?: Span; readonly message: string }

export type FindDatesResult = { readonly mentions: DateMention[]; readonly problems: DateProblem[] }

/** Text between two dates that joins them into one clause (24日(金)、25日(土) · 13日〜14日). */
const CONNECTOR = /^(?:\s|[、,・~\-]|と|や|および|及び|から|または)*$/
/** Text between two dates of one sentence that makes the second the end of a range. */
const RANGE_MARK = /[~\-]|から|より/
/** A range mark further away than this no longer joins two dates. */
const MAX_RANGE_GAP_CHARS = 16

/**
 * Find and resolve the date expressions of `text`.
 * @param sentences sentence spans (sorted); when empty the text is split at 。！？ and line ends
 * @param referenceDate publication time (ISO 8601), read in Asia/Tokyo; null when unknown
 * @example findDates('28日に会談した。', [], '2022-02-28').mentions[0]?.value // → '2022-02-28'
 */
export function findDates(text: string, sentences: readonly Span[], referenceDate: string | null, rules: readonly DateRule[] = DATE_RULES): FindDatesResult {
  const problems: DateProblem[] = []
  let ref: CalendarDate | null = null
  if (referenceDate !== null) {
    ref = parseReferenceDate(referenceDate)
    if (ref === null) problems.push({ code: 'dates/invalid-reference-date', message: `reference date ${JSON.stringify(referenceDate)} is not ISO 8601; relative dates stay unresolved` })
  }
  const folded = foldText(text)
  const chosen = selectCandidates(proposeCandidates(folded, rules))
  const bounds = sentences.length > 0 ? sentences : splitSimply(text)
  const sentenceOf = sentenceIndexes(chosen, bounds)
  const tenses = tensesOf(folded, chosen, sentenceOf, bounds)

  const mentions: DateMention[] = []
  let anchor: Anchor | null = null
  let dayAnchor: Anchor | null = null
  let sentenceAnchor: Anchor | null = null
  let sentenceDay: Anchor | null = null
  let previous: { readonly end: number; readonly dayWord: CalendarDate | null } = { end: -1, dayWord: null }
  // the sentences where the anchors were named (for how far back an anaphor reaches)
  let anchorSentence = -1
  let dayAnchorSentence = -1
  chosen.forEach((c, i) => {
    const sameSentence = i > 0 && sentenceOf[i] === sentenceOf[i - 1]
    if (!sameSentence) {
      sentenceAnchor = null
      sentenceDay = null
    }
    const gap = sameSentence ? folded.slice(previous.end, c.start) : ''
    // 本日23日, 明日15日, 来週12日: the day or week word says when; the date nearest it is meant
    const afterDayWord = previous.dayWord !== null && sameSentence && /^\s*$/.test(gap)
    const resolution = c.resolve({
      ref: afterDayWord ? previous.dayWord : ref,
      anchor,
      dayAnchor,
      sentenceAnchor: afterDayWord ? null : sentenceAnchor,
      sentenceDay,
      continuesRange: sameSentence && gap.length <= MAX_RANGE_GAP_CHARS && RANGE_MARK.test(gap),
      tense: afterDayWord ? 'nearest' : (tenses[i] ?? 'past'),
      weekday: readWeekday(folded, c.end),
    })
    previous = { end: c.end, dayWord: 'near' in resolution ? (resolution.near ?? null) : null }
    const sentenceIndex = sentenceOf[i] ?? -1
    const reach = c.rule === 'anaphoric-day' ? dayAnchorSentence : anchorSentence
    const generic = c.kind === 'blocked' ? null : findGenericUse({
      text: folded,
      start: c.start,
      end: c.end,
      kind: c.kind,
      rule: c.rule,
      sentence: bounds[sentenceIndex] ?? { start: c.start, end: c.end },
      tense: tenses[i] ?? 'past',
      anchorDistance: reach < 0 || sentenceIndex < 0 ? null : sentenceIndex - reach,
    })
    if (generic !== null) {
      // a generic use names no calendar time: no mention, and no anchor for later anaphora
      if (resolution.value === null) problems.push({ code: resolution.code, span: { start: c.start, end: c.end }, message: resolution.reason })
      else problems.push({ code: 'dates/generic-use', span: { start: c.start, end: c.end }, message: `${generic.rule}: ${generic.reason}` })
      return
    }
    mentions.push({ start: c.start, end: c.end, value: resolution.value, granularity: resolution.granularity, kind: c.kind })
    if (resolution.value === null) {
      problems.push({ code: resolution.code, span: { start: c.start, end: c.end }, message: resolution.reason })
    } else if (resolution.anchor !== undefined) {
      anchor = resolution.anchor
      anchorSentence = sentenceIndex
      // only a written month or year carries over to 25日 or 3月14日 later in the sentence (not 本日, 3年前)
      if (c.namesMonth === true || (c.rule === 'calendar-expression' && resolution.granularity === 'year')) sentenceAnchor = resolution.anchor
      if (resolution.anchor.granularity === 'day') {
        dayAnchor = resolution.anchor
        dayAnchorSentence = sentenceIndex
        sentenceDay = resolution.anchor
      }
    }
  })
  const merged = mergeAppositions(mentions, folded)
  // a mention an apposition resolved (北京五輪の翌年2009年) is no longer a problem
  const resolved = new Set(merged.filter((m) => m.value !== null).map((m) => `${m.start}:${m.end}`))
  return { mentions: merged, problems: problems.filter((p) => p.span === undefined || !resolved.has(`${p.span.start}:${p.span.end}`)) }
}

type RankedCandidate = DateCandidate & { readonly priority: number }

/** Every candidate of every rule, with the rule's place in the list as its priority. */
function proposeCandidates(folded: string, rules: readonly DateRule[]): RankedCandidate[] {
  const out: RankedCandidate[] = []
  rules.forEach((rule, priority) => {
    for (const match of folded.matchAll(rule.pattern)) {
      if (match[0] === '') continue
      const candidate = rule.toCandidate(match as RegExpExecArray, folded)
      if (candidate !== null && candidate.end > candidate.start) out.push({ ...candidate, priority })
    }
  })
  return out
}

/** Earliest first, then longest, then the rule listed first; overlapping later ones are dropped, and so are blockers. */
function selectCandidates(candidates: RankedCandidate[]): DateCandidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority)
  const kept: DateCandidate[] = []
  let coveredTo = 0
  for (const c of candidates) {
    if (c.start < coveredTo) continue
    kept.push(c)
    coveredTo = c.end
  }
  return kept.filter((c) => c.kind !== 'blocked')
}

/** The tense of each mention's clause; dates joined by 、 or 〜 share the tense of the last one. */
function tensesOf(folded: string, chosen: readonly DateCandidate[], sentenceOf: readonly number[], bounds: readonly Span[]): Tense[] {
  const tenses: Tense[] = new Array<Tense>(chosen.length)
  for (let i = chosen.length - 1; i >= 0; i--) {
    const c = chosen[i] as DateCandidate
    const sentenceEnd = bounds[sentenceOf[i] ?? -1]?.end ?? folded.length
    const next = chosen[i + 1]
    const nextInSentence = next !== undefined && sentenceOf[i + 1] === sentenceOf[i] ? next : undefined
    if (nextInSentence !== undefined) {
      const gap = folded.slice(c.end + weekdayLength(folded, c.end), nextInSentence.start)
      if (CONNECTOR.test(gap)) {
        tenses[i] = tenses[i + 1] ?? 'past'
        continue
      }
    }
    tenses[i] = detectTense(folded, c.start, c.end, nextInSentence?.start ?? sentenceEnd, sentenceEnd)
  }
  return tenses
}

/** The index of the sentence holding each candidate's start (-1 between sentences); both lists are sorted. */
function sentenceIndexes(chosen: readonly DateCandidate[], bounds: readonly Span[]): number[] {
  let s = 0
  return chosen.map((c) => {
    while (s < bounds.length && (bounds[s]?.end ?? 0) <= c.start) s++
    const sent = bounds[s]
    return sent !== undefined && c.start >= sent.start ? s : -1
  })
}

/** Sentence spans when no sentence layer is given: up to 。！？!? or a line end. */
function splitSimply(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?' || ch === '\n') {
      spans.push({ start, end: i + 1 })
      start = i + 1
    }
  }
  if (start < text.length) spans.push({ start, end: text.length })
  return spans
}
