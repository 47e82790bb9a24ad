/**
 * @module extract
 * HTML → main text and metadata; multi-story pages → one story each (pure).
 */
export { extractPage, htmlFragmentText, type ExtractedPage, type ExtractedStory, type ExtractOptions } from './extract-page.ts'
export { readMetadata, cleanDocumentTitle, type PageMetadata } from './metadata.ts'
export { splitStories, isHeadlineCandidate, type StoryPart } from './split-stories.ts'
export { toIsoDate } from './published-date.ts'
export { htmlText, type DomNode } from './html-text.ts'
