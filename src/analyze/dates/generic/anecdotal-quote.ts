/**
 * @module analyze/dates/generic/anecdotal-quote
 * Rule: a day word inside words someone said in an anecdote is that speaker's day, not the
 * publication's — 「明日も仕事だから」って話をした, 息子が「今日、一緒に寝たい」って,
 * 「今日、化粧バッチリだね」と言われると, “今日のゲームで打つ”と冗談交じりに, 「♪…今年もやってくる」
 * というフレーズ, 「今夜は飲み会らしい」程度に. The cue is how the quote is reported right after it
 * closes: colloquial って, と言われ (said to the narrator), と冗談, と返事, と誘われ, というフレーズ …
 * Reported speech of a news source (と話した, と表明, と苦言を呈し) and comments quoted side by side
 * (「今日の試合…」「…」) are news of the day and are kept.
 * Applies to day words and 今月/今年/今週 inside 「」 or “”; never to a written date, nor to a day
 * word in apposition to one (「明日8月3日」).
 */
import type { GenericUseRule } from './types.ts'
import { isBeforeDate } from './before-date.ts'

/** Quote marks whose inside is someone's words. */
const PAIRS: Readonly<Record<string, string>> = { '「': '」', '“': '”' }
/** How far back an opening mark is looked for, and how far on its closer. */
const MAX_QUOTE_CHARS = 80

/** Words counted from the speaker's own day. */
const DAY_WORDS = /^(?:今日|きょう|明日|あす|あした|昨日|きのう|今夜|今晩|今朝|昨夜|今月|今年|今週|来週|先週)/

/** How an anecdote reports a quote, right after it closes. */
const REPORTED_IN_ANECDOTE =
  /^\s*(?:って(?!いう(?:記事|報道|発表))|と(?:言われ|いわれ|言って(?:き|くれ|もら)|冗談|返事|返さ|誘われ|誘って|声をかけ|聞かれ|訊かれ|励まさ|元気が湧|勇気が湧)|という(?:フレーズ|歌詞|セリフ|台詞|一言|言葉|口癖|決まり文句)|程度|くらいの|ぐらいの|みたいな|なんて(?:言|い))/

export const anecdotalQuote: GenericUseRule = {
  name: 'anecdotal-quote',
  test(ctx) {
    if (ctx.kind !== 'relative') return null
    if (!DAY_WORDS.test(ctx.text.slice(ctx.start, ctx.end)) || isBeforeDate(ctx.text, ctx.end)) return null
    const closer = closingMark(ctx.text, ctx.start, ctx.end)
    if (closer === null) return null
    return REPORTED_IN_ANECDOTE.test(ctx.text.slice(closer + 1, closer + 12)) ? 'inside words quoted from an anecdote (「明日も仕事だから」って)' : null
  },
}

/** The position of the mark closing the quote that holds [start, end), or null when not quoted. */
function closingMark(text: string, start: number, end: number): number | null {
  for (let i = start - 1; i >= Math.max(0, start - MAX_QUOTE_CHARS); i--) {
    const ch = text[i] ?? ''
    if (ch === '\n' || ch === '」' || ch === '”') return null
    const close = PAIRS[ch]
    if (close === undefined) continue
    const at = text.indexOf(close, end)
    if (at < 0 || at - end > 2 * MAX_QUOTE_CHARS || text.slice(end, at).includes('\n')) return null
    return at
  }
  return null
}

