/**
 * @module analyze/dates/rules/candidate-of
 * The common shape of a rule's result: a candidate spanning the whole match.
 */
import type { DateCandidate, DateKind, Resolution, ResolveEnv } from '../types.ts'

/** A candidate over `match[0]` of `kind`, found by `rule`, resolved by `resolve`. */
export function candidateOf(match: RegExpExecArray, kind: DateKind | 'blocked', rule: string, resolve: (env: ResolveEnv) => Resolution): DateCandidate {
  return { start: match.index, end: match.index + match[0].length, kind, rule, resolve }
}
