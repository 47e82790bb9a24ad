/**
 * @module digest/numbers
 * Numbers that matter, with their sentence: quantities with a unit (75%, 380発, 5キロ, 1億ドル),
 * not dates or clock times. From the numbers layer; without it, a plain pattern finds them.
 */
import type { DigestNumber } from '../core/digest.ts'
import type { AnalyzedDoc, NumberMention } from '../core/doc.ts'
import type { SentenceView } from './sentences.ts'

/** Units that are dates, times or ordinals, not quantities. */
const NOT_QUANTITY = new Set(['', '日', '月', '年', '時', '分', '秒', '曜日', '位', '番', '号', '回目', '代', '歳', '年度', '世紀', '期'])
const MAGNITUDE: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 }
const FALLBACK =
  /(?:およそ|約|少なくとも)?(\d[\d,]*(?:\.\d+)?)(万|億|兆)?(%|％|パーセント|発|キロ|メートル|ドル|円|ユーロ|人|件|台|機|隻|両|棟|戸|トン|倍|カ国|か国)(近く|以上|余り|超|あまり|前後)?/gu

function fallbackNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = []
  for (const m of text.matchAll(FALLBACK)) {
    const value = Number((m[1] ?? '0').replace(/,/gu, '')) * (MAGNITUDE[m[2] ?? ''] ?? 1)
    out.push({ start: m.index, end: m.index + m[0].length, value, unit: (m[3] ?? '').replace('％', '%') })
  }
  return out
}

/** Quantities of one article with their sentences, in text order. */
export function findNumbers(articleId: string, doc: AnalyzedDoc, sents: readonly SentenceView[]): DigestNumber[] {
  const out: DigestNumber[] = []
  for (const n of doc.layers.numbers ?? fallbackNumbers(doc.text)) {
    if (NOT_QUANTITY.has(n.unit)) continue
    const sent = sents.find((s) => s.start <= n.start && n.end <= s.end)
    if (sent === undefined || sent.kind === 'headline') continue
    out.push({
      value: n.value,
      unit: n.unit,
      text: doc.text.slice(n.start, n.end),
      cite: { id: articleId, start: n.start, end: n.end },
      sentence: { text: sent.text, cites: [{ id: articleId, start: sent.start, end: sent.end }] },
    })
  }
  return out
}
