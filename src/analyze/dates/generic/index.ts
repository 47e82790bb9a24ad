/**
 * @module analyze/dates/generic
 * After resolution, rules that recognise a date-looking expression used generically — a habit
 * (週末はカップルで), an example utterance (「今日はがんばるぞ」という日), a day counted from an
 * undated narrated event (翌日、出勤して), a day word in words quoted from an anecdote
 * (「明日も仕事だから」って) or an imagined future (40年後の世界). Such a mention is
 * dropped from the layer (it names no calendar time) and reported as `dates/generic-use`.
 * Listed in the order they are tried; the first reason wins.
 */
import type { GenericUseContext, GenericUseRule } from './types.ts'
import { habitualContext } from './habitual-context.ts'
import { exampleUtterance } from './example-utterance.ts'
import { unanchoredAnaphor } from './unanchored-anaphor.ts'
import { narratedOffset } from './narrated-offset.ts'
import { anecdotalQuote } from './anecdotal-quote.ts'

export type { GenericUseContext, GenericUseRule } from './types.ts'

export const GENERIC_USE_RULES: readonly GenericUseRule[] = [habitualContext, exampleUtterance, anecdotalQuote, unanchoredAnaphor, narratedOffset]

/** Why the mention is a generic use, or null when it names a calendar time. */
export function findGenericUse(ctx: GenericUseContext, rules: readonly GenericUseRule[] = GENERIC_USE_RULES): { rule: string; reason: string } | null {
  for (const rule of rules) {
    const reason = rule.test(ctx)
    if (reason !== null) return { rule: rule.name, reason }
  }
  return null
}
