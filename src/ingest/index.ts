/**
 * @module ingest
 * Files, folders, feeds, URLs and watch → articles and rejections in the store.
 */
export { ingestSources, createIngestor, type IngestOptions, type IngestSummary, type IngestProgress, type Ingestor } from './ingest-sources.ts'
export { readSource, listFiles, isSupportedFile, pageOutcomes, textOutcomes, feedOutcomes, type IngestOutcome, type IngestRecord, type SourceOptions } from './sources.ts'
export { decodeBytes, detectEncoding, mojibakeReason, type Decoded } from './decode.ts'
export { fetchBytes, checkUrl, type FetchLike, type FetchOptions, type Fetched } from './fetch.ts'
export { parseFeed, looksLikeFeed, publisherFromFeedTitle, type FeedItem, type ParsedFeed } from './feeds.ts'
export { parseTextDocument, type TextDocument } from './text-file.ts'
export { watchFeeds, pollFeed, backoffDelay, type FeedState, type PollStatus, type WatchOptions } from './watch.ts'
export { nonPublicReason } from './address.ts'
export { articleIdFor, storyUrl } from './article-id.ts'
export { parseDuration, formatDuration } from './duration.ts'
