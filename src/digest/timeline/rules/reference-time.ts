/**
 * @module digest/timeline/rules/reference-time
 * 「5日現在の登録者数は約79万人」「5日午後3時現在、北へ進んでいる」: a date followed by 現在 / 時点
 * is the reference time of a figure or a state, not an event — unless the sentence reports
 * something that happened then (7日正午の時点で約12万戸が停電した). A past verb that only says how a
 * figure moved (約92万人と…5万人減った, 前回を上回った) is still a figure, not an event.
 */
import { endsInPast, type TimelineRule } from '../rule.ts'

const REFERENCE = /^[^、。]{0,8}?(?:現在|時点)/u
/** The sentence ends by saying how a figure moved: 減った, 増えた, 上回った, 減少した, 達した … */
const FIGURE_MOVED = /(?:減っ|増え|上回っ|下回っ|達し|減少し|増加し|上昇し|低下し)(?:た|ました)[。！？」』）\s]*$/u

export const referenceTime: TimelineRule = {
  name: 'reference-time',
  judge: ({ date, sentence, text }) =>
    REFERENCE.test(text.slice(date.end, date.end + 12)) && (!endsInPast(sentence.text) || FIGURE_MOVED.test(sentence.text)) ? 'drop' : undefined,
}
