/**
 * @module analyze/numbers
 * Numbers stage: text → `NumberMention[]` (requires nothing). Quantities with their unit and
 * qualifier: 1億ドル (1e8, ドル), 75%近く (approx), 380発以上 (at-least), 約1万4千人 (approx, 14000, 人),
 * 三十五人, 10〜20人 (two bounds), 数百人 (100, approx). Rules, in order:
 * 1. find-numerals — numeral runs, not in identifiers (G7) or ordinals (第3); kanji numerals need a counter;
 * 2. read-unit — the 助数詞 or unit right after, normalised;
 * 3. skip-date-parts — 2025年, 3月, 28日, 9時30分, 3日前 belong to the dates stage;
 * 4. read-range — 10〜20人 → at-least 10 人, at-most 20 人;
 * 5. read-qualifier — 約/およそ/最大 before, 以上/以下/超/未満/近く/余り/程度 after (inside the span).
 */
import type { NumberMention, NumberQualifier } from '../../core/doc.ts'
import type { AnalysisStage } from '../../core/stage.ts'
import { readNumeral, type Numeral } from './rules/find-numerals.ts'
import { readPrefixQualifier, readSuffixQualifier } from './rules/read-qualifier.ts'
import { isRangeMark } from './rules/read-range.ts'
import { readUnit } from './rules/read-unit.ts'
import { isDatePart } from './rules/skip-date-parts.ts'

export { parseNumeral } from './rules/parse-numeral.ts'

/** Counters a kanji-only numeral may not take: 十分 (enough), 一度 (once) read as words. */
const KANJI_ONLY_EXCLUDED_UNITS = new Set(['分', '度', '点', '本', '位', '元', '台', '名', '門', '回'])

type Quantity = { numeral: Numeral; unit: string | null; unitEnd: number }

function readQuantity(text: string, at: number): Quantity | null {
  const numeral = readNumeral(text, at)
  if (numeral === null) return null
  const unit = readUnit(text, numeral.end)
  if (isDatePart(text, numeral.start, numeral.end, unit?.unit ?? null, unit?.length ?? 0)) return null
  if (numeral.kanjiOnly && (unit === null || KANJI_ONLY_EXCLUDED_UNITS.has(unit.unit)) && !/[万億兆]/.test(text.slice(numeral.start, numeral.end))) return null
  return { numeral, unit: unit?.unit ?? null, unitEnd: numeral.end + (unit?.length ?? 0) }
}

function mention(start: number, end: number, value: number, unit: string, qualifier: NumberQualifier | undefined): NumberMention {
  return qualifier === undefined ? { start, end, value, unit } : { start, end, value, unit, qualifier }
}

/**
 * Find the quantities in `text`, sorted by start and never overlapping.
 * @example
 * findNumbers('380発以上のミサイル') // [{ start: 0, end: 6, value: 380, unit: '発', qualifier: 'at-least' }]
 */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = []
  let i = 0
  while (i < text.length) {
    const quantity = readQuantity(text, i)
    if (quantity === null) {
      i++
      continue
    }
    const { numeral } = quantity
    const prefix = readPrefixQualifier(text, numeral.start)
    const start = prefix !== null && (out.at(-1)?.end ?? 0) <= numeral.start - prefix.length ? numeral.start - prefix.length : numeral.start
    const prefixQualifier = start < numeral.start ? prefix?.qualifier : undefined
    if (isRangeMark(text, quantity.unitEnd)) {
      const upper = readQuantity(text, quantity.unitEnd + 1)
      if (upper !== null && (quantity.unit === null || upper.unit === null || upper.unit === quantity.unit)) {
        const unit = upper.unit ?? quantity.unit ?? ''
        const suffix = readSuffixQualifier(text, upper.unitEnd)
        out.push(mention(start, quantity.unitEnd, numeral.value, unit, numeral.vague ? 'approx' : 'at-least'))
        out.push(mention(upper.numeral.start, upper.unitEnd + (suffix?.length ?? 0), upper.numeral.value, unit, suffix?.qualifier ?? 'at-most'))
        i = upper.unitEnd + (suffix?.length ?? 0)
        continue
      }
    }
    if (quantity.unit === null && !numeral.vague && numeral.value < 10 && !/[万億兆]/.test(text.slice(numeral.start, numeral.end))) {
      i = numeral.end // a bare small number (1, 2 …) is rarely a quantity worth reporting
      continue
    }
    const suffix = readSuffixQualifier(text, quantity.unitEnd)
    const qualifier = suffix?.qualifier ?? prefixQualifier ?? (numeral.vague ? 'approx' : undefined)
    const end = quantity.unitEnd + (suffix?.length ?? 0)
    out.push(mention(start, end, numeral.value, quantity.unit ?? '', qualifier))
    i = end
  }
  return out
}

/** The numbers stage. */
export const numbers: AnalysisStage<'numbers'> = {
  name: 'numbers',
  requires: [],
  run(doc) {
    return findNumbers(doc.text)
  },
}
