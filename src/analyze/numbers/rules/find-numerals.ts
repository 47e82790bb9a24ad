/**
 * @module analyze/numbers/rules/find-numerals
 * Finds numeral runs in the text: Arabic digits (half/full width) with kanji multipliers
 * (1万4千, 1億), kanji numerals (三十五, 二〇二五) and 数 + magnitude (数百, 数千 — approximate).
 * Runs inside identifiers (G7, F16, 5G) and ordinals (第3) are not quantities.
 */
import { NUMERAL_CHAR, parseNumeral } from './parse-numeral.ts'

/** A numeral found in the text, before its unit and qualifiers are read. */
export type Numeral = {
  readonly start: number
  readonly end: number
  readonly value: number
  /** written only with kanji (三十五): needs a counter to count as a quantity */
  readonly kanjiOnly: boolean
  /** 数百, 数千: a magnitude, not an exact value */
  readonly vague: boolean
}

const START = /[0-9０-９〇一二三四五六七八九十百千]/
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/
const KANJI = /[\u4e00-\u9fff々]/

/** The characters `START` matches, and 数, as UTF-16 codes: the scanner asks at every character. */
const START_CODES: ReadonlySet<number> = new Set([...'0123456789０１２３４５６７８９〇一二三四五六七八九十百千数'].map((c) => c.charCodeAt(0)))

/** The numeral starting at `at`, or null (the scanner then moves on by one character). */
export function readNumeral(text: string, at: number): Numeral | null {
  if (!START_CODES.has(text.charCodeAt(at))) return null
  const first = text[at] ?? ''
  const vague = first === '数' && /[十百千万億]/.test(text[at + 1] ?? '')
  if (!vague && !START.test(first)) return null
  let end = at + (vague ? 1 : 0)
  while (end < text.length && NUMERAL_CHAR.test(text[end] ?? '')) end++
  while (end > at && /[,，.．]/.test(text[end - 1] ?? '')) end--
  const before = text[at - 1] ?? ''
  const body = text.slice(vague ? at + 1 : at, end)
  const kanjiOnly = !/[0-9０-９]/.test(body)
  if (NUMERAL_CHAR.test(before) || before === '第' || LATIN.test(before) || LATIN.test(text[end] ?? '') && !/^(?:km|kg|ｋｍ|ｋｇ)/.test(text.slice(end, end + 2))) return null
  if (kanjiOnly && !vague && (KANJI.test(before) || body === '十' || body === '百' || body === '千')) return null
  const parsed = parseNumeral(body)
  if (parsed === null) return null
  return { start: at, end, value: parsed, kanjiOnly, vague }
}
