/**
 * @module digest/written-topic
 * The topic a sentence writes before a position (国土交通相は…「…」 → 国土交通相): the noun run
 * (nouns joined by の) before the first topic は that opens a clause (at the sentence start or after 、), outside
 * brackets. 「では」「には」「とは」 and 「については」 are not topics. Needs tokens; undefined without.
 */
import type { SentenceView } from './sentences.ts'

/** The written topic of `sent` before offset `before`, or undefined. */
export function writtenTopic(sent: SentenceView, before: number): string | undefined {
  const tokens = sent.tokens.filter((t) => t.end <= before)
  let depth = 0
  let clauseStart = 0
  for (const [i, t] of tokens.entries()) {
    if (t.posDetail[0] === '括弧開') depth++
    else if (t.posDetail[0] === '括弧閉') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    if (t.surface === '、') {
      clauseStart = i + 1
      continue
    }
    if (t.surface !== 'は' || t.posDetail[0] !== '係助詞') continue
    let from = i
    // nouns, joined by の (国交省の担当者は)
    while (from > clauseStart && (tokens[from - 1]!.partOfSpeech === '名詞' || (tokens[from - 1]!.surface === 'の' && from - 1 > clauseStart && from < i))) from--
    // the noun run must open the clause: 「会見では」「…については」 are adverbials, not topics
    if (from === i || from !== clauseStart) return undefined
    return sent.text.slice(tokens[from]!.start - sent.start, t.start - sent.start)
  }
  return undefined
}
