/**
 * @module analyze
 * The public surface of Japanese analysis (pure): the pipeline and its default stages, and the
 * helpers other stages call — normalisation for matching, sentence splitting, number reading and
 * the tokenizer wrapper. Loading the tokenizer (I/O) is `runtime/load-tokenizer.ts`.
 */
export { analyzeArticle, buildPipeline, DEFAULT_STAGES } from './pipeline.ts'
export type { AnalyzeOptions, AnyStage, Pipeline } from './pipeline.ts'
export { createMatchNormalizer, DEFAULT_SPELLING_VARIANTS, normalizeForMatch } from './normalize/index.ts'
export type { MatchNormalizer, MatchText, SpellingVariants } from './normalize/index.ts'
export { sentences, splitSentences } from './sentences/index.ts'
export { tokens, createKuromojiTokenizer, compileUserDict, findUserDictMatches, parseUserDict } from './tokens/index.ts'
export type { KuromojiLike, KuromojiToken, Tokenizer, UserDict, UserDictEntry } from './tokens/index.ts'
export { numbers, findNumbers, parseNumeral } from './numbers/index.ts'
export { entities } from './entities/index.ts'
export { dates } from './dates/index.ts'
export { quotes } from './quotes/index.ts'
