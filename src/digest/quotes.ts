/**
 * @module digest/quotes
 * Who said what: quotations with their speakers, from the quotes layer (speaker = the entity's
 * canonical name and role, or the speaker as written). A quote whose speaker is unknown is left out
 * of the list: a bare quote beside named ones reads as if the previous speaker said it. Without a
 * quotes layer there are no speakers, so no quote lines.
 *
 * Rules, in order:
 * 1. a quote of fewer than 12 characters (「連合」) is a term in brackets, not a statement;
 * 2. own-topic-speaker: the analysis' speaker is an entity not named in the quote's sentence (carried
 *    over from an earlier one) while the sentence has its own written topic before the quote
 *    (国土交通相は…「…」と述べた after 国土交通省は…) — the written topic is the speaker;
 * 3. no speaker → left out.
 */
import type { DigestQuote } from '../core/digest.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import type { SentenceView } from './sentences.ts'
import { writtenTopic } from './written-topic.ts'

/** Quotes shorter than this (a term in brackets: 「連合」) are not statements. */
const MIN_QUOTE_CHARS = 12

/** Quotes of one article with a known speaker, in text order. */
export function findQuotes(articleId: string, doc: AnalyzedDoc, sents: readonly SentenceView[] = []): DigestQuote[] {
  const entities = doc.layers.entities ?? []
  const out: DigestQuote[] = []
  for (const quote of doc.layers.quotes ?? []) {
    const { start, end } = quote.content
    if (end - start < MIN_QUOTE_CHARS) continue
    let ent = quote.speaker === null ? undefined : entities.find((e) => e.id === quote.speaker)
    let speaker = ent?.canonical ?? quote.speakerText ?? null
    const sent = sents.find((s) => s.start <= quote.start && quote.end <= s.end)
    if (ent !== undefined && sent !== undefined && !entities.some((e) => e.id === ent?.id && sent.start <= e.start && e.end <= sent.end)) {
      const own = writtenTopic(sent, quote.start)
      if (own !== undefined) {
        speaker = own
        ent = undefined
      }
    }
    if (speaker === null) continue
    const base = { speaker, text: doc.text.slice(start, end), cites: [{ id: articleId, start, end }] }
    out.push(ent?.role === undefined ? base : { ...base, role: ent.role })
  }
  return out
}
