/**
 * @module analyze/dates/generic/example-utterance
 * Rule: a day word inside words that are quoted as an example, a slogan or a title names no day —
 * 「今日はがんばるぞ!」っていう時は, 「今日は思い切りゴージャスに」という日には (a kind of day);
 * スローガンは「明日は、どんな言葉を…」 (a slogan); 『明日への扉』 (a title in 『』); a quote that
 * is a short name opening with the day word (「きょうのわんこ」 is a programme corner);
 * 今日から役立つ講座 (from today on, for any reader).
 * Applies to day, week and weekend words and offsets, never to a written date.
 */
import type { GenericUseRule } from './types.ts'

const OPENERS = '「『'
const CLOSERS = '」』'
/** How far back an opening bracket is looked for. */
const MAX_QUOTE_CHARS = 80
/** 」っていう時, 」という日, 」なんて感じ: the quote stands for a kind of moment. */
const AS_EXAMPLE = /^\s*(?:って|っていう|という|といった|なんて|みたいな|のような)\s*(?:時|とき|日|場合|感じ|瞬間|人|こと|気分)/
/** スローガンは「, テーマ:「: the quote is a motto, not a report. */
const AS_MOTTO = /(?:スローガン|キャッチコピー|キャッチフレーズ|コピー|テーマ|タイトル|題名|合言葉|モットー|標語)\s*(?:は|が|を|に|の|も|、|:|：)?\s*$/
/** 今日から役立つ, 明日から使える: a promise to any reader. */
const FROM_NOW_ON = /^から(?:役立つ|役立て|使える|使え|始める|始められる|できる|実践|すぐ)/

export const exampleUtterance: GenericUseRule = {
  name: 'example-utterance',
  test(ctx) {
    if (ctx.kind !== 'relative' && ctx.kind !== 'weekend' && ctx.kind !== 'offset') return null
    if (FROM_NOW_ON.test(ctx.text.slice(ctx.end, ctx.end + 8))) return 'a promise to any reader (今日から役立つ)'
    const quote = enclosingQuote(ctx.text, ctx.start)
    if (quote === null) return null
    if (quote.opener === '『') return 'inside a title in 『』'
    if (AS_MOTTO.test(ctx.text.slice(Math.max(0, quote.start - 12), quote.start))) return 'inside a slogan or title'
    // only day words: 「今年の漢字」 is this year's, a real year
    if (ctx.rule === 'relative-day' && quote.end !== null && quote.start === ctx.start - 1 && isTitle(ctx.text.slice(ctx.end, quote.end))) return 'opens a title in 「」 (「きょうのわんこ」)'
    if (quote.end !== null && AS_EXAMPLE.test(ctx.text.slice(quote.end + 1, quote.end + 12))) return 'inside an utterance quoted as an example'
    return null
  },
}

/** The rest of a quote after its opening day word reads as a name: の + a short noun phrase, no clause. */
function isTitle(rest: string): boolean {
  return rest.startsWith('の') && rest.length <= 20 && !/[、。,!?！？\s]|[たるだすいよねかわ]$/.test(rest)
}

/** The bracket `「` or `『` open at `index` (its position and the position of its closer), or null. */
function enclosingQuote(text: string, index: number): { opener: string; start: number; end: number | null } | null {
  let depth = 0
  for (let i = index - 1; i >= Math.max(0, index - MAX_QUOTE_CHARS); i--) {
    const ch = text[i] ?? ''
    if (CLOSERS.includes(ch)) depth++
    else if (OPENERS.includes(ch)) {
      if (depth === 0) return { opener: ch, start: i, end: closerOf(text, index) }
      depth--
    } else if (ch === '\n') return null
  }
  return null
}

function closerOf(text: string, from: number): number | null {
  let depth = 0
  for (let i = from; i < Math.min(text.length, from + 2 * MAX_QUOTE_CHARS); i++) {
    const ch = text[i] ?? ''
    if (OPENERS.includes(ch)) depth++
    else if (CLOSERS.includes(ch)) {
      if (depth === 0) return i
      depth--
    } else if (ch === '\n') return null
  }
  return null
}
