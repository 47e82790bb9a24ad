/**
 * @module digest/timeline/rules/reference-time
 * 「5日現在の登録者数は約79万人」「5日午後3時現在、北へ進んでいる」: a date followed by 現在 / 時点
 * is the reference time of a figure or a state, not an event — unless the sentence reports
 * something that happened then (7日正午の時点で約12万戸が停電した).
 */
import { endsInPast, type TimelineRule } from '../rule.ts'

const REFERENCE = /^[^、。]{0,8}?(?:現在|時点)/u

export const referenceTime: TimelineRule = {
  name: 'reference-time',
  judge: ({ date, sentence, text }) => (REFERENCE.test(text.slice(date.end, date.end + 12)) && !endsInPast(sentence.text) ? 'drop' : undefined),
}
