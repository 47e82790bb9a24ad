/**
 * @module digest/positions/rule
 * The shape of one position rule: a stance and a global pattern whose named group `what` is the
 * object of the stance (the thing demanded, rejected …), written just before the verb.
 */
import type { StanceKind } from '../../core/digest.ts'

export type PositionRule = {
  readonly stance: StanceKind
  readonly pattern: RegExp
  /** words one of which the sentence must contain before the pattern runs (a cheap pre-filter) */
  readonly cues: readonly string[]
}
