/**
 * @module digest/timeline/rule
 * What a timeline rule sees and says. A rule looks at one resolved date in its sentence and the
 * article's publication day, and tells what the sentence is at that date: something that happened
 * (`event`), something planned (`scheduled`), something forecast (`forecast`), or not an event at
 * all (`drop`: a reference time of a figure, a generic month). `undefined` lets the next rule try.
 */
import type { DateMention } from '../../core/doc.ts'
import type { SentenceView } from '../sentences.ts'

export type Verdict = 'event' | 'scheduled' | 'forecast' | 'drop'

export type TimelineContext = {
  readonly date: DateMention & { readonly value: string }
  readonly sentence: SentenceView
  /** the document text (the sentence and the date index into it) */
  readonly text: string
  /** day number (days since the epoch) of the article's publication, when known */
  readonly published: number | undefined
  /** first and last day numbers covered by the date value */
  readonly first: number
  readonly last: number
}

export type TimelineRule = { readonly name: string; readonly judge: (ctx: TimelineContext) => Verdict | undefined }

/** Words that make a sentence a forecast about its date (見通し, おそれ, 見込み, 予想, 可能性 …). */
export const FORECAST = /おそれ|恐れ|見込み|見通し|予想|予報|可能性|見られ|みられ|だろう/u
/** Words that make a sentence a plan for its date (予定, 方針, 計画, 目指す, 考え …). */
export const PLAN = /予定|方針|計画|目指|考えだ|考えです|意向|したい|へ。/u

/** The sentence's own words as the reporter wrote them: quoted words are not its tense. */
export function outsideQuotes(text: string): string {
  return text.replace(/「[^「」]*」/gu, '')
}

/** Whether the sentence's last predicate is in the past tense (…した。 …しました。 …だった。). */
export function endsInPast(text: string): boolean {
  return /(?:た|ました|でした|だった)[。！？」』）\s]*$/u.test(text)
}

/** Forecast or plan from the sentence's own words, or undefined when it has neither. */
export function futureKind(sentence: SentenceView): 'forecast' | 'scheduled' | undefined {
  const own = outsideQuotes(sentence.text)
  return FORECAST.test(own) ? 'forecast' : PLAN.test(own) ? 'scheduled' : undefined
}
