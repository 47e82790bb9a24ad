/**
 * @module analyze/dates/types
 * Shapes shared by the date rules: a rule recognises a `DateCandidate` in the folded text; the
 * stage then resolves candidates in document order with a `ResolveEnv` (reference date, the date
 * last named, the tense of the clause, a written weekday).
 */
import type { DateGranularity } from '../../core/doc.ts'
import type { ErrorCode } from '../../core/errors.ts'
import type { CalendarDate } from './calendar.ts'

/**
 * What kind of expression a mention is (`DateMention.kind`):
 * absolute 2025年7月12日 · wareki 令和7年 · partial 28日 / 3月14日 / 7月 · relative きのう / 来週 / 今年 ·
 * anaphoric 前日 / 翌年 / 同日 · offset 3日前 / 2週間後 · fiscal-year 2025年度 · weekend 週末 ·
 * season 今夏 / 年末 · within 数日以内 / 年内.
 */
export type DateKind =
  | 'absolute'
  | 'wareki'
  | 'partial'
  | 'relative'
  | 'anaphoric'
  | 'offset'
  | 'fiscal-year'
  | 'weekend'
  | 'season'
  | 'within'

/** The date the text named last (前日/翌日/同日 count from it). */
export type Anchor = { readonly date: CalendarDate; readonly granularity: 'day' | 'month' | 'year' }

/**
 * Whether the clause around a partial date speaks of the past or the future. `future-or-recent`
 * (a start, release or deadline: から, 発売, まで) is the future unless the date fell within the
 * last week (3/9より発売 written on 3/11 is two days ago, not next year). `nearest` is used for a
 * date right after a day word (本日23日, 明日15日): the occurrence nearest that day.
 */
export type Tense = 'past' | 'future' | 'future-or-recent' | 'nearest'

export type ResolveEnv = {
  /** publication date in Asia/Tokyo, or null when unknown */
  readonly ref: CalendarDate | null
  /** the date the text named last (any sentence) */
  readonly anchor: Anchor | null
  /** the day the text named last (前日, その3日後 count from it even after 2001年 was named) */
  readonly dayAnchor: Anchor | null
  /** an earlier date in the same sentence whose month is known (for 24日、25日 and 5月1日〜3日) */
  readonly sentenceAnchor: Anchor | null
  /** the last day named in the same sentence, by any expression (25日（土）と週末) */
  readonly sentenceDay: Anchor | null
  /** true when this mention follows the sentence anchor after a range mark (〜, から) */
  readonly continuesRange: boolean
  readonly tense: Tense
  /** ISO weekday written right after the expression, e.g. （土） → 6 */
  readonly weekday: number | null
}

/** Codes of date diagnostics (also listed in core/errors.ts). */
export type DateDiagnosticCode = Extract<ErrorCode, 'dates/no-reference-date' | 'dates/no-anchor' | 'dates/invalid-date'>

export type Resolution =
  | {
      readonly value: string
      readonly granularity: DateGranularity
      /** the calendar point later anaphora count from; omitted for vague intervals */
      readonly anchor?: Anchor
      /** for day and week words: an explicit day right after (本日23日, 来週12日) is the one nearest this */
      readonly near?: CalendarDate
    }
  | { readonly value: null; readonly granularity: DateGranularity; readonly code: DateDiagnosticCode; readonly reason: string }

/** A recognised expression before resolution. `kind: 'blocked'` marks a non-date that wins its span. */
export type DateCandidate = {
  readonly start: number
  readonly end: number
  readonly kind: DateKind | 'blocked'
  readonly rule: string
  /** true when the expression names its own month (so a bare day that follows can inherit it) */
  readonly namesMonth?: boolean
  readonly resolve: (env: ResolveEnv) => Resolution
}

/** A recogniser: a global regex over the folded text and a function from a match to a candidate. */
export type DateRule = {
  readonly name: string
  readonly pattern: RegExp
  readonly toCandidate: (match: RegExpExecArray, text: string) => DateCandidate | null
}
