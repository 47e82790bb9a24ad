/**
 * @module digest/compress/rules/strip-attribution
 * Deletes a hearsay ending (ということです / とのことです / ということだ / という) before the
 * final 。: 「警察によりますと、男は逃げたということです。」→「警察によりますと、男は逃げた。」.
 * For bullets and timeline lines only when the sentence itself still names who said it (…によると,
 * …によりますと, …の話では): the ending is then redundant. In a sentence whose source was named in an
 * earlier one (「関係者によると、…。中国は5%を求めたという。」) the ending is the only sign that the
 * claim is hearsay, so it stays (`stripAttribution`). Titles drop it either way, as news headlines do
 * (`stripAttributionAlways`).
 */
import { deleteMatches, keptText, type Kept } from '../kept.ts'
import { SOURCE_PHRASES } from './source-phrases.ts'

const ATTRIBUTION = /(?<=[たいだる])(ということです|とのことです|ということだ|とのことだ|という)(?=[。]?$)/gu
/** A source named inside the sentence. */
const NAMED_SOURCE = new RegExp(`(?:${SOURCE_PHRASES})`, 'u')

/** Bullets, lead and timeline lines: the hearsay ending goes only when the sentence names its source. */
export function stripAttribution(kept: Kept): Kept {
  if (!NAMED_SOURCE.test(keptText(kept))) return kept
  return deleteMatches(kept, ATTRIBUTION, 1)
}

/** Titles: the hearsay ending goes (the section and its citation say where the news comes from). */
export function stripAttributionAlways(kept: Kept): Kept {
  return deleteMatches(kept, ATTRIBUTION, 1)
}
