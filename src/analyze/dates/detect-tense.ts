/**
 * @module analyze/dates/detect-tense
 * Does the clause around a partial date (28日, 3月14日, 週末) speak of the future? Reads the words
 * after the expression up to the next date or the end of the clause, without tokens:
 * 1. a strong future marker (予定, 方針, 見通し, 開催される, 〜へ …) → future;
 * 2. a past form (〜た, 〜だった) → past;
 * 3. a weak future marker (から, まで, 発売, 公開, a plain non-past verb ending …) → future, or
 *    the recent past when the date fell within the last week (`future-or-recent`);
 * 4. otherwise past (news reports what happened: the convention of the issue).
 * A lead-in before the expression (もうすぐ, まもなく, いよいよ) also marks the future.
 */
import type { Tense } from './types.ts'

/** Markers that put the clause in the future whatever else follows. */
const STRONG_FUTURE =
  /予定|方針|見通し|見込み|計画|目指|目標|めど|メド|開催され(?:る|ます)|行われ(?:る|ます)|始ま(?:る|ります)|迎え(?:る|ます)|控え|決ま(?:る|ります)|だろう|でしょう|(?:[りきちしねみえけせてべめれい])そう(?:だ|です)|つもり|方向で|ことにな(?:る|ります)|へ(?:[。、!！]|$)/

/** Past forms: 〜した, 〜された, 〜だった, 〜でした (〜ている is a present state and says nothing here). */
const PAST = /(?:[っしれいきんえけせてめべねげびみ]|だっ|でし|まし|かっ)た(?![ちいだめくらりぶ])|だった/

/** Markers that lean to the future when no past form is present: a start, a deadline, a release. */
const WEAK_FUTURE =
  /から|より|まで|以降|発売|公開|上映|ロードショー|配信|販売|予約|開始|スタート|実施|開催|放送|登場|オープン|受付|締め?切|[すくうつぬむぶぐる](?:[。!！]|$)|ます(?:[。!！]|$)/

/** Lead-ins before the expression that announce something to come. */
const FUTURE_LEAD = /(?:もうすぐ|まもなく|間もなく|いよいよ|次回|今度の|近く|来る|きたる)[\s、]*$/

/** Characters of lead-in looked at before the expression. */
const LEAD_CHARS = 8

/**
 * The tense of the clause around a date expression.
 * @param text the folded document text
 * @param start start of the expression
 * @param end end of the expression
 * @param limit where its own words end: the next date expression or the end of the sentence
 * @param sentenceEnd the end of the sentence, read when the words up to `limit` carry no tense
 */
export function detectTense(text: string, start: number, end: number, limit: number, sentenceEnd: number = limit): Tense {
  if (FUTURE_LEAD.test(text.slice(Math.max(0, start - LEAD_CHARS), start))) return 'future'
  // the words up to the next date first; when they carry no tense (着工し、), the clause's end
  return tenseOf(clauseAfter(text, end, limit)) ?? tenseOf(clauseAfter(text, end, sentenceEnd)) ?? 'past'
}

function tenseOf(words: string): Tense | null {
  if (STRONG_FUTURE.test(words)) return 'future'
  if (PAST.test(words)) return 'past'
  if (WEAK_FUTURE.test(words)) return 'future-or-recent'
  return null
}

const OPENERS = '「『（(【〈《'
const CLOSERS = '」』）)】〉》'

/**
 * The words after `end` up to `limit` at the date's own bracket depth: cut where a bracket that
 * was open at `end` closes, and without the inside of brackets opened later (a title such as
 * 「世界を変えた男」 says nothing about when the programme airs).
 */
function clauseAfter(text: string, end: number, limit: number): string {
  let depth = 0
  let out = ''
  for (let i = end; i < limit; i++) {
    const ch = text[i] ?? ''
    if (OPENERS.includes(ch)) depth++
    else if (CLOSERS.includes(ch)) {
      if (depth === 0) return out
      depth--
    } else if (depth === 0) out += ch
  }
  return out
}
