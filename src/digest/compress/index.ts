/**
 * @module digest/compress
 * Compression by deletion only, in ordered rules (one per file in `rules/`):
 * bullets strip connectives, hearsay endings, parentheticals and an opening date;
 * titles also strip the reporting source, every date, agentless discovery endings (ことが分かった),
 * polite endings and nominalise a サ変 predicate.
 */
import type { Kept } from './kept.ts'
import { nominalizePredicate } from './rules/nominalize-predicate.ts'
import { stripAttribution, stripAttributionAlways } from './rules/strip-attribution.ts'
import { stripDatePrefix } from './rules/strip-date-prefix.ts'
import { stripDiscoveryEnding } from './rules/strip-discovery-ending.ts'
import { stripDates } from './rules/strip-dates.ts'
import { stripLeadingConnective } from './rules/strip-leading-connective.ts'
import { stripParenthetical } from './rules/strip-parenthetical.ts'
import { stripPolite } from './rules/strip-polite.ts'
import { stripSourcePrefix } from './rules/strip-source-prefix.ts'

export type CompressRule = (kept: Kept) => Kept

/** Rules for ✅ bullets, lead and detail lines, in order. */
export const BULLET_RULES: readonly CompressRule[] = [stripLeadingConnective, stripDatePrefix, stripParenthetical, stripAttribution]

/** Rules for titles, in order. */
export const TITLE_RULES: readonly CompressRule[] = [
  stripLeadingConnective,
  stripSourcePrefix,
  stripLeadingConnective,
  stripParenthetical,
  stripDates,
  stripAttributionAlways,
  stripDiscoveryEnding,
  stripPolite,
  nominalizePredicate,
]

/** Apply rules in order. */
export function applyRules(kept: Kept, rules: readonly CompressRule[]): Kept {
  let out = kept
  for (const rule of rules) out = rule(out)
  return out
}

export { keepSpan, keptText, toCited, deleteRange, deleteMatches, deleteSpans, positionOf, type Kept } from './kept.ts'
