/**
 * @module analyze/dates/rules
 * The date rules in priority order: where two candidates start at the same place with the same
 * length, the one listed first wins. Blockers come first so that a non-date (3日間, 13日の金曜日)
 * claims its span before any date rule.
 */
import type { DateRule } from '../types.ts'
import { blockNonDates } from './block-non-dates.ts'
import { blockNames } from './block-names.ts'
import { blockIdioms } from './block-idioms.ts'
import { blockSpansOfTime } from './block-spans-of-time.ts'
import { blockAnnualDays } from './block-annual-days.ts'
import { slashDate } from './slash-date.ts'
import { calendarExpression } from './calendar-expression.ts'
import { offset } from './offset.ts'
import { within } from './within.ts'
import { relativeDay } from './relative-day.ts'
import { relativeWeek } from './relative-week.ts'
import { weekend } from './weekend.ts'
import { anaphoricDay } from './anaphoric-day.ts'
import { season } from './season.ts'
import { namedDay } from './named-day.ts'
import { halfAndQuarter } from './half-and-quarter.ts'
import { weekday } from './weekday.ts'

export const DATE_RULES: readonly DateRule[] = [
  blockNonDates,
  blockNames,
  blockIdioms,
  blockSpansOfTime,
  blockAnnualDays,
  slashDate,
  offset,
  within,
  halfAndQuarter,
  calendarExpression,
  season,
  relativeWeek,
  weekend,
  relativeDay,
  anaphoricDay,
  namedDay,
  weekday,
]
