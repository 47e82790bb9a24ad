/**
 * @module digest
 * Per-article summaries and story digests: extractive, cited, deletion-only (see README.md).
 */
export { summarizeArticle, type SummarizeOptions } from './summarize-article.ts'
export { buildDigest, assertDigestFaithful, digestUnits, BACKGROUND_DAYS, type DigestOptions } from './build-digest.ts'
export { isFaithful, assertFaithful, type SourceLookup } from './faithful.ts'
export { displayWidth, isHalfWidth, MAX_HEADLINE_WIDTH, MAX_TITLE_CHARS } from './width.ts'
export { basicDoc } from './basic-doc.ts'
export { createOutletResolver, DEFAULT_OUTLETS, OUTLET_KINDS, type OutletEntry, type OutletResolver } from './outlets.ts'
export { sentencesOf, splitSentencesFallback, type SentenceView } from './sentences.ts'
export { checkForm, checkKept, type FormOptions, type FormProblem, type FormToken } from './well-formed.ts'
export { chooseHeadline, chooseLines, chooseTitle, type ChosenLines } from './choose-line.ts'
export { startDayOf } from './time.ts'
