/**
 * @module digest/timeline/rules/current-period
 * A month, week or interval that contains the publication day (今月中に, 11月としては, 今週中に,
 * 年内に) places nothing on a day: a sentence with forecast or plan words there is a forecast or a
 * plan for the period (年内にまとめる方針); any other is a generic mention (11月に台風が上陸するのは
 * 3例目, 11月としては珍しい進路) and is no event.
 */
import { futureKind, type TimelineRule } from '../rule.ts'

export const currentPeriod: TimelineRule = {
  name: 'current-period',
  judge: ({ date, sentence, published, first, last }) => {
    if (published === undefined || date.granularity === 'day' || first > published || last < published) return undefined
    return futureKind(sentence) ?? 'drop'
  },
}
