/**
 * @module dedupe/options
 * Tuning of near-duplicate detection, with the defaults chosen by `npm run eval -- dedupe`
 * (see src/dedupe/README.md for the measurements behind them).
 */

export type DedupeOptions = {
  /** characters per shingle of the normalised body */
  readonly shingleSize: number
  /** LSH bands; the signature has bands × rows values */
  readonly bands: number
  /** signature values per band */
  readonly rows: number
  /** a verified pair with Jaccard ≥ this is a near-duplicate */
  readonly jaccardThreshold: number
  /** … or with containment |A∩B| / min(|A|,|B|) ≥ this (truncated copies) */
  readonly containmentThreshold: number
  /**
   * … and the containment rule also needs a weighted Jaccard of at least this: a copy cut to 70–90 %
   * still shares most of the text, while a short article that merely quotes a long one's spec table or
   * boilerplate (containment high, Jaccard ≈ 0.07 on livedoor) does not
   */
  readonly containmentMinJaccard: number
  /** the containment rule needs the smaller body to have at least this many shingles */
  readonly minContainmentShingles: number
  /**
   * (short copy) a copy cut to its lead — a third of the original or more, perhaps with a credit line
   * or a re-edited first sentence — is joined when at least this share of the shorter body's shingles
   * is in the longer one (unweighted: the few shingles at each cut and seam are unique, so they would
   * outweigh shared text under 1/df weights) …
   */
  readonly shortCopyContainment: number
  /** … the weighted containment is at least this (shared template text weighs little) … */
  readonly shortCopyWeightedContainment: number
  /** … the shorter body has at least this many shingles (one shared stock sentence is shorter) … */
  readonly minShortCopyShingles: number
  /** … their weighted Jaccard is at least this (the short one is not a sliver of a long report) … */
  readonly shortCopyMinJaccard: number
  /** … and they were published at most this many hours apart (either undated: not checked) */
  readonly shortCopyMaxHours: number
  /** anchor shingles (containment candidates) are those whose hash is divisible by this */
  readonly anchorEvery: number
  /** at most this many anchors per body, the first in text order (the lead) */
  readonly maxAnchors: number
  /** an earlier article is a containment candidate when it shares this share of the fewer anchors (and at least 3) */
  readonly minAnchorShare: number
  /** bodies with fewer shingles than this only match exactly (by body hash) */
  readonly minShingles: number
  /** a band bucket compares a newcomer with at most this many earlier members (keeps cost linear) */
  readonly maxBucketSize: number
  /**
   * near-duplicate candidates are the last `window` articles added (memory stays bounded on an endless
   * stream; syndicated copies arrive within days). Exact joins (id, URL, body hash) always apply.
   */
  readonly window: number
  /** shingle weights in verification: 1/document frequency ('idf') or all equal ('none') */
  readonly weighting: 'idf' | 'none'
  /** seed of the hash functions (determinism) */
  readonly seed: number
}

export const DEFAULT_DEDUPE_OPTIONS: DedupeOptions = {
  shingleSize: 5,
  bands: 42,
  rows: 3,
  jaccardThreshold: 0.6,
  containmentThreshold: 0.85,
  containmentMinJaccard: 0.25,
  minContainmentShingles: 60,
  shortCopyContainment: 0.9,
  shortCopyWeightedContainment: 0.7,
  minShortCopyShingles: 50,
  shortCopyMinJaccard: 0.1,
  shortCopyMaxHours: 72,
  anchorEvery: 8,
  maxAnchors: 32,
  minAnchorShare: 0.5,
  minShingles: 8,
  maxBucketSize: 64,
  weighting: 'idf',
  window: Number.POSITIVE_INFINITY,
  seed: 0x6d61746f,
}

/** Defaults overridden by the given fields. */
export function resolveDedupeOptions(options: Partial<DedupeOptions> = {}): DedupeOptions {
  return { ...DEFAULT_DEDUPE_OPTIONS, ...options }
}
