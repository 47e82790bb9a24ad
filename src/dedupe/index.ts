/**
 * @module dedupe
 * Public surface of dedupe/: canonical URLs, body hashes, near-duplicate groups (MinHash + LSH).
 */
export { articleUrlKey, canonicalizeUrl, isTrackingParam, type CanonicalizeOptions } from './canonical-url.ts'
export { compareCanonical, publishedTime, type CanonicalCandidate } from './canonical.ts'
export { DuplicateIndex, type AddResult, type DedupeInput, type DuplicateResult, type MatchReason } from './duplicate-index.ts'
export { groupNearDuplicates } from './group.ts'
export { bodyHash } from './hash.ts'
export { normalizeBody } from './normalize-body.ts'
export { DEFAULT_DEDUPE_OPTIONS, resolveDedupeOptions, type DedupeOptions } from './options.ts'
