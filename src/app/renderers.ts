/**
 * @module app/renderers
 * The digest renderers of `src/render/` as the web app and the demo use them.
 */
import { renderHtml, renderMarkdown, renderSeed } from '../render/index.ts'
import type { Digest } from '../core/digest.ts'
import { trusted } from '../web/html.ts'
import { renderPage } from '../web/layout.ts'

/** Renders a digest as Markdown, HTML or the seed layout. */
export type DigestRenderers = Partial<Record<'md' | 'html' | 'seed', (digest: Digest) => string>>

/** md, html and seed renderers. */
export const DIGEST_RENDERERS: Required<DigestRenderers> = {
  md: (digest) => renderMarkdown(digest),
  // the fragment inside the web app's own page frame: its stylesheet is served, so the strict CSP holds
  html: (digest) => String(renderPage({ title: digest.headline.text, body: trusted(renderHtml(digest, { fragment: true })) })),
  seed: (digest) => renderSeed(digest),
}
