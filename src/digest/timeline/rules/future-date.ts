/**
 * @module digest/timeline/rules/future-date
 * A date after the article's publication day cannot be something that happened: the sentence is a
 * forecast (7日ごろ…接近するおそれ, あすにかけて雪が降る見込み) or a plan (投票は15日に行われる,
 * 来年2月末までにまとめる方針, 合意は18日に持ち越された).
 */
import { FORECAST, outsideQuotes, type TimelineRule } from '../rule.ts'

export const futureDate: TimelineRule = {
  name: 'future-date',
  judge: ({ sentence, published, first }) => {
    if (published === undefined || first <= published) return undefined
    return FORECAST.test(outsideQuotes(sentence.text)) ? 'forecast' : 'scheduled'
  },
}
