/**
 * @module analyze/dates/generic/types
 * What a generic-use rule sees of one resolved mention: its span in the folded text, what kind of
 * expression it is, the sentence around it, the clause's tense and how far back the day it counts
 * from was named.
 */
import type { Span } from '../../../core/doc.ts'
import type { DateKind, Tense } from '../types.ts'

export type GenericUseContext = {
  /** the folded document text (full-width → ASCII, same length) */
  readonly text: string
  readonly start: number
  readonly end: number
  readonly kind: DateKind
  /** the rule that recognised the expression (relative-day, weekend, offset …) */
  readonly rule: string
  /** the sentence holding the expression */
  readonly sentence: Span
  readonly tense: Tense
  /**
   * for expressions counted from an earlier date (前日, その3日後): how many sentences back that
   * date was named (0 = the same sentence); null when none was named
   */
  readonly anchorDistance: number | null
}

/** A rule that says why a date-looking expression is not a date here, or null when it is one. */
export type GenericUseRule = {
  readonly name: string
  readonly test: (ctx: GenericUseContext) => string | null
}
