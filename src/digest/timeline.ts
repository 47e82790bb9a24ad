/**
 * @module digest/timeline
 * Dated events: every sentence with a resolved date (day, month or interval granularity) becomes an
 * event at that date, citing the sentence (compressed by the bullet rules, the date kept). Sorted
 * by date, then source order; one event per sentence (its first resolved date).
 */
import type { TimelineEvent } from '../core/digest.ts'
import type { AnalyzedDoc } from '../core/doc.ts'
import { applyRules, keepSpan, toCited } from './compress/index.ts'
import { stripAttribution } from './compress/rules/strip-attribution.ts'
import { stripLeadingConnective } from './compress/rules/strip-leading-connective.ts'
import { stripParenthetical } from './compress/rules/strip-parenthetical.ts'
import type { SentenceView } from './sentences.ts'

const TIMELINE_RULES = [stripLeadingConnective, stripParenthetical, stripAttribution]

/** Events of one article (unsorted across articles). */
export function findEvents(articleId: string, doc: AnalyzedDoc, sents: readonly SentenceView[]): TimelineEvent[] {
  const out: TimelineEvent[] = []
  const used = new Set<number>()
  for (const date of doc.layers.dates ?? []) {
    if (date.value === null || date.granularity === 'year' || date.granularity === 'fiscal-year') continue
    const sent = sents.find((s) => s.start <= date.start && date.end <= s.end)
    if (sent === undefined || sent.kind === 'headline' || used.has(sent.index)) continue
    used.add(sent.index)
    const cited = toCited(applyRules(keepSpan(articleId, doc.text, sent.start, sent.end), TIMELINE_RULES))
    out.push({ date: date.value, granularity: date.granularity, dateText: doc.text.slice(date.start, date.end), ...cited })
  }
  return out
}
