/**
 * @module analyze/dates/rules/weekend
 * Rule: a bare 週末 is the Saturday–Sunday interval nearest the publication date in the
 * direction of the clause's tense: the coming (or current) weekend for the future, the last
 * (or current) one for the past; the weekend of a day named earlier in the same sentence when
 * there is one (25日（土）と週末に重なる). 毎週末, 週末ごと and compounds such as 週末婚 are habits or
 * names, not dates (see block-non-dates.ts).
 */
import type { DateRule } from '../types.ts'
import { addDays, isoWeekday } from '../calendar.ts'
import { needsReference, weekendOf } from '../resolve-helpers.ts'
import { candidateOf } from './candidate-of.ts'

export const weekend: DateRule = {
  name: 'weekend',
  pattern: /週末/g,
  toCandidate(match) {
    return candidateOf(match, 'weekend', 'weekend', (env) => {
      // 25日（土）と週末に重なる: the weekend of the day the sentence names
      if (env.sentenceDay !== null) return weekendOf(env.sentenceDay.date)
      if (env.ref === null) return needsReference(match[0])
      // in the past tense on a weekday, 週末 is the weekend just gone
      const base = env.tense === 'past' && isoWeekday(env.ref) < 6 ? addDays(env.ref, -7) : env.ref
      return weekendOf(base)
    })
  },
}
