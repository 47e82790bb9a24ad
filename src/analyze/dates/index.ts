/**
 * @module analyze/dates
 * Stage `dates` (requires `sentences`; provides the `dates` layer): date expressions resolved
 * against the publication date (`ctx.referenceDate`, read in Asia/Tokyo) as ISO 8601 values —
 * YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or an interval start/end. A date that cannot be resolved
 * keeps `value: null` and is reported through `ctx.report`. See README.md for the conventions.
 */
import type { AnalysisStage } from '../../core/stage.ts'
import { findDates } from './find-dates.ts'

/**
 * The dates stage.
 * @example
 * const layer = dates.run(doc, { ...ctx, referenceDate: '2022-02-28' })
 * // 「きのう」 → { value: '2022-02-27', granularity: 'day', kind: 'relative' }
 */
export const dates: AnalysisStage<'dates'> = {
  name: 'dates',
  requires: ['sentences'],
  run(doc, ctx) {
    const { mentions, problems } = findDates(doc.text, doc.layers.sentences ?? [], ctx.referenceDate)
    for (const problem of problems) {
      const diagnostic = { code: problem.code, severity: 'warning' as const, stage: 'dates', message: problem.message }
      ctx.report(problem.span === undefined ? diagnostic : { ...diagnostic, span: problem.span })
    }
    return mentions
  },
}

export { findDates, type FindDatesResult, type DateProblem } from './find-dates.ts'
export { parseReferenceDate, type CalendarDate } from './calendar.ts'
export type { DateKind } from './types.ts'
