/**
 * @module render
 * Pure renderers `(digest, options) => string`: json, md, html, seed.
 */
import type { Digest } from '../core/digest.ts'
import { renderHtml } from './html.ts'
import { renderJson } from './json.ts'
import { renderMarkdown } from './markdown.ts'
import { renderSeed } from './seed.ts'

export type RenderFormat = 'json' | 'md' | 'html' | 'seed'

export const RENDER_FORMATS: readonly RenderFormat[] = ['json', 'md', 'html', 'seed']

/** Render a digest in one of the formats. */
export function renderDigest(digest: Digest, format: RenderFormat): string {
  switch (format) {
    case 'json':
      return renderJson(digest)
    case 'md':
      return renderMarkdown(digest)
    case 'html':
      return renderHtml(digest)
    case 'seed':
      return renderSeed(digest)
  }
}

export { renderHtml, escapeHtml, type HtmlRenderOptions } from './html.ts'
export { renderJson, type JsonRenderOptions } from './json.ts'
export { renderMarkdown, type MarkdownRenderOptions } from './markdown.ts'
export { renderSeed, type SeedRenderOptions } from './seed.ts'
export { citeMark, copyNumbers, COPIES_LABEL, COPY_MARK, sourceNumbers, STANCE_LABEL, OUTLET_KIND_LABEL, TIMELINE_STATUS_LABEL } from './cite-marks.ts'
export { displayDate, yearOf, type DisplayDateOptions } from './display-date.ts'
export { displayUrl } from './display-url.ts'
