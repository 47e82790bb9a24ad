/**
 * @module render/display-url
 * The URL shown to readers and linked: the stored canonical URL when there is one, else the canonical
 * form of the URL as ingested (dedupe's `canonicalizeUrl`: no utm_* or other tracking parameters, no
 * default port, lower-case host); either way keeping the fragment that names one story of a page
 * carrying several (`page#story-2`). A URL that cannot be parsed is shown as given.
 */
import { canonicalizeUrl } from '../dedupe/index.ts'

/** The URL to show for an article's `url` (and its stored `canonicalUrl`, when known); undefined when both are. */
export function displayUrl(url: string | undefined, canonicalUrl?: string): string | undefined {
  const shown = canonicalUrl ?? url
  if (shown === undefined) return undefined
  const clean = canonicalizeUrl(shown, { keepFragment: true }) ?? shown
  const fragment = /#.+$/u.exec(url ?? '')?.[0]
  return fragment !== undefined && !clean.includes('#') ? `${clean}${fragment}` : clean
}
