/**
 * @module digest/numbers
 * Numbers that matter, with their sentence: quantities with a unit (75%, 380発, 5キロ, 1億ドル),
 * not dates, clock times, durations (24時間, 2日間, 1週間: how long, not how much) or speeds
 * (20キロの速さ), an idiomatic 一 (一人では, 一度も) or a part named out of a quantity (3社のうちの1社).
 * From the numbers layer; without it, a plain pattern finds them. `keyNumbers` keeps one line per fact
 * across a story: a value with the same unit already listed is a repeat.
 */
import type { DigestNumber } from '../core/digest.ts'
import type { AnalyzedDoc, NumberMention } from '../core/doc.ts'
import type { SentenceView } from './sentences.ts'

/** Units that are dates, times or ordinals, not quantities. */
const NOT_QUANTITY = new Set(['', '日', '月', '年', '時', '分', '秒', '曜日', '位', '番', '号', '回目', '代', '歳', '年度', '世紀', '期'])
/** Units of a duration: 「24時間に300ミリ」 says over what time, the amount is the other number. */
const DURATION = new Set(['時間', '日間', '週間', 'か月', 'カ月', 'ヶ月', 'ケ月', '箇月', 'か月間', 'カ月間', 'ヶ月間', '年間', '分間', '秒間'])
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

/** A speed (1時間に20キロの速さ): how fast, not how much. */
const SPEED = /^(?:の速さ|の速度|の猛スピード)/u
/** Kanji 一 + counter in an idiom (一人では, 一度も, 一つずつ): a manner of doing, not a count. */
const IDIOM_ONE = /^一(?:人|つ|度|回|時)$/u
const IDIOM_ONE_AFTER = /^(?:で|も|ずつ|として|きり|ひとり|一人)/u

/** A part named out of a quantity just given (3社のうちの1社の幹部): who, not how many. */
const PART_OF = /のうち(?:の)?$/u

/** Whether the number `n` is an idiomatic 一 (「一人では片付けられず」), not a quantity. */
function isIdiomaticOne(text: string, n: NumberMention): boolean {
  return IDIOM_ONE.test(text.slice(n.start, n.end)) && IDIOM_ONE_AFTER.test(text.slice(n.end, n.end + 4))
}

/**
 * Quantities of one article with their sentences, in text order. `skip`: indices of sentences
 * whose numbers are left out (stale forecasts: 24時間に予想される雨量は300ミリ, once the rain fell).
 */
export function findNumbers(articleId: string, doc: AnalyzedDoc, sents: readonly SentenceView[], skip: ReadonlySet<number> = new Set()): DigestNumber[] {
  const out: DigestNumber[] = []
  for (const n of doc.layers.numbers ?? fallbackNumbers(doc.text)) {
    if (NOT_QUANTITY.has(n.unit) || DURATION.has(n.unit) || SPEED.test(doc.text.slice(n.end, n.end + 6)) || isIdiomaticOne(doc.text, n) || PART_OF.test(doc.text.slice(Math.max(0, n.start - 4), n.start))) continue
    const sent = sents.find((s) => s.start <= n.start && n.end <= s.end)
    if (sent === undefined || sent.kind === 'headline' || skip.has(sent.index)) continue
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

/**
 * The story's numbers, one per fact: a number whose value and unit are already listed (the same
 * 10% in every article, 3社 then 「3社のうちの1社」) is a repeat and left out; first mention wins.
 */
export function keyNumbers(numbers: readonly DigestNumber[], max: number): DigestNumber[] {
  const seen = new Set<string>()
  const out: DigestNumber[] = []
  for (const n of numbers) {
    const key = `${n.value}|${n.unit}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(n)
    if (out.length >= max) break
  }
  return out
}
