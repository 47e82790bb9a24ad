/**
 * @module digest/quotes
 * Quotations with their speakers, from the quotes layer (speaker = the entity's canonical name and
 * role, or the speaker as written). Without a quotes layer, 「…」 spans are taken with no speaker.
 */
import type { DigestQuote } from '../core/digest.ts'
import type { AnalyzedDoc, Quote } from '../core/doc.ts'

/** Quotes shorter than this (a term in brackets: 「連合」) are not statements. */
const MIN_QUOTE_CHARS = 12

function fallbackQuotes(text: string): Quote[] {
  const out: Quote[] = []
  for (const m of text.matchAll(/「([^「」]*)」/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, content: { start: m.index + 1, end: m.index + m[0].length - 1 }, speaker: null })
  }
  return out
}

/** Quotes of one article, in text order. */
export function findQuotes(articleId: string, doc: AnalyzedDoc): DigestQuote[] {
  const entities = doc.layers.entities ?? []
  const out: DigestQuote[] = []
  for (const quote of doc.layers.quotes ?? fallbackQuotes(doc.text)) {
    const { start, end } = quote.content
    if (end - start < MIN_QUOTE_CHARS) continue
    const ent = quote.speaker === null ? undefined : entities.find((e) => e.id === quote.speaker)
    const speaker = ent?.canonical ?? quote.speakerText ?? null
    const base = { speaker, text: doc.text.slice(start, end), cites: [{ id: articleId, start, end }] }
    out.push(ent?.role === undefined ? base : { ...base, role: ent.role })
  }
  return out
}
