/**
 * @module cluster/lead-year
 * The year an undated article's lead names (pure): 2007年, 2008年度, or a year written straight
 * before a noun as headlines do (2009衆院選). Without a publication date, two articles whose leads
 * name different years are different events of one kind (each year's lottery, election or series
 * final), however alike their words; the clusterer records the year as an event number (`年`), so
 * the number-conflict rule keeps them apart (see online.ts: only for undated articles, as dated
 * ones have better evidence).
 */
import type { AnalyzedDoc, Token } from '../core/doc.ts'
import { leadEndOf, numberAt } from './terms.ts'

/** The key the year is recorded under among a story's event numbers. */
export const YEAR_KEY = '年'
const FIRST_YEAR = 1900
const LAST_YEAR = 2099
const YEAR_SUFFIXES = new Set(['年', '年度'])

/** The first year named in the lead (title first when analysed apart), as `2007`; undefined when none. */
export function leadYear(doc: AnalyzedDoc, title: AnalyzedDoc | undefined, leadSentences: number): string | undefined {
  if (title !== undefined) return yearIn(title, Number.MAX_SAFE_INTEGER) ?? yearIn(doc, Math.max(0, leadSentences - 1))
  return yearIn(doc, leadSentences)
}

function yearIn(doc: AnalyzedDoc, leadSentences: number): string | undefined {
  const tokens = doc.layers.tokens ?? []
  const leadEnd = leadEndOf(doc, leadSentences)
  for (let i = 0; i < tokens.length && tokens[i]!.start < leadEnd; i++) {
    const year = yearAt(tokens, i)
    if (year !== undefined) return year
  }
  return undefined
}

/** A four-digit year starting at token i, followed by 年 / 年度 or directly by a content noun. */
function yearAt(tokens: readonly Token[], i: number): string | undefined {
  const number = numberAt(tokens, i)
  const next = number?.next
  if (number === undefined || next === undefined) return undefined
  const value = number.digits.normalize('NFKC')
  if (!/^\d{4}$/.test(value) || Number(value) < FIRST_YEAR || Number(value) > LAST_YEAR) return undefined
  if (YEAR_SUFFIXES.has(next.surface)) return value
  return next.partOfSpeech === '名詞' && next.posDetail[0] !== '接尾' && next.posDetail[0] !== '数' ? value : undefined
}
