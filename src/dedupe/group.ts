/**
 * @module dedupe/group
 * Batch near-duplicate grouping over a corpus: one `DuplicateIndex` fed in input order.
 */
import { DuplicateIndex, type DedupeInput, type DuplicateResult } from './duplicate-index.ts'
import type { DedupeOptions } from './options.ts'

/**
 * Group syndicated copies and exact duplicates. Returns one `{id, group, canonical}` per input, in
 * input order; deterministic for the same input and options. Every copy is kept; `canonical` names
 * the group's earliest (then longest, then smallest-id) article, and `group` equals it.
 */
export function groupNearDuplicates(articles: readonly DedupeInput[], options: Partial<DedupeOptions> = {}): DuplicateResult[] {
  const index = new DuplicateIndex(options)
  index.precount(articles)
  for (const article of articles) index.add(article)
  return index.results()
}
